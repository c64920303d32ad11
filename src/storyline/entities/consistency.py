"""One name, one reading per document: the recogniser's mentions made consistent.

A name a news article repeats keeps its meaning: "Ryanair" is an organisation in every sentence of
the article, and a "Ryanair" the model missed in an unusual context is still Ryanair; after "Theresa
May" the article's "May" is her. In Slavic languages the repetitions are declined ("Газпром",
"Газпрома", "Газпромом"), so the forms of one name (:mod:`storyline.entities.name_forms`) count as
one name. Over one document's spans:

1. types are voted. A surface form recognised at least twice keeps the type most of its mentions
   got; a form seen once (or with a tied vote) takes the type most mentions of all forms of its
   name got ("Gazpromu" LOC once among five "Gazprom" ORG). Own evidence wins over the other
   forms' because some pairs of forms are two names ("Iraq" LOC / "Iraqi" MISC). A one-word form
   that is part of a person's full name in the document is that person ("Asia Bibi" ... "Bibi"),
   unless the bare form was recognised more than twice as often as the full name;
2. further occurrences of a recognised name become mentions of its type: the same surface form,
   bare surnames of people recognised by their full name, and other inflected forms of the name.
   A one-word name only when it was recognised at least twice (once may be the model's mistake),
   it is capitalised, at least four letters long, and the form found is never written in lower
   case in the document ("Mark" the name, not "mark" the verb). Whole words only, never
   overlapping a mention;
3. names of events and products (MISC) are also found in lower case: many languages write
   "brexit", "koronavirus", "ковид" in lower case once the article has named it "Brexit".

Measured (`storyline eval ner`, single-topic-out fold models, see the model card): 1 and 2
without inflected forms took CoNLL-2003 en validation micro-F1 0.878 -> 0.881 and SlavicNER
covid-19 (held out) 0.613 -> 0.621; inflected forms, lower-case MISC and the parts of full names
then add nord_stream held out 0.8036 -> 0.8073, brexit held out 0.8482 -> 0.8560, covid-19
0.6207 -> 0.6218, asia_bibi 0.742 -> 0.774 (the full-name rule was written after reading
asia_bibi's errors, so that fold is no clean check of it), CoNLL 0.8811 -> 0.8882.
Document-local, so it runs in the per-document stage like the model itself.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from storyline.entities.name_forms import name_words, same_name, word_stems

__all__ = ["consistent_spans"]

Span = tuple[int, int, str]

# types whose names are also looked for in lower case ("Brexit" ... "brexitu")
LOWER_CASE_TYPES = frozenset({"MISC"})
MIN_FINDABLE_LETTERS = 4


def _name_groups(surfaces: list[str]) -> dict[str, str]:
    """Surface -> a representative surface of its name: forms that are inflections of each other
    (same number of words, each pair of words sharing a stem) are one name."""
    parent = {s: s for s in surfaces}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    buckets: dict[tuple[int, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for surface in surfaces:
        words = tuple(w for _, _, w in name_words(surface))
        if words:
            for stem in word_stems(words[0]):
                buckets[(len(words), stem)].append((surface, words))
    for members in buckets.values():
        first, first_words = members[0]
        for surface, words in members[1:]:
            if same_name(first_words, words):
                parent[root(surface)] = root(first)
    return {s: root(s) for s in surfaces}


def _majority(counter: Counter) -> str | None:
    """The type more than half of the votes went to, else None."""
    (best, n), *_ = counter.most_common()
    return best if n * 2 > sum(counter.values()) else None


def _voted_types(text: str, spans: list[Span]) -> dict[str, tuple[str, int]]:
    """Surface form -> (its voted type, how many mentions its name has over all its forms); forms
    without a majority are left out."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for a, b, label in spans:
        votes[text[a:b]][label] += 1
    group_of = _name_groups(sorted(votes))
    group_votes: dict[str, Counter] = defaultdict(Counter)
    for surface, counter in votes.items():
        group_votes[group_of[surface]].update(counter)
    out = {}
    for surface, own in votes.items():
        group = group_votes[group_of[surface]]
        label = _majority(own) if sum(own.values()) >= 2 else None
        label = label or _majority(group)
        if label is not None:
            out[surface] = (label, sum(group.values()))
    _parts_of_full_names_are_people(votes, out)
    return out


def _parts_of_full_names_are_people(votes: dict[str, Counter], voted: dict[str, tuple[str, int]]) -> None:
    """A one-word form read as a place or organisation that is a word (or a form of a word) of a
    person's full name in the same document is that person ("Asia Bibi" ... "Asia", "Биби" read as
    places), when the full names were recognised at least half as often as the bare form: "London"
    recognised ten times stays a place after one "Jack London". Updates `voted` in place."""
    full_name_mentions: dict[str, int] = defaultdict(int)  # word stem -> mentions of full names with it
    for surface, (label, _) in voted.items():
        words = surface.split()
        if label == "PER" and len(words) >= 2:
            for word in words:
                for stem in word_stems(word):
                    full_name_mentions[stem] += sum(votes[surface].values())
    if not full_name_mentions:
        return
    for surface, (label, count) in list(voted.items()):
        if label == "PER" or " " in surface:
            continue
        support = max((full_name_mentions.get(stem, 0) for stem in word_stems(surface)), default=0)
        if support and support * 2 >= sum(votes[surface].values()):
            voted[surface] = ("PER", count)


_WORD = re.compile(r"\w+")
_NAME_TOKEN = re.compile(r"\w+(?:[-‐‑]\w+)*")  # the words of entities/name_forms.py


