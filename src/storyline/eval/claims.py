"""Evaluate claim extraction against an annotated claims file (``data/claims/dev.jsonl`` format,
see ``data/claims/README.md``): ``storyline eval claims FILE [--split dev|test|test2|all]
[--end-to-end [--model DIR] [--no-natasha]]``.

Each document is analysed from its stored text with its *gold* mentions (so the score is the claims
stage's, not the NER stage's): sentences and paragraphs are computed as the pipeline does, then
`extract_claims` runs. With ``--end-to-end`` the mentions are the pipeline's own entities stage's
(`EntitiesStage`: our NER, natasha in Russian paragraphs unless ``--no-natasha``, lemmatised base
forms), what ``analyze --no-clean`` would store: each predicted mention stands for the gold entity of
the gold mention with its span, else of the gold mention it overlaps most (any type), else for a
fresh entity no gold id equals (so a party the gold does not know is wrong, not ignored). Gold
mentions also carry their gold entity ids, which the claims stage reads as coreference; predicted
ones get them only after extraction, for scoring. Predicted claims are matched one-to-one to gold
claims whose evidence span they overlap, preferring the pair that agrees most (relation,
participants, stance, speaker).

Reported, overall and per language:
- claim P/R: matched predicted / all predicted, matched gold / all gold;
- per field (speaker, via, stance, relation, participants, when): a field is correct on a matched
  pair when it agrees (people and organisations compared by gold entity id, so "Putin" and "Путина"
  agree); P = correct / predicted, R = correct / gold;
- combined: speaker + stance + relation + participants all correct;
- parties, each counted: participants get no partial credit above ({Theresa May, EU} against
  {Great Britain, EU} is wrong), so a second table counts single parties: P = parties of matched
  claims that are gold parties / all predicted parties, R = the same / all gold parties. It tells a
  claim with one wrong side from one with nothing right;
- event time: of the gold claims that state a time, the share whose predicted time is equal, or
  (both approximate) overlaps it.

With ``--why-missed``, a table of the gold claims no predicted claim matched, counted by cause, per language
(aggregates only, no text: it can be run on a blind split), each claim in the first class that fits it:
- ``not anchored``: marked ``anchored: false`` (only a reader infers the relation);
- ``no relation word``: the sentence holding its evidence (the extractor's sentence) has no relation word of the
  lexicon the extractor reads there (`storyline.claims.relation_words`: not one inside a name);
- ``another relation's word``: it has relation words, none of the claim's relation;
- ``its relation's word, N of M parties named in the sentence``: it has one; M: the claim's parties (3+ for
  three or more), N: how many of them a mention in the sentence stands for (0, 1, 2, or 2+ of 3+);
and the claim recall there would be if every claim of the last class were found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

from storyline.claims.extract import RelationWord, extract_claims, relation_words
from storyline.dates.interval import InvalidTime, parse_time
from storyline.records import Claim, Document, Mention

__all__ = ["GoldClaim", "GoldDocument", "load_gold", "document_of", "entities_stage", "evaluate", "Counts", "Misses",
           "miss_cause", "main"]

FIELDS = ("speaker", "via", "stance", "relation", "participants", "when")
COMBINED = ("speaker", "stance", "relation", "participants")


@dataclass(slots=True)
class GoldClaim:
    evidence: str
    start: int
    end: int
    relation: str
    stance: str
    speaker: str | None  # entity id
    participants: frozenset[str]
    via: frozenset[str]
    when: str | None
    when_text: str | None
    quote: bool
    # whether the claim's own sentence holds a word of its relation ("talks", "met", "asked"); False for a claim
    # only a reader infers from the story (a side's wish in a document on negotiations); None: not marked
    anchored: bool | None = None


@dataclass(slots=True)
class GoldDocument:
    doc: str
    source: str
    language: str
    published: str | None
    split: str
    text: str
    mentions: list[Mention]
    claims: list[GoldClaim]


class GoldError(ValueError):
    pass


class MissingText(GoldError):
    """A referenced document is not available here (the run skips it and says so)."""


def _entity_forms(mentions: list[Mention]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for m in mentions:
        forms.setdefault(m.text, m.entity or m.text)
        if m.lemma:
            forms.setdefault(m.lemma, m.entity or m.lemma)
    return forms


def default_data_root() -> Path:
    """Where documents stored by reference live: ``$STORYLINE_DATA``, else ``../shared/data`` next
    to the repository, else ``/work/shared/data``."""
    if env := os.environ.get("STORYLINE_DATA"):
        return Path(env)
    beside = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    return beside if beside.is_dir() else Path("/work/shared/data")


def _text_of(record: dict, line: int, data_root: Path) -> str:
    """The record's own ``text``, or the file its ``source`` names under ``data_root`` (checked
    against ``text_sha256``): corpora with research-only licences are referenced, not copied."""
    if "text" in record:
        return record["text"]
    # "file.json#field": the text is one field of a JSON file (the boilerplate gold bodies)
    relative, _, json_field = record["source"].partition("#")
    path = data_root / relative
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MissingText(f"line {line}: {record['source']} not found under {data_root}") from exc
    if json_field:
        try:
            text = json.loads(text)[json_field]
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"line {line}: {path} has no JSON field {json_field!r}") from exc
    if record.get("text_sha256") and hashlib.sha256(text.encode("utf-8")).hexdigest() != record["text_sha256"]:
        raise GoldError(f"line {line}: {path} differs from the annotated text (sha256 mismatch)")
    return text


def _parse_record(record: dict, line: int, data_root: Path) -> GoldDocument:
    try:
        text = _text_of(record, line, data_root)
        mentions = [Mention(m["start"], m["end"], m["text"], m["type"], m.get("lemma"), m.get("entity"))
                    for m in record["mentions"]]
        for m in mentions:
            if text[m.start : m.end] != m.text:
                raise GoldError(f"line {line}: mention {m.text!r} does not match text at {m.start}")
        forms = _entity_forms(mentions)

        def entity(name: str) -> str:
            if name not in forms:
                raise GoldError(f"line {line}: {name!r} is not a gold mention text or lemma")
            return forms[name]

        claims = []
        for c in record["claims"]:
            start = text.find(c["evidence"])
            if start < 0:
                raise GoldError(f"line {line}: evidence not in text: {c['evidence'][:60]!r}")
            claims.append(GoldClaim(
                evidence=c["evidence"], start=start, end=start + len(c["evidence"]),
                relation=c["relation"], stance=c["stance"],
                speaker=entity(c["speaker"]) if c.get("speaker") else None,
                participants=frozenset(entity(p) for p in c["participants"]),
                via=frozenset(entity(v) for v in c.get("via", [])),
                when=c.get("when"), when_text=c.get("when_text"), quote=bool(c.get("quote")),
                anchored=_anchored(c, line),
            ))
        return GoldDocument(record["doc"], record.get("source", ""), record["language"], record.get("published"),
                            record.get("split", "dev"), text, mentions, claims)
    except KeyError as exc:
        raise GoldError(f"line {line}: missing field {exc}") from exc


def _anchored(claim: dict, line: int) -> bool | None:
    value = claim.get("anchored")
    if value is not None and not isinstance(value, bool):
        raise GoldError(f"line {line}: 'anchored' must be true, false or absent, not {value!r}")
    return value


def load_gold(path: str | Path, data_root: Path | None = None, missing: list[str] | None = None) -> list[GoldDocument]:
    """The annotated documents of a claims file. Documents whose referenced text is not available
    are skipped and their reasons appended to ``missing`` (an error when ``missing`` is None)."""
    data_root = data_root or default_data_root()
    documents = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                documents.append(_parse_record(json.loads(line), number, data_root))
            except MissingText as exc:
                if missing is None:
                    raise
                missing.append(str(exc))
    return documents


def document_of(gold: GoldDocument) -> Document:
    """The Document the pipeline would hand the claims stage, with gold mentions."""
    from storyline.pipeline import paragraphs_of
    from storyline.sentences.split import split_sentences

    doc = Document(id=gold.doc, source=gold.source, format="text", raw=gold.text.encode("utf-8"), text=gold.text,
                   language=gold.language, published=gold.published)
    doc.paragraphs = paragraphs_of(doc.text)
    for paragraph in doc.paragraphs:
        paragraph.language = gold.language
    doc.sentences = split_sentences(doc.text, doc.language)
    doc.mentions = [Mention(m.start, m.end, m.text, m.type, m.lemma, m.entity) for m in gold.mentions]
    return doc


def entities_stage(model: Path | None = None, natasha: bool = True) -> Callable[[Document], Document]:
    """The pipeline's entities stage, built as ``analyze`` builds it (``model``: another NER model)."""
    from storyline.config import Settings
    from storyline.pipeline import EntitiesStage

    return EntitiesStage(Settings(ner_natasha=natasha, extra={"ner_model_dir": str(model)} if model else {}))


