"""What the web app shows, built from the store's page lookups (`storyline.store.lookups`).

The store answers by id and by index, one page at a time; this module turns its records into the
views the templates and the JSON API render (claims with their evidence and named mentions, events
with participant names). No SQL here: the store is the only module that speaks it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.dates.interval import InvalidTime, describe_time
from storyline.records import Claim, Document, Entity, Event, Mention
from storyline.store.lookups import (  # noqa: F401  (re-exported: the web app's record types)
    EVENT_ORDER_TELLING,
    EVENT_ORDER_TIME,
    DocumentSummary,
    EventRow,
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


# -- overview ---------------------------------------------------------------------------------

def document_facets(store) -> dict[str, list[tuple[str, int]]]:
    """Documents per language, per source (site, else 'unknown') and per month of publication."""
    return store.document_facets()


def counts(store) -> dict[str, int]:
    return {table: store.count(table) for table in ("documents", "entities", "claims", "events", "contradictions")}


# -- documents --------------------------------------------------------------------------------

def list_documents(store, limit: int, offset: int, *, language: str | None = None,
                   entity: str | None = None) -> Page:
    """Documents, newest first (undated last); only those in `language` / naming `entity`."""
    items, total = store.documents_page(limit, offset, language=language, entity=entity)
    return Page(items, total, limit, offset)


def get_document(store, document_id: str) -> Document | None:
    """One document with its mentions and claims (no raw bytes)."""
    return store.get_document(document_id)


# -- entities ---------------------------------------------------------------------------------

def list_entities(store, limit: int, offset: int, *, type: str | None = None) -> Page:
    items, total = store.entities_page(limit, offset, type=type)
    return Page(items, total, limit, offset)


def get_entities(store, entity_ids: list[str]) -> dict[str, Entity]:
    return store.entities_by_id(entity_ids)


def entity_names(store, entity_ids) -> dict[str, str]:
    return store.entity_names(entity_ids)


def co_occurring(store, entity_id: str, limit: int = 20) -> tuple[list[tuple[Entity, int]], int]:
    """Entities named in the same documents, with the number of documents shared, most first; and
    how many of the entity's documents were counted (a bounded sample on a very common name)."""
    shared, counted = store.co_occurring(entity_id, limit)
    entities = store.entities_by_id([other for other, _ in shared])
    return [(entities[other], n) for other, n in shared if other in entities], counted


# -- events -----------------------------------------------------------------------------------

def list_events(store, limit: int, offset: int, *, entities: list[str] = (), status: str | None = None,
                contested_first: bool = False) -> Page:
    """Events with their claim lists: in time order, or the most telling first."""
    order = EVENT_ORDER_TELLING if contested_first else EVENT_ORDER_TIME
    items, total = store.events_page(limit, offset, entities=entities, status=status, order=order)
    return Page(items, total, limit, offset)


@dataclass(slots=True)
class InvolvedEvents:
    """What an entity or relationship page shows of the events involving all its entities."""

    statuses: dict[str, int]  # status -> events
    listed: Page  # one page of EventViews, in time order
    drawn: list[EventView]  # on the timeline: every event, or the most telling when there are too many

    @property
    def total(self) -> int:
        return self.listed.total


def involved_events(store, entity_ids: list[str], limit: int, offset: int, max_marks: int) -> InvolvedEvents:
    """The events whose participants include every given entity: counted by status, one page of
    them listed in time order, and those drawn on the timeline (all in time order when there are
    at most `max_marks`, else the `max_marks` most telling: contested first, then by sources)."""
    statuses = store.event_statuses_involving(entity_ids)
    total = sum(statuses.values())
    listed = store.event_rows_involving(entity_ids, limit, offset)
    if total <= max_marks:
        drawn = listed if offset == 0 and total <= limit else store.event_rows_involving(entity_ids, max_marks)
    else:
        drawn = store.event_rows_involving(entity_ids, max_marks, order=EVENT_ORDER_TELLING)
    names = store.entity_names({p for rows in (listed, drawn) for r in rows for p in r.participants})
    return InvolvedEvents(statuses, Page(_row_views(listed, names), total, limit, offset),
                          _row_views(drawn, names))


def event_row_views(store, rows: list[EventRow]) -> list[EventView]:
    """Views of listed events: participants named, claims counted (claim lists not loaded)."""
    return _row_views(rows, store.entity_names({p for r in rows for p in r.participants}))