def _findable(text: str, surface: str, text_words: set[str]) -> bool:
    """Is `surface` safe to find again by string match (see the module docstring)? `text_words`:
    the words of the text (runs of word characters), for the lower-case check."""
    words = surface.split()
    if len(words) >= 2:
        return all(w[:1].isupper() or not w[:1].isalpha() for w in (words[0], words[-1]))
    word = words[0] if words else ""
    if len(word) < MIN_FINDABLE_LETTERS or not word[:1].isupper() or not any(ch.isalpha() for ch in word):
        return False
    lower = word[:1].lower() + word[1:]
    if _WORD.fullmatch(lower):
        return lower not in text_words
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is None


class _Taken:
    """The sorted, disjoint (start, end) ranges already holding a mention."""

    def __init__(self, spans: list[Span]) -> None:
        self.ranges = sorted((a, b) for a, b, _ in spans)
        self.starts = [a for a, _ in self.ranges]

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)
        return not (i and self.ranges[i - 1][1] > a)

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ranges.insert(i, (a, b))


def consistent_spans(text: str, spans: list[Span]) -> list[Span]:
    """`spans` (start, end, type; code points into `text`, not overlapping) with types voted per
    name and missed repetitions and inflected forms of recognised names added; in text order."""
    if not spans:
        return spans
    voted = _voted_types(text, spans)
    out = [(a, b, voted[text[a:b]][0] if text[a:b] in voted else label) for a, b, label in spans]
    # a name of two or more words, or one word the model recognised at least twice (once may be its
    # mistake: "the Starlink network" read as a person); and surnames of full names
    wanted = {surface: label for surface, (label, count) in voted.items() if count >= 2 or " " in surface}
    for surface, (label, _) in voted.items():  # "Tusk" after "Donald Tusk"
        words = surface.split()
        if label == "PER" and len(words) >= 2:
            wanted.setdefault(words[-1], "PER")
    if not wanted:
        return sorted(out)
    text_words = set(_WORD.findall(text))
    taken = _Taken(out)
    added = _exact_repetitions(text, wanted, text_words, taken)
    added += _inflected_forms(text, wanted, voted, text_words, taken)
    return sorted(out + added)


def _exact_repetitions(text: str, wanted: dict[str, str], text_words: set[str], taken: _Taken) -> list[Span]:
    """Further occurrences of the very surface forms in `wanted`."""
    findable = sorted((s for s in wanted if _findable(text, s, text_words)), key=lambda s: (-len(s), s))
    if not findable:
        return []
    added: list[Span] = []
    # one pass; the longest alternative first, so "Theresa May" is found before "May" in it
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, findable)) + r")(?!\w)")
    for m in pattern.finditer(text):
        a, b = m.span()
        if taken.free(a, b):
            added.append((a, b, wanted[m.group()]))
            taken.add(a, b)
    return added


def _inflected_forms(text: str, wanted: dict[str, str], voted: dict[str, tuple[str, int]],
                     text_words: set[str], taken: _Taken) -> list[Span]:
    """Other forms of the names in `wanted` ("Газпромом" for "Газпром"), and lower-case forms of
    event/product names, found as runs of words separated by single spaces."""

    def capitalised_and_never_lower(word: str) -> bool:
        return word[:1].isupper() and (word[:1].lower() + word[1:]) not in text_words

    index: dict[str, list[tuple[int, str, tuple[str, ...], str, bool]]] = defaultdict(list)
    for surface, label in wanted.items():
        words = tuple(w for _, _, w in name_words(surface))
        if not words:
            continue
        any_case = label in LOWER_CASE_TYPES and voted.get(surface, (label, 0))[1] >= 2
        if len(words) == 1:
            if len(words[0]) < MIN_FINDABLE_LETTERS or not (any_case or capitalised_and_never_lower(words[0])):
                continue
        elif not (words[0][:1].isupper() and words[-1][:1].isupper()):
            continue
        for stem in word_stems(words[0]):
            index[stem].append((-len(words), surface, words, label, any_case))
    for candidates in index.values():
        candidates.sort()  # the longest name first, then a fixed order
    if not index:
        return []
    any_case_names = any(c[4] for candidates in index.values() for c in candidates)
    tokens = [(m.start(), m.end(), m.group()) for m in _NAME_TOKEN.finditer(text)]
    added: list[Span] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][2]
        # most words start no name: skip them before any matching
        if (not any_case_names and not word[:1].isupper()) or word_stems(word).isdisjoint(index):
            i += 1
            continue
        found = _form_at(text, tokens, i, index, capitalised_and_never_lower)
        if found is None or not taken.free(found[0], found[1]):
            i += 1
            continue
        a, b, label, n_words = found
        added.append((a, b, label))
        taken.add(a, b)
        i += n_words
    return added


def _single_space(separator: str) -> bool:
    return len(separator) == 1 and separator.isspace()


def _form_at(text, tokens, i, index, capitalised_and_never_lower):
    """The longest name of `index` whose form starts at token `i`: (start, end, type, words) or None."""
    candidates = sorted({c for stem in word_stems(tokens[i][2]) for c in index.get(stem, ())})
    for minus_len, _, words, label, any_case in candidates:
        n = -minus_len
        run = tokens[i:i + n]
        if len(run) < n or not all(_single_space(text[run[j][1]:run[j + 1][0]]) for j in range(n - 1)):
            continue
        found = tuple(w for _, _, w in run)
        if not same_name(words, found):
            continue
        if not any_case:
            if any(w[:1].isupper() != f[:1].isupper() for w, f in zip(words, found)):
                continue
            if n == 1 and found != words and not capitalised_and_never_lower(found[0]):
                continue
        return run[0][0], run[-1][1], label, n
    return None