def _link_to_gold(predicted: list[Mention], gold: list[Mention]) -> None:
    """Set each predicted mention's entity to the gold id of the gold mention with its span, else of
    the one it overlaps most; a mention matching none gets a fresh id that no gold id equals."""
    taken = {name for m in gold for name in (m.entity, m.lemma, m.text) if name}
    by_span = {(m.start, m.end): m for m in gold}
    for m in predicted:
        match = by_span.get((m.start, m.end))
        if match is None:
            overlap, match = max(((min(m.end, g.end) - max(m.start, g.start), g) for g in gold),
                                 key=lambda pair: pair[0], default=(0, None))
            match = match if overlap > 0 else None
        if match is not None:
            m.entity = match.entity or match.lemma or match.text
        else:
            fresh = "?" + (m.lemma or m.text)
            while fresh in taken:
                fresh = "?" + fresh
            m.entity = fresh


def _key(doc: Document, index: int | None) -> str | None:
    if index is None:
        return None
    m = doc.mentions[index]
    return m.entity or m.lemma or m.text


def when_correct(gold: str | None, predicted: str | None) -> bool:
    if gold == predicted:
        return True
    if not gold or not predicted:
        return False
    try:
        g, p = parse_time(gold), parse_time(predicted)
    except InvalidTime:
        return False
    if g.approximate and p.approximate:
        return g.overlaps(p) and g.precision == p.precision
    return g.start == p.start and g.end == p.end


