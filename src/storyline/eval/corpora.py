"""Readers for the annotated corpora Storyline trains and evaluates on (SlavicNER, CoNLL, WikiANN, WikiNEuRal).

Reads the corpora under ``../shared/data`` into one common form::

    Doc(id, source, lang, topic, text, spans=[Span(start, end, label, ...)], tokens=[(start, end)])

* character offsets are Python ``str`` indices (code points) into ``Doc.text``;
* ``label`` is one of PER ORG LOC MISC (SlavicNER EVT/PRO -> MISC, the original type is kept in
  ``orig_label``); SlavicNER spans also carry ``lemma`` and the cross-lingual id ``xid``;
* ``tokens`` are (start, end) character ranges; for the CoNLL-style corpora they are the gold
  tokens, for SlavicNER they come from :func:`tokenize` (a regex tokeniser whose boundaries agree
  with > 99.9 % of the gold span boundaries, see ``notes/ner-groundwork.md``).

SlavicNER quirks handled here (measured on the copy in shared/data, see the notes):

* every ``start end surface`` triple matches the raw text exactly (code-point offsets, UTF-8,
  no BOM/CR), and the ``.tsv`` lists *every occurrence* of a mention (not one line per distinct
  form as in the old BSNLP releases): 99.6 % of the free-standing exact-surface occurrences of
  an annotated form are annotated, the rest are annotator misses;
* 5 pairs of spans overlap (same start, one longer: "Боснія" / "Боснія і Герцеговина");
  :func:`flatten` keeps the longest, so spans are flat and non-overlapping;
* one ``.tsv`` is empty (ryanair/cs/ryan-cs_file_53): the text genuinely has no names, so it is
  kept as a document with zero entities;
* 26 groups of byte-identical documents (53 files) exist, all inside one topic+language;
  :func:`dedupe` drops the copies (matters for in-topic dev splits, not for topic-out);
* some texts were pre-tokenised ("Бібі , якій"), some Czech files lost characters at scraping
  ("Pravděpodobnějí", "dalí" for "Pravděpodobnější", "další": every "š" dropped) - left as is;
  a few documents are glued without spaces ("Ковид-19Пълното"), so 52 span edges fall inside a
  regex token; :func:`to_bio` then tags the whole token.

Usage (from the repo root; `scripts/ner_data.py` is the same command)::

    python -m storyline.eval.corpora stats                 # corpus tables (topic x lang x type)
    python -m storyline.eval.corpora check                 # quirk counts (overlaps, coverage, tokens)
    python -m storyline.eval.corpora export OUT_DIR        # JSONL, one file per corpus
    python -m storyline.eval.corpora splits OUT_DIR        # single-topic-out JSONL folds

Library use::

    from storyline.eval.corpora import read_slavicner, single_topic_out, to_bio, score
    docs = read_slavicner(langs=["ru"])
    fold = single_topic_out(docs, "ryanair")          # {'train', 'dev', 'test'}
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

SLAVIC_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "EVT": "MISC", "PRO": "MISC"}
LABELS = ("PER", "ORG", "LOC", "MISC")
TOPICS = ("asia_bibi", "brexit", "covid-19", "nord_stream", "ryanair")
SLAVIC_LANGS = ("bg", "cs", "pl", "ru", "sl", "uk")


def default_data_root() -> Path:
    """``$STORYLINE_DATA``, else ``../shared/data`` beside the working directory or the repo checkout."""
    env = os.environ.get("STORYLINE_DATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]  # src/storyline/eval/corpora.py -> checkout root
    for cand in (Path.cwd().parent / "shared" / "data", repo.parent / "shared" / "data"):
        if cand.is_dir():
            return cand
    return repo.parent / "shared" / "data"


# ----------------------------------------------------------------------------- records
@dataclasses.dataclass
class Span:
    start: int
    end: int
    label: str
    orig_label: str | None = None
    lemma: str | None = None
    xid: str | None = None

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


@dataclasses.dataclass
class Doc:
    id: str
    source: str                      # slavicner | conll | wikiann | wikineural
    lang: str
    text: str
    spans: list[Span]
    tokens: list[tuple[int, int]]
    topic: str | None = None
    annotated: bool = True           # False: no annotation file at all (never happens here)

    def to_json(self) -> dict:
        d = dataclasses.asdict(self)
        d["tokens"] = [list(t) for t in self.tokens]
        d["spans"] = [{k: v for k, v in s.items() if v is not None} for s in d["spans"]]
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Doc":
        d = dict(d)
        d["spans"] = [Span(**s) for s in d["spans"]]
        d["tokens"] = [tuple(t) for t in d["tokens"]]
        return cls(**d)


# ----------------------------------------------------------------------------- tokeniser
# Words are maximal runs of letters/digits (\w), so hyphens, apostrophes, dots and slashes are
# separate tokens ("Эль-Прат" -> Эль - Прат, "NS-2" -> NS - 2). That is what makes token and
# gold span boundaries agree: SlavicNER annotates "NS" inside "NS-2" or "Brexit" inside
# "Brexit-u" style compounds only rarely, but hyphen compounds are frequent in ru/uk/bg.
_TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN_RE.finditer(text)]


def sentence_ranges(text: str, tokens: list[tuple[int, int]], spans: Iterable[Span] = (),
                    max_tokens: int = 200) -> list[tuple[int, int]]:
    """Split a document into sentences as token index ranges [i, j).

    Breaks at newlines and after . ! ? … followed by a token starting with an upper-case letter,
    digit or quote; never inside a gold span; long runs are cut at ``max_tokens``.
    """
    inside = set()
    for s in spans:
        inside.update(range(s.start + 1, s.end))       # char positions where a break is banned
    out, i = [], 0
    n = len(tokens)
    for k in range(n):
        last = k == n - 1
        brk = last
        if not last:
            a, b = tokens[k]
            na = tokens[k + 1][0]
            gap = text[b:na]
            nxt = text[na]
            if "\n" in gap:
                brk = True
            elif text[a:b] in (".", "!", "?", "…") and gap and (nxt.isupper() or nxt.isdigit() or nxt in "\"«„“'("):
                brk = True
            elif k + 1 - i >= max_tokens:
                brk = True
            if brk and na in inside:
                brk = False
        if brk:
            out.append((i, k + 1))
            i = k + 1
    return out


# ----------------------------------------------------------------------------- span utilities
def flatten(spans: list[Span]) -> tuple[list[Span], int]:
    """Make spans non-overlapping: longest first, then earliest. Returns (spans, n_dropped)."""
    keep: list[Span] = []
    taken: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(s.start < e and b < s.end for b, e in taken):
            continue
        keep.append(s)
        taken.append((s.start, s.end))
    keep.sort(key=lambda s: (s.start, s.end))
    return keep, len(spans) - len(keep)


def to_bio(doc: Doc) -> tuple[list[str], list[str]]:
    """Token strings and IOB2 tags. A span whose edge falls inside a token tags that whole token."""
    tags = ["O"] * len(doc.tokens)
    starts = [t[0] for t in doc.tokens]
    import bisect
    for s in doc.spans:
        i = bisect.bisect_right(starts, s.start) - 1
        if i < 0 or doc.tokens[i][1] <= s.start:
            i += 1
        j = i
        while j < len(doc.tokens) and doc.tokens[j][0] < s.end:
            j += 1
        if j == i:
            continue
        if any(t != "O" for t in tags[i:j]):
            continue
        tags[i] = "B-" + s.label
        for k in range(i + 1, j):
            tags[k] = "I-" + s.label
    return [doc.text[a:b] for a, b in doc.tokens], tags


def bio_to_spans(tokens: list[tuple[int, int]], tags: list[str]) -> list[Span]:
    """IOB2 (tolerates IOB1: an I- after O or after another type starts a span) -> char spans."""
    spans, cur = [], None
    for (a, b), tag in zip(tokens, tags):
        if tag == "O" or tag is None:
            if cur:
                spans.append(cur)
            cur = None
            continue
        pre, _, lab = tag.partition("-")
        if pre == "B" or cur is None or cur.label != lab:
            if cur:
                spans.append(cur)
            cur = Span(a, b, lab)
        else:
            cur.end = b
    if cur:
        spans.append(cur)
    return spans


def project_occurrences(doc: Doc) -> tuple[list[Span], int]:
    """Add unannotated free-standing exact-surface occurrences of annotated forms.

    Only needed for BSNLP-style "one line per distinct form" annotation. The SlavicNER copy here
    already lists every occurrence (this adds ~0.4 % spans, mostly annotator misses), so it is
    NOT applied by default; kept for corpora that need it. Returns (spans, n_added).
    """
    by_surface: dict[str, Span] = {}
    for s in doc.spans:
        by_surface.setdefault(doc.text[s.start:s.end], s)
    covered = bytearray(len(doc.text))
    for s in doc.spans:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    added = []
    for surf, proto in sorted(by_surface.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", doc.text):
            if any(covered[m.start():m.end()]):
                continue
            added.append(dataclasses.replace(proto, start=m.start(), end=m.end()))
            covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(doc.spans + added, key=lambda s: (s.start, s.end)), len(added)


def dedupe(docs: list[Doc]) -> list[Doc]:
    """Drop documents whose whitespace-normalised text was seen before (keeps the first)."""
    seen, out = set(), []
    for d in docs:
        h = hashlib.sha1(" ".join(d.text.split()).encode("utf-8")).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        out.append(d)
    return out


# ----------------------------------------------------------------------------- readers
def _natural_key(name: str):
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", name)]


def read_slavicner(root: Path | str | None = None, topics: Iterable[str] | None = None,
                   langs: Iterable[str] | None = None, flat: bool = True,
                   stats: collections.Counter | None = None) -> list[Doc]:
    """Read SlavicNER raw/TOPIC/LANG/*.txt + ner/TOPIC/LANG/*.tsv.

    Offsets are verified against the surface column; a mismatching line is dropped and counted in
    ``stats['offset_mismatch']`` (0 on the current copy). ``flat`` resolves overlapping spans.
    """
    root = Path(root or default_data_root() / "slavicner")
    stats = stats if stats is not None else collections.Counter()
    topics = list(topics or TOPICS)
    langs = list(langs or SLAVIC_LANGS)
    docs: list[Doc] = []
    for topic in topics:
        for lang in langs:
            rdir = root / "raw" / topic / lang
            if not rdir.is_dir():
                continue
            for raw in sorted(rdir.glob("*.txt"), key=lambda p: _natural_key(p.name)):
                text = raw.read_bytes().decode("utf-8")
                if text.startswith("\ufeff"):
                    text = text[1:]           # never happens here; offsets would shift by one
                    stats["bom"] += 1
                if "\r" in text:
                    stats["cr"] += 1          # never happens here; offsets count \r as a char
                tsv = root / "ner" / topic / lang / (raw.name[:-4] + ".tsv")
                spans: list[Span] = []
                annotated = tsv.exists()
                if annotated:
                    lines = [l for l in tsv.read_text(encoding="utf-8").splitlines() if l.strip()]
                    if not lines:
                        stats["empty_tsv"] += 1
                    for line in lines:
                        c = line.split("\t")
                        if len(c) < 5:
                            stats["short_line"] += 1
                            continue
                        try:
                            a, b = int(c[0]), int(c[1])
                        except ValueError:  # a malformed line costs that line, not the corpus
                            stats["bad_line"] += 1
                            continue
                        if text[a:b] != c[2]:
                            stats["offset_mismatch"] += 1
                            continue
                        t = c[4].strip()
                        if t not in SLAVIC_TYPES:
                            stats["unknown_type"] += 1
                            continue
                        spans.append(Span(a, b, SLAVIC_TYPES[t], t, c[3] or None,
                                          (c[5] if len(c) > 5 and c[5] else None)))
                else:
                    stats["no_tsv"] += 1
                spans = sorted(set(dataclasses.astuple(s) for s in spans))
                spans = [Span(*s) for s in spans]
                if flat:
                    spans, dropped = flatten(spans)
                    stats["overlap_dropped"] += dropped
                stats["docs"] += 1
                stats["spans"] += len(spans)
                docs.append(Doc(f"slavicner/{topic}/{lang}/{raw.name[:-4]}", "slavicner", lang,
                                text, spans, tokenize(text), topic, annotated))
    return docs


def read_conll(path: Path | str, lang: str, source: str, by_docstart: bool | None = None,
               max_sents_per_doc: int | None = None) -> list[Doc]:
    """Read ``index<TAB>token<TAB>tag`` files (blank line = sentence end, -DOCSTART- = document).

    Text is rebuilt as tokens joined by one space, sentences joined by newlines; the gold tokens
    are kept. Without -DOCSTART- lines (WikiANN, WikiNEuRal) every sentence is a document unless
    ``max_sents_per_doc`` groups them.
    """
    path = Path(path)
    sents: list[list[tuple[str, str]]] = []
    doc_breaks: list[int] = []        # sentence index where a new document starts
    cur: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            c = line.split("\t")
            if len(c) < 3:
                c = line.split()
            tok, tag = c[1], c[-1]
            if tok == "-DOCSTART-":
                if cur:
                    sents.append(cur)
                    cur = []
                doc_breaks.append(len(sents))
                continue
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    if by_docstart is None:
        by_docstart = bool(doc_breaks)
    if by_docstart:
        bounds = sorted(set(doc_breaks + [len(sents)]) | {0})
        groups = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    else:
        k = max_sents_per_doc or 1
        groups = [(i, min(i + k, len(sents))) for i in range(0, len(sents), k)]
    docs = []
    for gi, (a, b) in enumerate(groups):
        parts, tokens, tags, pos = [], [], [], 0
        for si in range(a, b):
            if si > a:
                parts.append("\n")
                pos += 1
            for ti, (tok, tag) in enumerate(sents[si]):
                if ti:
                    parts.append(" ")
                    pos += 1
                parts.append(tok)
                tokens.append((pos, pos + len(tok)))
                tags.append(tag)
                pos += len(tok)
        text = "".join(parts)
        spans = bio_to_spans(tokens, tags)
        for s in spans:
            s.orig_label = s.label
            if s.label not in LABELS:
                s.label = "MISC"
        docs.append(Doc(f"{source}/{lang}/{path.stem}/{gi}", source, lang, text, spans, tokens))
    return docs


def read_conll_en(split: str = "train", root: Path | str | None = None) -> list[Doc]:
    return read_conll(Path(root or default_data_root()) / "ner" / "conll" / "en" / f"{split}.conllu",
                      "en", "conll")


def read_wikiann(lang: str, split: str = "train", root: Path | str | None = None) -> list[Doc]:
    return read_conll(Path(root or default_data_root()) / "ner" / "wikiann" / lang / f"{split}.conllu",
                      lang, "wikiann")


def read_wikineural(lang: str, split: str = "val", root: Path | str | None = None) -> list[Doc]:
    return read_conll(Path(root or default_data_root()) / "ner" / "wikineural" / lang / f"{split}.conllu",
                      lang, "wikineural")


# ----------------------------------------------------------------------------- splits
def _bucket(doc_id: str, salt: str = "") -> float:
    h = hashlib.sha1((salt + doc_id).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big") / 2 ** 64


def single_topic_out(docs: list[Doc], test_topic: str, dev_fraction: float = 0.1,
                     salt: str = "storyline-ner") -> dict[str, list[Doc]]:
    """Train on the other topics, test on ``test_topic``.

    ``dev`` is a deterministic hash-based ``dev_fraction`` of the training-topic documents
    (after :func:`dedupe`, so no copy of a dev document stays in train). ``test`` keeps every
    document of the held-out topic, duplicates included, so scores are comparable across runs.
    """
    if test_topic not in {d.topic for d in docs}:
        raise ValueError(f"no documents for topic {test_topic!r}")
    test = [d for d in docs if d.topic == test_topic]
    rest = dedupe([d for d in docs if d.topic != test_topic])
    dev = [d for d in rest if _bucket(d.id, salt) < dev_fraction]
    train = [d for d in rest if _bucket(d.id, salt) >= dev_fraction]
    return {"train": train, "dev": dev, "test": test}


def topic_folds(docs: list[Doc], **kw) -> Iterator[tuple[str, dict[str, list[Doc]]]]:
    for t in sorted({d.topic for d in docs if d.topic}):
        yield t, single_topic_out(docs, t, **kw)


# ----------------------------------------------------------------------------- scoring
def prf(tp: int, fp: int, fn: int) -> dict:
    """P/R/F1 (rounded to 4 places) with the counts they come from."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "tp": tp, "fp": fp, "fn": fn}


def score(gold: list[list[Span]], pred: list[list[Span]], labels: Iterable[str] = LABELS) -> dict:
    """Exact-match mention-level micro P/R/F1, overall and per label (spans as (start, end, label))."""
    labels = list(labels)
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    for g, p in zip(gold, pred):
        gs = {s.key() for s in g if s.label in labels}
        ps = {s.key() for s in p if s.label in labels}
        for k in gs & ps:
            tp[k[2]] += 1
        for k in ps - gs:
            fp[k[2]] += 1
        for k in gs - ps:
            fn[k[2]] += 1

    out = {"micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))}
    for lab in labels:
        out[lab] = prf(tp[lab], fp[lab], fn[lab])
    return out


# ----------------------------------------------------------------------------- reports
def _ntok(text: str) -> int:
    return len(_TOKEN_RE.findall(text))


def stats_table(docs: list[Doc]) -> str:
    rows = collections.defaultdict(collections.Counter)
    for d in docs:
        r = rows[(d.topic, d.lang)]
        r["docs"] += 1
        r["docs_with_ents"] += bool(d.spans)
        r["words"] += sum(1 for a, b in d.tokens if d.text[a:b][0].isalnum())
        r["tokens"] += len(d.tokens)
        for s in d.spans:
            r[s.orig_label or s.label] += 1
            r["ents"] += 1
    cols = ["docs", "docs_with_ents", "words", "ents", "PER", "ORG", "LOC", "EVT", "PRO"]
    lines = ["| topic | lang | " + " | ".join(cols) + " |", "|---|---|" + "---|" * len(cols)]
    tot_t = collections.defaultdict(collections.Counter)
    tot_l = collections.defaultdict(collections.Counter)
    for (t, l), r in sorted(rows.items()):
        lines.append(f"| {t} | {l} | " + " | ".join(str(r[c]) for c in cols) + " |")
        tot_t[t].update(r)
        tot_l[l].update(r)
    for t, r in sorted(tot_t.items()):
        lines.append(f"| **{t}** | all | " + " | ".join(str(r[c]) for c in cols) + " |")
    for l, r in sorted(tot_l.items()):
        lines.append(f"| all | **{l}** | " + " | ".join(str(r[c]) for c in cols) + " |")
    tot = collections.Counter()
    for r in rows.values():
        tot.update(r)
    lines.append("| **all** | **all** | " + " | ".join(str(tot[c]) for c in cols) + " |")
    return "\n".join(lines)


def check_report(root: Path | None = None) -> str:
    st = collections.Counter()
    raw_docs = read_slavicner(root, flat=False, stats=st)
    docs = read_slavicner(root, flat=True, stats=collections.Counter())
    out = [f"reader counters (unflattened read): {dict(st)}"]
    # overlaps
    ov = 0
    for d in raw_docs:
        for a, b in zip(d.spans, d.spans[1:]):
            if b.start < a.end:
                ov += 1
    out.append(f"overlapping span pairs: {ov}; dropped by flatten: "
               f"{sum(len(a.spans) - len(b.spans) for a, b in zip(raw_docs, docs))}")
    # occurrence coverage: are all occurrences annotated or one per form?
    per_lang = collections.defaultdict(collections.Counter)
    repeats = collections.Counter()
    for d in docs:
        c = per_lang[(d.topic, d.lang)]
        surf = collections.Counter(d.text[s.start:s.end] for s in d.spans)
        repeats["mentions"] += len(d.spans)
        repeats["distinct_forms_per_doc"] += len(surf)
        _, added = project_occurrences(d)
        c["annotated"] += len(d.spans)
        c["unannotated_occurrences"] += added
    out.append(f"mentions {repeats['mentions']} vs distinct (doc, surface) pairs "
               f"{repeats['distinct_forms_per_doc']} -> ratio "
               f"{repeats['mentions'] / max(1, repeats['distinct_forms_per_doc']):.2f} "
               "(1.00 would mean one line per distinct form)")
    out.append("free-standing exact-surface occurrences of annotated forms left unannotated:")
    for (t, l), c in sorted(per_lang.items()):
        share = c["unannotated_occurrences"] / max(1, c["annotated"] + c["unannotated_occurrences"])
        out.append(f"  {t:12s} {l}: annotated {c['annotated']:6d}  unannotated {c['unannotated_occurrences']:4d}"
                   f"  ({100 * share:.2f} %)")
    # tokenisation vs span boundaries
    bad = 0
    tot = 0
    for d in docs:
        starts = {a for a, _ in d.tokens}
        ends = {b for _, b in d.tokens}
        for s in d.spans:
            tot += 1
            if s.start not in starts or s.end not in ends:
                bad += 1
    out.append(f"spans whose edges are not token edges with tokenize(): {bad} of {tot} "
               f"({100 * bad / max(1, tot):.3f} %)")
    n_dup = len(docs) - len(dedupe(docs))
    out.append(f"duplicate documents (same normalised text): {n_dup}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="shared/data root")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("stats")
    sub.add_parser("check")
    e = sub.add_parser("export")
    e.add_argument("out", type=Path)
    s = sub.add_parser("splits")
    s.add_argument("out", type=Path)
    s.add_argument("--dev-fraction", type=float, default=0.1)
    a = ap.parse_args(argv)
    root = a.data or default_data_root()
    if not (root / "slavicner").is_dir():
        print(f"no data under {root}", file=sys.stderr)
        return 2
    if a.cmd == "stats":
        print(stats_table(read_slavicner(root / "slavicner")))
    elif a.cmd == "check":
        print(check_report(root / "slavicner"))
    elif a.cmd == "export":
        a.out.mkdir(parents=True, exist_ok=True)
        sets = {"slavicner": read_slavicner(root / "slavicner")}
        for split in ("train", "val"):
            sets[f"conll-en-{split}"] = read_conll_en(split, root)
            for lang in ("en", "ru", "pl"):
                sets[f"wikiann-{lang}-{split}"] = read_wikiann(lang, split, root)
        for lang in ("en", "ru"):
            sets[f"wikineural-{lang}-val"] = read_wikineural(lang, "val", root)
        for name, docs in sets.items():
            with (a.out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
                for d in docs:
                    fh.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
            print(f"{name}: {len(docs)} docs, {sum(len(d.spans) for d in docs)} spans")
    elif a.cmd == "splits":
        docs = read_slavicner(root / "slavicner")
        a.out.mkdir(parents=True, exist_ok=True)
        for topic, fold in topic_folds(docs, dev_fraction=a.dev_fraction):
            for part, ds in fold.items():
                with (a.out / f"sto-{topic}-{part}.jsonl").open("w", encoding="utf-8") as fh:
                    for d in ds:
                        fh.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
            print(f"{topic}: " + ", ".join(f"{p} {len(ds)}" for p, ds in fold.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
