"""Groups of people named after a place ("Brytyjczycy", "Britové", "Rosjanie", "Szkoci") join
the place (Wielka Brytania, Británie, Rosja, Szkocja), as in SlavicNER's cross-lingual ids: for
who-said-what, "the British" speak for Britain.

Conservative on purpose: only person entities that never had a full name (one-word names
only) and whose word ends like a plural (a vowel or -s, in transliteration), only toward a place seen in the same language, and only when the words share a stem of
at least four letters covering most of the place's word ("britan-ek" / "britan-ie",
"rosi-anie" / "rosi-a"); a surname like "Brito" never meets a place unless it shares such a
stem, and then it is left alone when it also belongs to a person's full name (it was attached
to it before this step).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from storyline.resolve.within_document import LocalEntity, majority_type

__all__ = ["merge_demonyms", "shares_stem"]

MIN_STEM = 4
MIN_COVER = 0.5  # shared stem / length of the place's word
# plural-like words sharing the place's stem must name the group in a fair share of its mentions
# (not all: other case forms end otherwise, "россиян" beside "россияне"): one "Francouzi" that
# string matching put among 47 mentions of Pope Francis ("Franciszek", "Франциск") does not make
# him France
MIN_VOTE_SHARE = 0.2


# words for a group of people end like plurals ("Britové", "Rosjanie", "Němci", "европейцы",
# "Ukrainians"): a first name or a word ending otherwise ("František", "Amstel") is not one
_GROUP_ENDINGS = ("a", "e", "i", "o", "u", "y", "s")


def shares_stem(person_word: str, place_word: str) -> bool:
    if not person_word.endswith(_GROUP_ENDINGS):
        return False
    n = 0
    limit = min(len(person_word), len(place_word))
    while n < limit and person_word[n] == place_word[n]:
        n += 1
    return n >= MIN_STEM and n >= MIN_COVER * len(place_word)


def _summary(cluster: list[LocalEntity]) -> tuple[str, Counter]:
    types: Counter = Counter()
    spellings: Counter = Counter()
    for unit in cluster:
        types.update(unit.types)
        spellings[(unit.key, unit.language)] += len(unit.mentions)
    return majority_type(types), spellings


def merge_demonyms(clusters: list[list[LocalEntity]]) -> list[list[LocalEntity]]:
    summaries = [_summary(c) for c in clusters]
    places: dict[tuple[str, str | None], Counter] = defaultdict(Counter)  # (stem, language) -> cluster mentions
    for i, (type_, spellings) in enumerate(summaries):
        if type_ != "LOC":
            continue
        for (key, language), count in spellings.items():
            word = key.split()[-1] if key else ""
            if len(word) >= MIN_STEM:
                places[(word[:MIN_STEM], language)][i] += count
    target_of: dict[int, int] = {}
    for i, (type_, spellings) in enumerate(summaries):
        if type_ != "PER" or any(len(key.split()) != 1 for key, _ in spellings):
            continue
        votes: Counter = Counter()
        for (key, language), count in spellings.items():
            for place, _ in places.get((key[:MIN_STEM], language), Counter()).items():
                if any(shares_stem(key, k.split()[-1]) for (k, l) in summaries[place][1] if l == language):
                    votes[place] += count
        if votes and max(votes.values()) >= MIN_VOTE_SHARE * sum(spellings.values()):
            # the best-supported place; among equals the most mentioned one ("Wielka Brytania"
            # rather than a rare "W. Brytania" variant cluster)
            target_of[i] = max(votes, key=lambda place: (votes[place], sum(summaries[place][1].values()), -place))
    if not target_of:
        return clusters
    merged: dict[int, list[LocalEntity]] = {i: list(c) for i, c in enumerate(clusters) if i not in target_of}
    for i, target in target_of.items():
        merged[target].extend(clusters[i])
    return list(merged.values())
