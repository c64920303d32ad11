"""One query, two retrievers, one ranking.

Full text finds the exact words (names in the query's own script, inflected forms via prefix
matching); semantic search finds the same story told in another language. Reciprocal rank fusion
combines them without having to calibrate bm25 against cosine similarity.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from storyline.store.sqlite import SqliteStore

RRF_K = 60  # the usual constant: damps the influence of the very top ranks
MIN_SIMILARITY = 0.80  # e5 cosine below this is unrelated text (e5 similarities sit high, ~0.7-0.9)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class SearchHit:
    document: str
    title: str | None
    language: str | None
    published: str | None
    source: str
    score: float
    snippet: str  # query terms marked with [ ]
    matched_by: list[str] = field(default_factory=list)  # "text", "semantic"
    similarity: float | None = None


def fts_expression(query: str, min_prefix: int = 4) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted (no syntax injection), words of four or more
    letters also matched as prefixes so inflected forms are found (Путин → Путина, Путиным). Words
    are OR-ed: bm25 ranks documents with more (and rarer) query words first, so a natural-language
    query still finds documents that lack one of its words."""
    words = _WORD.findall(query)
    if not words:
        return None
    terms = []
    for word in words:
        quoted = '"' + word.replace('"', '""') + '"'
        terms.append(f"{quoted}*" if len(word) >= min_prefix else quoted)
    return " OR ".join(terms)


class VectorCache:
    """The document vectors of the last few stores searched, so a query does not read every vector
    again. Keyed by the store file and its embeddings data version (migration 0005), which changes
    whenever a vector is added, replaced or deleted: a changed store is read afresh. Holds at most
    `capacity` stores (a 10k-document store's vectors take ~15 MB)."""

    def __init__(self, capacity: int = 2):
        self.capacity = capacity
        self._entries: OrderedDict[tuple[str, int], tuple[list[str], np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()  # the web app searches from several threads

    def vectors(self, store: SqliteStore) -> tuple[list[str], np.ndarray]:
        version = store.data_version("embeddings")
        if version is None:  # a store without the counter cannot tell when it changed
            return store.embeddings()
        path = str(store.path.resolve())
        key = (path, version)
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        ids, matrix = store.embeddings()
        matrix.setflags(write=False)  # shared between queries: nobody may change it in place
        with self._lock:
            for old in [k for k in self._entries if k[0] == path]:  # earlier versions of this store
                del self._entries[old]
            self._entries[key] = (ids, matrix)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
        return ids, matrix

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_VECTORS = VectorCache()


def document_vectors(store: SqliteStore) -> tuple[list[str], np.ndarray]:
    """The store's document vectors (ids, one L2-normalised row each), cached while it is unchanged."""
    return _VECTORS.vectors(store)


def _semantic(store: SqliteStore, query: str, encoder, limit: int) -> list[tuple[str, float]]:
    ids, matrix = document_vectors(store)
    if not ids:
        return []
    scores = matrix @ encoder.query(query)
    top = np.argsort(-scores)[:limit]
    return [(ids[i], float(scores[i])) for i in top if scores[i] >= MIN_SIMILARITY]


def _lead_snippet(text: str, query: str, width: int = 220) -> str:
    """A snippet for a document found only semantically: the first sentence-ish piece, with any
    query words that do occur marked."""
    snippet = " ".join(text[: width * 2].split())[:width]
    for word in sorted(set(_WORD.findall(query)), key=len, reverse=True):
        if len(word) >= 3:
            snippet = re.sub(rf"(?i)\b({re.escape(word)}\w*)", r"[\1]", snippet)
    return snippet + ("…" if len(text) > width else "")


def _without_title(text: str, title: str | None) -> str:
    return text[len(title):].lstrip() if title and text.startswith(title) else text


def search(store: SqliteStore, query: str, *, limit: int = 10, encoder=None, semantic: bool = True) -> list[SearchHit]:
    """Hits for `query`, best first. `encoder` is a `storyline.semantic.encoder.TextEncoder`
    (created on demand); with `semantic=False` or no stored vectors only full text is used."""
    pool = max(limit * 3, 30)
    fused: dict[str, SearchHit] = {}
    expression = fts_expression(query)
    if expression:
        for rank, row in enumerate(store.full_text_search(expression, pool)):
            fused[row["id"]] = SearchHit(
                row["id"], row["title"], row["language"], row["published"], row["source"],
                1.0 / (RRF_K + rank + 1), row["snippet"], ["text"],
            )
    if semantic and store.count("embeddings"):
        if encoder is None:
            from storyline.semantic.encoder import TextEncoder

            encoder = TextEncoder()
        found = _semantic(store, query, encoder, pool)
        rows = store.documents_by_id([d for d, _ in found if d not in fused])
        for rank, (document, similarity) in enumerate(found):
            hit = fused.get(document)
            if hit is None:
                row = rows[document]
                hit = fused[document] = SearchHit(
                    document, row["title"], row["language"], row["published"], row["source"], 0.0,
                    _lead_snippet(_without_title(row["text"], row["title"]), query),
                )
            hit.score += 1.0 / (RRF_K + rank + 1)
            hit.matched_by.append("semantic")
            hit.similarity = similarity
    return sorted(fused.values(), key=lambda h: -h.score)[:limit]
