"""What the web app reads: lookups by id and pages of rows, proportional to the answer.

The store's own readers (`iter_documents`, `iter_claims`, `events()`, ...) scan the whole corpus,
which is right for batch stages and wrong for a page that must answer in milliseconds on 100k
documents. The queries here use the store's connection with the indexes of
`store/migrations/0004_web_indexes.sql`. Every value comes in as a bound parameter, never as SQL
text. (They belong in `storyline.store.sqlite` once the web app's needs settle.)
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from storyline.dates.interval import InvalidTime, describe_time
from storyline.records import (
    Alias,
    Claim,
    Contradiction,
    Document,
    Entity,
    Event,
    Mention,
    Paragraph,
    RemovedBlock,
    Span,
)
from storyline.stories.events import OPPOSING_STANCES, symmetric_relations


@dataclass(slots=True)
class Page:
    """One page of a list: the items, and where it sits in the whole."""

    items: list
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None


@dataclass(slots=True)
class DocumentSummary:
    id: str
    title: str | None
    language: str | None
    published: str | None
    site: str | None
    source: str
    url: str | None


@dataclass(slots=True)
class MentionView:
    """A mention with the entity it names (display name when resolved)."""

    index: int
    start: int
    end: int
    text: str
    type: str
    entity: str | None
    entity_name: str | None

    @property
    def label(self) -> str:
        return self.entity_name or self.text


@dataclass(slots=True)
class ClaimView:
    """One claim with everything a reader needs to judge it: who, where, when, in its own words."""

    claim: Claim
    document: DocumentSummary
    evidence: str  # the claim's span of the document text, as written
    evidence_start: int  # where `evidence` starts in the document text
    mentions: list[MentionView]  # the document's mentions that fall inside the evidence span
    participants: list[MentionView]
    speaker: MentionView | None
    via: list[MentionView]
    event: str | None = None

    @property
    def opposing(self) -> bool:
        return self.claim.stance in OPPOSING_STANCES

    @property
    def when_label(self) -> str:
        return time_label(self.claim.when)


@dataclass(slots=True)
class EventView:
    event: Event
    participant_names: list[str]
    claim_count: int = 0

    @property
    def headline(self) -> str:
        joiner = " ↔ " if self.event.relation in symmetric_relations() else " → "
        return f"{joiner.join(self.participant_names)}: {self.event.relation}"

    @property
    def when_label(self) -> str:
        return time_label(self.event.when)


@dataclass(slots=True)
class ContradictionView:
    event: EventView
    for_claims: list[ClaimView] = field(default_factory=list)
    against_claims: list[ClaimView] = field(default_factory=list)


@lru_cache(maxsize=4096)
def time_label(when: str | None) -> str:
    try:
        return describe_time(when)
    except InvalidTime:
        return when or "unknown"


def _placeholders(values: list) -> str:
    return ",".join("?" * len(values))


def _chunks(values: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


# -- row -> record ----------------------------------------------------------------------------

def _entity(row) -> Entity:
    return Entity(row["id"], row["name"], row["type"], [Alias(*a) for a in json.loads(row["aliases"])],
                  row["mentions"], row["documents"])


def _event(row) -> Event:
    return Event(row["id"], row["relation"], json.loads(row["participants"]), row["when"],
                 json.loads(row["claims"]), row["status"], row["sources"])


def _claim(row) -> Claim:
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


_SUMMARY_COLUMNS = "id, title, language, published, site, source, url"


# -- overview ---------------------------------------------------------------------------------

def document_facets(store) -> dict[str, list[tuple[str, int]]]:
    """Documents per language, per source (site, else 'unknown') and per month of publication."""
    conn = store.conn
    return {
        "language": [tuple(r) for r in conn.execute(
            "SELECT COALESCE(language, 'unknown'), count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1")],
        "source": [tuple(r) for r in conn.execute(
            "SELECT COALESCE(site, 'unknown'), count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1 LIMIT 30")],
        "month": [tuple(r) for r in conn.execute(
            "SELECT COALESCE(substr(published, 1, 7), 'undated'), count(*) FROM documents GROUP BY 1 "
            "ORDER BY published IS NULL, 1")],
    }


def counts(store) -> dict[str, int]:
    return {table: store.count(table) for table in ("documents", "entities", "claims", "events", "contradictions")}


# -- documents --------------------------------------------------------------------------------

def list_documents(store, limit: int, offset: int, *, language: str | None = None,
                   entity: str | None = None) -> Page:
    """Documents, newest first (undated last); only those in `language` / naming `entity`."""
    where, args = [], []
    if language:
        where.append("language = ?")
        args.append(language)
    total = None
    if entity:
        # Two plans, chosen by how common the entity is: for a name in many documents, walk the
        # documents newest first and stop at the page's end; for a rare one, fetch its few documents.
        named_in = entity_document_count(store, entity)
        common = named_in * 20 > store.count("documents")
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.entity = ? AND m.document = documents.id)" if common
                     else "id IN (SELECT document FROM mentions WHERE entity = ?)")
        args.append(entity)
        total = named_in if not language else None
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    if total is None:
        total = store.conn.execute(f"SELECT count(*) FROM documents {clause}", args).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM documents {clause} ORDER BY published DESC, id LIMIT ? OFFSET ?",
        [*args, limit, offset])
    return Page([_summary(r) for r in rows], total, limit, offset)


def entity_document_count(store, entity: str) -> int:
    return store.conn.execute("SELECT count(DISTINCT document) FROM mentions WHERE entity = ?", (entity,)).fetchone()[0]


def get_document(store, document_id: str) -> Document | None:
    """One document with its mentions and claims (no raw bytes)."""
    row = store.conn.execute(
        """SELECT id, source, format, title, url, site, language, published, published_evidence, not_before,
                  text, encoding, paragraphs, sentences, removed, stages FROM documents WHERE id = ?""",
        (document_id,)).fetchone()
    if row is None:
        return None
    mentions = [
        Mention(r["start"], r["end"], r["text"], r["type"], r["lemma"], r["entity"])
        for r in store.conn.execute(
            'SELECT start, "end", text, type, lemma, entity FROM mentions WHERE document = ? ORDER BY idx',
            (document_id,))
    ]
    claims = [_claim(r) for r in store.conn.execute(
        "SELECT * FROM claims WHERE document = ? ORDER BY start, id", (document_id,))]
    return Document(
        id=row["id"], source=row["source"], format=row["format"], raw=b"", text=row["text"], title=row["title"],
        url=row["url"], site=row["site"], language=row["language"], published=row["published"],
        published_evidence=row["published_evidence"], not_before=row["not_before"], encoding=row["encoding"],
        paragraphs=[Paragraph(*p) for p in json.loads(row["paragraphs"])],
        sentences=[Span(*s) for s in json.loads(row["sentences"])],
        removed=[RemovedBlock(*r) for r in json.loads(row["removed"])],
        stages_run=json.loads(row["stages"]), mentions=mentions, claims=claims,
    )


# -- entities ---------------------------------------------------------------------------------

def list_entities(store, limit: int, offset: int, *, type: str | None = None) -> Page:
    clause, args = ("WHERE type = ?", [type]) if type else ("", [])
    total = store.conn.execute(f"SELECT count(*) FROM entities {clause}", args).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT * FROM entities {clause} ORDER BY mentions DESC, documents DESC, name, id LIMIT ? OFFSET ?",
        [*args, limit, offset])
    return Page([_entity(r) for r in rows], total, limit, offset)


def get_entities(store, entity_ids: list[str]) -> dict[str, Entity]:
    found: dict[str, Entity] = {}
    for chunk in _chunks(list(dict.fromkeys(entity_ids))):
        for row in store.conn.execute(f"SELECT * FROM entities WHERE id IN ({_placeholders(chunk)})", chunk):
            found[row["id"]] = _entity(row)
    return found


def entity_names(store, entity_ids) -> dict[str, str]:
    ids = [i for i in dict.fromkeys(entity_ids) if i]
    names: dict[str, str] = {}
    for chunk in _chunks(ids):
        names.update({r[0]: r[1] for r in store.conn.execute(
            f"SELECT id, name FROM entities WHERE id IN ({_placeholders(chunk)})", chunk)})
    return names


CO_OCCURRENCE_SAMPLE = 1000  # documents; ids are content hashes, so index order is a fair sample


def co_occurring(store, entity_id: str, limit: int = 20) -> tuple[list[tuple[Entity, int]], int]:
    """Entities named in the same documents, with the number of documents shared, most first; and
    how many of the entity's documents were counted (at most `CO_OCCURRENCE_SAMPLE`, so a name in
    every document of a large store costs the same as a rare one)."""
    rows = store.conn.execute(
        """SELECT other.entity AS id, count(DISTINCT other.document) AS shared
           FROM (SELECT DISTINCT document FROM mentions WHERE entity = ? LIMIT ?) AS mine
           JOIN mentions AS other ON other.document = mine.document
           WHERE other.entity IS NOT NULL AND other.entity != ?
           GROUP BY other.entity ORDER BY shared DESC, other.entity LIMIT ?""",
        (entity_id, CO_OCCURRENCE_SAMPLE, entity_id, limit)).fetchall()
    counted = store.conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT document FROM mentions WHERE entity = ? LIMIT ?)",
        (entity_id, CO_OCCURRENCE_SAMPLE)).fetchone()[0]
    entities = get_entities(store, [r["id"] for r in rows])
    return [(entities[r["id"]], r["shared"]) for r in rows if r["id"] in entities], counted


# -- events -----------------------------------------------------------------------------------

def _involving_clause(entity_ids: list[str]) -> tuple[str, list[str]]:
    """SQL requiring every given entity among an event's participants (a JSON list). `instr` on
    the JSON text is a cheap filter that skips parsing most rows; `json_each` makes it exact."""
    parts, args = [], []
    for entity in entity_ids:
        parts.append("(instr(events.participants, ?) > 0 AND "
                     "EXISTS (SELECT 1 FROM json_each(events.participants) AS p WHERE p.value = ?))")
        args.extend([json.dumps(entity), entity])  # quoted as the store writes it
    return " AND ".join(parts), args


_EVENT_ORDER = 'ORDER BY "when" IS NULL, ltrim("when", \'~\'), id'
_CONTESTED_FIRST = """ORDER BY CASE status WHEN 'contested' THEN 0 WHEN 'corroborated' THEN 1 ELSE 2 END,
                      sources DESC, "when" IS NULL, ltrim("when", '~') DESC, id"""


def list_events(store, limit: int, offset: int, *, entities: list[str] = (), status: str | None = None,
                contested_first: bool = False) -> Page:
    where, args = [], []
    if entities:
        clause, values = _involving_clause(list(entities))
        where.append(clause)
        args.extend(values)
    if status:
        where.append("status = ?")
        args.append(status)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = store.conn.execute(f"SELECT count(*) FROM events {clause}", args).fetchone()[0]
    order = _CONTESTED_FIRST if contested_first else _EVENT_ORDER
    rows = store.conn.execute(f"SELECT * FROM events {clause} {order} LIMIT ? OFFSET ?", [*args, limit, offset])
    return Page([_event(r) for r in rows], total, limit, offset)


class EventRow(NamedTuple):
    """An event as listed: enough to count, order and pick events without parsing their claims."""

    id: str
    relation: str
    participants: str  # JSON list, parsed only for the events shown
    when: str | None
    status: str
    sources: int


def involving_events(store, entity_ids: list[str]) -> list[EventRow]:
    """Every event whose participants include all the given entities, in time order.

    One pass over the events table serves a whole page: it counts, draws and slices this list.
    `instr` on the JSON text finds the candidates without parsing JSON; it is exact unless the
    text holds an escaped character (then the row is parsed and checked).
    """
    wanted = set(entity_ids)
    clause = " AND ".join("instr(participants, ?) > 0" for _ in entity_ids) or "1"
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: thousands of rows on a busy entity's page
    cursor.execute(
        f'SELECT id, relation, participants, "when", status, sources FROM events WHERE {clause} {_EVENT_ORDER}',
        [json.dumps(e) for e in entity_ids])
    make = EventRow._make
    return [make(row) for row in cursor if "\\" not in row[2] or wanted <= set(json.loads(row[2]))]


def event_row_views(store, rows: list[EventRow]) -> list[EventView]:
    """Views of the listed events: participants named, claims counted (claim lists not loaded)."""
    participants = [json.loads(r.participants) for r in rows]
    names = entity_names(store, [p for ps in participants for p in ps])
    claim_counts: dict[str, int] = {}
    for chunk in _chunks([r.id for r in rows]):
        claim_counts.update(store.conn.execute(
            f"SELECT id, json_array_length(claims) FROM events WHERE id IN ({_placeholders(chunk)})", chunk))
    return [EventView(Event(r.id, r.relation, ps, r.when, [], r.status, r.sources),
                      [names.get(p, _unresolved_label(p)) for p in ps], claim_counts.get(r.id, 0))
            for r, ps in zip(rows, participants)]


_STATUS_RANK = {"contested": 0, "corroborated": 1}


def most_telling(rows: list[EventRow], limit: int) -> list[EventRow]:
    """Contested first, then by independent sources, then the most recent (unknown times last)."""
    recent_first = sorted(rows, key=_time_key, reverse=True)
    return sorted(recent_first, key=_telling_key)[:limit]


def _time_key(row: EventRow) -> tuple[bool, str]:
    return row.when is not None, (row.when or "").lstrip("~")


def _telling_key(row: EventRow) -> tuple[int, int]:
    return _STATUS_RANK.get(row.status, 2), -row.sources


def with_claims(store, views: list[EventView]) -> list[EventView]:
    """The same views with each event's claim list filled in."""
    full = {}
    ids = [v.event.id for v in views]
    for chunk in _chunks(ids):
        for row in store.conn.execute(f"SELECT * FROM events WHERE id IN ({_placeholders(chunk)})", chunk):
            full[row["id"]] = _event(row)
    return [EventView(full[v.event.id], v.participant_names, len(full[v.event.id].claims)) for v in views
            if v.event.id in full]


