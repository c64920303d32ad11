"""``storyline eval ner``: score a NER model on a SlavicNER-layout directory or CoNLL-style files.

Scoring is exact span + type over every occurrence (mention-level micro P/R/F1), overall, per
language and per type; EVT/PRO gold types are mapped to MISC. Works on any directory laid out
like SlavicNER (``raw/TOPIC/LANG/*.txt`` + ``ner/TOPIC/LANG/*.tsv``) and on CoNLL-style files
(``idx<TAB>token<TAB>IOB-tag``; a directory is searched for ``*.conllu``/``*.conll``).

    python -m storyline.eval.ner MODEL_DIR ../shared/data/slavicner --topics covid-19
    python -m storyline.eval.ner MODEL_DIR ../shared/data/ner/conll/en/val.conllu --format conll
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Iterable
from pathlib import Path

from storyline.eval import corpora

LABELS = corpora.LABELS


# ------------------------------------------------------------------------------- readers
def read_slavicner_dir(root: Path, topics: Iterable[str] | None = None,
                       languages: Iterable[str] | None = None) -> list[corpora.Doc]:
    """Every topic/language of a SlavicNER-layout directory (not only the five known topics).

    Annotation lines whose offsets do not match the text are skipped and counted on stderr.
    """
    root = Path(root)
    raw = root / "raw"
    topics = list(topics) if topics else sorted(p.name for p in raw.iterdir() if p.is_dir())
    if languages:
        languages = list(languages)
    else:
        languages = sorted({p.name for t in topics if (raw / t).is_dir() for p in (raw / t).iterdir()
                            if p.is_dir()})
    stats: collections.Counter = collections.Counter()
    docs = corpora.read_slavicner(root, topics, languages, stats=stats)
    skipped = {k: v for k, v in stats.items() if k in ("offset_mismatch", "short_line", "unknown_type") and v}
    if skipped:
        print(f"{root}: annotation lines skipped: {skipped}", file=sys.stderr)
    return docs


def read_conll_path(path: Path, lang: str | None = None) -> list[corpora.Doc]:
    """A CoNLL-style file, or every *.conllu/*.conll file under a directory.

    The language is ``lang`` or the name of the file's folder (``conll/en/val.conllu`` -> en).
    """
    path = Path(path)
    files = [path] if path.is_file() else sorted(
        p for ext in ("*.conllu", "*.conll") for p in path.rglob(ext))
    return [d for f in files for d in corpora.read_conll(f, lang or f.parent.name, "conll")]


# ------------------------------------------------------------------------------- scoring
def score_spans(gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]) -> dict:
    """Exact-match micro P/R/F1 overall ("micro") and per type, spans as (start, end, type)."""
    def as_spans(docs):
        return [[corpora.Span(a, b, label) for a, b, label in doc] for doc in docs]

    return corpora.score(as_spans(gold), as_spans(pred))


def _as_recognizer(model):
    from storyline.entities.ner import EntityRecognizer

    if isinstance(model, EntityRecognizer):
        return model
    if isinstance(model, (str, Path)):
        return EntityRecognizer(model_dir=model)
    return EntityRecognizer.from_pipeline(model)  # a spaCy Language


def score_documents(model, docs: list, natasha: bool = False, resolve: bool = False) -> dict:
    """Report {"all": scores, "languages": {lang: scores}, "docs", "words"} for gold documents.

    ``docs`` items need ``text``, ``lang`` and ``spans`` (tuples or objects with start/end/label),
    e.g. :class:`storyline.eval.corpora.Doc`. ``model`` is a model directory, an
    ``EntityRecognizer`` or a spaCy pipeline. ``resolve``: score the types the pipeline stores after
    its corpus-level `resolve` stage (entity resolution over ``docs``, then the type vote of
    `resolve/type_vote.py`), not the recogniser's own.
    """
    recognizer = _as_recognizer(model)
    gold = [[_key(s) for s in d.spans] for d in docs]
    pred = list(recognizer.recognize_many(d.text for d in docs))
    if natasha:  # the optional Russian ensemble of the pipeline (entities/natasha_ru.py)
        from storyline.entities.natasha_ru import merge_in_ranges

        pred = [merge_in_ranges(d.text, p, [(0, len(d.text))]) if d.lang == "ru" else p
                for d, p in zip(docs, pred)]
    if resolve:
        pred = _after_type_vote(recognizer, docs, pred)
    by_lang: dict[str, list[int]] = collections.defaultdict(list)
    for i, d in enumerate(docs):
        by_lang[d.lang].append(i)
    report = {"all": score_spans(gold, pred), "languages": {}, "docs": len(docs),
              "words": sum(len(d.text.split()) for d in docs)}
    for lang, idx in sorted(by_lang.items()):
        report["languages"][lang] = score_spans([gold[i] for i in idx], [pred[i] for i in idx])
    return report


def _after_type_vote(recognizer, docs: list, pred: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """The predicted spans with the types the `resolve` stage gives them (`resolve/type_vote.py`)."""
    from storyline.entities.ner import KNOWN_NAMES_FILE, known_names
    from storyline.records import Mention
    from storyline.resolve import DocumentMentions, resolve_entities
    from storyline.resolve.type_vote import vote_mention_types

    known = known_names(recognizer.model_dir) if recognizer.model_dir else frozenset()
    if not known:  # as the pipeline does: nothing is voted; said, so no one reads this as the vote's score
        print(f"--resolve: no {KNOWN_NAMES_FILE} beside the model ({recognizer.model_dir}): nothing is voted",
              file=sys.stderr)
        return pred
    ids = [f"{i}:{getattr(d, 'id', '')}" for i, d in enumerate(docs)]  # unique even if ids repeat
    mentions = [[Mention(a, b, d.text[a:b], label) for a, b, label in p] for d, p in zip(docs, pred)]
    resolution = resolve_entities(DocumentMentions(i, d.lang, m) for i, d, m in zip(ids, docs, mentions))
    for error in resolution.errors:  # e.g. translations not merged: not the resolution `analyze` makes
        print(f"--resolve: {error.source}: {error.reason}", file=sys.stderr)
    changed = vote_mention_types(lambda: ((i, m) for i, ms in zip(ids, mentions) for m in ms),
                                 resolution.assignment, known, resolution.entity_types())
    return [[(a, b, changed.get((i, k), label)) for k, (a, b, label) in enumerate(p)] for i, p in zip(ids, pred)]


def _key(span) -> tuple[int, int, str]:
    if isinstance(span, tuple):
        return span
    return (span.start, span.end, span.label)


def format_report(report: dict) -> str:
    lines = [f"{report['docs']} documents, {report['words']} words",
             f"{'':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>7s}"]

    def row(name: str, s: dict) -> str:
        return f"{name:10s} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['tp'] + s['fn']:7d}"

    lines.append(row("all", report["all"]["micro"]))
    for label in LABELS:
        lines.append(row("  " + label, report["all"][label]))
    for lang, s in report["languages"].items():
        lines.append(row(lang, s["micro"]) + "   " + "  ".join(
            f"{label} {s[label]['f1']:.3f}" for label in LABELS if s[label]["tp"] + s[label]["fn"]))
    return "\n".join(lines)


def evaluate(model, path: Path | str, fmt: str = "slavicner", topics: Iterable[str] | None = None,
             languages: Iterable[str] | None = None, lang: str | None = None,
             print_report: bool = True, natasha: bool = False, resolve: bool = False) -> dict:
    """Score ``model`` (directory, EntityRecognizer or spaCy pipeline) on the data at ``path``."""
    if fmt == "slavicner":
        docs = read_slavicner_dir(Path(path), topics, languages)
    elif fmt == "conll":
        docs = read_conll_path(Path(path), lang)
        if languages:
            docs = [d for d in docs if d.lang in set(languages)]
    else:
        raise ValueError(f"unknown format {fmt!r} (slavicner or conll)")
    if not docs:
        raise ValueError(f"no documents found at {path} ({fmt})")
    report = score_documents(model, docs, natasha=natasha, resolve=resolve)
    if print_report:
        print(format_report(report))
    return report


def evaluate_folds(folds: list[tuple[str, Path | str]], path: Path | str, languages: Iterable[str] | None = None,
                   print_report: bool = True, natasha: bool = False, resolve: bool = False) -> dict:
    """Single-topic-out: each (topic, model) pair scores the topic with the model trained without
    it; returns {"folds": {topic: report}, "pooled": scores over every fold's mentions, "mean_f1"}.
    The pooled micro-F1 counts every held-out mention once; the mean weighs each topic equally."""
    reports = {}
    for topic, model in folds:
        reports[topic] = evaluate(model, path, "slavicner", [topic], languages, print_report=False,
                                  natasha=natasha, resolve=resolve)
        if print_report:
            print(f"== {topic} held out (model {model})")
            print(format_report(reports[topic]))
    pooled = _pooled([report["all"] for report in reports.values()])
    mean_f1 = sum(report["all"]["micro"]["f1"] for report in reports.values()) / len(reports)
    if print_report:
        print(f"== {len(reports)} folds pooled ({', '.join(reports)})")
        lines = format_report({"docs": sum(r["docs"] for r in reports.values()),
                               "words": sum(r["words"] for r in reports.values()),
                               "all": pooled, "languages": {}}).splitlines()
        print("\n".join(lines))
        print(f"mean of the folds' F1: {mean_f1:.4f}; pooled micro-F1: {pooled['micro']['f1']:.4f}")
    return {"folds": reports, "pooled": pooled, "mean_f1": mean_f1}


def _pooled(scores: list[dict]) -> dict:
    """Micro P/R/F1 from the summed counts of several `score_spans` results."""
    return {key: corpora.prf(*(sum(s[key][k] for s in scores) for k in ("tp", "fp", "fn")))
            for key in ("micro", *LABELS)}


def main(argv: list[str] | None = None) -> int:
    from storyline.entities.ner import DEFAULT_MODEL_DIR

    ap = argparse.ArgumentParser(prog="storyline eval ner", description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="SlavicNER-layout directory or CoNLL file/directory")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--format", choices=("slavicner", "conll"), default=None,
                    help="default: slavicner if DATA/raw exists, else conll")
    ap.add_argument("--topics", default=None, help="comma-separated SlavicNER topics")
    ap.add_argument("--languages", default=None, help="comma-separated language codes")
    ap.add_argument("--lang", default=None, help="language of CoNLL files (default: parent dir name)")
    ap.add_argument("--fold", action="append", default=[], metavar="TOPIC=MODEL",
                    help="single-topic-out (repeatable): score TOPIC with MODEL, the model trained without it; "
                         "prints each fold, the folds pooled and their mean (replaces --model/--topics)")
    ap.add_argument("--natasha", action="store_true",
                    help="Russian documents: natasha's people replace ours, as `analyze` does by default")
    ap.add_argument("--resolve", action="store_true",
                    help="score the types `storyline analyze` stores: after entity resolution over the documents, "
                         "names the model was not trained on take their entity's type (resolve/type_vote.py)")
    a = ap.parse_args(argv)
    fmt = a.format or ("slavicner" if (a.data / "raw").is_dir() else "conll")
    split = lambda s: [x for x in s.split(",") if x] if s else None  # noqa: E731
    try:
        if a.fold:
            folds = [tuple(f.split("=", 1)) for f in a.fold]
            if fmt != "slavicner" or any(len(f) != 2 or not all(f) for f in folds):
                raise ValueError("--fold TOPIC=MODEL needs a SlavicNER-layout directory and both parts")
            evaluate_folds(folds, a.data, split(a.languages), natasha=a.natasha, resolve=a.resolve)
            return 0
        evaluate(a.model, a.data, fmt, split(a.topics), split(a.languages), a.lang, natasha=a.natasha,
                 resolve=a.resolve)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