def _parties(doc: Document, claim: Claim) -> frozenset[str]:
    return frozenset(filter(None, (_key(doc, p) for p in claim.participants)))


def _fields(doc: Document, gold: GoldClaim, claim: Claim) -> dict[str, bool]:
    return {
        "speaker": gold.speaker == _key(doc, claim.speaker),
        "via": gold.via == frozenset(_key(doc, v) for v in claim.via),
        "stance": gold.stance == claim.stance,
        "relation": gold.relation == claim.relation,
        "participants": gold.participants == _parties(doc, claim),
        "when": when_correct(gold.when, claim.when),
    }


def _match(doc: Document, golds: list[GoldClaim], claims: list[Claim]) -> list[tuple[int, int]]:
    scored = []
    for g, gold in enumerate(golds):
        for p, claim in enumerate(claims):
            if min(gold.end, claim.end) <= max(gold.start, claim.start):
                continue
            agree = _fields(doc, gold, claim)
            predicted = _parties(doc, claim)
            overlap = len(predicted & gold.participants) / max(len(predicted | gold.participants), 1)
            score = 2 * agree["relation"] + 2 * agree["participants"] + overlap + agree["stance"] + agree["speaker"]
            scored.append((score, g, p))
    scored.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, g, p in scored:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return pairs


@dataclass(slots=True)
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: dict = field(default_factory=lambda: defaultdict(int))
    timed_gold: int = 0
    timed_correct: int = 0
    timed_found: int = 0  # gold claims with a time that were matched: time accuracy apart from recall
    # single parties (partial credit): gold parties, predicted parties, predicted parties that are gold
    parties_gold: int = 0
    parties_predicted: int = 0
    parties_correct: int = 0

    def add(self, other: "Counts") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for k, v in other.correct.items():
            self.correct[k] += v
        self.timed_gold += other.timed_gold
        self.timed_correct += other.timed_correct
        self.timed_found += other.timed_found
        self.parties_gold += other.parties_gold
        self.parties_predicted += other.parties_predicted
        self.parties_correct += other.parties_correct

    def party_precision(self) -> float:
        return self.parties_correct / self.parties_predicted if self.parties_predicted else 0.0

    def party_recall(self) -> float:
        return self.parties_correct / self.parties_gold if self.parties_gold else 0.0

    def precision(self, name: str | None = None) -> float:
        n = self.matched if name is None else self.correct[name]
        return n / self.predicted if self.predicted else 0.0

    def recall(self, name: str | None = None) -> float:
        n = self.matched if name is None else self.correct[name]
        return n / self.gold if self.gold else 0.0


NOT_ANCHORED = "not anchored"
NO_WORD = "no relation word"
OTHER_WORD = "another relation's word"
_OWN_WORD = "its relation's word, "


