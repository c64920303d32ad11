"""Evaluate boilerplate removal (flattened text) and main-text extraction (HTML) against gold bodies.

Directory layout (that of the article-extraction benchmark as we keep it):

    DIR/text/ID.txt   the page flattened by a naive scraper, one block per line
    DIR/html/ID.html  the page's HTML
    DIR/gold/ID.json  {"articleBody": "...", "url": "..."}

Metric (the benchmark's): the texts are tokenised into `\\w+` matches (case kept, as in the
benchmark), cut into overlapping 4-token shingles counted as multisets, and precision / recall
are computed per page and averaged over pages. We print the F1 of the averaged P and R (the
benchmark's number) and the mean of per-page F1.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

__all__ = ["PageScore", "shingles", "shingle_scores", "aggregate", "run"]

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4, *, lowercase: bool = False) -> Counter:
    """Multiset of n-token shingles of `text` (a text shorter than n tokens is one shingle)."""
    tokens = _TOKEN.findall(text.lower() if lowercase else text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(zip(*(tokens[i:] for i in range(n))))


@dataclass(slots=True)
class PageScore:
    id: str
    precision: float
    recall: float
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingle_scores(gold: str, predicted: str, n: int = 4, *, lowercase: bool = False) -> tuple[float, float, int, int, int]:
    """(precision, recall, tp, fp, fn) of `predicted` against `gold` over n-token shingles.

    Both empty: P = R = 1. Nothing predicted: P = 0 (and it is left out of the averaged precision
    by `aggregate`, as in the benchmark); empty gold: R = 0 likewise.
    """
    g = shingles(gold, n, lowercase=lowercase)
    p = shingles(predicted, n, lowercase=lowercase)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0, tp, fp, fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, tp, fp, fn


def aggregate(pages: list[PageScore]) -> dict:
    """Averaged P and R over pages, F1 of those, and mean per-page F1."""
    # as in the benchmark: a page with nothing predicted does not count towards precision, a page
    # with an empty gold body not towards recall
    precs = [s.precision for s in pages if s.tp + s.fp > 0]
    recs = [s.recall for s in pages if s.tp + s.fn > 0]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    return {
        "pages": len(pages),
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "mean_page_f1": sum(s.f1 for s in pages) / len(pages) if pages else 0.0,
    }


def _load_gold(directory: Path) -> dict[str, str]:
    gold = {}
    for path in sorted((directory / "gold").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        gold[path.stem] = data.get("articleBody") or ""
    return gold


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def _predict_text(content: str) -> str:
    from storyline.clean.boilerplate import remove_boilerplate

    return remove_boilerplate(content).body


def _predict_html(content: str) -> str:
    from storyline.clean.html import extract_html

    return extract_html(content).text


_VARIANTS = {"text": (".txt", _predict_text), "html": (".html", _predict_html)}


def run(directory: Path, variants: tuple[str, ...] = ("text", "html"), out: TextIO = sys.stdout) -> dict:
    """Score our text cleaner and HTML extractor on DIR; print a table; return the numbers.

    Returns {variant: {"pages": [{"id", "precision", "recall", "f1"}...], "precision", "recall",
    "f1", "mean_page_f1", "docs_per_s"}}; a variant whose folder is missing is skipped. docs_per_s
    times the cleaner / extractor alone (files are read first; models loaded before timing).
    """
    directory = Path(directory)
    if not (directory / "gold").is_dir():
        raise FileNotFoundError(f"{directory / 'gold'} not found (expected DIR/gold/*.json)")
    gold = _load_gold(directory)
    results: dict = {}
    for variant in variants:
        if variant not in _VARIANTS:
            raise ValueError(f"unknown variant {variant!r} (known: {', '.join(_VARIANTS)})")
        suffix, predict = _VARIANTS[variant]
        folder = directory / variant
        if not folder.is_dir():
            print(f"[{variant}] skipped: {folder} not found", file=out)
            continue
        pages: list[PageScore] = []
        elapsed = 0.0
        warm = False
        for page_id, body in gold.items():
            path = folder / f"{page_id}{suffix}"
            if not path.is_file():
                continue
            content = _read(path)
            if not warm:  # load models and tables outside the timing
                predict(content)
                warm = True
            start = time.perf_counter()
            predicted = predict(content)
            elapsed += time.perf_counter() - start
            p, r, tp, fp, fn = shingle_scores(body, predicted)
            pages.append(PageScore(page_id, p, r, tp, fp, fn))
        summary = aggregate(pages)
        summary["docs_per_s"] = len(pages) / elapsed if elapsed else 0.0
        summary["pages"] = [
            {"id": s.id, "precision": s.precision, "recall": s.recall, "f1": s.f1} for s in pages
        ]
        results[variant] = summary
        _print_table(variant, pages, summary, out)
    return results


def run_plain(directory: Path, limit: int = 500, seed: int = 0, out: TextIO = sys.stdout) -> dict:
    """Articles that have no boilerplate (DIR/**/*.txt, headline on the first line, e.g. SlavicNER's
    raw articles): everything after the headline is the gold body, so recall is the share of an
    article the cleaner keeps, and "emptied" counts articles it loses entirely. A seeded sample of
    `limit` files (0: all)."""
    import random

    from storyline.clean.boilerplate import remove_boilerplate, split_blocks

    paths = sorted(Path(directory).rglob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no *.txt under {directory}")
    random.Random(seed).shuffle(paths)
    pages: list[PageScore] = []
    for path in paths[:limit] if limit else paths:
        blocks = split_blocks(_read(path))
        if len(blocks) < 2:
            continue
        p, r, tp, fp, fn = shingle_scores("\n\n".join(blocks[1:]), remove_boilerplate("\n".join(blocks)).body)
        pages.append(PageScore(str(path.relative_to(directory)), p, r, tp, fp, fn))
    summary = aggregate(pages) | {"emptied": sum(1 for s in pages if s.tp == 0), "articles": len(pages)}
    print(
        f"plain articles ({len(pages)}): P={summary['precision']:.4f} R={summary['recall']:.4f} "
        f"F1={summary['f1']:.4f}; {summary['emptied']} lost entirely",
        file=out,
    )
    return summary


def _print_table(variant: str, pages: list[PageScore], summary: dict, out: TextIO) -> None:
    print(f"\n== {variant}: {len(pages)} pages ==", file=out)
    print(f"{'page':<18} {'P':>6} {'R':>6} {'F1':>6}", file=out)
    for s in sorted(pages, key=lambda s: s.f1):
        print(f"{s.id[:18]:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}", file=out)
    print(
        f"{variant}: P={summary['precision']:.4f} R={summary['recall']:.4f} "
        f"F1={summary['f1']:.4f} mean-page-F1={summary['mean_page_f1']:.4f} "
        f"({summary['docs_per_s']:.0f} docs/s)",
        file=out,
    )