def get_event(store, event_id: str) -> Event | None:
    row = store.conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    return _event(row) if row else None


def event_views(store, events: list[Event]) -> list[EventView]:
    names = entity_names(store, [p for e in events for p in e.participants])
    return [EventView(e, [names.get(p, _unresolved_label(p)) for p in e.participants], len(e.claims))
            for e in events]


def _unresolved_label(key: str) -> str:
    return key.split(":", 1)[1] if key.startswith("unresolved:") else key


# -- claims -----------------------------------------------------------------------------------

def list_claims(store, limit: int, offset: int, *, entity: str | None = None,
                document: str | None = None) -> Page:
    """Claims, optionally only those of one document or naming one entity (as participant or speaker)."""
    where, args = [], []
    if document:
        where.append("claims.document = ?")
        args.append(document)
    if entity:
        # mentions of the entity, then the claims of those documents that point at one of them
        where.append(
            """EXISTS (SELECT 1 FROM mentions m WHERE m.entity = ? AND m.document = claims.document AND (
                   CAST(claims.speaker AS INTEGER) = m.idx
                   OR EXISTS (SELECT 1 FROM json_each(claims.participants) p WHERE p.value = m.idx)))""")
        args.append(entity)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = store.conn.execute(f"SELECT count(*) FROM claims {clause}", args).fetchone()[0]
    ids = [r[0] for r in store.conn.execute(
        f"SELECT id FROM claims {clause} ORDER BY document, start, id LIMIT ? OFFSET ?", [*args, limit, offset])]
    return Page(claim_views(store, ids), total, limit, offset)


