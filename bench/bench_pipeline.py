"""Benchmark: the whole `analyze` path end to end, per engine, worker count and embeddings on/off.

    python bench/bench_pipeline.py [--corpus text html slavicner] [--limit 400] [--replicate N] [--words 400-600]
                                   [--engines local ray] [--workers 1 2] [--embed off on]
    python bench/bench_pipeline.py --profile [--corpus slavicner --limit 200]   # cProfile, embeddings off
    python bench/bench_pipeline.py --compare-cleaning   # our cleaning vs trafilatura.extract, same pages

Corpora: `text` / `html` = the boilerplate benchmark pages (../shared/data/boilerplate/{text,html}),
`slavicner` = SlavicNER's raw articles (6 languages), first --limit documents in a fixed order;
`--replicate N` repeats the corpus to N documents (a marker line keeps ids distinct) for growth runs;
`--words 400-600` keeps only documents of that many words (whitespace tokens of the input), e.g. the
"typical 500-word article" of issue 8's targets (SlavicNER has 429 such articles, 487 words on average).

Each configuration runs in a fresh child process (so peak memory is its own): models are loaded and
the engine warmed on a few documents outside the timing (for ray this only starts Ray: Ray Data starts
its actors, models included, once per execution, inside the timing), then all documents stream through the engine
(the per-document stages), are saved to a fresh SQLite store in batches, and the corpus-level stages
run. Printed per configuration: documents/s and words/s (wall clock) of the per-document part and of
the whole run, CPU seconds (this process + its reaped pool workers; Ray workers are not our children,
so only the driver's CPU is shown for ray), per-stage ms/doc (summed over workers), peak RSS of the
driver and of the largest worker, and the machine's load average — a shared machine makes all of
these lower bounds. `--json FILE` appends one JSON line per configuration.
"""

from __future__ import annotations

# no BLAS thread variables here: the pipeline itself runs documents with BLAS on one thread
# (storyline/blas.py), so this measures what `storyline analyze` does
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def corpus_files(corpus: str, data: Path) -> list[Path]:
    if corpus in ("text", "html"):
        return sorted((data / "boilerplate" / corpus).glob("*.txt" if corpus == "text" else "*.html"))
    if corpus == "slavicner":
        root = data / "slavicner" / "raw"
        # interleave languages and topics so any prefix is a mixed corpus
        groups = [sorted(d.glob("*.txt")) for d in sorted(root.glob("*/*")) if d.is_dir()]
        files = []
        for i in range(max(map(len, groups), default=0)):
            files += [g[i] for g in groups if i < len(g)]
        return files
    raise SystemExit(f"unknown corpus {corpus}")