def _own_word(named: int, parties: int) -> str:
    n = "2+" if named >= 2 and parties > 2 else str(min(named, 2))
    return f"{_OWN_WORD}{n} of {'3+' if parties >= 3 else parties} parties named in the sentence"


def miss_cause(doc: Document, gold: GoldClaim, words: list[RelationWord]) -> str:
    """Why a gold claim may have been missed (see the module's ``--why-missed``): ``words`` are the relation words
    of ``doc`` the extractor reads (`relation_words`); the sentence is the extractor's (``doc.sentences``, or the
    splitter's as the extractor splits a document without them) holding the evidence (those it overlaps when the
    splitter cut it)."""
    if gold.anchored is False:
        return NOT_ANCHORED
    if not (sentences := doc.sentences):
        from storyline.sentences.split import split_sentences

        sentences = split_sentences(doc.text, doc.language)
    spans = [s for s in sentences if s.start < gold.end and gold.start < s.end]
    if not spans:
        return NO_WORD
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    keys = {w.key for w in words if start <= w.start < end}
    if not keys:
        return NO_WORD
    if gold.relation not in keys:
        return OTHER_WORD
    named = {_key(doc, i) for i, m in enumerate(doc.mentions) if m.start < end and start < m.end}
    return _own_word(len(gold.participants & named), len(gold.participants))


@dataclass(slots=True)
class Misses:
    """Gold claims, those marked anchored or not, those matched, and the missed ones counted by `miss_cause`."""

    gold: int = 0
    marked: int = 0
    matched: int = 0
    causes: Counter = field(default_factory=Counter)

    def add(self, other: "Misses") -> None:
        self.gold += other.gold
        self.marked += other.marked
        self.matched += other.matched
        self.causes.update(other.causes)

    def ceiling(self) -> float:
        """Claim recall if every missed claim with a word of its relation in its sentence were found."""
        own = sum(n for cause, n in self.causes.items() if cause.startswith(_OWN_WORD))
        return (self.matched + own) / self.gold if self.gold else 0.0


@dataclass(slots=True)
class Mistake:
    doc: str
    kind: str  # "missed", "spurious", "wrong"
    text: str
    detail: str


def evaluate(documents: list[GoldDocument], entities: Callable[[Document], Document] | None = None,
             anchored_only: bool = False, misses: dict[str, Misses] | None = None
             ) -> tuple[dict[str, Counts], list[Mistake]]:
    """Counts per language (and "all"), and the list of mistakes for inspection. ``entities``: an
    entities stage (see `entities_stage`) whose mentions replace the gold ones (end to end).
    ``anchored_only``: score against the gold claims not marked ``anchored: false`` only; a predicted claim
    matched to a set-aside gold claim is set aside with it (counted neither right nor spurious).
    ``misses``: when given, filled per language (and "all") with every gold claim, the matched ones and the
    causes of the missed ones (`miss_cause`), whatever ``anchored_only`` says."""
    by_language: dict[str, Counts] = defaultdict(Counts)
    mistakes: list[Mistake] = []
    for gold_doc in documents:
        doc = document_of(gold_doc)
        if entities is not None:
            doc.mentions = []
            doc = entities(doc)
        claims = extract_claims(doc)
        # (read before the predicted mentions take their gold ids, as the extractor saw them)
        causes_read = misses is not None and any(c.anchored is not False for c in gold_doc.claims)
        words = relation_words(doc) if causes_read else []
        if entities is not None:  # scored by the gold entities the predicted mentions stand for
            _link_to_gold(doc.mentions, gold_doc.mentions)
        pairs = _match(doc, gold_doc.claims, claims)
        if misses is not None:
            found = {g for g, _ in pairs}
            causes = Counter(miss_cause(doc, gold, words) for g, gold in enumerate(gold_doc.claims) if g not in found)
            marked = sum(c.anchored is not None for c in gold_doc.claims)
            missed = Misses(len(gold_doc.claims), marked, len(found), causes)
            for language in (gold_doc.language, "all"):
                misses.setdefault(language, Misses()).add(missed)
        golds = list(gold_doc.claims)
        if anchored_only:
            aside_g = {g for g, gold in enumerate(golds) if gold.anchored is False}
            aside_p = {p for g, p in pairs if g in aside_g}
            kept_g = [g for g in range(len(golds)) if g not in aside_g]
            kept_p = [p for p in range(len(claims)) if p not in aside_p]
            new_g, new_p = {g: i for i, g in enumerate(kept_g)}, {p: i for i, p in enumerate(kept_p)}
            pairs = [(new_g[g], new_p[p]) for g, p in pairs if g in new_g]
            golds, claims = [golds[g] for g in kept_g], [claims[p] for p in kept_p]
        counts = Counts(gold=len(golds), predicted=len(claims),
                        parties_gold=sum(len(g.participants) for g in golds),
                        parties_predicted=sum(len(_parties(doc, c)) for c in claims))
        counts.matched = len(pairs)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for g, p in pairs:
            gold, claim = golds[g], claims[p]
            agree = _fields(doc, gold, claim)
            counts.parties_correct += len(_parties(doc, claim) & gold.participants)
            for name, ok in agree.items():
                counts.correct[name] += ok
            if all(agree[n] for n in COMBINED):
                counts.correct["combined"] += 1
            wrong = [n for n in FIELDS if not agree[n]]
            if wrong:
                mistakes.append(Mistake(gold_doc.doc, "wrong", gold.evidence, _describe(doc, gold, claim, wrong)))
        for g, gold in enumerate(golds):
            if gold.when:
                counts.timed_gold += 1
                pair = next((p for gg, p in pairs if gg == g), None)
                counts.timed_found += pair is not None
                if pair is not None and when_correct(gold.when, claims[pair].when):
                    counts.timed_correct += 1
            if g not in matched_g:
                mistakes.append(Mistake(gold_doc.doc, "missed", gold.evidence,
                                        f"{gold.relation} {gold.stance} {sorted(gold.participants)} by {gold.speaker}"))
        for p, claim in enumerate(claims):
            if p not in matched_p:
                mistakes.append(Mistake(gold_doc.doc, "spurious", doc.text[claim.start : claim.end][:160], claim.summary or ""))
        by_language[gold_doc.language].add(counts)
        by_language["all"].add(counts)
    return dict(by_language), mistakes


