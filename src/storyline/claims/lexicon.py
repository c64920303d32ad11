"""Claim lexicons: per-language data files of relation triggers, reporting cues, stance cues,
reference words and time words, and matching their phrase patterns against word tokens.

A lexicon is a TOML file ``lexicons/<language>.toml`` (format in ``lexicons/README.md``). Adding a
relation or a language is adding data, never code. A phrase pattern is one or more words separated
by spaces; a word ending in ``*`` matches any word starting with it (so inflected forms are
covered: ``разговар*`` matches разговаривал, разговаривать), any other word matches exactly.
Matching is case-insensitive and treats ё as е.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Token", "tokenize", "Pattern", "PatternSet", "Relation", "Lexicon", "PhraseMatch",
    "load_lexicon", "available_languages", "LEXICON_DIR",
]

LEXICON_DIR = Path(__file__).with_name("lexicons")

# words with inner hyphens/apostrophes stay one token ("пресс-секретарь", "isn't", "Putin’s")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets into the document text
    end: int
    text: str
    norm: str  # lower-cased, ё -> е, curly apostrophe -> straight

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def normalize_word(word: str) -> str:
    return word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), normalize_word(m.group()))
        for m in _WORD.finditer(text, start, end)
    ]


@dataclass(frozen=True, slots=True)
class Pattern:
    """One phrase: a tuple of word patterns (``("telephone", "call*")``)."""

    words: tuple[str, ...]
    source: str

    @classmethod
    def parse(cls, phrase: str) -> "Pattern":
        words = tuple(normalize_word(w) for w in phrase.split())
        if not words:
            raise ValueError("empty pattern")
        return cls(words, phrase)

    def matches_at(self, tokens: list[Token], i: int) -> int:
        """Number of tokens matched starting at ``tokens[i]`` (0 when no match)."""
        n = len(self.words)
        if i + n > len(tokens):
            return 0
        for word, token in zip(self.words, tokens[i : i + n]):
            if not _word_matches(word, token.norm):
                return 0
        return n


def _word_matches(word: str, norm: str) -> bool:
    if word.endswith("*") and len(word) > 1:
        return norm.startswith(word[:-1])
    return norm == word


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    first: int  # token index of the first matched token
    last: int  # token index of the last matched token (inclusive)
    key: str  # the pattern set's key (relation name, cue kind)
    pattern: str


@dataclass(slots=True)
class _Index:
    """Patterns indexed by their first word, so a token is tested with one set lookup and one
    ``str.startswith(tuple)`` instead of a loop over every pattern."""

    exact: dict[str, list[Pattern]]
    prefixes: tuple[str, ...]
    by_prefix: dict[str, list[Pattern]]

    @classmethod
    def of(cls, patterns: list[Pattern]) -> "_Index":
        exact: dict[str, list[Pattern]] = {}
        by_prefix: dict[str, list[Pattern]] = {}
        for p in patterns:
            head = p.words[0]
            if head.endswith("*") and len(head) > 1:
                by_prefix.setdefault(head[:-1], []).append(p)
            else:
                exact.setdefault(head, []).append(p)
        return cls(exact, tuple(by_prefix), by_prefix)

    def candidates(self, norm: str) -> list[Pattern]:
        found = list(self.exact.get(norm, ()))
        if self.prefixes and norm.startswith(self.prefixes):
            for prefix, patterns in self.by_prefix.items():
                if norm.startswith(prefix):
                    found.extend(patterns)
        return found


@dataclass(slots=True)
class PatternSet:
    """Patterns under one key, with words that look like a match but are not (``exclude``)."""

    key: str
    patterns: list[Pattern]
    exclude: list[Pattern] = field(default_factory=list)
    _index: _Index | None = None
    _exclude_index: _Index | None = None

    @classmethod
    def of(cls, key: str, phrases: list[str], exclude: list[str] | None = None) -> "PatternSet":
        patterns = [Pattern.parse(p) for p in phrases]
        excluded = [Pattern.parse(p) for p in exclude or []]
        return cls(key, patterns, excluded, _Index.of(patterns), _Index.of(excluded))

    def _best(self, tokens: list[Token], i: int) -> tuple[int, str]:
        norm = tokens[i].norm
        if self._exclude_index is not None and any(p.matches_at(tokens, i) for p in self._exclude_index.candidates(norm)):
            return 0, ""
        index = self._index if self._index is not None else _Index.of(self.patterns)
        best, source = 0, ""
        for pattern in index.candidates(norm):
            n = pattern.matches_at(tokens, i)
            if n > best:
                best, source = n, pattern.source
        return best, source

    def match_at(self, tokens: list[Token], i: int) -> int:
        """Length of the longest pattern matching at ``i`` (0 when none, or when excluded)."""
        return self._best(tokens, i)[0]

    def find(self, tokens: list[Token]) -> list[PhraseMatch]:
        """Non-overlapping matches, longest first at each position, left to right."""
        found, i = [], 0
        while i < len(tokens):
            best, source = self._best(tokens, i)
            if best:
                found.append(PhraseMatch(i, i + best - 1, self.key, source))
                i += best
            else:
                i += 1
        return found


@dataclass(slots=True)
class Relation:
    name: str
    cameo: str
    noun: str  # English noun for summaries ("contact", "meeting")
    triggers: PatternSet
    directed: bool = False  # agent -> patient (invite, request, visit): one party before, one after
    places: bool = False  # a place can be a party ("visit to India")


@dataclass(slots=True)
class Lexicon:
    language: str
    relations: list[Relation]
    speech: PatternSet
    publish: PatternSet
    according: PatternSet
    media: PatternSet
    anonymous: PatternSet
    deny: PatternSet
    confirm: PatternSet
    negation: PatternSet
    not_negation: PatternSet
    anaphora: PatternSet
    person_pronouns: PatternSet
    first_person: PatternSet
    plural_pronouns: PatternSet
    place_prepositions: PatternSet
    possessive_pronouns: PatternSet
    partner_prepositions: PatternSet
    relative: PatternSet
    participles: PatternSet
    articles: PatternSet
    conjunctions: PatternSet
    complementizers: PatternSet
    according_prefix: PatternSet
    back_reference: PatternSet
    plural_possessive: PatternSet
    topic_prepositions: PatternSet
    roles: PatternSet
    owner_words: PatternSet
    owner_genitive: bool
    role_groups: list[set[str]]  # role patterns naming the same position
    time: dict

    def relation(self, name: str) -> Relation | None:
        return next((r for r in self.relations if r.name == name), None)

    def find_relations(self, tokens: list[Token]) -> list[PhraseMatch]:
        """Relation triggers in token order; where two relations match at one place the longer wins."""
        matches = [m for r in self.relations for m in r.triggers.find(tokens)]
        matches.sort(key=lambda m: (m.first, -(m.last - m.first)))
        kept: list[PhraseMatch] = []
        for m in matches:
            if kept and m.first <= kept[-1].last:
                continue
            kept.append(m)
        return kept


def available_languages(directory: str | None = None) -> list[str]:
    """Languages with a lexicon file in ``directory`` (default: the packaged lexicons)."""
    return sorted(p.stem for p in Path(directory or LEXICON_DIR).glob("*.toml"))


def _set(data: dict, key: str, name: str | None = None) -> PatternSet:
    return PatternSet.of(name or key, list(data.get(key, [])))


def parse_lexicon(data: dict, language: str) -> Lexicon:
    """A `Lexicon` from the parsed TOML of one language file (errors name the bad entry)."""
    relations = []
    for name, entry in data.get("relations", {}).items():
        if "triggers" not in entry:
            raise ValueError(f"lexicon {language}: relation {name!r} has no triggers")
        relations.append(Relation(
            name=name,
            cameo=str(entry.get("cameo", "")) or None,
            noun=entry.get("noun", name),
            triggers=PatternSet.of(name, entry["triggers"], entry.get("exclude")),
            directed=bool(entry.get("directed", False)),
            places=bool(entry.get("places", False)),
        ))
    reporting, stance, refs = data.get("reporting", {}), data.get("stance", {}), data.get("references", {})
    return Lexicon(
        language=language,
        relations=relations,
        speech=_set(reporting, "speech"),
        publish=_set(reporting, "publish"),
        according=_set(reporting, "according"),
        media=_set(reporting, "media"),
        anonymous=_set(reporting, "anonymous"),
        deny=_set(stance, "deny"),
        confirm=_set(stance, "confirm"),
        negation=_set(stance, "negation"),
        not_negation=_set(stance, "not_negation"),
        anaphora=_set(stance, "anaphora"),
        person_pronouns=_set(refs, "person_pronouns"),
        first_person=_set(refs, "first_person"),
        plural_pronouns=_set(refs, "plural_pronouns"),
        place_prepositions=_set(refs, "place_prepositions"),
        possessive_pronouns=_set(refs, "possessive_pronouns"),
        partner_prepositions=_set(refs, "partner_prepositions"),
        relative=_set(refs, "relative"),
        participles=_set(refs, "participles"),
        articles=_set(refs, "articles"),
        conjunctions=_set(refs, "conjunctions"),
        complementizers=_set(reporting, "complementizers"),
        according_prefix=_set(reporting, "according_prefix"),
        back_reference=_set(reporting, "back_reference"),
        plural_possessive=_set(refs, "plural_possessive"),
        topic_prepositions=_set(refs, "topic_prepositions"),
        roles=_set(refs, "roles"),
        owner_words=_set(refs, "owner"),
        owner_genitive=bool(refs.get("owner_genitive", False)),
        role_groups=[set(group) for group in refs.get("role_groups", [])],
        time=data.get("time", {}),
    )


@lru_cache(maxsize=64)
def load_lexicon(language: str | None, directory: str | None = None) -> Lexicon | None:
    """The lexicon of ``language`` from ``directory`` (default: the packaged lexicons), or None
    when there is none for that language. Cached: files are read once per process."""
    if not language:
        return None
    path = Path(directory or LEXICON_DIR) / f"{language}.toml"
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"claim lexicon {path}: {exc}") from exc
    return parse_lexicon(data, language)
