"""Evaluate cross-lingual, cross-document entity resolution with B³ on a SlavicNER-layout directory.

Layout (that of the SlavicNER corpus):

    DIR/raw/TOPIC/LANG/NAME.txt   document text
    DIR/ner/TOPIC/LANG/NAME.tsv   one mention a line: start end surface lemma TYPE cross-lingual-ID

For every topic, all its documents in all languages are resolved together and the mentions are
clustered by the entity they were assigned; B³ precision/recall/F1 (mention-weighted) compare
that clustering with the clustering by gold cross-lingual id, overall and per (gold) type.
A naive baseline ("transliterate the lemma and compare") is scored alongside.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Hashable, Iterable, Sequence

from storyline.records import Mention

__all__ = [
    "GoldDocument",
    "GoldMention",
    "read_slavicner",
    "b_cubed",
    "naive_clusters",
    "evaluate_topic",
    "evaluate",
    "main",
]

# SlavicNER types -> Storyline types (events and products are MISC)
SLAVIC_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "EVT": "MISC", "PRO": "MISC"}


@dataclass(slots=True)
class GoldMention:
    start: int
    end: int
    text: str
    lemma: str
    type: str
    entity: str  # cross-lingual id


@dataclass(slots=True)
class GoldDocument:
    id: str
    topic: str
    language: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def read_slavicner(root: Path, topics: Iterable[str] | None = None, languages: Iterable[str] | None = None,
                   errors: list[str] | None = None) -> list[GoldDocument]:
    """Read every annotated document under `root` (SlavicNER layout).

    A line whose offsets do not match its surface text, or that is malformed, is skipped and
    reported in `errors`; overlapping mentions are kept (the longer one first).
    """
    root = Path(root)
    wanted_topics = set(topics) if topics else None
    wanted_languages = set(languages) if languages else None
    documents: list[GoldDocument] = []
    for tsv in sorted((root / "ner").glob("*/*/*.tsv")):
        language = tsv.parent.name
        topic = tsv.parent.parent.name
        if (wanted_topics and topic not in wanted_topics) or (wanted_languages and language not in wanted_languages):
            continue
        raw = root / "raw" / topic / language / (tsv.stem + ".txt")
        if not raw.exists():
            if errors is not None:
                errors.append(f"{tsv}: no raw text {raw}")
            continue
        text = raw.read_text(encoding="utf-8").removeprefix("\ufeff")
        doc = GoldDocument(f"{topic}/{language}/{tsv.stem}", topic, language, text)
        seen = set()
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            cols = line.split("\t")
            try:
                start, end = int(cols[0]), int(cols[1])
                surface, lemma, kind, xid = cols[2], cols[3], cols[4].strip(), cols[5].strip()
            except (IndexError, ValueError):
                if errors is not None:
                    errors.append(f"{tsv}:{n}: malformed line")
                continue
            if text[start:end] != surface or kind not in SLAVIC_TYPES:
                if errors is not None:
                    errors.append(f"{tsv}:{n}: offsets do not match the text or unknown type {kind!r}")
                continue
            if (start, end) in seen:
                continue
            seen.add((start, end))
            doc.mentions.append(GoldMention(start, end, surface, lemma, SLAVIC_TYPES[kind], xid or f"?{surface}"))
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        documents.append(doc)
    return documents


# ----------------------------------------------------------------------------- metric
def b_cubed(gold: Sequence[Hashable], predicted: Sequence[Hashable], subset: Iterable[int] | None = None) -> tuple[float, float, float]:
    """Mention-weighted B³ (precision, recall, F1) of a predicted clustering against gold labels.

    `gold[i]` / `predicted[i]` are the cluster labels of mention i. With `subset`, the averages
    run over those mentions only (per-type scores), clusters still counting every mention.
    """
    pairs = Counter(zip(gold, predicted))
    gold_size = Counter(gold)
    predicted_size = Counter(predicted)
    items = range(len(gold)) if subset is None else list(subset)
    if not items:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for i in items:
        both = pairs[(gold[i], predicted[i])]
        precision += both / predicted_size[predicted[i]]
        recall += both / gold_size[gold[i]]
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def naive_clusters(documents: Sequence[GoldDocument]) -> list[str]:
    """Baseline: a mention's cluster is its transliterated, lower-cased lemma (gold lemma)."""
    from anyascii import anyascii

    return [anyascii(m.lemma or m.text).lower() for d in documents for m in d.mentions]


# ----------------------------------------------------------------------------- evaluation
Lemmatizer = Callable[[str, "str | None", "str | None"], str]


