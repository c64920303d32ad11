"""Groups of people named after a place ("Brytyjczycy", "Britové", "Rosjanie", "Polacy", "Češi")
join the place (Wielka Brytania, Británie, Rosja, Polska, Česká republika), and members of a party
("konservatori", "labouristé") join the party (Консервативна партия, Labouristická strana), as in
SlavicNER's cross-lingual ids: for who-said-what, "the British" speak for Britain.

Conservative on purpose: only person entities that never had a full name (one-word names only)
and whose word ends like a plural (a vowel or -s, in transliteration), only toward a place or
party seen in the same language, and only when the words share a stem covering most of the
place's word and a fair part of the group's: four letters ("britan-ek" / "britan-ie",
"rosi-anie" / "rosi-a"), three when the place's word goes on with a country-name ending
("pol-aki" / "pol-ska", "ces-i" / "ces-ka"), seven for a party, whose name must be that one word
beside a word for party (`data/party_words.txt`: "American Airlines" or a "Free Democratic
Party" is no home of "Američané" or "demokrati"). Of a longer place name only the words that name
no other place count ("česká", not the "republika" of every republic). A surname like "Brito"
never meets a place unless it shares such a stem, and then it is left alone when it also belongs
to a person's full name (it was attached to it before this step).

The group's mentions stay in the entity but neither name nor type it (`LocalEntity.group_word`):
a party outnumbered by its members is still an organisation called by its own name. Of a group
that spelling put together, only the words starting like the place's join it ("амурских" among
"Američani" stays out).

`storyline eval linking` (mean of the five SlavicNER topics, gold mentions): PER B³ F1
0.945 -> 0.954 (recall 0.913 -> 0.928), all types 0.879 -> 0.883, LOC precision 0.972 (kept),
ORG precision 0.953 (kept).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from storyline.resolve.names import phonetic_key
from storyline.resolve.within_document import LocalEntity, majority_type, summed

__all__ = ["merge_demonyms", "shares_stem", "stem_length", "is_party", "party_words"]

MIN_STEM = 4
MIN_COVER = 0.5  # shared stem / length of the place's word
MIN_GROUP_COVER = 0.4  # shared stem / length of the group's word
# plural-like words sharing the place's stem must name the group in a fair share of its mentions
# (not all: other case forms end otherwise, "россиян" beside "россияне"): one "Francouzi" that
# string matching put among 47 mentions of Pope Francis ("Franciszek", "Франциск") does not make
# him France
MIN_VOTE_SHARE = 0.2


# words for a group of people end like plurals ("Britové", "Rosjanie", "Němci", "европейцы",
# "Ukrainians"): a first name or a word ending otherwise ("František", "Amstel") is not one
_GROUP_ENDINGS = ("a", "e", "i", "o", "u", "y", "s")


SHORT_STEM = 3
# a three-letter stem is enough when the rest of the place's word is a country-name ending
# ("pol|ska" / "pol|acy", "pol|sa" / "pol|iaki", "rus|ko" / "rus|ove", "ces|ko" / "ces|i"): short
# country names in Slavic languages end so; a town ("ber|lin") or a person's name does not
_COUNTRY_ENDINGS = ("ska", "sko", "sa", "ko", "ka", "ia", "iia", "ija", "sia")
# party members ("konservatori", "leibristi", "labouriste") join their party (ORG): an
# organisation's word must share a longer stem, its names being made of common words
# ("Evropský parlament" / "europosel" share only "europ")
ORG_MIN_STEM = 7


def _prefix(a: str, b: str) -> int:
    n = 0
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    return n


def stem_length(person_word: str, target_word: str, target_type: str = "LOC") -> int:
    """The stem a group word shares with a word of a place (or party) name, 0 when they do not
    share one (see the module docstring)."""
    if not person_word.endswith(_GROUP_ENDINGS):
        return 0
    n = _prefix(person_word, target_word)
    # the stem covers most of the place's word, and a fair part of the group's: a compound
    # ("severnoirlandtsi", Northern Irish) shares no more than its first part with a "Severen London"
    if n < MIN_COVER * len(target_word) or n < MIN_GROUP_COVER * len(person_word):
        return 0
    if target_type == "ORG":
        return n if n >= ORG_MIN_STEM else 0
    if n >= MIN_STEM or (n >= SHORT_STEM and target_word[n:] in _COUNTRY_ENDINGS):
        return n
    return 0


def shares_stem(person_word: str, place_word: str) -> bool:
    return stem_length(person_word, place_word) > 0


def _summary(cluster: list[LocalEntity]) -> tuple[str, Counter]:
    spellings: Counter = Counter()
    for unit in cluster:
        spellings[(unit.key, unit.language)] += len(unit.mentions)
    return majority_type(summed(unit.types for unit in cluster)), spellings


TARGET_TYPES = ("LOC", "ORG")
_PARTY_WORDS_PATH = Path(__file__).resolve().parent / "data" / "party_words.txt"


@lru_cache(maxsize=1)
def party_words() -> tuple[str, ...]:
    """Phonetic keys of the words for a party (`data/party_words.txt`), shortest first."""
    keys: set[str] = set()
    if _PARTY_WORDS_PATH.exists():
        for line in _PARTY_WORDS_PATH.read_text(encoding="utf-8").splitlines():
            for word in line.split("#", 1)[0].split():
                key = phonetic_key(word)
                if len(key) >= 4:  # a shorter key would start too many words
                    keys.add(key)
    return tuple(sorted(keys, key=len))


def _is_party_word(word: str) -> bool:
    return any(word.startswith(p) for p in party_words())


def is_party(key: str) -> bool:
    """An organisation's name with a word for a party ("konservativna partia", "labouristická
    strana"): other organisations named after a group ("American Airlines", "Osnovna šola
    Franceta Prešerna") are no home of its members."""
    return any(_is_party_word(word) for word in key.split())


