#!/usr/bin/env python3
"""Train the mention lemmatiser's suffix rules (storyline/models/lemma/rules.json).

Data: SlavicNER (surface, lemma) pairs of every annotated mention (bg cs pl ru sl uk) plus the
PROPN (word, lemma) pairs of the UD treebanks (bg, ru). Deterministic: same data, same file.

    python scripts/train_lemma.py                       # ../shared/data -> the shipped rules
    python scripts/train_lemma.py --slavicner DIR --ud DIR --out PATH

To retrain on your own data, give a directory in the SlavicNER layout (raw/TOPIC/LANG/*.txt,
ner/TOPIC/LANG/*.tsv with `start end surface lemma TYPE id` lines).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from storyline.entities.lemma import RULES_PATH, SuffixLemmatizer
from storyline.eval.lemma import lemma_pairs, treebank_word_pairs
from storyline.eval.linking import read_slavicner

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slavicner", type=Path, default=DATA / "slavicner")
    parser.add_argument("--ud", type=Path, default=DATA / "ud")
    parser.add_argument("--out", type=Path, default=RULES_PATH)
    args = parser.parse_args(argv)
    if not (args.slavicner / "ner").is_dir():
        print(f"error: no SlavicNER data under {args.slavicner}", file=sys.stderr)
        return 2
    errors: list[str] = []
    pairs = lemma_pairs(read_slavicner(args.slavicner, errors=errors))
    words = treebank_word_pairs(args.ud)
    model = SuffixLemmatizer().fit(pairs, words).prune()
    model.save(args.out)
    n_rules = sum(len(t) for t in model.rules.values())
    print(f"{len(pairs)} mention pairs, {len(words)} treebank pairs, {len(errors)} skipped lines -> "
          f"{n_rules} suffix rules in {len(model.rules)} contexts, {len(model.exceptions)} exceptions: {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