@dataclass(slots=True)
class TopicScore:
    topic: str
    mentions: int
    documents: int
    seconds: float
    scores: dict[str, tuple[float, float, float]]  # "all" / type -> (P, R, F1)
    baseline: dict[str, tuple[float, float, float]]
    labelled: list["LabelledMention"] = field(default_factory=list)  # for `error_report`


@dataclass(slots=True, frozen=True)
class LabelledMention:
    """One gold mention with its gold and predicted clusters (what `error_report` reads)."""

    document: str
    language: str
    text: str
    type: str
    gold: str
    predicted: Hashable


PEOPLE_ID_PREFIX = "PER-"  # SlavicNER's ids of individual people ("PER-Donald-Trump")


def _scores(gold: list[str], predicted: list, types: list[str]) -> dict[str, tuple[float, float, float]]:
    out = {"all": b_cubed(gold, predicted)}
    for kind in sorted(set(types)):
        out[kind] = b_cubed(gold, predicted, [i for i, t in enumerate(types) if t == kind])
    # SlavicNER types groups PER too ("Brytyjczycy", id GPE-Great-Britain; "конзерватори", the
    # party's id): "people" scores the mentions of individual people alone
    people = [i for i, (t, g) in enumerate(zip(types, gold)) if t == "PER" and g.startswith(PEOPLE_ID_PREFIX)]
    if people:
        out["people"] = b_cubed(gold, predicted, people)
    return out


def evaluate_topic(documents: Sequence[GoldDocument], lemmatize: Lemmatizer | None = None,
                   predicted_mentions: dict[str, list[Mention]] | None = None,
                   translations: bool = True) -> TopicScore:
    """Resolve one topic's documents and score the mention clustering.

    `lemmatize` None: the gold lemmas are given to the resolver; otherwise lemmas are left for
    `lemmatize` to compute. `predicted_mentions` (document id -> mentions): end-to-end; a gold
    mention matched by a predicted one with the same span takes its entity, an unmatched gold
    mention is a singleton cluster (so missed mentions cost recall).
    """
    from storyline.resolve import DocumentMentions, resolve_entities

    inputs = []
    for d in documents:
        if predicted_mentions is not None:
            mentions = predicted_mentions.get(d.id, [])
        else:
            mentions = [Mention(m.start, m.end, m.text, m.type, None if lemmatize else m.lemma) for m in d.mentions]
        inputs.append(DocumentMentions(d.id, d.language, mentions))
    started = time.perf_counter()
    if lemmatize is None:
        resolution = resolve_entities(inputs, translations=translations)
    else:
        resolution = resolve_entities(inputs, lemmatize=lemmatize, translations=translations)
    seconds = time.perf_counter() - started
    gold, predicted, types, labelled = [], [], [], []
    for d, given in zip(documents, inputs):
        span_index = {(m.start, m.end): i for i, m in enumerate(given.mentions)}
        for n, m in enumerate(d.mentions):
            gold.append(m.entity)
            types.append(m.type)
            i = span_index.get((m.start, m.end))
            entity = resolution.assignment.get((d.id, i)) if i is not None else None
            predicted.append(entity if entity is not None else ("unmatched", d.id, n))
            labelled.append(LabelledMention(d.id, d.language, m.text, m.type, m.entity, predicted[-1]))
    return TopicScore(documents[0].topic if documents else "", len(gold), len(documents), seconds,
                      _scores(gold, predicted, types), _scores(gold, naive_clusters(documents), types), labelled)


def evaluate(root: Path, lemmas: str = "predicted", topics: Iterable[str] | None = None,
             end_to_end: bool = False, translations: bool = True, ner_model: Path | None = None) -> list[TopicScore]:
    """Score every topic of a SlavicNER-layout directory.

    lemmas: "gold" (the corpus lemmas), "predicted" (suffix rules trained on the other topics
    of `root`, so the held-out topic is never seen), or "shipped" (the shipped rules).
    `ner_model`: the NER model directory for `end_to_end` (default: the shipped one); a model trained
    with the topic held out (`scripts/train_ner.py --heldout-topic T`) gives the honest score.
    """
    from storyline.entities.lemma import SuffixLemmatizer, lemmatize as shipped
    from storyline.eval.lemma import lemma_pairs

    documents = read_slavicner(root)
    results = []
    for topic in sorted(set(topics or {d.topic for d in documents})):
        test = [d for d in documents if d.topic == topic]
        lemmatizer: Lemmatizer | None = None
        if lemmas == "predicted":
            model = SuffixLemmatizer().fit(lemma_pairs(d for d in documents if d.topic != topic)).prune()
            lemmatizer = model.lemmatize
        elif lemmas == "shipped":
            lemmatizer = shipped
        predicted = _predict_mentions(test, ner_model) if end_to_end else None
        results.append(evaluate_topic(test, lemmatizer, predicted, translations))
    return results