def claim_views(store, claim_ids: list[str], events: dict[str, str] | None = None) -> list[ClaimView]:
    """The claims with their documents, evidence text and named mentions, in the order given."""
    ids = list(dict.fromkeys(claim_ids))
    claims: dict[str, tuple[str, Claim]] = {}
    for chunk in _chunks(ids):
        for row in store.conn.execute(f"SELECT * FROM claims WHERE id IN ({_placeholders(chunk)})", chunk):
            claims[row["id"]] = (row["document"], _claim(row))
    documents: dict[str, DocumentSummary] = {}
    mentions: dict[str, list[tuple]] = defaultdict(list)
    doc_ids = list({doc for doc, _ in claims.values()})
    for chunk in _chunks(doc_ids):
        marks = _placeholders(chunk)
        for row in store.conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id IN ({marks})", chunk):
            documents[row["id"]] = _summary(row)
        for row in store.conn.execute(
                f'SELECT document, idx, start, "end", text, type, entity FROM mentions WHERE document IN ({marks})',
                chunk):
            mentions[row["document"]].append(tuple(row))
    names = entity_names(store, [m[6] for rows in mentions.values() for m in rows])
    views = []
    for claim_id in ids:
        if claim_id not in claims or claims[claim_id][0] not in documents:
            continue
        doc_id, claim = claims[claim_id]
        by_index = {
            m[1]: MentionView(m[1], m[2], m[3], m[4], m[5], m[6], names.get(m[6]) if m[6] else None)
            for m in mentions[doc_id]
        }
        start, end = max(0, claim.start), max(claim.start, claim.end)
        evidence = _evidence_text(store, doc_id, start, end)
        inside = sorted((m for m in by_index.values() if start <= m.start and m.end <= start + len(evidence)),
                        key=lambda m: m.start)
        views.append(ClaimView(
            claim=claim, document=documents[doc_id], evidence=evidence, evidence_start=start, mentions=inside,
            participants=[by_index[i] for i in claim.participants if i in by_index],
            speaker=by_index.get(claim.speaker) if claim.speaker is not None else None,
            via=[by_index[i] for i in claim.via if i in by_index],
            event=(events or {}).get(claim_id),
        ))
    return views


