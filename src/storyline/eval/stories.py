"""`storyline eval stories DIR`: do story clusters recover the topics of a SlavicNER-layout corpus?

All languages are mixed; a good clustering puts the Bulgarian, Czech, Polish, Russian, Slovene and
Ukrainian articles on one topic together. Reported: adjusted Rand index and B³ against the topics,
how many clusters span several languages, how many documents sit in a cluster of their own, and
whether documents that report the same event land together: pairs of documents in different
languages that share two or more rare named entities (see `same_event_pairs`) should share a cluster.
Entity sets can come from the gold cross-lingual ids (`--entities gold`, an upper bound for what
resolution adds) or be left out (`--entities none`, text vectors alone).
"""

from __future__ import annotations

from storyline.config import Settings

import hashlib
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from storyline.eval.corpora import read_slavicner


@dataclass(slots=True)
class StoryScores:
    documents: int
    clusters: int
    adjusted_rand: float
    b3_precision: float
    b3_recall: float
    b3_f1: float
    multilingual_clusters: int
    singletons: int
    same_event_pairs: int = 0  # cross-language document pairs sharing rare named entities
    same_event_together: float = 0.0  # share of those pairs placed in one cluster


def b_cubed(predicted: dict[str, int], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, cluster in predicted.items():
        by_pred[cluster].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in predicted:
        same_pred, same_gold = by_pred[predicted[item]], by_gold[gold[item]]
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    n = len(predicted) or 1
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same_event_pairs(entity_sets: dict[str, set[str]], language: dict[str, str], *, max_df: int = 5,
                     min_shared: int = 2) -> list[tuple[str, str]]:
    """Document pairs in different languages that very probably report the same event: they share
    at least `min_shared` named entities (gold cross-lingual ids) that each occur in at most
    `max_df` documents of the sample — the people and organisations of one news item, not a
    topic's household names. Places are left out: two stories about different things name the
    same countries all the time."""
    from collections import defaultdict as _dd
    from itertools import combinations

    holders: dict[str, list[str]] = _dd(list)
    for doc, ids in entity_sets.items():
        for entity in ids:
            if not entity.startswith(("GPE-", "LOC-")):
                holders[entity].append(doc)
    shared: Counter = Counter()
    for entity, docs in holders.items():
        if 2 <= len(docs) <= max_df:
            for a, b in combinations(sorted(docs), 2):
                if language[a] != language[b]:
                    shared[(a, b)] += 1
    return [pair for pair, n in shared.items() if n >= min_shared]


def _cached_vectors(texts: list[str], cache: Path | None) -> np.ndarray:
    from storyline.semantic.encoder import TextEncoder

    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = cache / f"vectors-{key}.npy" if cache else None
    if path and path.exists():
        return np.load(path)
    vectors = TextEncoder().passages(texts)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def evaluate(directory: Path, *, per_group: int = 40, entities: str = "gold", cache: Path | None = None,
             seed: int = 0, max_chars: int | None = None, cluster_settings=None) -> StoryScores:
    """`cluster_settings`: a `ClusterSettings` to try (default: the shipped one), e.g.
    `ClusterSettings(exact_below=0)` to score the approximate-neighbour graph on a small sample."""
    from sklearn.metrics import adjusted_rand_score

    from storyline.semantic.encoder import lead_text
    from storyline.stories.clusters import ClusterSettings, cluster_documents

    docs = read_slavicner(directory)
    groups = defaultdict(list)
    for doc in docs:
        groups[(doc.topic, doc.lang)].append(doc)
    rng = random.Random(seed)
    sample = [d for key in sorted(groups) for d in rng.sample(groups[key], min(per_group, len(groups[key])))]
    texts = []
    for doc in sample:
        title = doc.text.split("\n", 1)[0]
        texts.append(lead_text(title, doc.text, max_chars or Settings().embedding_chars))
    started = time.perf_counter()
    vectors = _cached_vectors(texts, cache)
    encoded = time.perf_counter() - started
    ids = [f"{d.topic}/{d.lang}/{d.id}" for d in sample]
    entity_sets = {i: {s.xid for s in d.spans if s.xid} for i, d in zip(ids, sample)} if entities == "gold" else None
    started = time.perf_counter()
    language = {i: d.lang for i, d in zip(ids, sample)}
    clusters = cluster_documents(ids, vectors, entities=entity_sets, languages=language,
                                 settings=cluster_settings or ClusterSettings())
    clustered = time.perf_counter() - started
    predicted = {doc: n for n, group in enumerate(clusters) for doc in group}
    gold = {i: d.topic for i, d in zip(ids, sample)}
    p, r, f = b_cubed(predicted, gold)
    gold_entities = {i: {s.xid for s in d.spans if s.xid} for i, d in zip(ids, sample)}
    pairs = same_event_pairs(gold_entities, language)
    together = sum(1 for a, b in pairs if predicted[a] == predicted[b]) / len(pairs) if pairs else 0.0
    scores = StoryScores(
        documents=len(ids), clusters=len(clusters),
        adjusted_rand=adjusted_rand_score([gold[i] for i in ids], [predicted[i] for i in ids]),
        b3_precision=p, b3_recall=r, b3_f1=f,
        multilingual_clusters=sum(1 for g in clusters if len({language[i] for i in g}) > 1),
        singletons=sum(1 for g in clusters if len(g) == 1),
        same_event_pairs=len(pairs), same_event_together=together,
    )
    print(f"{len(ids)} documents ({per_group} per topic×language), entities: {entities}; "
          f"encoding {encoded:.0f} s, clustering {clustered:.1f} s")
    print(f"clusters {scores.clusters} (multilingual {scores.multilingual_clusters}, singletons {scores.singletons})")
    print(f"adjusted Rand {scores.adjusted_rand:.3f}  B³ P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"same-event pairs (different languages, >= 2 shared rare entities): {len(pairs)}, "
          f"in one cluster: {together:.3f}")
    for n, group in enumerate(clusters[:12]):
        topics = Counter(gold[i] for i in group).most_common(2)
        langs = Counter(language[i] for i in group)
        print(f"  cluster {n}: {len(group)} docs, topics {topics}, languages {dict(langs)}")
    return scores