def _predict_mentions(documents: Sequence[GoldDocument], model: Path | None = None) -> dict[str, list[Mention]]:
    """Mentions found by the project's NER model, or the one in `model` (end-to-end evaluation)."""
    from storyline.entities.ner import EntityRecognizer  # another component's; may be absent

    recognizer = EntityRecognizer(model_dir=model)
    out: dict[str, list[Mention]] = {}
    for d, spans in zip(documents, recognizer.recognize_many(d.text for d in documents)):
        out[d.id] = [Mention(a, b, d.text[a:b], label) for a, b, label in spans]  # type: ignore[arg-type]
    return out


def format_scores(results: list[TopicScore]) -> str:
    kinds = ["all", "PER", "ORG", "LOC", "MISC", "people"]
    lines = ["| topic | docs | mentions | time s | " + " | ".join(f"{k} P/R/F1" for k in kinds) + " | baseline all F1 | baseline PER F1 |",
             "|---" * (len(kinds) + 6) + "|"]
    total = Counter()
    weighted: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for r in results:
        cells = []
        for k in kinds:
            p, rc, f = r.scores.get(k, (0.0, 0.0, 0.0))
            cells.append(f"{p:.3f}/{rc:.3f}/{f:.3f}" if k in r.scores else "-")
        lines.append(f"| {r.topic} | {r.documents} | {r.mentions} | {r.seconds:.1f} | " + " | ".join(cells)
                     + f" | {r.baseline['all'][2]:.3f} | {r.baseline.get('PER', (0, 0, 0))[2]:.3f} |")
        total["mentions"] += r.mentions
        for k in kinds + ["base-all", "base-PER"]:
            src = r.baseline if k.startswith("base-") else r.scores
            kk = k.removeprefix("base-")
            if kk in src:
                w = weighted[k]
                for j in range(3):
                    w[j] += src[kk][j]
                w[3] += 1
    mean = {k: [v[j] / v[3] for j in range(3)] for k, v in weighted.items() if v[3]}
    lines.append("| **mean of topics** | | | | " + " | ".join(
        f"{mean[k][0]:.3f}/{mean[k][1]:.3f}/{mean[k][2]:.3f}" if k in mean else "-" for k in kinds)
        + f" | {mean.get('base-all', [0, 0, 0])[2]:.3f} | {mean.get('base-PER', [0, 0, 0])[2]:.3f} |")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- error report
ERROR_TYPES = ("PER", "ORG", "LOC", "MISC", "people")


def _counted(m: LabelledMention, type_: str | None) -> bool:
    """Whether mention `m` counts under the type filter (as in the score table's columns)."""
    if type_ is None:
        return True
    if type_ == "people":
        return m.type == "PER" and m.gold.startswith(PEOPLE_ID_PREFIX)
    return m.type == type_


def _label(predicted: Hashable) -> str:
    return "(unresolved)" if isinstance(predicted, tuple) else str(predicted)


def _describe(mentions: Sequence[LabelledMention], samples: int) -> str:
    """Most frequent surface forms with their languages, and the mentions' types."""
    forms = Counter((m.text, m.language) for m in mentions)
    shown = ", ".join(f"{text}/{language}" + (f" ×{count}" if count > 1 else "")
                      for (text, language), count in forms.most_common(samples))
    if len(forms) > samples:
        shown += f", … {len(forms) - samples} more forms"
    types = Counter(m.type for m in mentions)
    return shown + "  [" + ", ".join(f"{t} {c}" for t, c in types.most_common()) + "]"


@dataclass(slots=True)
class ClusterError:
    """One split (a gold entity over several predicted clusters) or merge (a predicted cluster
    over several gold entities): `parts` are the pieces, largest first, as (label, mentions)."""

    label: str
    mentions: int
    lost: float  # B³ recall (split) or precision (merge) lost, in counted mentions
    share: float  # of the topic's score under the filter: lost / counted mentions
    parts: list[tuple[str, list[LabelledMention]]]


