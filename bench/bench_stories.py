"""Story clustering time as the corpus grows (synthetic e5-like vectors, 384 dimensions).

    OMP_NUM_THREADS=1 python bench/bench_stories.py [SIZES...] [--compare]

Vectors mimic e5's geometry (a shared direction, one of many stories, one of six languages, noise),
so the k-NN graph and Louvain see realistic structure. Times are CPU seconds of this process
(`time.process_time`: the machine is shared, wall time is noise). Per size: the language offsets,
exact k-NN (blocked products; above `--exact-max` documents estimated from the first 2,048 rows,
which is exact for its O(N²) cost), approximate k-NN (HNSW), and the whole `cluster_documents`
with the default settings (exact below `ClusterSettings.exact_below` documents, HNSW above), with
the growth factor per size step (4x more documents: 4x = linear; 16x = quadratic).
`--compare` also reports the share of exact neighbours HNSW finds and the adjusted Rand index
between the stories from the exact and the approximate graph (up to `--exact-max` documents).
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from storyline.stories.clusters import (
    ClusterSettings,
    approximate_nearest_neighbours,
    cluster_documents,
    exact_nearest_neighbours,
    remove_language_offsets,
)


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


def cpu(function, *args, **kwargs):
    started = time.process_time()
    result = function(*args, **kwargs)
    return result, time.process_time() - started


def exact_seconds(vectors: np.ndarray, k: int, exact_max: int) -> tuple[float, bool]:
    """CPU seconds of exact k-NN; above exact_max rows, measured on 2,048 query rows and scaled."""
    if len(vectors) <= exact_max:
        return cpu(exact_nearest_neighbours, vectors, k)[1], False
    rows = 2048
    started = time.process_time()
    scores = vectors[:rows] @ vectors.T
    np.argpartition(-scores, k - 1, axis=1)[:, :k]
    return (time.process_time() - started) * len(vectors) / rows, True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 4000, 16000])
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--exact-max", type=int, default=16000)
    args = parser.parse_args()
    settings = ClusterSettings()
    print(f"exact below {settings.exact_below:,} documents; HNSW M={settings.hnsw_links} "
          f"efConstruction={settings.hnsw_build_breadth} efSearch={settings.hnsw_search_breadth}")
    header = (f"{'documents':>10} {'offsets s':>9} {'exact kNN s':>11} {'HNSW kNN s':>10} {'total s':>8} "
              f"{'stories':>8} {'growth':>7}")
    print(header + (f" {'recall':>7} {'ARI':>6}" if args.compare else ""))
    previous = None
    for n in args.sizes:
        ids, vectors, languages = synthetic(n)
        adjusted, offsets = cpu(remove_language_offsets, vectors, list(languages.values()), 10.0)
        exact_s, estimated = exact_seconds(adjusted, settings.neighbours, args.exact_max)
        (found, _), hnsw_s = cpu(approximate_nearest_neighbours, adjusted, settings.neighbours)
        groups, total = cpu(cluster_documents, ids, vectors, languages=languages, settings=settings)
        growth = f"{total / previous:.1f}x" if previous else ""
        line = (f"{n:>10,} {offsets:>9.2f} {exact_s:>10.1f}{'*' if estimated else ' '} {hnsw_s:>10.2f} "
                f"{total:>8.2f} {len(groups):>8,} {growth:>7}")
        if args.compare and n <= args.exact_max:
            from sklearn.metrics import adjusted_rand_score

            exact, _ = exact_nearest_neighbours(adjusted, settings.neighbours)
            recall = np.mean([len(set(found[i]) & set(exact[i])) / settings.neighbours for i in range(n)])
            label = lambda gs: [c for _, c in sorted((d, c) for c, g in enumerate(gs) for d in g)]  # noqa: E731
            exact_groups = cluster_documents(ids, vectors, languages=languages,
                                             settings=ClusterSettings(exact_below=n + 1))
            hnsw_groups = cluster_documents(ids, vectors, languages=languages, settings=ClusterSettings(exact_below=0))
            line += f" {recall:>7.3f} {adjusted_rand_score(label(exact_groups), label(hnsw_groups)):>6.3f}"
        print(line, flush=True)
        previous = total
    print("* estimated from 2,048 query rows (exact search is linear in its query rows)")


if __name__ == "__main__":
    main()