def parse_words(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    low, _, high = value.partition("-")
    return int(low), int(high) if high else 10**9


def raw_documents(corpus: str, data: Path, limit: int, replicate: int, settings, words: tuple[int, int] | None = None):
    from storyline.ingest.readers import read_path
    from storyline.records import RawDocument

    raws, seen = [], set()
    for path in corpus_files(corpus, data):
        for item in read_path(path, settings):
            if words and not (words[0] <= len(item.content.split()) <= words[1] if isinstance(item, RawDocument) else False):
                continue
            if isinstance(item, RawDocument) and item.id not in seen:
                seen.add(item.id)
                raws.append(item)
        if len(raws) >= limit:
            break
    raws = raws[:limit]
    if replicate > len(raws):
        base, copy = list(raws), 0
        while len(raws) < replicate:
            copy += 1
            for raw in base[: replicate - len(raws)]:
                content = f"{raw.content}\n\n(copy {copy})\n" if raw.kind == "text" else raw.content + f"<!-- copy {copy} -->"
                raws.append(RawDocument(id=f"{raw.id}-{copy}", source=f"{raw.source}#copy{copy}", format=raw.format,
                                        kind=raw.kind, content=content, raw=content.encode(), metadata=raw.metadata))
    return raws


def _cpu_seconds() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def run_one(corpus: str, engine_name: str, workers: int, embed: bool, limit: int, replicate: int, data: Path,
            words_range: tuple[int, int] | None = None) -> dict:
    """One configuration, in this process; returns its measurements."""
    from storyline.config import Settings
    from storyline.engines import make_engine
    from storyline.engines.base import batches
    from storyline.records import Document
    from storyline.run import run_corpus_stages
    from storyline.store import open_store

    settings = Settings(embed=embed)
    raws = raw_documents(corpus, data, limit, replicate, settings, words_range)
    words = sum(len(r.content.split()) for r in raws) if corpus != "html" else None
    with tempfile.TemporaryDirectory() as tmp, make_engine(engine_name, settings, workers=workers) as engine:
        engine.analyze_batch(raws[: 2 * engine.workers])  # load models in every worker, outside the timing
        warm = engine.stage_seconds()
        cpu0, t0 = _cpu_seconds(), time.perf_counter()
        docs = errors = 0
        store_seconds = 0.0
        with open_store(Path(tmp) / "bench.db") as store:
            run = store.start_run({"bench": corpus})
            # streamed as `storyline analyze` does: Ray Data runs one execution (actors start once)
            # over a window of documents, so per-batch calls would restart its actors every batch
            for results in batches(engine.run(raws, batch_size=settings.batch_size), settings.batch_size):
                s0 = time.perf_counter()
                good = [r for r in results if isinstance(r, Document)]
                store.save_documents(good, [r for r in results if not isinstance(r, Document)], run)
                store_seconds += time.perf_counter() - s0
                docs, errors = docs + len(good), errors + len(results) - len(good)
            per_document = time.perf_counter() - t0
            c0 = time.perf_counter()
            run_corpus_stages(store, settings)
            corpus_seconds = time.perf_counter() - c0
        stages = {k: v - warm.get(k, 0.0) for k, v in engine.stage_seconds().items()}
    wall = time.perf_counter() - t0
    cpu = _cpu_seconds() - cpu0
    n = len(raws)
    return {
        "corpus": corpus, "engine": engine_name, "workers": workers, "embed": embed, "documents": n,
        "stored": docs, "errors": errors, "words": words,
        "per_document_s": round(per_document, 2), "store_s": round(store_seconds, 2),
        "corpus_stages_s": round(corpus_seconds, 2), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
        "docs_per_s_per_document_stages": round(n / per_document, 2),
        "docs_per_s_end_to_end": round(n / wall, 2),
        "words_per_s_end_to_end": round(words / wall) if words else None,
        "stage_ms_per_doc": {k: round(1000 * v / n, 1) for k, v in stages.items()},
        "peak_rss_mb_driver": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_mb_largest_child": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "load_1min": round(os.getloadavg()[0], 2),
    }


def profile(corpus: str, limit: int, data: Path, top: int) -> None:
    """cProfile of the per-document stages in-process, embeddings off: where the time goes."""
    import cProfile
    import pstats

    from storyline.config import Settings
    from storyline.engines import make_engine

    settings = Settings(embed=False)
    raws = raw_documents(corpus, data, limit, 0, settings)
    with make_engine("local", settings, workers=1) as engine:
        engine.analyze_batch(raws[:2])
        profiler = cProfile.Profile()
        profiler.enable()
        engine.analyze_batch(raws)
        profiler.disable()
        print(f"stage ms/doc: { {k: round(1000 * v / len(raws), 1) for k, v in engine.stage_seconds().items()} }")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def compare_cleaning(data: Path) -> None:
    """Side by side on the boilerplate pages with gold bodies: our text cleaner (text pages), our HTML
    extraction (html pages) and plain `trafilatura.extract` (html pages): docs/s (CPU) and shingle F1."""
    import trafilatura

    from storyline.clean.boilerplate import remove_boilerplate
    from storyline.clean.html import extract_html
    from storyline.eval.boilerplate import PageScore, _load_gold, aggregate, shingle_scores

    root = data / "boilerplate"
    gold = _load_gold(root)
    contenders = {
        "storyline text cleaner (text pages)": ("text", ".txt", lambda c: remove_boilerplate(c).body),
        "storyline extract_html (html pages)": ("html", ".html", lambda c: extract_html(c).text),
        "trafilatura.extract (html pages)": ("html", ".html", lambda c: trafilatura.extract(c) or ""),
    }
    for name, (folder, suffix, predict) in contenders.items():
        pages = [(p.stem, p.read_bytes().decode("utf-8", errors="replace"))
                 for p in sorted((root / folder).glob("*" + suffix)) if p.stem in gold]
        predict(pages[0][1])  # warm: models and lexicons load outside the timing
        cpu0 = time.process_time()
        predicted = [(page_id, predict(content)) for page_id, content in pages]
        cpu = time.process_time() - cpu0
        scores = [PageScore(page_id, *shingle_scores(gold[page_id], text)) for page_id, text in predicted]
        summary = aggregate(scores)
        print(f"{name:38} {len(pages):>4} pages {len(pages) / cpu:7.1f} docs/s (CPU) "
              f"P={summary['precision']:.3f} R={summary['recall']:.3f} F1={summary['f1']:.3f}", flush=True)


def _row(r: dict) -> str:
    stages = " ".join(f"{k}={v}" for k, v in r["stage_ms_per_doc"].items())
    words = f"{r['words_per_s_end_to_end']:>6} w/s" if r["words_per_s_end_to_end"] else "       -  "
    return (f"{r['corpus']:9} {r['engine']:5} x{r['workers']} embed={'on ' if r['embed'] else 'off'} "
            f"n={r['documents']:<5} {(r['words'] or 0) // max(r['documents'], 1):>4} w/doc per-doc {r['docs_per_s_per_document_stages']:6.1f} d/s | end-to-end "
            f"{r['docs_per_s_end_to_end']:6.1f} d/s {words} | wall {r['wall_s']:6.1f}s cpu {r['cpu_s']:6.1f}s "
            f"(store {r['store_s']}s, corpus {r['corpus_stages_s']}s) | rss {r['peak_rss_mb_driver']}/"
            f"{r['peak_rss_mb_largest_child']} MB | load {r['load_1min']} | ms/doc: {stages}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", nargs="+", default=["text", "slavicner"], choices=["text", "html", "slavicner"])
    parser.add_argument("--engines", nargs="+", default=["local"], choices=["local", "ray"])
    parser.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--embed", nargs="+", default=["off"], choices=["off", "on"])
    parser.add_argument("--limit", type=int, default=400, help="documents per corpus (before --replicate)")
    parser.add_argument("--replicate", type=int, default=0, help="repeat the corpus up to N documents")
    parser.add_argument("--words", default=None, help="only documents of LO-HI words (e.g. 400-600)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", type=Path, default=None, help="append one JSON line per configuration here")
    parser.add_argument("--profile", action="store_true", help="cProfile in-process, embeddings off")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--compare-cleaning", action="store_true",
                        help="our cleaning vs trafilatura.extract on the boilerplate pages (docs/s, F1)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one configuration (JSON) in this process
    args = parser.parse_args(argv)
    if args.compare_cleaning:
        compare_cleaning(args.data)
        return 0
    if args.profile:
        profile(args.corpus[0], args.limit, args.data, args.top)
        return 0
    if args.one:
        corpus, engine, workers, embed = args.one.split(":")
        print(json.dumps(run_one(corpus, engine, int(workers), embed == "on", args.limit, args.replicate, args.data,
                                 parse_words(args.words))))
        return 0
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} cpus={os.cpu_count()} load={os.getloadavg()}", flush=True)
    for corpus in args.corpus:
        for embed in args.embed:
            for engine in args.engines:
                for workers in args.workers:
                    one = f"{corpus}:{engine}:{workers}:{embed}"
                    child = subprocess.run(
                        [sys.executable, __file__, "--one", one, "--limit", str(args.limit),
                         "--replicate", str(args.replicate), "--data", str(args.data)]
                        + (["--words", args.words] if args.words else []),
                        capture_output=True, text=True,
                    )
                    if child.returncode != 0:
                        print(f"{one}: failed\n{child.stderr[-2000:]}", flush=True)
                        continue
                    result = json.loads(child.stdout.strip().splitlines()[-1])
                    print(_row(result), flush=True)
                    if args.json:
                        with args.json.open("a", encoding="utf-8") as fh:
                            fh.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
