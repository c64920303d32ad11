"""Within one document: group mentions that name the same entity.

1. Every mention gets a clean base form (its lemma, or `lemmatize` when it has none; titles and
   roles stripped: "President Vladimir Putin" -> "Vladimir Putin") and a phonetic key; mentions
   with the same key form one group.
2. Short forms join the full name they abbreviate when the document has exactly one candidate:
   a one-word person ("Musk", "Маском") joins the person whose last (or first) word matches
   ("Elon Musk"); two full names sharing that word ("Donald Trump", "Melania Trump") leave the
   short form on its own, for cross-document context to decide.
3. Acronyms join their expansion when both occur ("WSJ" / "Wall Street Journal", "РФПИ" /
   "Руски фонд за преки инвестиции").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from storyline.records import Mention
from storyline.resolve.names import (
    acronym_of,
    clean_name,
    handle_names,
    run_together_key,
    looks_like_acronym,
    person_word_tuple,
    phonetic_key,
    skeleton,
)

__all__ = ["LocalEntity", "SharedCounts", "group_document", "is_name_compound", "words_match", "naming_units"]

Lemmatizer = Callable[[str, str | None, str | None], str]


def majority_type(types: Counter) -> str:
    """The entity type most mentions give it; a tie goes to the type sorting last (PER > ORG > MISC
    > LOC), so the result never depends on the order the mentions came in."""
    # a loop, not max() with a key: asked ~170k times per 1k articles, mostly of one type
    if not types:
        raise ValueError("no types to choose from")
    items = iter(types.items())
    best, most = next(items)
    for type_, count in items:
        if count > most or (count == most and type_ > best):
            best, most = type_, count
    return best


def summed(counts: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """The counts added up, key by key (what Counter.update gives, without a Counter: built for
    every multi-document entity)."""
    total: dict[str, int] = {}
    for part in counts:
        for key, count in part.items():
            total[key] = total.get(key, 0) + count
    return total


@dataclass(slots=True)
class LocalEntity:
    """The mentions of one entity inside one document."""

    document: str
    language: str | None
    # indices into the document's mentions; forms (clean base forms) and types with their counts.
    # Filled while the document is grouped, then frozen (`freeze`): read-only from then on
    mentions: list[int] | tuple[int, ...] = field(default_factory=list)
    forms: Mapping[str, int] = field(default_factory=Counter)
    types: Mapping[str, int] = field(default_factory=Counter)
    key: str = ""  # phonetic key of the canonical (longest, then most common) form
    # a group of people joined to the place or party it is named after ("Britové" -> Británie,
    # `demonyms`): its mentions stay in the entity but neither name nor type it
    group_word: bool = False
    # `name`, `type` and `word_tuple` computed once: they are asked for in every pair comparison.
    # `absorb` forgets them; `forms` and `types` are otherwise only filled before they are read.
    _name: str | None = field(default=None, init=False, repr=False, compare=False)
    _type: str | None = field(default=None, init=False, repr=False, compare=False)
    _words: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        if self._name is None:
            forms = self.forms
            if len(forms) == 1:  # the one form (what max() would pick)
                for form in forms:
                    self._name = form
            else:
                self._name = max(forms.items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0]
        return self._name

    @property
    def type(self) -> str:
        if self._type is None:
            self._type = majority_type(self.types)
        return self._type

    @property
    def word_tuple(self) -> tuple[str, ...]:
        """`words`, shared (read it, never change it)."""
        if self._words is None:
            self._words = person_word_tuple(self.key) if self.type == "PER" else tuple(self.key.split())
        return self._words

    def freeze(self, shared: "SharedCounts") -> None:
        """Make the entity read-only and small, once its document is grouped: the corpus holds one
        per entity per document (about one per two mentions) until resolution ends, and most of
        them count the same few forms and types ({"PER": 1}, {"Trump": 2}): those counts are one
        shared, read-only mapping, and the mention indices a tuple."""
        self.mentions = tuple(self.mentions)
        self.forms = shared.get(self.forms)
        self.types = shared.get(self.types)

    def absorb(self, other: "LocalEntity", *, as_type: str | None = None) -> None:
        """Take over `other`'s mentions; with `as_type`, they vote for that type (a short form
        attached to a person's full name is that person, whatever the recogniser typed it)."""
        self._name = self._type = self._words = None
        self.mentions.extend(other.mentions)
        self.forms.update(other.forms)
        if as_type is None:
            self.types.update(other.types)
        else:
            self.types[as_type] += sum(other.types.values())


class SharedCounts:
    """One read-only mapping per distinct (form or type -> count) content, in its order, for the
    local entities of one resolution run (`LocalEntity.freeze`)."""

    def __init__(self) -> None:
        self._seen: dict[tuple, Mapping[str, int]] = {}

    def get(self, counts: Mapping[str, int]) -> Mapping[str, int]:
        content = tuple(counts.items())
        shared = self._seen.get(content)
        if shared is None:
            shared = self._seen[content] = MappingProxyType(dict(content))
        return shared


def naming_units(cluster: list["LocalEntity"]) -> list["LocalEntity"]:
    """The units of a corpus entity that name and type it: all but the group words joined to it
    (`LocalEntity.group_word`), unless it has no others."""
    named = [unit for unit in cluster if not unit.group_word]
    return named or cluster


