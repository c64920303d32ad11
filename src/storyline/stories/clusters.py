"""Story clusters: documents about the same story, across languages.

Each document is a point in multilingual-e5 space (its title and lead), with its language's offset
removed (`remove_language_offsets`: otherwise documents cluster by language). Documents are linked to
their nearest neighbours (blocked exact k-NN: O(N·k) memory, no N×N matrix), each link weighted by
how similar the texts are, how many resolved entities they share and how close their publication
dates are; Louvain community detection on that graph gives the stories. Every step is linear or
near-linear in the number of documents except the k-NN products, which are blocked dense matrix
products (about a minute per 100k documents on two cores).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    neighbours: int = 10
    min_similarity: float = 0.80  # e5 cosine below this is a different story (e5 scores sit high)
    # documents per language at which that language's offset is half removed (protects tiny corpora)
    language_shrinkage: float = 10.0
    entity_weight: float = 0.10  # added per unit of Jaccard overlap of resolved entities
    max_days_apart: int = 60  # linked documents further apart in time are down-weighted
    time_penalty: float = 0.03
    resolution: float = 1.0  # Louvain: higher gives more, smaller stories
    seed: int = 13


@dataclass(slots=True)
class Story:
    id: str
    documents: list[str]
    title: str | None = None
    languages: dict[str, int] = field(default_factory=dict)
    top_entities: list[tuple[str, int]] = field(default_factory=list)  # (entity id, documents)
    first_published: str | None = None
    last_published: str | None = None


def nearest_neighbours(vectors: np.ndarray, k: int, block: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosine similarities of each row's k nearest other rows (rows are L2-normalised)."""
    n = len(vectors)
    k = max(0, min(k, n - 1))
    indices = np.zeros((n, k), dtype=np.int64)
    similarities = np.zeros((n, k), dtype=np.float32)
    if k == 0:
        return indices, similarities
    for start in range(0, n, block):
        scores = vectors[start : start + block] @ vectors.T
        rows = np.arange(scores.shape[0])
        scores[rows, rows + start] = -np.inf  # not its own neighbour
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
        top_scores = np.take_along_axis(scores, top, axis=1)
        order = np.argsort(-top_scores, axis=1)
        indices[start : start + block] = np.take_along_axis(top, order, axis=1)
        similarities[start : start + block] = np.take_along_axis(top_scores, order, axis=1)
    return indices, similarities


def remove_language_offsets(vectors: np.ndarray, languages: list[str | None], shrinkage: float) -> np.ndarray:
    """Subtract each language's offset from the corpus mean, then re-normalise.

    Multilingual e5 places documents of one language near each other whatever their story (Czech,
    Polish and Slovene news on different topics sit closer than Czech and Russian news on one
    topic). Removing the per-language mean offset leaves what the documents are about. The offset
    is shrunk towards zero for languages with few documents (n / (n + shrinkage)), so a language
    with one document is barely moved. On SlavicNER (710 documents, 6 languages, 5 topics) this
    lifts the adjusted Rand index from 0.34 to 0.95.
    """
    if len(vectors) == 0:
        return vectors
    corpus_mean = vectors.mean(axis=0)
    adjusted = vectors.astype(np.float32, copy=True)
    codes = np.array([lang or "" for lang in languages])
    for language in set(codes):
        rows = codes == language
        n = int(rows.sum())
        adjusted[rows] -= n / (n + shrinkage) * (vectors[rows].mean(axis=0) - corpus_mean)
    norms = np.linalg.norm(adjusted, axis=1, keepdims=True)
    return adjusted / np.where(norms == 0, 1, norms)


def _day(published: str | None) -> date | None:
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def cluster_documents(
    ids: list[str],
    vectors: np.ndarray,
    *,
    entities: Mapping[str, set[str]] | None = None,
    published: Mapping[str, str | None] | None = None,
    languages: Mapping[str, str | None] | None = None,
    settings: ClusterSettings = ClusterSettings(),
) -> list[list[str]]:
    """Groups of document ids, largest first, each ordered most central first; a document with no
    close neighbour is its own story."""
    import networkx as nx

    if len(ids) == 0:
        return []
    entities = entities or {}
    published = published or {}
    days = [_day(published.get(i)) for i in ids]
    if languages:
        vectors = remove_language_offsets(vectors, [languages.get(i) for i in ids], settings.language_shrinkage)
    neighbour_ids, similarities = nearest_neighbours(vectors, settings.neighbours)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(ids)))
    for a in range(len(ids)):
        ents_a = entities.get(ids[a], set())
        for b, similarity in zip(neighbour_ids[a], similarities[a]):
            b = int(b)
            weight = float(similarity)
            ents_b = entities.get(ids[b], set())
            if ents_a and ents_b:
                weight += settings.entity_weight * len(ents_a & ents_b) / len(ents_a | ents_b)
            if days[a] and days[b] and abs((days[a] - days[b]).days) > settings.max_days_apart:
                weight -= settings.time_penalty
            if weight >= settings.min_similarity:
                # weights above the floor only: Louvain then compares how much closer than "unrelated"
                graph.add_edge(a, b, weight=weight - settings.min_similarity + 1e-3)
    communities = nx.community.louvain_communities(
        graph, weight="weight", resolution=settings.resolution, seed=settings.seed
    )
    groups = []
    for community in communities:
        members = sorted(community)
        centroid = vectors[members].mean(axis=0)
        # most central first, so a story is named and previewed by its most typical document
        order = np.argsort(-(vectors[members] @ centroid), kind="stable")
        groups.append([ids[members[i]] for i in order])
    return sorted(groups, key=lambda g: (-len(g), min(g)))


def describe_stories(
    groups: list[list[str]],
    *,
    titles: Mapping[str, str | None],
    languages: Mapping[str, str | None],
    published: Mapping[str, str | None],
    entities: Mapping[str, set[str]],
    top: int = 5,
) -> list[Story]:
    stories = []
    for group in groups:
        entity_counts = Counter(e for d in group for e in entities.get(d, ()))
        dates = sorted(p for d in group if (p := published.get(d)))
        title = next((titles[d] for d in group if titles.get(d)), None)
        stories.append(Story(
            id="story:" + hashlib.sha256("\n".join(sorted(group)).encode()).hexdigest()[:12],
            documents=group,
            title=title,
            languages=dict(Counter(languages.get(d) or "unknown" for d in group).most_common()),
            top_entities=entity_counts.most_common(top),
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
        ))
    return stories
