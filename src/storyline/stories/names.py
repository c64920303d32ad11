"""Comparing names across languages and scripts: 'Путина', 'putin' and 'Putin' are the same name.

Names are transliterated to ASCII (anyascii), case-folded and reduced to letters and digits, then
compared token by token with rapidfuzz. Slavic case endings ('Путина', 'Маском') add one to three
letters to a name, so a query token that starts with a whole (at least four-letter) name token counts
as a strong match; and since transliteration changes vowels more than consonants ('Musk' is 'Маск',
'mask' in ASCII), words with the same consonants match too, a little less strongly.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from anyascii import anyascii
from rapidfuzz import fuzz

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"['`\u02bc\u02b9]")  # anyascii writes ъ/ь as apostrophes: Мъск -> M'sk

STEM_MIN_LETTERS = 4  # shorter names are too easily the start of unrelated words
INFLECTION_SCORE = 92.0  # score of 'putina' against 'putin': as good as a one-letter typo
# Transliteration renders vowels differently (Musk -> Маск -> 'mask', Trump -> Трамп -> 'tramp')
# while consonants survive: equal consonant skeletons count as a match, below exact and inflected ones.
SKELETON_SCORE = 85.0
SKELETON_MIN_CONSONANTS = 3
_VOWELS = re.compile(r"[aeiouy]")


def normalize_name(text: str) -> str:
    """ASCII, case-folded, words separated by single spaces: 'Илон Мъск' -> 'ilon msk'."""
    ascii_text = _APOSTROPHES.sub("", anyascii(text or "")).casefold()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


def consonants(word: str) -> str:
    """The consonant skeleton of a normalized word: 'musk' and 'mask' (Маск) are both 'msk'."""
    return _VOWELS.sub("", word)


def token_score(query: str, name: str) -> float:
    """0..100: how well one normalized query word matches one normalized name word."""
    score = fuzz.ratio(query, name)
    if len(name) >= STEM_MIN_LETTERS and query.startswith(name) and len(query) - len(name) <= 3:
        score = max(score, INFLECTION_SCORE)
    if score < SKELETON_SCORE:
        query_skeleton, name_skeleton = consonants(query), consonants(name)
        same = len(name_skeleton) >= SKELETON_MIN_CONSONANTS and query_skeleton == name_skeleton
        # an inflected form in another script: 'Зеленского' -> 'zlnskg' starts with 'zlnsk'
        inflected = (len(name_skeleton) >= STEM_MIN_LETTERS and query_skeleton.startswith(name_skeleton)
                     and len(query_skeleton) - len(name_skeleton) <= 2)
        if same or inflected:
            score = SKELETON_SCORE
    return score


def name_score(query: str, name: str) -> float:
    """0..100: how well a normalized query matches a normalized name.

    Every query word must find a word of the name ('putin' matches 'vladimir putin'); the whole
    strings are compared too, so word splits ('wallstreet') still match.
    """
    query_tokens, name_tokens = query.split(), name.split()
    if not query_tokens or not name_tokens:
        return 0.0
    per_token = [max(token_score(q, n) for n in name_tokens) for q in query_tokens]
    return max(sum(per_token) / len(per_token), fuzz.ratio(query, name))


def outlet_label(site: str) -> str:
    """The name part of a site: 'https://www.newsweek.com/x' -> 'newsweek', 'Newsweek' -> 'newsweek'."""
    site = site.strip()
    if "//" in site:
        site = urlsplit(site).hostname or site
    if "." in site and " " not in site:
        labels = [p for p in site.casefold().split(".") if p and p != "www"]
        if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "gov", "ac"}:
            labels = labels[:-2]  # bbc.co.uk
        elif len(labels) >= 2:
            labels = labels[:-1]
        return normalize_name(labels[-1]).replace(" ", "") if labels else ""
    return normalize_name(site).replace(" ", "")


def initials(normalized: str) -> str:
    """'wall street journal' -> 'wsj' (outlets are often known by their initials in domains)."""
    words = normalized.split()
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


class NameIndex:
    """Many named things (each with several names), searchable by a fuzzy any-script query.

    A query word is first compared with every distinct name word at C speed (rapidfuzz's
    `process.extract`), and only the things owning a close word are scored in full, so a lookup
    among 100k entities stays well under a second.
    """

    PREFILTER = 50.0  # word similarity below which a thing is not even scored

    def __init__(self, names_per_item: list[list[str]]):
        self.forms: list[set[str]] = []
        owners: dict[str, set[int]] = {}
        for index, names in enumerate(names_per_item):
            forms = {form for form in map(normalize_name, names) if form}
            self.forms.append(forms)
            for form in forms:
                for word in form.split():
                    owners.setdefault(word, set()).add(index)
        self.owners = owners
        self.vocabulary = list(owners)

    def search(self, query: str, cutoff: float = 0.0) -> list[tuple[float, int]]:
        """(score, item index) of every item scoring at least `cutoff`, best first."""
        from rapidfuzz import process

        normalized = normalize_name(query)
        if not normalized:
            return []
        candidates: set[int] = set()
        for word in normalized.split():
            for token, _, _ in process.extract(word, self.vocabulary, scorer=fuzz.ratio,
                                               score_cutoff=self.PREFILTER, limit=None):
                candidates |= self.owners[token]
        scored = []
        for index in candidates:
            score = max((100.0 if form == normalized else name_score(normalized, form)
                         for form in self.forms[index]), default=0.0)
            if score >= cutoff:
                scored.append((score, index))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return scored
