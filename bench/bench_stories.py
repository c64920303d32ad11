"""Story clustering time as the corpus grows (synthetic e5-like vectors, 384 dimensions).

    OMP_NUM_THREADS=2 python bench/bench_stories.py [SIZES...]

Vectors mimic e5's geometry (a shared direction, one of many stories, one of six languages, noise),
so the k-NN graph and Louvain see realistic structure. Prints seconds per stage and the growth
factor per 4x more documents (4x = linear; 16x = quadratic).
"""

from __future__ import annotations

import sys
import time

import numpy as np

from storyline.stories.clusters import ClusterSettings, cluster_documents, nearest_neighbours, remove_language_offsets


def synthetic(n: int, seed: int = 0) -> tuple[list[str], np.ndarray, dict[str, str]]:
    rng = np.random.default_rng(seed)
    stories = max(2, n // 40)
    unit = lambda x: x / np.linalg.norm(x, axis=-1, keepdims=True)  # noqa: E731
    common = unit(rng.normal(size=384))
    story_dirs = unit(rng.normal(size=(stories, 384)))
    language_dirs = unit(rng.normal(size=(6, 384)))
    story = rng.integers(0, stories, n)
    language = rng.integers(0, 6, n)
    vectors = unit(2 * common + story_dirs[story] + language_dirs[language] + 0.03 * rng.normal(size=(n, 384)))
    ids = [f"d{i}" for i in range(n)]
    return ids, vectors.astype(np.float32), {i: "bg cs pl ru sl uk".split()[lang] for i, lang in zip(ids, language)}


def main(sizes: list[int]) -> None:
    previous = None
    print(f"{'documents':>10} {'offsets s':>10} {'k-NN s':>8} {'total s':>8} {'stories':>8} {'growth':>7}")
    for n in sizes:
        ids, vectors, languages = synthetic(n)
        started = time.perf_counter()
        remove_language_offsets(vectors, list(languages.values()), 10.0)
        offsets = time.perf_counter() - started
        started = time.perf_counter()
        nearest_neighbours(vectors, ClusterSettings().neighbours)
        knn = time.perf_counter() - started
        started = time.perf_counter()
        groups = cluster_documents(ids, vectors, languages=languages)
        total = time.perf_counter() - started
        growth = f"{total / previous:.1f}x" if previous else ""
        print(f"{n:>10,} {offsets:>10.2f} {knn:>8.2f} {total:>8.2f} {len(groups):>8,} {growth:>7}")
        previous = total


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 4000, 16000])
