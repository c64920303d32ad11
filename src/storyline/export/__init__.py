"""The export contract: one JSON object (or JSONL / CSV views of it) that downstream tools rely on.

`schema.json` beside this module is the JSON Schema of that object; the tests validate against it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO

from storyline import __version__
from storyline.store import SCHEMA_VERSION, Store

TABLES = ("documents", "entities", "mentions", "claims", "events", "contradictions")
_LIST_FIELDS = {"participants", "via", "claims", "for", "against", "participant_mentions", "via_mentions"}


def load_schema() -> dict:
    return json.loads((resources.files("storyline.export") / "schema.json").read_text(encoding="utf-8"))


def iter_records(store: Store) -> Iterator[tuple[str, dict]]:
    """(table, record) pairs in export order; streams documents so large stores export in bounded memory."""
    for doc in store.iter_documents():
        yield "documents", {
            "id": doc.id, "source": doc.source, "format": doc.format, "title": doc.title, "url": doc.url,
            "site": doc.site, "language": doc.language, "published": doc.published,
            "published_evidence": doc.published_evidence, "not_before": doc.not_before, "text": doc.text,
        }
    for entity in store.entities():
        yield "entities", {
            "id": entity.id, "name": entity.name, "type": entity.type,
            "aliases": [{"text": a.text, "language": a.language, "count": a.count} for a in entity.aliases],
            "mentions": entity.mentions, "documents": entity.documents,
        }
    index, previous = 0, None
    for document, m in store.iter_mentions():  # ordered by document, then index
        index = index + 1 if document == previous else 0
        previous = document
        yield "mentions", {
            "document": document, "index": index, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
            "lemma": m.lemma, "entity": m.entity,
        }
    entity_of: dict[int, str | None] = {}
    current = None
    for document, c in store.iter_claims():  # ordered by document: look its mentions up once
        if document != current:
            current, entity_of = document, store.mention_entities(document)

        def entities(indices: list[int]) -> list[str]:
            return [entity_of[i] for i in indices if entity_of.get(i)]

        yield "claims", {
            "id": c.id, "document": document, "start": c.start, "end": c.end,
            "speaker": entity_of.get(c.speaker) if c.speaker is not None else None,
            "stance": c.stance, "relation": c.relation, "participants": entities(c.participants),
            "via": entities(c.via), "when": c.when, "when_text": c.when_text, "cameo": c.cameo,
            "summary": c.summary, "quote": c.quote, "trigger": c.trigger,
            "speaker_mention": c.speaker, "participant_mentions": c.participants, "via_mentions": c.via,
        }
    for e in store.events():
        yield "events", {
            "id": e.id, "relation": e.relation, "participants": e.participants, "when": e.when,
            "claims": e.claims, "status": e.status, "sources": e.sources,
        }
    for c in store.contradictions():
        yield "contradictions", {"event": c.event, "for": c.for_claims, "against": c.against_claims}


def build_export(store: Store) -> dict:
    result: dict = {"storyline_version": __version__, "schema_version": SCHEMA_VERSION}
    result.update({table: [] for table in TABLES})
    for table, record in iter_records(store):
        result[table].append(record)
    return result


def write_json(store: Store, out: IO[str]) -> None:
    json.dump(build_export(store), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(store: Store, out: IO[str]) -> None:
    """One record per line, tagged with its table: {"table": "documents", ...fields}."""
    for table, record in iter_records(store):
        out.write(json.dumps({"table": table, **record}, ensure_ascii=False))
        out.write("\n")


def write_csv(store: Store, directory: Path) -> list[Path]:
    """One CSV per table in `directory`; list fields are joined with '|'."""
    directory.mkdir(parents=True, exist_ok=True)
    files, writers = {}, {}
    try:
        for table, record in iter_records(store):
            if table not in writers:
                files[table] = (directory / f"{table}.csv").open("w", newline="", encoding="utf-8")
                writers[table] = csv.DictWriter(files[table], fieldnames=list(record))
                writers[table].writeheader()
            writers[table].writerow({k: _csv_value(k, v) for k, v in record.items()})
        for table in TABLES:  # empty tables still get a file with a header, so consumers find them
            if table not in files:
                (directory / f"{table}.csv").write_text(_EMPTY_HEADERS[table] + "\n", encoding="utf-8")
    finally:
        for fh in files.values():
            fh.close()
    return [directory / f"{table}.csv" for table in TABLES]


def _csv_value(key: str, value):
    if key in _LIST_FIELDS and isinstance(value, list):
        return "|".join(str(v) for v in value)
    if key == "aliases":
        return "|".join(f"{a['text']} ({a['language'] or '?'})" for a in value)
    return value


_EMPTY_HEADERS = {
    "documents": "id,source,format,title,url,site,language,published,published_evidence,not_before,text",
    "entities": "id,name,type,aliases,mentions,documents",
    "mentions": "document,index,start,end,text,type,lemma,entity",
    "claims": (
        "id,document,start,end,speaker,stance,relation,participants,via,when,when_text,cameo,summary,quote,"
        "trigger,speaker_mention,participant_mentions,via_mentions"
    ),
    "events": "id,relation,participants,when,claims,status,sources",
    "contradictions": "event,for,against",
}
