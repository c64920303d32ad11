"""The web app: HTML pages for analysts and a JSON API, over one store, read-only.

`create_app(db_path)` builds a FastAPI app. Each request opens the store read-only and closes it
when done (SQLite connections belong to one thread; opening one costs well under a millisecond),
so a running `analyze` is never blocked (WAL) and the app never writes. Pages are Jinja2 templates
with autoescaping on; text with highlights is built by `highlight.highlight`, which escapes every
piece of text itself. Static files come only from the package's `static` folder.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup

from storyline import __version__
from storyline.store import StoreError, open_store
from storyline.web import queries
from storyline.web.highlight import bracketed_terms
from storyline.web.render import (
    article_html, entity_url, event_marks, event_url, relationship_url, safe_link, script_of, template_environment,
)
from storyline.web.svg import timeline_svg

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
SEARCH_LIMIT = 200  # search ranks a pool of hits; pages are cut from the best SEARCH_LIMIT
CLAIMS_PER_EVENT = 50  # on the relationship page; the API has them all
MAX_MARKS = 300  # events drawn on one timeline; beyond this a timeline is unreadable (and slow)
ENTITY_EVENTS = 50  # events listed per page on an entity page


def _page_dict(page: queries.Page, items) -> dict:
    return {"total": page.total, "limit": page.limit, "offset": page.offset, "items": items}


def _claim_json(view: queries.ClaimView) -> dict:
    def mention(m: queries.MentionView | None):
        return None if m is None else {"text": m.text, "entity": m.entity, "name": m.label, "type": m.type}

    return {
        **asdict(view.claim),
        "document": asdict(view.document), "evidence": view.evidence, "event": view.event,
        "speaker_entity": mention(view.speaker), "participant_entities": [mention(m) for m in view.participants],
        "via_entities": [mention(m) for m in view.via],
    }


def _event_json(view: queries.EventView) -> dict:
    return {**asdict(view.event), "participant_names": view.participant_names, "when_label": view.when_label,
            "headline": view.headline}


# -- the app ----------------------------------------------------------------------------------

class _Encoder:
    """The query encoder for semantic search, loaded once on first use and shared by requests."""

    def __init__(self):
        self._lock = threading.Lock()
        self._encoder = None

    def query(self, text: str):
        with self._lock:  # one model, one caller at a time
            if self._encoder is None:
                from storyline.semantic.encoder import TextEncoder

                self._encoder = TextEncoder()
            return self._encoder.query(text)


class _EntityFinders:
    """The name index over the store's entities (`EntityFinder`), built once per state of the
    entities table and shared by requests: building it reads and indexes every entity, tens of
    milliseconds on a few thousand. The store's `entities` data version says when to rebuild."""

    def __init__(self):
        self._lock = threading.Lock()
        self._version: int | None = None
        self._finder = None

    def finder(self, store):
        from storyline.stories.timeline import EntityFinder

        version = store.data_version("entities")
        with self._lock:
            if version is not None and version == self._version:
                return self._finder
        finder = EntityFinder(store.entities())  # outside the lock: matching is read-only
        with self._lock:
            self._version, self._finder = version, finder
        return finder