def _describe(doc: Document, gold: GoldClaim, claim: Claim, wrong: list[str]) -> str:
    predicted = {
        "speaker": _key(doc, claim.speaker), "via": sorted(filter(None, (_key(doc, v) for v in claim.via))),
        "stance": claim.stance, "relation": claim.relation,
        "participants": sorted(filter(None, (_key(doc, p) for p in claim.participants))), "when": claim.when,
    }
    expected = {
        "speaker": gold.speaker, "via": sorted(gold.via), "stance": gold.stance, "relation": gold.relation,
        "participants": sorted(gold.participants), "when": gold.when,
    }
    return "; ".join(f"{n}: got {predicted[n]} want {expected[n]}" for n in wrong)


def report(by_language: dict[str, Counts], out: TextIO) -> None:
    languages = ["all"] + sorted(k for k in by_language if k != "all")
    out.write(f"{'lang':<5} {'gold':>5} {'pred':>5}  {'claim P/R':>11}  " +
              "  ".join(f"{n:>12}" for n in (*FIELDS, "combined")) + "  time-acc\n")
    for language in languages:
        c = by_language[language]
        cells = [f"{c.precision(n):.2f}/{c.recall(n):.2f}" for n in (*FIELDS, "combined")]
        timed = f"{c.timed_correct}/{c.timed_gold}" + (f" {c.timed_correct / c.timed_gold:.2f}" if c.timed_gold else "")
        if c.timed_gold:
            timed += f" (of found {c.timed_correct}/{c.timed_found})"
        out.write(f"{language:<5} {c.gold:>5} {c.predicted:>5}  {c.precision():.2f}/{c.recall():.2f}    " +
                  "  ".join(f"{x:>12}" for x in cells) + f"  {timed}\n")
    out.write("(each cell: precision/recall; a field counts as correct only on a matched claim; time-acc: gold claims\n"
              " with an event time whose time was found right, of all of them and of those matched)\n")
    out.write(f"\n{'lang':<5} {'parties':>7} {'pred':>5}  {'each P/R':>9}   (single parties of matched claims)\n")
    for language in languages:
        c = by_language[language]
        out.write(f"{language:<5} {c.parties_gold:>7} {c.parties_predicted:>5}  "
                  f"{c.party_precision():.2f}/{c.party_recall():.2f}\n")


