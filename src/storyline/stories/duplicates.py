"""Near-duplicate documents: the same wire story republished (perhaps lightly edited) by several outlets.

Independence counting needs these: a story copied by ten sites is one source, not ten. Each document
becomes a MinHash signature over its word shingles; locality-sensitive hashing (datasketch) proposes
candidate pairs whose estimated Jaccard similarity is near the threshold, so the work grows linearly
with the corpus instead of comparing every pair. Candidates are confirmed on the estimated Jaccard
similarity and joined transitively (union-find), so a story copied A -> B -> C ends up in one group.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 3  # word 3-grams: robust to small edits, specific enough not to match unrelated texts
NUM_PERM = 128  # signature length: the Jaccard estimate's standard error is about 0.04 near 0.8
# LSH only proposes candidates, which are then checked against the real threshold, so it is tuned for
# recall: a lower threshold and a heavy weight on missed pairs (with datasketch's defaults a pair at
# exactly the threshold is found less than half the time; with these, ~99.8% at 0.8)
LSH_MARGIN = 0.15
LSH_WEIGHTS = (0.1, 0.9)  # (false positive, false negative)

_WORD = re.compile(r"\w+")
_COMBINE = np.uint64(1_000_003)  # odd multiplier of the rolling shingle hash
_MASK32 = np.uint64(0xFFFFFFFF)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct case-folded word n-grams; a text shorter than one shingle is one
    shingle of all its words. Word hashes are combined with numpy rather than hashing every shingle
    string in Python (several times faster; 32-bit collisions are rare enough not to matter)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    word_hashes = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    width = min(size, len(words))
    count = len(words) - width + 1
    hashes = word_hashes[:count].copy()
    for k in range(1, width):  # polynomial rolling combination, kept in 32 bits
        hashes = (hashes * _COMBINE + word_hashes[k : k + count]) & _MASK32
    return np.unique(hashes)


def _already_hashed(value):
    return value


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while self.parent[root] != root:
            root = self.parent[root]
        while item != root:  # path compression, iteratively (long chains must not hit the recursion limit)
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the smaller id becomes the root, so group ids do not depend on input order
            low, high = sorted((root_a, root_b))
            self.parent[high] = low


def near_duplicate_groups(docs: Iterable[tuple[str, str]], threshold: float = 0.8) -> dict[str, str]:
    """Map every document id to its near-duplicate group id (the smallest document id in the group).

    `docs` yields (document id, text). Documents without words, and documents with no near
    duplicate, are groups of their own. Two documents are near duplicates when the estimated Jaccard
    similarity of their word-shingle sets is at least `threshold`.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    # shingles arrive hashed (shingle_hashes); copying one template skips re-deriving the permutations
    template = MinHash(num_perm=NUM_PERM, hashfunc=_already_hashed)
    # datasketch chooses the bands (b of r rows each) for the threshold; the banding itself is done
    # here, on one matrix of signatures, because MinHashLSH keeps a set per band and document
    # (~6 KB a document, held for the whole corpus) where a matrix row is 0.5 KB
    lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    signatures = _SignatureMatrix(template.hashvalues)
    row_of: dict[str, int] = {}
    groups = _UnionFind()
    for doc_id, text in docs:
        groups.find(doc_id)
        features = shingle_hashes(text or "")
        if not len(features) or doc_id in row_of:
            continue
        signature = template.copy()
        signature.update_batch(features)
        row_of[doc_id] = signatures.append(signature.hashvalues)
    ids = list(row_of)  # matrix row -> document id
    # candidates: documents with one band of their signatures equal (what MinHashLSH.query finds),
    # confirmed on the estimated Jaccard similarity (MinHash.jaccard)
    for start in range(0, lsh.b * lsh.r, lsh.r):
        for rows in signatures.equal_rows(start, start + lsh.r):
            for x, a in enumerate(rows):
                for b in rows[x + 1:]:
                    if groups.find(ids[a]) == groups.find(ids[b]):
                        continue
                    shared = np.count_nonzero(signatures.row(a) == signatures.row(b))
                    if float(shared) / float(NUM_PERM) >= threshold:
                        groups.union(ids[a], ids[b])
    return {doc_id: groups.find(doc_id) for doc_id in groups.parent}


class _SignatureMatrix:
    """MinHash signatures as the rows of a matrix, filled block by block (no copy of what is there).
    Stored as 32-bit values when the hash scheme's values fit (datasketch's default keeps 32-bit
    values in 64-bit integers)."""

    BLOCK = 4_096

    def __init__(self, empty_signature: np.ndarray) -> None:
        fits = empty_signature.max(initial=0) <= np.iinfo(np.uint32).max  # values only ever go down
        self.dtype = np.dtype(np.uint32) if fits and empty_signature.dtype.kind == "u" else empty_signature.dtype
        self.width = len(empty_signature)
        self.blocks: list[np.ndarray] = []
        self.count = 0

    def append(self, signature: np.ndarray) -> int:
        if self.count % self.BLOCK == 0:
            self.blocks.append(np.empty((self.BLOCK, self.width), dtype=self.dtype))
        self.blocks[-1][self.count % self.BLOCK] = signature
        self.count += 1
        return self.count - 1

    def row(self, i: int) -> np.ndarray:
        return self.blocks[i // self.BLOCK][i % self.BLOCK]

    def equal_rows(self, start: int, stop: int) -> Iterator[list[int]]:
        """The rows whose columns start:stop are equal, as lists of two or more row numbers (sorted)."""
        if self.count < 2:
            return
        band = np.concatenate([block[:, start:stop] for block in self.blocks])[: self.count]
        order = np.lexsort(band.T[::-1])  # rows sorted by all the band's columns
        ordered = band[order]
        new_run = np.ones(self.count, dtype=bool)
        new_run[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
        starts = np.flatnonzero(new_run)
        ends = np.append(starts[1:], self.count)
        for first, end in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
            yield sorted(order[first:end].tolist())