def _target_words(summaries: list[tuple[str, Counter]]) -> dict[int, set[tuple[str, str | None]]]:
    """Per place or organisation cluster: the (word, language) its group words may share a stem
    with. A one-word name's word always; of a longer name, the words that name no other cluster
    of its type ("Česká republika": "ceska", not the "republika" of every republic)."""
    named_by: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, (type_, spellings) in enumerate(summaries):
        if type_ in TARGET_TYPES:
            for key, _ in spellings:
                for word in key.split():
                    named_by[(type_, word)].add(i)
    out: dict[int, set[tuple[str, str | None]]] = defaultdict(set)
    for i, (type_, spellings) in enumerate(summaries):
        if type_ not in TARGET_TYPES:
            continue
        for key, language in spellings:
            words = key.split()
            if type_ == "ORG":
                # a party named by one word beside its word for party ("konservativna partia"):
                # "demokrati" are no members of a "Free Democratic Party" in particular
                named = [w for w in words if not _is_party_word(w)]
                if len(named) != 1 or len(named) == len(words):
                    continue
                words = named
            for word in words:
                if len(word) >= MIN_STEM and (len(words) == 1 or named_by[(type_, word)] == {i}):
                    out[i].add((word, language))
    return out


def merge_demonyms(clusters: list[list[LocalEntity]]) -> list[list[LocalEntity]]:
    summaries = [_summary(c) for c in clusters]
    targets: dict[tuple[str, str | None], set[tuple[int, str]]] = defaultdict(set)  # (prefix, language) -> (cluster, word)
    target_words = _target_words(summaries)
    for i, words in target_words.items():
        for word, language in words:
            targets[(word[:SHORT_STEM], language)].add((i, word))
    target_of: dict[int, int] = {}
    for i, (type_, spellings) in enumerate(summaries):
        if type_ != "PER" or any(len(key.split()) != 1 for key, _ in spellings):
            continue
        votes: Counter = Counter()
        stems: Counter = Counter()  # longest stem shared with each candidate
        for (key, language), count in spellings.items():
            best: dict[int, int] = {}
            for place, word in targets.get((key[:SHORT_STEM], language), ()):
                n = stem_length(key, word, summaries[place][0])
                if n > best.get(place, 0):
                    best[place] = n
            for place, n in best.items():
                votes[place] += count
                stems[place] = max(stems[place], n)
        if votes and max(votes.values()) >= MIN_VOTE_SHARE * sum(spellings.values()):
            # the best-supported target; among equals the one sharing the longest stem
            # ("republikanci": the Republican party, not a republic), then the most mentioned
            # ("Wielka Brytania" rather than a rare "W. Brytania" variant cluster)
            target_of[i] = max(votes, key=lambda place: (votes[place], sum(summaries[place][1].values()),
                                                         stems[place], -place))
    if not target_of:
        return clusters
    merged: dict[int, list[LocalEntity]] = {i: list(c) for i, c in enumerate(clusters) if i not in target_of}
    left: list[list[LocalEntity]] = []
    for i, target in target_of.items():
        # only the words starting like the target's (inflected forms too: "россиян" beside
        # "россияне"); a look-alike that spelling put in the group ("amurskikh" among
        # "amerikani") stays out of the place
        stems = {word[:SHORT_STEM] for word, _ in target_words[target]}
        joining = [unit for unit in clusters[i] if unit.key[:SHORT_STEM] in stems]
        for unit in joining:
            unit.group_word = True
        merged[target].extend(joining)
        rest = [unit for unit in clusters[i] if unit.key[:SHORT_STEM] not in stems]
        if rest:
            left.append(rest)
    return list(merged.values()) + left