def _evidence_text(store, document: str, start: int, end: int) -> str:
    # substr counts code points from 1, like Python slices from 0: only the span leaves SQLite
    row = store.conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                             (start + 1, end - start, document)).fetchone()
    return row[0] if row and row[0] else ""


def event_claims(store, events: list[Event], limit: int, offset: int) -> Page:
    """The claims of the given events, event by event in the order given, one page of them."""
    pairs = [(claim, event.id) for event in events for claim in event.claims]
    chosen = pairs[offset : offset + limit]
    return Page(claim_views(store, [c for c, _ in chosen], dict(chosen)), len(pairs), limit, offset)


# -- contradictions ---------------------------------------------------------------------------

def list_contradictions(store, limit: int, offset: int, *, entities: list[str] = ()) -> Page:
    where, args = "", []
    if entities:
        clause, args = _involving_clause(list(entities))
        where = f"WHERE {clause}"
    total = store.conn.execute(
        f"SELECT count(*) FROM contradictions JOIN events ON events.id = contradictions.event {where}",
        args).fetchone()[0]
    rows = store.conn.execute(
        f"""SELECT contradictions.*, events.id AS event_id FROM contradictions
            JOIN events ON events.id = contradictions.event {where}
            ORDER BY events.sources DESC, events."when" IS NULL, ltrim(events."when", '~') DESC, events.id LIMIT ? OFFSET ?""",
        [*args, limit, offset]).fetchall()
    contradictions = [Contradiction(r["event"], json.loads(r["for_claims"]), json.loads(r["against_claims"]))
                      for r in rows]
    events = {e.id: e for e in (get_event(store, c.event) for c in contradictions) if e}
    views_of_events = {v.event.id: v for v in event_views(store, list(events.values()))}
    claim_ids = [c for x in contradictions for c in (*x.for_claims, *x.against_claims)]
    claims = {v.claim.id: v for v in claim_views(store, claim_ids)}
    items = [
        ContradictionView(views_of_events[c.event], [claims[i] for i in c.for_claims if i in claims],
                          [claims[i] for i in c.against_claims if i in claims])
        for c in contradictions if c.event in views_of_events
    ]
    return Page(items, total, limit, offset)