def _errors(labelled: Sequence[LabelledMention], type_: str | None, group_by: str, part_by: str) -> list[ClusterError]:
    counted = sum(1 for m in labelled if _counted(m, type_))
    groups: dict[Hashable, list[LabelledMention]] = defaultdict(list)
    for m in labelled:
        groups[getattr(m, group_by)].append(m)
    out = []
    for key, members in groups.items():
        parts: dict[Hashable, list[LabelledMention]] = defaultdict(list)
        for m in members:
            parts[getattr(m, part_by)].append(m)
        if len(parts) < 2:
            continue
        size = len(members)
        lost = sum(1 - len(parts[getattr(m, part_by)]) / size for m in members if _counted(m, type_))
        if lost <= 0:
            continue
        ordered = sorted(parts.items(), key=lambda kv: (-len(kv[1]), _label(kv[0])))
        out.append(ClusterError(_label(key), size, lost, lost / counted if counted else 0.0,
                                [(_label(k), v) for k, v in ordered]))
    out.sort(key=lambda e: (-e.lost, e.label))
    return out


def splits(labelled: Sequence[LabelledMention], type_: str | None = None) -> list[ClusterError]:
    """Gold entities spread over several predicted clusters, by the recall they cost (mentions of
    `type_` counted: "PER", ..., "people", or None for all), largest first."""
    return _errors(labelled, type_, "gold", "predicted")


def merges(labelled: Sequence[LabelledMention], type_: str | None = None) -> list[ClusterError]:
    """Predicted clusters mixing gold entities, by the precision they cost, largest first."""
    return _errors(labelled, type_, "predicted", "gold")


def error_report(result: TopicScore, n: int, type_: str | None = None, samples: int = 4, parts: int = 6) -> str:
    """The `n` largest splits and merges of one topic, as text (`--errors`)."""
    scope = type_ or "all types"
    lines = [f"## {result.topic}: {scope}"]
    for title, kind, items, what in (("splits", "gold", splits(result.labelled, type_), "recall"),
                                     ("merges", "predicted", merges(result.labelled, type_), "precision")):
        lines.append(f"### {n} largest {title} ({what} lost, in {scope} mentions; share of the topic's {what})")
        if not items:
            lines.append("(none)")
        for rank, error in enumerate(items[:n], 1):
            lines.append(f"{rank}. {kind} {error.label}: {error.mentions} mentions in {len(error.parts)} "
                         f"{'clusters' if title == 'splits' else 'gold entities'}, {what} lost "
                         f"{error.lost:.1f} ({error.share:.3f})")
            for label, members in error.parts[:parts]:
                lines.append(f"   {len(members):>5}  {label}: {_describe(members, samples)}")
            if len(error.parts) > parts:
                rest = [len(v) for _, v in error.parts[parts:]]
                lines.append(f"          … {len(rest)} more of sizes {', '.join(map(str, rest[:12]))}"
                             + (", …" if len(rest) > 12 else ""))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="B³ of cross-lingual entity resolution on a SlavicNER-layout directory.")
    parser.add_argument("slavicner", type=Path, help="directory with raw/TOPIC/LANG/*.txt and ner/TOPIC/LANG/*.tsv")
    parser.add_argument("--lemmas", choices=["predicted", "gold", "shipped"], default="predicted",
                        help="predicted: rules trained on the other topics (default); gold: corpus lemmas")
    parser.add_argument("--topic", action="append", help="only this topic (repeatable)")
    parser.add_argument("--end-to-end", action="store_true", help="predicted mentions from storyline.entities.ner")
    parser.add_argument("--no-translations", action="store_true", help="skip the e5 name-embedding merge of translated names")
    parser.add_argument("--model", type=Path, help="NER model directory for --end-to-end (default: the shipped model); "
                        "one trained with the topic held out gives the honest end-to-end score")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also print, per topic, the N largest splits (a gold entity over several predicted "
                        "clusters) and merges (a predicted cluster over several gold entities)")
    parser.add_argument("--errors-type", choices=ERROR_TYPES, default=None,
                        help="count only mentions of this gold type in --errors (people: PER mentions of "
                        "individual people); default all types")
    args = parser.parse_args(argv)
    if args.errors < 0:
        print("error: --errors takes a number >= 0", file=sys.stderr)
        return 2
    if args.model is not None and not args.end_to_end:
        print("error: --model is used with --end-to-end only", file=sys.stderr)
        return 2
    if args.model is not None and not args.model.is_dir():
        print(f"error: no NER model directory {args.model}", file=sys.stderr)
        return 2
    if not (args.slavicner / "ner").is_dir():
        print(f"error: no ner/ directory under {args.slavicner}", file=sys.stderr)
        return 2
    try:
        results = evaluate(args.slavicner, args.lemmas, args.topic, args.end_to_end, not args.no_translations,
                           args.model)
    except ImportError as exc:
        print(f"error: end-to-end evaluation needs the NER model: {exc}", file=sys.stderr)
        return 2
    print(format_scores(results))
    if args.errors:
        for result in results:
            print()
            print(error_report(result, args.errors, args.errors_type))
    return 0


if __name__ == "__main__":
    sys.exit(main())
