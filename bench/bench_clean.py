"""Benchmark: cleaning + language + publication date, documents per second.

    python bench/bench_clean.py [DIR] [--workers N] [--repeat K]

DIR defaults to ../shared/data/boilerplate. Reads every DIR/text/*.txt and DIR/html/*.html once
(outside the timing), then times the per-document stages clean -> language -> published over them,
K times, in one process per worker. Prints docs/s overall and seconds per stage.
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from storyline.config import Settings
from storyline.ingest.readers import read_path
from storyline.pipeline import CleanStage, LanguageStage, PublicationDateStage
from storyline.records import Document, RawDocument

REPO = Path(__file__).resolve().parents[1]


def load(directory: Path) -> list[RawDocument]:
    settings = Settings()
    docs = []
    for path in sorted(directory.glob("text/*.txt")) + sorted(directory.glob("html/*.html")):
        docs.extend(d for d in read_path(path, settings) if isinstance(d, RawDocument))
    return docs


def run_stages(raws: list[RawDocument], repeat: int) -> tuple[float, dict[str, float], int]:
    settings = Settings()
    stages = [CleanStage(settings), LanguageStage(settings), PublicationDateStage(settings)]
    seconds = {s.name: 0.0 for s in stages}
    started = time.perf_counter()
    count = 0
    for _ in range(repeat):
        for raw in raws:
            doc = Document.from_raw(raw)
            for stage in stages:
                t = time.perf_counter()
                doc = stage(doc)
                seconds[stage.name] += time.perf_counter() - t
            count += 1
    return time.perf_counter() - started, seconds, count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "boilerplate")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    raws = load(args.directory)
    print(f"{len(raws)} documents ({sum(len(r.content) for r in raws) / len(raws) / 1000:.1f} k chars on average)")
    # warm-up: load models, fill caches (not timed)
    run_stages(raws[:5], 1)
    if args.workers <= 1:
        elapsed, seconds, count = run_stages(raws, args.repeat)
    else:
        shards = [raws[i :: args.workers] for i in range(args.workers)]
        with ProcessPoolExecutor(args.workers) as pool:
            list(pool.map(run_stages, [s[:5] for s in shards], [1] * args.workers))  # warm-up per worker
            started = time.perf_counter()
            results = list(pool.map(run_stages, shards, [args.repeat] * args.workers))
            elapsed = time.perf_counter() - started
        count = sum(r[2] for r in results)
        seconds = {k: sum(r[1][k] for r in results) for k in results[0][1]}
    print(f"workers={args.workers}: {count} documents in {elapsed:.2f} s = {count / elapsed:.0f} docs/s")
    for name, s in seconds.items():
        print(f"  {name:10} {1000 * s / count:7.2f} ms/doc (cpu time in worker)")


if __name__ == "__main__":
    main()