def report_misses(misses: dict[str, Misses], out: TextIO) -> None:
    """The ``--why-missed`` table: causes as rows, languages as columns."""
    languages = ["all"] + sorted(k for k in misses if k != "all")
    width = max(len(c) for c in (*misses["all"].causes, "recall if each with its relation's word were found")) + 2
    own = [_own_word(named, parties) for parties in range(4) for named in range(min(parties, 2) + 1)]
    causes = [NOT_ANCHORED, NO_WORD, OTHER_WORD] + [c for c in own if misses["all"].causes[c]]

    def row(label: str, cells: list[str]) -> None:
        out.write(f"{label:<{width}}" + "".join(f"{c:>6}" for c in cells) + "\n")

    out.write("\nwhy missed: the gold claims no predicted claim matched, by cause (all of them, --anchored or not)\n")
    row("", languages)
    row("gold", [str(misses[k].gold) for k in languages])
    row("  marked anchored or not", [str(misses[k].marked) for k in languages])
    row("matched", [str(misses[k].matched) for k in languages])
    row("missed", [str(misses[k].gold - misses[k].matched) for k in languages])
    for cause in causes:
        row(f"  {cause}", [str(misses[k].causes[cause]) for k in languages])
    row("claim recall", [f"{misses[k].matched / misses[k].gold:.2f}" if misses[k].gold else "-" for k in languages])
    row("recall if each with its relation's word were found",
        [f"{misses[k].ceiling():.2f}" if misses[k].gold else "-" for k in languages])


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # looked up per call: a caller may have replaced sys.stdout
    parser = argparse.ArgumentParser(prog="storyline eval claims", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="annotated claims JSONL (see data/claims/README.md)")
    parser.add_argument("--split", default="all", help="dev, test, test2 or all (default)")
    parser.add_argument("--mistakes", action="store_true", help="list missed, spurious and wrong claims")
    parser.add_argument("--data", type=Path, default=None,
                        help="root of documents stored by reference (default $STORYLINE_DATA or ../shared/data)")
    parser.add_argument("--end-to-end", action="store_true",
                        help="mentions from the pipeline's entities stage (NER, natasha, base forms), not the gold")
    parser.add_argument("--model", type=Path, default=None, help="NER model directory for --end-to-end")
    parser.add_argument("--no-natasha", action="store_true", help="--end-to-end without natasha in Russian paragraphs")
    parser.add_argument("--anchored", action="store_true",
                        help="score against the gold claims whose sentence holds a word of their relation only (those "
                             "not marked \"anchored\": false); predictions matched to the others are set aside")
    parser.add_argument("--why-missed", action="store_true",
                        help="after the report, count the missed gold claims by cause per language (not anchored, no "
                             "relation word in the sentence, another relation's word, its relation's word with N of M "
                             "parties named), no text; and the recall if those with their relation's word were found")
    args = parser.parse_args(argv)
    if (args.model is not None or args.no_natasha) and not args.end_to_end:
        out.write("error: --model and --no-natasha are used with --end-to-end only\n")
        return 2
    missing: list[str] = []
    try:
        documents = load_gold(args.file, args.data, missing)
    except (OSError, GoldError, json.JSONDecodeError) as exc:
        out.write(f"error: {exc}\n")
        return 2
    for reason in missing:
        out.write(f"skipped: {reason}\n")
    if args.split != "all":
        documents = [d for d in documents if d.split == args.split]
    entities, used = None, "gold"
    if args.end_to_end:
        from storyline.entities.ner import model_dir_of

        try:
            entities = entities_stage(args.model, natasha=not args.no_natasha)
        except (OSError, RuntimeError, ValueError) as exc:
            out.write(f"error: end-to-end evaluation needs the NER model: {exc}\n")
            return 2
        used = f"predicted (model {args.model or model_dir_of()}, natasha {'off' if args.no_natasha else 'on'})"
    misses: dict[str, Misses] | None = {} if args.why_missed else None
    by_language, mistakes = evaluate(documents, entities, anchored_only=args.anchored, misses=misses)
    if args.anchored:
        aside = sum(1 for d in documents for c in d.claims if c.anchored is False)
        marked = sum(1 for d in documents for c in d.claims if c.anchored is not None)
        out.write(f"anchored only: {aside} gold claims marked unanchored set aside ({marked} of "
                  f"{sum(len(d.claims) for d in documents)} marked)\n")
    out.write(f"{len(documents)} documents, split={args.split}, mentions: {used}\n")
    if by_language:
        report(by_language, out)
    if misses:
        report_misses(misses, out)
    if args.mistakes:
        for m in mistakes:
            out.write(f"[{m.kind}] {m.doc}: {m.text[:120]!r}\n    {m.detail}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