def create_app(db_path: Path | str, *, max_marks: int = MAX_MARKS) -> FastAPI:
    """The app over the store at `db_path`; `max_marks`: events drawn on one timeline at most."""
    db_path = Path(db_path)
    env = template_environment()
    encoder = _Encoder()
    finders = _EntityFinders()
    # FastAPI's /docs and /redoc pages load their scripts from a CDN: off, the app works offline;
    # /api describes the API from the same OpenAPI document (/openapi.json)
    app = FastAPI(title="Storyline", version=__version__, docs_url=None, redoc_url=None,
                  description="Who said what about whom, when — documents, entities, claims, events, timelines. "
                              "Every list takes `limit` and `offset` and answers `total`.")
    static_dir = resources.files("storyline.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    @contextmanager
    def store():
        try:
            opened = open_store(db_path, readonly=True)
        except StoreError as exc:
            raise HTTPException(503, str(exc)) from exc
        try:
            yield opened
        finally:
            opened.close()

    def page(name: str, request: Request, status_code: int = 200, **context) -> HTMLResponse:
        html = env.get_template(name).render(request_path=request.url.path, query=context.pop("query", ""),
                                             **context)
        return HTMLResponse(html, status_code=status_code)

    def not_found(request: Request, what: str) -> HTMLResponse:
        return page("not_found.html", request, status_code=404, what=what)

    def resolve_entities(store_, keys: list[str]) -> tuple[list, list[str]]:
        """Entity ids or names (any script, fuzzy) -> entities; and the keys nothing matched."""
        exact = queries.get_entities(store_, keys)
        found, missing = [], []
        for key in keys:
            if key in exact:
                found.append(exact[key])
                continue
            matches = finders.finder(store_).match(key)
            if matches:
                found.append(matches[0])
            else:
                missing.append(key)
        unique = list({e.id: e for e in found}.values())
        return unique, missing

    # -- pages ------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request):
        with store() as s:
            contested = queries.list_events(s, 20, 0, contested_first=True)
            return page(
                "overview.html", request, counts=queries.counts(s), facets=queries.document_facets(s),
                top_entities=queries.list_entities(s, 25, 0).items,
                events=queries.event_views(s, contested.items), events_total=contested.total,
                stories=queries.list_stories(s, 10, 0).items,
            )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", offset: int = Query(0, ge=0)):
        from storyline.search import search

        hits, entities, total = [], [], 0
        with store() as s:
            if q.strip():
                entities = finders.finder(s).match(q)[:10]
                all_hits = _search(s, search, q, SEARCH_LIMIT)
                total = len(all_hits)
                hits = [(h, bracketed_terms(h.snippet or "")) for h in all_hits[offset : offset + PAGE_SIZE]]
            return page("search.html", request, query=q, hits=hits, entities=entities,
                        pager=queries.Page([], total, PAGE_SIZE, offset))

    def _search(s, search, q: str, limit: int):
        semantic = s.count("embeddings") > 0
        return search(s, q, limit=limit, semantic=semantic, encoder=encoder if semantic else None)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, offset: int = Query(0, ge=0), type: str | None = None):
        with store() as s:
            listing = queries.list_entities(s, PAGE_SIZE, offset, type=type)
            return page("entities.html", request, pager=listing, entities=listing.items, type=type,
                        page_url=lambda o: "/entities?" + urlencode({"offset": o, **({"type": type} if type else {})}))

    def timeline_figure(events: queries.InvolvedEvents) -> Markup:
        """The SVG of the events: every event, or on a crowded timeline the `max_marks` most
        telling ones (contested first, then by independent sources)."""
        return timeline_svg(event_marks(events.drawn, lambda v: event_url(v.event.id)))

    @app.get("/entities/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str, offset: int = Query(0, ge=0),
                    events_offset: int = Query(0, ge=0)):
        with store() as s:
            found = queries.get_entities(s, [entity_id])
            if entity_id not in found:
                return not_found(request, f"entity {entity_id}")
            entity = found[entity_id]
            aliases: dict[tuple[str, str], list] = defaultdict(list)
            for alias in sorted(entity.aliases, key=lambda a: -a.count):
                aliases[(alias.language or "unknown", script_of(alias.text))].append(alias)
            involved = queries.involved_events(s, [entity_id], ENTITY_EVENTS, events_offset, max_marks)
            events = involved.listed
            documents = queries.list_documents(s, 20, offset, entity=entity_id)
            co_occurring, counted = queries.co_occurring(s, entity_id)
            return page(
                "entity.html", request, entity=entity, aliases=sorted(aliases.items()),
                co_occurring=co_occurring, co_occurring_counted=counted, svg=timeline_figure(involved),
                marks_shown=len(involved.drawn), events=events.items, events_pager=events,
                documents=documents,
                page_url=lambda o: f"{entity_url(entity_id)}?offset={o}&events_offset={events_offset}",
                events_page_url=lambda o: f"{entity_url(entity_id)}?offset={offset}&events_offset={o}",
            )

    @app.get("/relationship", response_class=HTMLResponse, include_in_schema=False)
    def relationship_page(request: Request, entity: list[str] = Query(default=[]), offset: int = Query(0, ge=0),
                          limit: int = Query(25, ge=1, le=200)):
        with store() as s:
            entities, missing = resolve_entities(s, [e for e in entity if e.strip()])
            if missing:
                return not_found(request, "entity " + ", ".join(missing))
            if len(entities) < 2:
                return page("relationship_pick.html", request, entities=entities,
                            top_entities=queries.list_entities(s, 40, 0).items)
            ids = [e.id for e in entities]
            involved = queries.involved_events(s, ids, limit, offset, max_marks)
            shown = queries.with_claims(s, involved.listed.items)
            claims = queries.claim_views(s, [c for v in shown for c in v.event.claims[:CLAIMS_PER_EVENT]])
            claim_event = {c: v.event.id for v in shown for c in v.event.claims}
            by_event: dict[str, list] = defaultdict(list)
            for view in claims:
                by_event[claim_event[view.claim.id]].append(view)
            return page(
                "relationship.html", request, entities=entities, svg=timeline_figure(involved),
                marks_shown=len(involved.drawn), events=shown, claims=by_event,
                pager=queries.Page(shown, involved.total, limit, offset),
                page_url=lambda o: relationship_url(ids, offset=o, limit=limit),
                statuses=Counter(involved.statuses), claims_per_event=CLAIMS_PER_EVENT,
            )

    @app.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        from storyline.stories.timeline import reported_by

        with store() as s:
            event = queries.get_event(s, event_id)
            if event is None:
                return not_found(request, f"event {event_id}")
            view = queries.event_views(s, [event])[0]
            claims = queries.claim_views(s, event.claims)
            # time unknown: by when it had been reported, as the timeline says
            first_report = reported_by(event.when, (c.document.published for c in claims))
            return page("event.html", request, view=view, claims=claims,
                        reported_by=queries.time_label(first_report) if first_report else None,
                        svg=timeline_svg(event_marks([view], lambda v: None)))

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, offset: int = Query(0, ge=0), language: str | None = None):
        with store() as s:
            listing = queries.list_documents(s, PAGE_SIZE, offset, language=language)
            return page("documents.html", request, pager=listing, documents=listing.items, language=language,
                        page_url=lambda o: "/documents?" + urlencode(
                            {"offset": o, **({"language": language} if language else {})}))

    @app.get("/documents/{document_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, document_id: str):
        with store() as s:
            document = queries.get_document(s, document_id)
            if document is None:
                return not_found(request, f"document {document_id}")
            names = queries.entity_names(s, [m.entity for m in document.mentions])
            claims = queries.claim_views(s, [c.id for c in document.claims])
            return page("article.html", request, document=document, body=article_html(document),
                        claims=claims, names=names, link=safe_link(document.url))

    @app.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
    def contradictions_page(request: Request, offset: int = Query(0, ge=0)):
        with store() as s:
            listing = queries.list_contradictions(s, 20, offset)
            return page("contradictions.html", request, pager=listing, contradictions=listing.items,
                        page_url=lambda o: f"/contradictions?offset={o}")

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request):
        endpoints = []
        for path, methods in app.openapi()["paths"].items():
            for method, spec in methods.items():
                endpoints.append({
                    "method": method.upper(), "path": path, "summary": spec.get("summary", ""),
                    "description": spec.get("description", ""),
                    "parameters": [(p["name"], p["in"], p.get("required", False)) for p in spec.get("parameters", [])],
                })
        return page("api.html", request, endpoints=endpoints)

    # -- JSON API ---------------------------------------------------------------------------------
    limit_query = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page")
    offset_query = Query(0, ge=0, description="Items to skip")

    @app.get("/api/documents", tags=["documents"])
    def api_documents(limit: int = limit_query, offset: int = offset_query, language: str | None = None,
                      entity: str | None = None):
        """Documents, newest first; filter by language or by an entity they mention."""
        with store() as s:
            listing = queries.list_documents(s, limit, offset, language=language, entity=entity)
            return _page_dict(listing, [asdict(d) for d in listing.items])

    @app.get("/api/documents/{document_id:path}", tags=["documents"])
    def api_document(document_id: str):
        """One document: metadata, clean text, mentions, claims and removed boilerplate."""
        with store() as s:
            document = queries.get_document(s, document_id)
            if document is None:
                raise HTTPException(404, f"no document {document_id!r}")
            data = asdict(document)
            for key in ("raw", "embedding", "input_content", "input_kind", "input_metadata", "language_hint"):
                data.pop(key, None)
            return data

    @app.get("/api/entities", tags=["entities"])
    def api_entities(limit: int = limit_query, offset: int = offset_query, type: str | None = None):
        """Entities, most mentioned first."""
        with store() as s:
            listing = queries.list_entities(s, limit, offset, type=type)
            return _page_dict(listing, [asdict(e) for e in listing.items])

    @app.get("/api/entities/{entity_id:path}", tags=["entities"])
    def api_entity(entity_id: str):
        """One entity with its aliases and the entities named in the same documents."""
        with store() as s:
            found = queries.get_entities(s, [entity_id])
            if entity_id not in found:
                raise HTTPException(404, f"no entity {entity_id!r}")
            return {**asdict(found[entity_id]),
                    "co_occurring": [{"entity": e.id, "name": e.name, "documents": n}
                                     for e, n in queries.co_occurring(s, entity_id)[0]]}

    @app.get("/api/claims", tags=["claims"])
    def api_claims(limit: int = limit_query, offset: int = offset_query, entity: str | None = None,
                   document: str | None = None):
        """Claims with their evidence; filter by an entity (participant or speaker) or a document."""
        with store() as s:
            listing = queries.list_claims(s, limit, offset, entity=entity, document=document)
            return _page_dict(listing, [_claim_json(v) for v in listing.items])

    @app.get("/api/claims/{claim_id:path}", tags=["claims"])
    def api_claim(claim_id: str):
        with store() as s:
            views = queries.claim_views(s, [claim_id])
            if not views:
                raise HTTPException(404, f"no claim {claim_id!r}")
            return _claim_json(views[0])

    @app.get("/api/events", tags=["events"])
    def api_events(limit: int = limit_query, offset: int = offset_query,
                   entity: list[str] = Query(default=[], description="Entity ids that must all take part"),
                   status: str | None = None):
        """Events in time order (unknown times last)."""
        with store() as s:
            listing = queries.list_events(s, limit, offset, entities=entity, status=status)
            return _page_dict(listing, [_event_json(v) for v in queries.event_views(s, listing.items)])

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def api_event(event_id: str):
        """One event with all its claims."""
        with store() as s:
            event = queries.get_event(s, event_id)
            if event is None:
                raise HTTPException(404, f"no event {event_id!r}")
            view = queries.event_views(s, [event])[0]
            return {**_event_json(view), "claim_details": [_claim_json(c) for c in queries.claim_views(s, event.claims)]}

    @app.get("/api/contradictions", tags=["events"])
    def api_contradictions(limit: int = limit_query, offset: int = offset_query,
                           entity: list[str] = Query(default=[])):
        """Contested events with the claims on each side."""
        with store() as s:
            listing = queries.list_contradictions(s, limit, offset, entities=entity)
            return _page_dict(listing, [
                {"event": _event_json(c.event), "for": [_claim_json(v) for v in c.for_claims],
                 "against": [_claim_json(v) for v in c.against_claims]} for c in listing.items])

    @app.get("/api/timeline", tags=["events"])
    def api_timeline(entity: list[str] = Query(default=[], description="Entity ids or names (any script)"),
                     limit: int = limit_query, offset: int = offset_query):
        """Events involving all the given entities, in time order, with both sides' evidence
        (the rows of `storyline timeline --format json`)."""
        from storyline.stories.timeline import timeline

        with store() as s:
            entities, missing = resolve_entities(s, entity)
            if missing:
                raise HTTPException(404, f"no entity matches {', '.join(map(repr, missing))}")
            if not entities:
                raise HTTPException(422, "give at least one entity")
            events = queries.list_events(s, limit, offset, entities=[e.id for e in entities])
            rows = timeline(queries.EventScope(s, events.items), [])
            return {"entities": [{"id": e.id, "name": e.name} for e in entities],
                    **_page_dict(events, [asdict(r) for r in rows])}

    @app.get("/api/search", tags=["search"])
    def api_search(q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=SEARCH_LIMIT),
                   offset: int = offset_query):
        """Full-text (every script) and cross-lingual semantic search; snippets mark terms with [ ]."""
        from storyline.search import search

        with store() as s:
            hits = _search(s, search, q, SEARCH_LIMIT)  # ranked as a whole, so pages never overlap
            return {"total": len(hits), "limit": limit, "offset": offset,
                    "items": [asdict(h) for h in hits[offset : offset + limit]]}

    @app.get("/api/stories", tags=["stories"])
    def api_stories(limit: int = limit_query, offset: int = offset_query):
        """Story clusters, largest first."""
        with store() as s:
            listing = queries.list_stories(s, limit, offset)
            return _page_dict(listing, listing.items)

    @app.exception_handler(404)
    def missing(request: Request, exc):
        detail = getattr(exc, "detail", "not found")
        if request.url.path.startswith(("/api/", "/static/")) or request.url.path == "/openapi.json":
            return JSONResponse({"detail": detail}, status_code=404)
        return not_found(request, str(request.url.path))

    return app
