"""Benchmark: NER words per second, 1 process and 2 processes.

    python bench/bench_ner.py [DIR] [--workers 1 2] [--max-docs N] [--model MODEL_DIR]

DIR is a SlavicNER-layout directory (default ../shared/data/slavicner; every raw/*/*/*.txt) or
any directory of *.txt files. Each worker process loads the model and warms the e5 word cache on
its own share of the texts once (outside the timing, as in a long run), then the timed pass runs
``EntityRecognizer.recognize`` over its share. Words are ``\\w+`` runs. Prints words/s by wall
clock and by CPU time (what the workers would reach with a free core each; on a shared, busy
machine the wall-clock figure is only a lower bound), plus the machine load.

``--natasha`` adds a side-by-side on the Russian texts (``raw/*/ru/*.txt``): our recognizer vs
natasha's NER (``pip install 'storyline[ner]'``), CPU words/s of each in one process.

Pin it for comparable numbers: `taskset -c 0 ... --workers 1`, `taskset -c 0,1 ... --workers 2`.
Issue 4's target: >= 5,000 words/s with 2 processes.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from multiprocessing import get_context  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")


def _texts(root: Path, max_docs: int) -> list[str]:
    files = sorted(root.glob("raw/*/*/*.txt")) or sorted(root.rglob("*.txt"))
    step = max(1, len(files) // max_docs) if max_docs else 1
    return [p.read_text(encoding="utf-8", errors="replace") for p in files[::step][: max_docs or None]]


def _worker(args: tuple[str | None, list[str], bool]) -> tuple[float, float, int]:
    from storyline.entities.ner import EntityRecognizer

    model_dir, texts, warm = args
    recognizer = EntityRecognizer(model_dir=model_dir) if model_dir else EntityRecognizer()
    if warm:
        list(recognizer.recognize_many(texts))
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        recognizer.recognize(text)
    return (time.perf_counter() - start, time.process_time() - cpu_start,
            sum(len(WORD.findall(t)) for t in texts))


def natasha_side_by_side(root: Path, max_docs: int) -> None:
    """CPU words/s of our recognizer and of natasha on the same Russian texts, one process."""
    from storyline.entities.natasha_ru import natasha_installed, natasha_spans
    from storyline.entities.ner import EntityRecognizer

    if not natasha_installed():
        print("natasha is not installed (pip install 'storyline[ner]'): side-by-side skipped")
        return
    files = sorted(root.glob("raw/*/ru/*.txt"))
    step = max(1, len(files) // max_docs) if max_docs else 1
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files[::step][: max_docs or None]]
    words = sum(len(WORD.findall(t)) for t in texts)
    recognizer = EntityRecognizer()
    natasha_spans("Прогрев.")
    list(recognizer.recognize_many(texts))  # warm the word cache, as in a long run
    for name, fn in (("storyline", recognizer.recognize), ("natasha", natasha_spans)):
        start = time.process_time()
        for text in texts:
            fn(text)
        print(f"{name:10s} {len(texts)} Russian texts: {words / (time.process_time() - start):,.0f} words/s (CPU, 1 process)")


def run(texts: list[str], workers: int, model_dir: str | None, warm: bool) -> tuple[float, float]:
    """(words/s wall clock, words/s if every worker had its own core: words / max CPU time)."""
    shares = [texts[i::workers] for i in range(workers)]
    ctx = get_context("spawn")
    with ctx.Pool(workers) as pool:
        results = pool.map(_worker, [(model_dir, share, warm) for share in shares])
    words = sum(w for _, _, w in results)
    # workers run in parallel: the slowest one's timed pass is the wall time of the batch
    return (words / max(elapsed for elapsed, _, _ in results),
            words / max(cpu for _, cpu, _ in results))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="NER words per second")
    ap.add_argument("data", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "slavicner")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--max-docs", type=int, default=300)
    ap.add_argument("--model", default=None)
    ap.add_argument("--cold", action="store_true", help="no warm-up pass (cold e5 word cache)")
    ap.add_argument("--natasha", action="store_true", help="also: ours vs natasha on the Russian texts")
    a = ap.parse_args(argv)
    texts = _texts(a.data, a.max_docs)
    if not texts:
        print(f"no texts under {a.data}")
        return 2
    n_words = sum(len(WORD.findall(t)) for t in texts)
    print(f"{len(texts)} texts, {n_words} words from {a.data}")
    for w in a.workers:
        wall, cpu = run(texts, w, a.model, not a.cold)
        print(f"workers={w}: {wall:,.0f} words/s wall clock, {cpu:,.0f} words/s on {w} free core(s) "
              f"(CPU time)   load average {os.getloadavg()[0]:.2f}")
    if a.natasha:
        natasha_side_by_side(a.data, a.max_docs)
        print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
