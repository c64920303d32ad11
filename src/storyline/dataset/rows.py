"""One analysed `Document` (or one per-item `ItemError`) <-> one Arrow row.

The row keeps everything the store keeps for a document (text, paragraphs, sentences, removed
blocks, mentions, claims, vector), nested, so a document round-trips exactly and a dataset of them
is the hand-off between the per-document and the corpus-level stages. An error row has `error` set
and only `id`/`source`; a row with `skipped` set stands for an input already in the store.
"""

from __future__ import annotations

from functools import lru_cache

from storyline.records import Claim, Document, ItemError, Mention, Paragraph, RemovedBlock, Span

ROW_VERSION = 1


@lru_cache(maxsize=1)
def record_schema():
    """Arrow schema of a per-document record (pyarrow imported only when datasets are used)."""
    import pyarrow as pa

    s, i, b = pa.string(), pa.int64(), pa.bool_()
    paragraph = pa.struct([("start", i), ("end", i), ("language", s)])
    span = pa.struct([("start", i), ("end", i)])
    removed = pa.struct([("text", s), ("reason", s)])
    mention = pa.struct([("start", i), ("end", i), ("text", s), ("type", s), ("lemma", s)])
    claim = pa.struct([
        ("id", s), ("start", i), ("end", i), ("stance", s), ("relation", s), ("participants", pa.list_(i)),
        ("speaker", i), ("via", pa.list_(i)), ("when", s), ("when_text", s), ("cameo", s), ("summary", s),
        ("quote", b), ("trigger", s),
    ])
    return pa.schema([
        ("id", s), ("source", s), ("error", s), ("skipped", b), ("format", s), ("raw", pa.binary()), ("text", s),
        ("encoding", s), ("title", s), ("url", s), ("site", s), ("language", s), ("published", s),
        ("published_evidence", s), ("not_before", s), ("paragraphs", pa.list_(paragraph)),
        ("sentences", pa.list_(span)), ("removed", pa.list_(removed)), ("mentions", pa.list_(mention)),
        ("claims", pa.list_(claim)), ("stages_run", pa.list_(s)), ("embedding", pa.binary()),
    ], metadata={"storyline.records": str(ROW_VERSION)})


EMPTY_ROW = dict.fromkeys(
    ["id", "source", "error", "skipped", "format", "raw", "text", "encoding", "title", "url", "site", "language",
     "published", "published_evidence", "not_before", "paragraphs", "sentences", "removed", "mentions", "claims",
     "stages_run", "embedding"]
)


def error_row(error: ItemError, document_id: str | None = None) -> dict:
    return {**EMPTY_ROW, "id": document_id, "source": error.source, "error": error.reason, "skipped": False}


def skipped_row(document_id: str, source: str) -> dict:
    return {**EMPTY_ROW, "id": document_id, "source": source, "skipped": True}


def document_row(doc: Document) -> dict:
    return {
        "id": doc.id, "source": doc.source, "error": None, "skipped": False, "format": doc.format, "raw": doc.raw,
        "text": doc.text, "encoding": doc.encoding, "title": doc.title, "url": doc.url, "site": doc.site,
        "language": doc.language, "published": doc.published, "published_evidence": doc.published_evidence,
        "not_before": doc.not_before,
        "paragraphs": [{"start": p.start, "end": p.end, "language": p.language} for p in doc.paragraphs],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "removed": [{"text": r.text, "reason": r.reason} for r in doc.removed],
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "lemma": m.lemma}
                     for m in doc.mentions],
        "claims": [{
            "id": c.id, "start": c.start, "end": c.end, "stance": c.stance, "relation": c.relation,
            "participants": list(c.participants), "speaker": c.speaker, "via": list(c.via), "when": c.when,
            "when_text": c.when_text, "cameo": c.cameo, "summary": c.summary, "quote": c.quote, "trigger": c.trigger,
        } for c in doc.claims],
        "stages_run": list(doc.stages_run), "embedding": doc.embedding,
    }


def result_row(result: Document | ItemError) -> dict:
    return document_row(result) if isinstance(result, Document) else error_row(result)


def row_result(row: dict) -> Document | ItemError | None:
    """The record a row stands for; None for a `skipped` row (already stored)."""
    if row.get("skipped"):
        return None
    if row.get("error") is not None:
        return ItemError(row["source"], row["error"])
    return Document(
        id=row["id"], source=row["source"], format=row["format"], raw=row["raw"] or b"", text=row["text"] or "",
        encoding=row["encoding"], title=row["title"], url=row["url"], site=row["site"], language=row["language"],
        published=row["published"], published_evidence=row["published_evidence"], not_before=row["not_before"],
        paragraphs=[Paragraph(p["start"], p["end"], p["language"]) for p in row["paragraphs"] or []],
        sentences=[Span(s["start"], s["end"]) for s in row["sentences"] or []],
        removed=[RemovedBlock(r["text"], r["reason"]) for r in row["removed"] or []],
        mentions=[Mention(m["start"], m["end"], m["text"], m["type"], m["lemma"]) for m in row["mentions"] or []],
        claims=[claim_from_row(c) for c in row["claims"] or []],
        stages_run=list(row["stages_run"] or []), embedding=row["embedding"],
    )


def claim_from_row(c: dict) -> Claim:
    """A claim from its nested struct in a record row."""
    return Claim(
        id=c["id"], start=c["start"], end=c["end"], stance=c["stance"], relation=c["relation"],
        participants=list(c["participants"] or []), speaker=c["speaker"], via=list(c["via"] or []),
        when=c["when"], when_text=c["when_text"], cameo=c["cameo"], summary=c["summary"], quote=bool(c["quote"]),
        trigger=c["trigger"],
    )