# -- stories ----------------------------------------------------------------------------------

def list_stories(store, limit: int, offset: int) -> Page:
    total = store.count("stories")
    rows = store.conn.execute(
        "SELECT * FROM stories ORDER BY size DESC, first_published, id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    items = []
    for row in rows:
        documents = [r[0] for r in store.conn.execute(
            "SELECT document FROM story_documents WHERE story = ? ORDER BY document", (row["id"],))]
        items.append({
            "id": row["id"], "title": row["title"], "size": row["size"], "languages": json.loads(row["languages"]),
            "top_entities": [list(e) for e in json.loads(row["top_entities"])],
            "first_published": row["first_published"], "last_published": row["last_published"],
            "documents": documents,
        })
    return Page(items, total, limit, offset)


# -- the timeline module over a few events ----------------------------------------------------

class EventScope:
    """The store as `storyline.stories.timeline.timeline` reads it, narrowed to a few events.

    `timeline(EventScope(store, events), [])` builds the timeline rows (sides, speakers, evidence)
    of exactly those events with lookups by id, instead of the corpus scans `timeline` does on a
    whole store. Anything else is answered by the real store.
    """

    def __init__(self, store, events: list[Event]):
        self._store = store
        self._events = events
        claim_ids = [c for e in events for c in e.claims]
        self._claims: list[tuple[str, Claim]] = []
        for chunk in _chunks(claim_ids):
            for row in store.conn.execute(f"SELECT * FROM claims WHERE id IN ({_placeholders(chunk)})", chunk):
                self._claims.append((row["document"], _claim(row)))
        self._documents = sorted({doc for doc, _ in self._claims})

    def __getattr__(self, name):
        return getattr(self._store, name)

    def entities(self) -> list[Entity]:
        ids = {p for e in self._events for p in e.participants}
        ids.update(entity for _, mention in self.iter_mentions() if (entity := mention.entity))
        return sorted(get_entities(self._store, list(ids)).values(), key=lambda e: e.id)

    def events(self) -> list[Event]:
        return list(self._events)

    def iter_claims(self) -> Iterator[tuple[str, Claim]]:
        return iter(sorted(self._claims, key=lambda item: (item[0], item[1].start, item[1].id)))

    def iter_mentions(self) -> Iterator[tuple[str, Mention]]:
        for chunk in _chunks(self._documents):
            for row in self._store.conn.execute(
                    f'SELECT document, start, "end", text, type, lemma, entity FROM mentions '
                    f"WHERE document IN ({_placeholders(chunk)}) ORDER BY document, idx", chunk):
                yield row["document"], Mention(row["start"], row["end"], row["text"], row["type"], row["lemma"],
                                               row["entity"])

    def iter_documents(self, *, with_raw: bool = False) -> Iterator[Document]:
        for doc_id in self._documents:
            document = get_document(self._store, doc_id)
            if document is not None:
                yield document
