"""Reads for interactive pages: by id, by index, one page at a time.

The store's corpus readers (`iter_documents`, `iter_claims`, `events()`, ...) scan everything, which
is right for batch stages and wrong for a page that must answer in milliseconds on 100k documents.
These reads cost in proportion to the answer: they use the indexes of migrations 0004 and 0005 and
take every value as a bound parameter, never as SQL text. `SqliteStore` inherits them, so callers
write `store.documents_page(...)`; nothing outside `storyline.store` speaks SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from storyline.records import Alias, Claim, Contradiction, Document, Entity, Event, Mention, Paragraph, RemovedBlock, Span

CO_OCCURRENCE_SAMPLE = 1000  # documents; ids are content hashes, so index order is a fair sample

# The two orders of event listings. EVENT_ORDER_TELLING must match the expressions of the index
# `event_participants_telling` (migration 0005) for the entity pages to be served from it.
EVENT_ORDER_TIME = "time"  # time order, unknown times last
EVENT_ORDER_TELLING = "telling"  # contested first, then corroborated, then by sources, then most recent
_PARTICIPANT_ORDER = {
    EVENT_ORDER_TIME: "ep.time_key IS NULL, ep.time_key, ep.event_id",
    EVENT_ORDER_TELLING: "CASE ep.status WHEN 'contested' THEN 0 WHEN 'corroborated' THEN 1 ELSE 2 END, "
                         "ep.sources DESC, ep.time_key IS NULL, ep.time_key DESC, ep.event_id",
}
_EVENT_ORDER = {
    EVENT_ORDER_TIME: '"when" IS NULL, ltrim("when", \'~\'), id',
    EVENT_ORDER_TELLING: "CASE status WHEN 'contested' THEN 0 WHEN 'corroborated' THEN 1 ELSE 2 END, "
                         "sources DESC, \"when\" IS NULL, ltrim(\"when\", '~') DESC, id",
}
_DRIVER_PROBE = 1000  # events counted per entity to pick the rarest as the driver of an intersection


@dataclass(slots=True)
class DocumentSummary:
    """A document as listed: metadata, no text."""

    id: str
    title: str | None
    language: str | None
    published: str | None
    site: str | None
    source: str
    url: str | None


class EventRow(NamedTuple):
    """An event as listed: its claims counted, not loaded."""

    id: str
    relation: str
    participants: list[str]
    when: str | None
    status: str
    sources: int
    claim_count: int


class MentionRow(NamedTuple):
    """A stored mention with its index in its document (claims point at mentions by index)."""

    index: int
    start: int
    end: int
    text: str
    type: str
    entity: str | None


_SUMMARY_COLUMNS = "id, title, language, published, site, source, url"
_EVENT_ROW_COLUMNS = 'e.id, e.relation, e.participants, e."when", e.status, e.sources, json_array_length(e.claims)'


def _placeholders(values: list) -> str:
    return ",".join("?" * len(values))


def _chunks(values: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def entity_from_row(row) -> Entity:
    return Entity(row["id"], row["name"], row["type"], [Alias(*a) for a in json.loads(row["aliases"])],
                  row["mentions"], row["documents"])


def event_from_row(row) -> Event:
    return Event(row["id"], row["relation"], json.loads(row["participants"]), row["when"],
                 json.loads(row["claims"]), row["status"], row["sources"])


def claim_from_row(row) -> Claim:
    # claims.speaker has TEXT affinity (schema 1): SQLite hands the mention index back as text
    speaker = row["speaker"]
    return Claim(
        id=row["id"], start=row["start"], end=row["end"], stance=row["stance"], relation=row["relation"],
        participants=json.loads(row["participants"]),
        speaker=int(speaker) if speaker not in (None, "") and str(speaker).lstrip("-").isdigit() else None,
        via=json.loads(row["via"]), when=row["when"], cameo=row["cameo"], summary=row["summary"],
        when_text=row["when_text"], quote=bool(row["quote"]), trigger=row["trigger"],
    )


def _summary(row) -> DocumentSummary:
    return DocumentSummary(row["id"], row["title"], row["language"], row["published"], row["site"],
                           row["source"], row["url"])


def _event_row(row: tuple) -> EventRow:
    return EventRow(row[0], row[1], json.loads(row[2]), row[3], row[4], row[5], row[6] or 0)


class PageLookups:
    """Mixed into `SqliteStore` (which provides `conn`, with `sqlite3.Row` rows)."""

    conn: sqlite3.Connection

    def _rows_by_ids(self, sql: str, ids: Iterable[str]) -> Iterator[sqlite3.Row]:
        """Rows of `sql`, whose `{in}` is filled with placeholders for `ids`, in chunks (SQLite
        limits the parameters of one statement)."""
        for chunk in _chunks(list(dict.fromkeys(ids))):
            yield from self.conn.execute(sql.format(**{"in": _placeholders(chunk)}), chunk)

    # -- overview ---------------------------------------------------------------------------------
    def document_facets(self) -> dict[str, list[tuple[str, int]]]:
        """Documents per language, per source (site, else 'unknown'; the 30 largest) and per month."""
        conn = self.conn
        return {
            "language": self.documents_per_language(),
            "source": [tuple(r) for r in conn.execute(
                "SELECT COALESCE(site, 'unknown'), count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1 "
                "LIMIT 30")],
            "month": [tuple(r) for r in conn.execute(
                "SELECT COALESCE(substr(published, 1, 7), 'undated'), count(*) FROM documents GROUP BY 1 "
                "ORDER BY published IS NULL, 1")],
        }

    def documents_per_language(self) -> list[tuple[str, int]]:
        """(language, documents), most documents first; 'unknown' for documents without one."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT COALESCE(language, 'unknown'), count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1")]

    # -- documents --------------------------------------------------------------------------------
    def documents_page(self, limit: int, offset: int, *, language: str | None = None,
                       entity: str | None = None) -> tuple[list[DocumentSummary], int]:
        """Documents newest first (undated last), only those in `language` / naming `entity`; and
        how many there are in all."""
        where, args = [], []
        if language:
            where.append("language = ?")
            args.append(language)
        total = None
        if entity:
            # Two plans, chosen by how common the entity is: for a name in many documents, walk the
            # documents newest first and stop at the page's end; for a rare one, fetch its few documents.
            named_in = self.entity_document_count(entity)
            common = named_in * 20 > self.count("documents")
            where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.entity = ? AND m.document = documents.id)"
                         if common else "id IN (SELECT document FROM mentions WHERE entity = ?)")
            args.append(entity)
            total = named_in if not language else None
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        if total is None:
            total = self.conn.execute(f"SELECT count(*) FROM documents {clause}", args).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM documents {clause} ORDER BY published DESC, id LIMIT ? OFFSET ?",
            [*args, limit, offset])
        return [_summary(r) for r in rows], total

    def entity_document_count(self, entity: str) -> int:
        return self.conn.execute("SELECT count(DISTINCT document) FROM mentions WHERE entity = ?",
                                 (entity,)).fetchone()[0]

    def document_summaries(self, ids: Iterable[str]) -> dict[str, DocumentSummary]:
        return {r["id"]: _summary(r)
                for r in self._rows_by_ids(f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id IN ({{in}})", ids)}

    def get_document(self, document_id: str) -> Document | None:
        """One document with its mentions and claims (without its raw bytes)."""
        row = self.conn.execute(
            """SELECT id, source, format, title, url, site, language, published, published_evidence, not_before,
                      text, encoding, paragraphs, sentences, removed, stages FROM documents WHERE id = ?""",
            (document_id,)).fetchone()
        if row is None:
            return None
        mentions = [
            Mention(r["start"], r["end"], r["text"], r["type"], r["lemma"], r["entity"])
            for r in self.conn.execute(
                'SELECT start, "end", text, type, lemma, entity FROM mentions WHERE document = ? ORDER BY idx',
                (document_id,))
        ]
        claims = [claim_from_row(r) for r in self.conn.execute(
            "SELECT * FROM claims WHERE document = ? ORDER BY start, id", (document_id,))]
        return Document(
            id=row["id"], source=row["source"], format=row["format"], raw=b"", text=row["text"],
            title=row["title"], url=row["url"], site=row["site"], language=row["language"],
            published=row["published"], published_evidence=row["published_evidence"],
            not_before=row["not_before"], encoding=row["encoding"],
            paragraphs=[Paragraph(*p) for p in json.loads(row["paragraphs"])],
            sentences=[Span(*s) for s in json.loads(row["sentences"])],
            removed=[RemovedBlock(*r) for r in json.loads(row["removed"])],
            stages_run=json.loads(row["stages"]), mentions=mentions, claims=claims,
        )

    def mention_rows(self, documents: Iterable[str]) -> dict[str, list[MentionRow]]:
        """The mentions of the given documents with their indices, each list in index order."""
        found: dict[str, list[MentionRow]] = {}
        cursor_sql = ('SELECT document, idx, start, "end", text, type, entity FROM mentions '
                      "WHERE document IN ({in}) ORDER BY document, idx")
        for r in self._rows_by_ids(cursor_sql, documents):
            found.setdefault(r[0], []).append(MentionRow(r[1], r[2], r[3], r[4], r[5], r[6]))
        return found

    # -- entities ---------------------------------------------------------------------------------
    def entities_page(self, limit: int, offset: int, *, type: str | None = None) -> tuple[list[Entity], int]:
        """Entities, most mentioned first; and how many there are (of `type`, when given)."""
        clause, args = ("WHERE type = ?", [type]) if type else ("", [])
        total = self.conn.execute(f"SELECT count(*) FROM entities {clause}", args).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT * FROM entities {clause} ORDER BY mentions DESC, documents DESC, name, id LIMIT ? OFFSET ?",
            [*args, limit, offset])
        return [entity_from_row(r) for r in rows], total

    def entities_by_id(self, ids: Iterable[str]) -> dict[str, Entity]:
        return {r["id"]: entity_from_row(r)
                for r in self._rows_by_ids("SELECT * FROM entities WHERE id IN ({in})", ids)}

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Entity id -> display name, for the ids that exist."""
        return {r[0]: r[1] for r in self._rows_by_ids("SELECT id, name FROM entities WHERE id IN ({in})",
                                                      (i for i in ids if i))}

    def co_occurring(self, entity_id: str, limit: int = 20,
                     sample: int = CO_OCCURRENCE_SAMPLE) -> tuple[list[tuple[str, int]], int]:
        """Entities named in the same documents as `entity_id` with the number of documents shared,
        most first; and how many of its documents were counted (at most `sample`, so a name in every
        document of a large store costs the same as a rare one)."""
        rows = self.conn.execute(
            """SELECT other.entity, count(DISTINCT other.document) AS shared
               FROM (SELECT DISTINCT document FROM mentions WHERE entity = ? LIMIT ?) AS mine
               JOIN mentions AS other ON other.document = mine.document
               WHERE other.entity IS NOT NULL AND other.entity != ?
               GROUP BY other.entity ORDER BY shared DESC, other.entity LIMIT ?""",
            (entity_id, sample, entity_id, limit)).fetchall()
        counted = self.conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT document FROM mentions WHERE entity = ? LIMIT ?)",
            (entity_id, sample)).fetchone()[0]
        return [(r[0], r[1]) for r in rows], counted

    # -- events -----------------------------------------------------------------------------------
    def get_event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        return event_from_row(row) if row else None

    def events_by_id(self, ids: Iterable[str]) -> dict[str, Event]:
        return {r["id"]: event_from_row(r) for r in self._rows_by_ids("SELECT * FROM events WHERE id IN ({in})", ids)}

    def event_rows(self, ids: list[str]) -> list[EventRow]:
        """The listed events, in the order given (ids that do not exist left out)."""
        cursor_sql = f"SELECT {_EVENT_ROW_COLUMNS} FROM events AS e WHERE id IN ({{in}})"
        found = {r[0]: _event_row(r) for r in self._rows_by_ids(cursor_sql, ids)}
        return [found[i] for i in ids if i in found]

    def _involving(self, entity_ids: list[str]) -> tuple[str, list[str]]:
        """`event_participants AS ep` narrowed to the events involving every given entity: a FROM
        clause and its arguments. The rarest entity drives (its index range is walked in the order
        asked for); each other entity is joined by event through the index on event_id."""
        ids = list(dict.fromkeys(entity_ids))
        if not ids:
            raise ValueError("events involving which entities? none given")
        if len(ids) > 1:
            probe = {e: self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM event_participants WHERE entity_id = ? LIMIT ?)",
                (e, _DRIVER_PROBE)).fetchone()[0] for e in ids}
            ids.sort(key=probe.__getitem__)
        joins = "".join(f" JOIN event_participants AS o{i} ON o{i}.event_id = ep.event_id AND o{i}.entity_id = ?"
                        for i in range(1, len(ids)))
        # the driver's condition comes last in the arguments: joins first, then WHERE
        return f"event_participants AS ep{joins}", [*ids[1:], ids[0]]

    def event_statuses_involving(self, entity_ids: list[str]) -> dict[str, int]:
        """Status -> number of events whose participants include every given entity."""
        joined, args = self._involving(entity_ids)
        return dict(self.conn.execute(
            f"SELECT ep.status, count(*) FROM {joined} WHERE ep.entity_id = ? GROUP BY ep.status",
            args).fetchall())

    def event_rows_involving(self, entity_ids: list[str], limit: int, offset: int = 0, *,
                             order: str = EVENT_ORDER_TIME) -> list[EventRow]:
        """One page of the events whose participants include every given entity, in `order`
        (EVENT_ORDER_TIME or EVENT_ORDER_TELLING)."""
        joined, args = self._involving(entity_ids)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: up to a few hundred rows per page
        cursor.execute(
            f"SELECT {_EVENT_ROW_COLUMNS} FROM {joined} JOIN events AS e ON e.id = ep.event_id "
            f"WHERE ep.entity_id = ? ORDER BY {_PARTICIPANT_ORDER[order]} LIMIT ? OFFSET ?", [*args, limit, offset])
        return [_event_row(r) for r in cursor]

    def events_page(self, limit: int, offset: int, *, entities: Iterable[str] = (), status: str | None = None,
                    order: str = EVENT_ORDER_TIME) -> tuple[list[Event], int]:
        """Events (with their claim lists) in `order`, only those involving every one of `entities`
        and of `status`; and how many there are."""
        entities = list(entities)
        if entities:
            statuses = self.event_statuses_involving(entities)
            total = statuses.get(status, 0) if status else sum(statuses.values())
            if not status:
                ids = [r.id for r in self.event_rows_involving(entities, limit, offset, order=order)]
            else:
                joined, args = self._involving(entities)
                ids = [r[0] for r in self.conn.execute(
                    f"SELECT ep.event_id FROM {joined} WHERE ep.entity_id = ? AND ep.status = ? "
                    f"ORDER BY {_PARTICIPANT_ORDER[order]} "
                    "LIMIT ? OFFSET ?", [*args, status, limit, offset])]
            found = self.events_by_id(ids)
            return [found[i] for i in ids if i in found], total
        clause, args = ("WHERE status = ?", [status]) if status else ("", [])
        total = self.conn.execute(f"SELECT count(*) FROM events {clause}", args).fetchone()[0]
        rows = self.conn.execute(f"SELECT * FROM events {clause} ORDER BY {_EVENT_ORDER[order]} LIMIT ? OFFSET ?",
                                 [*args, limit, offset])
        return [event_from_row(r) for r in rows], total

    # -- claims -----------------------------------------------------------------------------------
    def claim_ids_page(self, limit: int, offset: int, *, entity: str | None = None,
                       document: str | None = None) -> tuple[list[str], int]:
        """Claim ids in document and text order, only those of `document` / naming `entity` (as a
        participant or the speaker); and how many there are."""
        where, args = [], []
        if document:
            where.append("claims.document = ?")
            args.append(document)
        if entity:
            # the entity's mentions, then the claims of those documents that point at one of them
            where.append(
                """EXISTS (SELECT 1 FROM mentions m WHERE m.entity = ? AND m.document = claims.document AND (
                       CAST(claims.speaker AS INTEGER) = m.idx
                       OR EXISTS (SELECT 1 FROM json_each(claims.participants) p WHERE p.value = m.idx)))""")
            args.append(entity)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        total = self.conn.execute(f"SELECT count(*) FROM claims {clause}", args).fetchone()[0]
        ids = [r[0] for r in self.conn.execute(
            f"SELECT id FROM claims {clause} ORDER BY document, start, id LIMIT ? OFFSET ?", [*args, limit, offset])]
        return ids, total

    def claims_with_documents(self, ids: Iterable[str]) -> dict[str, tuple[str, Claim]]:
        """Claim id -> (document id, claim), for the ids that exist."""
        return {r["id"]: (r["document"], claim_from_row(r))
                for r in self._rows_by_ids("SELECT * FROM claims WHERE id IN ({in})", ids)}

    def claim_evidence(self, ids: Iterable[str]) -> dict[str, str]:
        """Claim id -> the claim's span of its document's text, as written (read in SQLite, so only
        the spans reach Python)."""
        # substr counts code points from 1, as Python slices count from 0; a negative start is 0
        sql = """SELECT c.id, substr(d.text, max(c.start, 0) + 1, max(0, max(c.start, c."end") - max(c.start, 0)))
                 FROM claims AS c JOIN documents AS d ON d.id = c.document WHERE c.id IN ({in})"""
        return {r[0]: r[1] or "" for r in self._rows_by_ids(sql, ids)}

    # -- contradictions ---------------------------------------------------------------------------
    def contradictions_page(self, limit: int, offset: int, *,
                            entities: Iterable[str] = ()) -> tuple[list[Contradiction], int]:
        """Contradictions, the events with most sources first (then most recent); only those whose
        event involves every one of `entities`; and how many there are."""
        entities = list(entities)
        where, args = "", []
        if entities:
            joined, args = self._involving(entities)
            where = f"WHERE events.id IN (SELECT ep.event_id FROM {joined} WHERE ep.entity_id = ?)"
        total = self.conn.execute(
            f"SELECT count(*) FROM contradictions JOIN events ON events.id = contradictions.event {where}",
            args).fetchone()[0]
        rows = self.conn.execute(
            f"""SELECT contradictions.* FROM contradictions JOIN events ON events.id = contradictions.event {where}
                ORDER BY events.sources DESC, events."when" IS NULL, ltrim(events."when", '~') DESC, events.id
                LIMIT ? OFFSET ?""",
            [*args, limit, offset]).fetchall()
        return [Contradiction(r["event"], json.loads(r["for_claims"]), json.loads(r["against_claims"]))
                for r in rows], total

    # -- stories ----------------------------------------------------------------------------------
    def stories_page(self, limit: int, offset: int) -> tuple[list[dict], int]:
        """Story clusters, largest first, each with its member documents; and how many there are."""
        rows = self.conn.execute(
            "SELECT * FROM stories ORDER BY size DESC, first_published, id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        items = []
        for row in rows:
            documents = [r[0] for r in self.conn.execute(
                "SELECT document FROM story_documents WHERE story = ? ORDER BY document", (row["id"],))]
            items.append({
                "id": row["id"], "title": row["title"], "size": row["size"], "languages": json.loads(row["languages"]),
                "top_entities": [list(e) for e in json.loads(row["top_entities"])],
                "first_published": row["first_published"], "last_published": row["last_published"],
                "documents": documents,
            })
        return items, self.conn.execute("SELECT count(*) FROM stories").fetchone()[0]

    # -- change detection -------------------------------------------------------------------------
    def data_version(self, name: str) -> int | None:
        """A number that changes whenever the rows of table `name` change (see migration 0005), for
        caches of what is derived from them; None when the table has no counter."""
        row = self.conn.execute("SELECT version FROM data_versions WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None
