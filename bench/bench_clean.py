"""Benchmark: cleaning + language + publication date, documents per second.

    python bench/bench_clean.py [DIR] [--workers 1 2] [--kind text html] [--repeat K]
    python bench/bench_clean.py [DIR] --kind text html --dump OUT.jsonl   # outputs, no timing

DIR defaults to ../shared/data/boilerplate. For each kind (DIR/text/*.txt, DIR/html/*.html) and each
worker count, every worker process reads the documents and loads the models once (outside the
timing), warms up, and then the per-document stages clean -> language -> published run over all
documents K times, handed out in small chunks. Prints docs/s (wall clock) and per-stage ms/doc (CPU
time inside the workers), plus the machine load, since a shared machine makes these lower bounds.

`--dump` writes each document's outputs (text, title, removed blocks, paragraph spans and languages,
document language, published date, evidence, not_before) as JSON lines in a stable order: dump before
and after a speed change and `cmp` the files to check that the outputs did not change.

Pin it for comparable numbers: `taskset -c 0 ... --workers 1`, `taskset -c 0,1 ... --workers 2`.
Issue 3's target: >= 300 docs/s with 2 workers on the text pages.
"""

from __future__ import annotations

import os

# BLAS threads spin on the small matrix products of the boilerplate model: one thread per worker.
# (Set before numpy is imported, here and in the workers, which inherit the environment.)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from functools import lru_cache  # noqa: E402
from pathlib import Path  # noqa: E402

from storyline.config import Settings  # noqa: E402
from storyline.ingest.readers import read_path  # noqa: E402
from storyline.pipeline import CleanStage, LanguageStage, PublicationDateStage  # noqa: E402
from storyline.records import Document, RawDocument  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PATTERNS = {"text": "text/*.txt", "html": "html/*.html"}
CHUNK = 8  # documents per task handed to a worker


@lru_cache(maxsize=4)
def load(directory: Path, kind: str) -> tuple[RawDocument, ...]:
    settings = Settings()
    docs: list[RawDocument] = []
    for path in sorted(directory.glob(PATTERNS[kind])):
        docs.extend(d for d in read_path(path, settings) if isinstance(d, RawDocument))
    return tuple(docs)


@lru_cache(maxsize=1)
def stages() -> tuple:
    """The stages, built once per process (models load lazily on first use: see `warm_up`)."""
    settings = Settings()
    return CleanStage(settings), LanguageStage(settings), PublicationDateStage(settings)


def run_stages(raws: tuple[RawDocument, ...] | list[RawDocument]) -> tuple[int, dict[str, float]]:
    """(documents processed, CPU seconds per stage)."""
    seconds = {s.name: 0.0 for s in stages()}
    for raw in raws:
        doc = Document.from_raw(raw)
        for stage in stages():
            t = time.process_time()
            doc = stage(doc)
            seconds[stage.name] += time.process_time() - t
    return len(raws), seconds


def warm_up(directory: Path, kind: str) -> None:
    """Worker initializer: read the documents, build the stages and load every model once. One
    untimed pass over all documents: lingua loads a language's model when a text first needs it,
    and a long-running worker has long loaded them."""
    run_stages(load(directory, kind))


def ready(wait: float) -> int:
    time.sleep(wait)  # long enough for the other workers to take their share
    return os.getpid()


def run_chunk(directory: Path, kind: str, start: int) -> tuple[int, dict[str, float]]:
    return run_stages(load(directory, kind)[start : start + CHUNK])


def bench(directory: Path, kind: str, workers: int, repeat: int) -> None:
    docs = load(directory, kind)
    if not docs:
        print(f"{kind}: no documents under {directory / PATTERNS[kind]}")
        return
    starts = [i for _ in range(repeat) for i in range(0, len(docs), CHUNK)]
    if workers <= 1:
        warm_up(directory, kind)
        began = time.perf_counter()
        results = [run_chunk(directory, kind, s) for s in starts]
    else:
        with ProcessPoolExecutor(workers, initializer=warm_up, initargs=(directory, kind)) as pool:
            # the clock starts once every worker has started and warmed up
            while len(set(pool.map(ready, [0.3] * workers))) < workers:
                pass
            began = time.perf_counter()
            results = list(pool.map(run_chunk, [directory] * len(starts), [kind] * len(starts), starts))
    elapsed = time.perf_counter() - began
    count = sum(n for n, _ in results)
    seconds = {name: sum(r[name] for _, r in results) for name in results[0][1]}
    per_doc = {name: 1000 * s / count for name, s in seconds.items()}
    chars = sum(len(d.content) for d in docs) / len(docs) / 1000
    print(f"{kind:4} workers={workers}: {count} docs ({chars:.1f} k chars avg) in {elapsed:.2f} s = "
          f"{count / elapsed:.0f} docs/s | " + "  ".join(f"{k} {v:.2f}" for k, v in per_doc.items())
          + f"  total {sum(per_doc.values()):.2f} ms/doc (CPU)")
    # on a shared machine the wall clock also counts time other processes held the cores
    print(f"{'':4} = {1000 * workers / sum(per_doc.values()):.0f} docs/s with {workers} core(s) to themselves")


def dump(directory: Path, kinds: list[str], out: Path) -> int:
    """Write every document's per-stage outputs as JSON lines; the number of documents."""
    import dataclasses
    import json

    count = 0
    with out.open("w", encoding="utf-8") as f:
        for kind in kinds:
            for raw in load(directory, kind):
                doc = Document.from_raw(raw)
                for stage in stages():
                    doc = stage(doc)
                record = {
                    "source": raw.source, "id": doc.id, "title": doc.title, "text": doc.text,
                    "removed": [dataclasses.asdict(r) for r in doc.removed],
                    "paragraphs": [[p.start, p.end, p.language] for p in doc.paragraphs],
                    "language": doc.language, "published": doc.published,
                    "evidence": doc.published_evidence, "not_before": doc.not_before,
                }
                f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "boilerplate")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--kind", nargs="+", choices=sorted(PATTERNS), default=["text", "html"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write the outputs of every document here (no timing)")
    args = parser.parse_args()
    if args.dump:
        print(f"{dump(args.directory.resolve(), args.kind, args.dump)} documents -> {args.dump}")
        return
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; cpus allowed {cpus}")
    for kind in args.kind:
        for workers in args.workers:
            bench(args.directory.resolve(), kind, workers, args.repeat)
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")


if __name__ == "__main__":
    main()
