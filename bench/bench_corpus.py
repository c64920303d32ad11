"""Benchmark: all corpus-level stages (resolve, events, stories) on the SQLite store vs straight
from a Parquet record dataset with DuckDB (`storyline corpus`), at growing sizes.

    python bench/bench_corpus.py [--sizes 1000 4000 16000] [--memory-limit 512MB] [--paths store records]

The documents are bench_resolve.py's (SlavicNER gold mentions, replicated with synthetic renamed
people and organisations so distinct names grow with the corpus, plus synthetic claims); they are
written once as a store (what `analyze`/`load` leave) and once as a record dataset (what `analyze
--records` leaves), and each path runs in its own process so its peak RSS is its own. Timed: the
corpus stages plus what each path needs to read its input (the DuckDB path's unnesting included);
not timed: building the inputs. The documents carry no vectors, so `stories` has nothing to
cluster; bench_stories.py measures it. Both paths must find the same numbers of entities and events.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_resolve  # noqa: E402  (the synthetic corpus)


def write_inputs(folder: Path, n_docs: int, base, args) -> int:
    """The same documents as a store (folder/store.db) and a record dataset (folder/records)."""
    from storyline.dataset.files import RecordsWriter

    store, n_mentions = bench_resolve.build_store(folder / "store.db", n_docs, base, args.rename_share,
                                                  args.claims_per_doc, args.seed)
    with RecordsWriter(str(folder / "records")) as writer:
        writer.write(_documents_with_records(store))
    store.close()
    return n_mentions


def _documents_with_records(store):
    """Stored documents with their mentions and claims (what a record row holds)."""
    mentions, claims = {}, {}
    for document, mention in store.iter_mentions():
        mentions.setdefault(document, []).append(mention)
    for document, claim in store.iter_claims():
        claims.setdefault(document, []).append(claim)
    for doc in store.iter_documents():
        doc.mentions, doc.claims = mentions.get(doc.id, []), claims.get(doc.id, [])
        yield doc


def run_one(path: str, folder: Path, memory_limit: str) -> dict:
    """Child process: the corpus stages on one input; its own timings and peak RSS."""
    from storyline.config import Settings
    from storyline.resolve.translations import embed_names
    from storyline.run import run_corpus_stages

    settings = Settings(embed=False)
    embed_names(["warm-up"])  # e5 loads outside the timings, as in a long-running process
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    if path == "store":
        from storyline.store.sqlite import SqliteStore

        with SqliteStore(folder / "store.db") as store:
            run_corpus_stages(store, settings)
            counts = (len(store.entities()), len(store.events()))
    else:
        from storyline.dataset.corpus import RecordsCorpus

        with RecordsCorpus([str(folder / "records")], memory_limit=memory_limit,
                           threads=settings.corpus_thread_count()) as corpus:
            run_corpus_stages(corpus, settings)
            counts = (len(corpus.entities()), len(corpus.events()))
    return {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu, "entities": counts[0],
            "events": counts[1], "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_before_mb": rss_before}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--rename-share", type=float, default=0.5)
    parser.add_argument("--claims-per-doc", type=int, default=4)
    parser.add_argument("--data", type=Path, default=bench_resolve.DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--memory-limit", default="512MB")
    parser.add_argument("--paths", nargs="+", choices=["store", "records"], default=["store", "records"],
                        help="which inputs to run the stages on (records: the DuckDB path)")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], Path(args.child[1]), args.memory_limit)))
        return

    base = bench_resolve.load_base(args.data)
    random.Random(args.seed).shuffle(base)
    print(f"base: {len(base)} SlavicNER documents; {args.claims_per_doc} claims/doc; DuckDB memory "
          f"{args.memory_limit}; load avg {os.getloadavg()[0]:.1f}")
    print(f"{'docs':>7} {'mentions':>9} {'path':>8} {'wall s':>7} {'CPU s':>7} {'ms/doc':>7} {'growth':>6} "
          f"{'entities':>8} {'events':>7} {'RSS MB':>7}")
    previous: dict[str, float] = {}
    for n_docs in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            n_mentions = write_inputs(Path(tmp), n_docs, base, args)
            found = None
            for path in args.paths:
                child = subprocess.run(
                    [sys.executable, __file__, "--child", path, tmp, "--memory-limit", args.memory_limit],
                    capture_output=True, text=True)
                if child.returncode != 0:  # say why (the child's own traceback), then stop
                    raise SystemExit(f"{n_docs} documents, {path}: the stages failed (exit {child.returncode}):\n"
                                     f"{child.stderr[-4000:]}")
                result = json.loads(child.stdout.strip().splitlines()[-1])
                growth = f"{result['wall'] / previous[path]:.2f}" if path in previous else "-"
                previous[path] = result["wall"]
                label = "store" if path == "store" else "duckdb"
                if found is not None and (result["entities"], result["events"]) != found:
                    raise SystemExit(f"the paths disagree: store {found}, DuckDB {result['entities'], result['events']}")
                found = (result["entities"], result["events"])
                print(f"{n_docs:>7} {n_mentions:>9} {label:>8} {result['wall']:>7.1f} {result['cpu']:>7.1f} "
                      f"{1000 * result['wall'] / n_docs:>7.2f} {growth:>6} {result['entities']:>8} "
                      f"{result['events']:>7} {result['rss_mb']:>7.0f}", flush=True)


if __name__ == "__main__":
    main()