def _row_views(rows: list[EventRow], names: dict[str, str]) -> list[EventView]:
    return [EventView(Event(r.id, r.relation, r.participants, r.when, [], r.status, r.sources),
                      [names.get(p) or _unresolved_label(p) for p in r.participants], r.claim_count)
            for r in rows]


def with_claims(store, views: list[EventView]) -> list[EventView]:
    """The same views with each event's claim list filled in."""
    full = store.events_by_id([v.event.id for v in views])
    return [EventView(full[v.event.id], v.participant_names, len(full[v.event.id].claims)) for v in views
            if v.event.id in full]


def get_event(store, event_id: str) -> Event | None:
    return store.get_event(event_id)


def event_views(store, events: list[Event]) -> list[EventView]:
    names = store.entity_names({p for e in events for p in e.participants})
    return [EventView(e, [names.get(p) or _unresolved_label(p) for p in e.participants], len(e.claims))
            for e in events]


def _unresolved_label(key: str) -> str:
    return key.split(":", 1)[1] if key.startswith("unresolved:") else key


# -- claims -----------------------------------------------------------------------------------

def list_claims(store, limit: int, offset: int, *, entity: str | None = None,
                document: str | None = None) -> Page:
    """Claims, optionally only those of one document or naming one entity (as participant or speaker)."""
    ids, total = store.claim_ids_page(limit, offset, entity=entity, document=document)
    return Page(claim_views(store, ids), total, limit, offset)


def claim_views(store, claim_ids: list[str], events: dict[str, str] | None = None) -> list[ClaimView]:
    """The claims with their documents, evidence text and named mentions, in the order given."""
    ids = list(dict.fromkeys(claim_ids))
    claims = store.claims_with_documents(ids)
    doc_ids = {doc for doc, _ in claims.values()}
    documents = store.document_summaries(doc_ids)
    mentions = store.mention_rows(doc_ids)
    names = store.entity_names({m.entity for rows in mentions.values() for m in rows if m.entity})
    evidence_of = store.claim_evidence(claims)
    views = []
    for claim_id in ids:
        if claim_id not in claims or claims[claim_id][0] not in documents:
            continue
        doc_id, claim = claims[claim_id]
        by_index = {
            m.index: MentionView(m.index, m.start, m.end, m.text, m.type, m.entity,
                                 names.get(m.entity) if m.entity else None)
            for m in mentions.get(doc_id, ())
        }
        start = max(0, claim.start)
        evidence = evidence_of.get(claim_id, "")
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


def event_claims(store, events: list[Event], limit: int, offset: int) -> Page:
    """The claims of the given events, event by event in the order given, one page of them."""
    pairs = [(claim, event.id) for event in events for claim in event.claims]
    chosen = pairs[offset : offset + limit]
    return Page(claim_views(store, [c for c, _ in chosen], dict(chosen)), len(pairs), limit, offset)


# -- contradictions ---------------------------------------------------------------------------

def list_contradictions(store, limit: int, offset: int, *, entities: list[str] = ()) -> Page:
    contradictions, total = store.contradictions_page(limit, offset, entities=entities)
    events = store.events_by_id([c.event for c in contradictions])
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
    items, total = store.stories_page(limit, offset)
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
        self._claims: list[tuple[str, Claim]] = store.claims_by_id([c for e in events for c in e.claims])
        self._documents = sorted({doc for doc, _ in self._claims})

    def __getattr__(self, name):
        return getattr(self._store, name)

    def entities(self) -> list[Entity]:
        ids = {p for e in self._events for p in e.participants}
        ids.update(entity for _, mention in self.iter_mentions() if (entity := mention.entity))
        return sorted(self._store.entities_by_id(ids).values(), key=lambda e: e.id)

    def events(self) -> list[Event]:
        return list(self._events)

    def iter_claims(self) -> Iterator[tuple[str, Claim]]:
        return iter(self._claims)  # claims_by_id answers in document and text order, like iter_claims

    def iter_mentions(self) -> Iterator[tuple[str, Mention]]:
        for document, mentions in sorted(self._store.mentions_of(self._documents).items()):
            for mention in mentions:
                yield document, mention

    def iter_documents(self, *, with_raw: bool = False) -> Iterator[Document]:
        for doc_id in self._documents:
            document = self._store.get_document(doc_id)
            if document is not None:
                yield document
