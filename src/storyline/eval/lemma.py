"""Evaluate mention lemmatisation on a SlavicNER-layout directory, single topic out.

For each topic, suffix rules are learned on the other topics' (surface, lemma) pairs (plus the
UD treebank pairs, when a treebank directory is given) and tested on the held-out topic: accuracy
is the exact match of the whole mention's lemma with the gold lemma, per language and overall.
The identity baseline ("the surface is the lemma") is printed alongside.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from storyline.entities.lemma import LemmaPair, SuffixLemmatizer
from storyline.eval.linking import GoldDocument, read_slavicner

__all__ = ["lemma_pairs", "treebank_word_pairs", "evaluate", "main"]


def lemma_pairs(documents: Iterable[GoldDocument]) -> list[LemmaPair]:
    return [LemmaPair(m.text, m.lemma, m.type, d.language) for d in documents for m in d.mentions if m.lemma]


def treebank_word_pairs(ud_root: Path | None) -> list[tuple[str, str, str]]:
    """(language, word, lemma) for proper nouns in UD .conllu files under `ud_root`/LANG/."""
    pairs: list[tuple[str, str, str]] = []
    if ud_root is None or not Path(ud_root).is_dir():
        return pairs
    for path in sorted(Path(ud_root).glob("*/*.conllu")):
        language = path.parent.name
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 4 and cols[3] == "PROPN" and cols[0].isdigit():
                    pairs.append((language, cols[1], cols[2]))
    return pairs


def evaluate(slavicner_root: Path, ud_root: Path | None = None, topics: Iterable[str] | None = None) -> dict:
    """{held-out topic: {language: [correct, total, identity_correct]}}."""
    documents = read_slavicner(slavicner_root)
    treebank = treebank_word_pairs(ud_root)
    topics = sorted(set(topics or {d.topic for d in documents}))
    results: dict[str, dict[str, list[int]]] = {}
    for topic in topics:
        train = lemma_pairs(d for d in documents if d.topic != topic)
        model = SuffixLemmatizer().fit(train, treebank).prune()
        per_language: dict[str, list[int]] = {}
        for pair in lemma_pairs(d for d in documents if d.topic == topic):
            row = per_language.setdefault(pair.language, [0, 0, 0])
            row[0] += model.lemmatize(pair.surface, pair.type, pair.language) == pair.lemma
            row[1] += 1
            row[2] += pair.surface == pair.lemma
        results[topic] = per_language
    return results


def _format(results: dict) -> str:
    languages = sorted({l for per in results.values() for l in per})
    lines = ["| topic | " + " | ".join(languages) + " | all | identity |", "|---" * (len(languages) + 3) + "|"]
    totals: dict[str, Counter] = {l: Counter() for l in languages + ["all"]}
    for topic, per in results.items():
        cells, all_ = [], Counter()
        for l in languages:
            c, t, i = per.get(l, [0, 0, 0])
            totals[l].update(correct=c, total=t, identity=i)
            all_.update(correct=c, total=t, identity=i)
            cells.append(f"{c / t:.3f}" if t else "-")
        totals["all"].update(all_)
        lines.append(f"| {topic} | " + " | ".join(cells)
                     + f" | {all_['correct'] / max(1, all_['total']):.3f} | {all_['identity'] / max(1, all_['total']):.3f} |")
    cells = [f"{totals[l]['correct'] / max(1, totals[l]['total']):.3f}" for l in languages]
    a = totals["all"]
    lines.append("| **all** | " + " | ".join(cells)
                 + f" | {a['correct'] / max(1, a['total']):.3f} | {a['identity'] / max(1, a['total']):.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lemma accuracy on SlavicNER, single topic out.")
    parser.add_argument("slavicner", type=Path, help="SlavicNER-layout directory (raw/, ner/)")
    parser.add_argument("--ud", type=Path, default=None, help="UD treebanks directory (LANG/*.conllu) to add to training")
    args = parser.parse_args(argv)
    if not (args.slavicner / "ner").is_dir():
        print(f"error: no ner/ directory under {args.slavicner}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    print(_format(evaluate(args.slavicner, args.ud)))
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