def words_match(a: str, b: str) -> bool:
    """Two phonetic words are the same name: equal, or same consonant skeleton (>= 3 letters)
    with similar spelling (Trump / Трамп, Musk / Маск), or one an inflected form of the other."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3:
        return False
    if skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3 and fuzz.ratio(a, b) >= 70:
        return True  # the ratio keeps "muhamed" / "mahmud" (same consonants) apart
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # an ending left on by the lemmatiser ("maska" / "mask", "putina" / "putin")
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def group_document(document: str, language: str | None, mentions: list[Mention],
                   lemmatize: Lemmatizer) -> list[LocalEntity]:
    """Group one document's mentions into local entities (see the module docstring)."""
    by_key: dict[str, LocalEntity] = {}
    for index, mention in enumerate(mentions):
        base = mention.lemma or lemmatize(mention.text, mention.type, language)
        name = clean_name(base, mention.type) or clean_name(mention.text, mention.type) or mention.text
        key = phonetic_key(name) or name.lower()
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = LocalEntity(document, language, key=key)
        group.mentions.append(index)
        group.forms[name] += 1
        group.types[mention.type] += 1
    groups = list(by_key.values())
    groups = _attach_handles(groups, {i for i, m in enumerate(mentions) if m.text.startswith("@")})
    groups = _attach_short_forms(groups)
    groups = _attach_acronyms(groups)
    return groups


def _attach_handles(groups: list[LocalEntity], handles: set[int]) -> list[LocalEntity]:
    """A group of handle mentions ("@elonmusk") joins the one name of the document it spells
    (`names.handle_names`: "Elon Musk", across scripts "Илон Мъск"), as its type; a handle that
    spells none or several stays on its own (the NER stage adds only handles that spell a name)."""
    handle_groups = [g for g in groups if g.mentions and all(i in handles for i in g.mentions)]
    if not handle_groups:
        return groups
    names = [(g, run_together_key(g.name)) for g in groups if g not in handle_groups and " " in g.key]
    kept = [g for g in groups if g not in handle_groups]
    for group in handle_groups:
        handle_key = group.key.replace(" ", "")
        spelled = [g for g, joined in names if handle_names(handle_key, joined)]
        if len(spelled) == 1:
            spelled[0].absorb(group, as_type=spelled[0].type)
        else:
            kept.append(group)
    return kept


_COMPOUND = re.compile(r"^[^\W\d_]{2,}-[^\W\d_]{2,}$")


def is_name_compound(forms) -> bool:
    """Every form is one hyphenated token of two capitalised names ("Putin-Musk" as in "the
    Putin-Musk meeting", "Trump-Kim"): two people, not one person's full name."""
    return bool(forms) and all(_is_compound_form(form) for form in forms)


@lru_cache(maxsize=200_000)  # pure; asked for every form of every person in several passes
def _is_compound_form(form: str) -> bool:
    return bool(_COMPOUND.match(form)) and all(part[:1].isupper() for part in form.split("-"))


def _attach_short_forms(groups: list[LocalEntity]) -> list[LocalEntity]:
    full = [g for g in groups if g.type == "PER" and len(g.word_tuple) >= 2 and not is_name_compound(g.forms)]
    if not full:
        return list(groups)
    # (group, last word, first word, words run together); a full name only gains mentions typed
    # PER below, so its words stay these
    full_words = [(g, g.word_tuple[-1], g.word_tuple[0], "".join(g.word_tuple)) for g in full]
    kept: list[LocalEntity] = []
    for group in groups:
        # after "Илон Мъск", a "Мъск" the recogniser typed LOC or MISC is still him (not ORG: a
        # company named after its founder, Ford beside Henry Ford, is another entity)
        type_ = group.type
        person = type_ == "PER"
        words = group.word_tuple if person else person_word_tuple(group.key)
        if len(words) != 1 or type_ == "ORG":
            kept.append(group)
            continue
        word = words[0]
        initial = word[0]
        # the one full name it shortens (the groups' keys are distinct: each match is a candidate);
        # words that match start alike (equal, same skeleton or one the other's start), so a
        # different first letter is no match without asking `words_match`
        candidate = None
        for g, last, first, joined in full_words:
            if (last[0] == initial and words_match(word, last)) \
                    or (person and first[0] == initial and words_match(word, first)) \
                    or (person and len(word) >= 6 and word == joined):
                if candidate is not None:  # two candidates: left for cross-document context
                    candidate = None
                    break
                candidate = g
        else:
            if candidate is not None:
                # three "Мъск" typed LOC after one "Илон Мъск" must not turn him into a place
                candidate.absorb(group, as_type="PER")
                continue
        kept.append(group)
    return kept


def _attach_acronyms(groups: list[LocalEntity]) -> list[LocalEntity]:
    expansions: dict[str, list[LocalEntity]] = {}
    for g in groups:
        initials = acronym_of(g.name)
        if initials:
            expansions.setdefault(initials, []).append(g)
    kept: list[LocalEntity] = []
    if not expansions:
        return list(groups)
    for group in groups:
        name = group.name
        if looks_like_acronym(name):
            targets = expansions.get(name.replace(".", "").replace(" ", "").upper(), [])
            if len(targets) == 1 and targets[0] is not group:
                targets[0].absorb(group)
                continue
        kept.append(group)
    return kept
