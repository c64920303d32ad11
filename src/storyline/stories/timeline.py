"""Timelines: the events involving a set of entities, in order, with who says what and where.

`find_entities` looks names up in any language or script ('putin', 'Путин', 'Путина' all find the
same person); `timeline` collects the events involving all the given entities with their evidence;
`render` shows them as a terminal table, Markdown or JSON.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Literal

from storyline.dates.interval import InvalidTime, describe_time, parse_time
from storyline.records import Entity, Event
from storyline.stories.events import OPPOSING_STANCES, symmetric_relations
from storyline.stories.names import NameIndex

MATCH_CUTOFF = 80.0  # below this a name is only a suggestion ('Путина' -> Putin scores 92, 'Pudding' 67)
SUGGEST_CUTOFF = 55.0  # below this a name is not even worth suggesting
MATCH_SPREAD = 5.0  # keep every entity this close to the best match: 'Musk' may be two entities
SNIPPET_CHARS = 320
NARROW_TABLE = 100  # below this many columns the table folds the event column into the time column
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
Format = Literal["table", "md", "json"]


class UnknownEntity(LookupError):
    """No entity matches a name; carries the closest names to suggest."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity matches {name!r}.{hint}")


@dataclass(slots=True)
class Evidence:
    """One claim about an event: who says it, in which document, in its own words."""

    claim: str
    stance: str  # asserts | confirms | denies
    who: str  # the speaker, 'via <outlet>', or the outlet itself
    speaker: str | None
    document: str
    title: str | None
    outlet: str | None
    source: str
    published: str | None
    language: str | None
    text: str  # the claim's evidence span, whitespace collapsed, shortened to SNIPPET_CHARS
    when_text: str | None = None


@dataclass(slots=True)
class TimelineRow:
    event: str
    relation: str
    participants: list[str]  # display names, in the event's order
    participant_ids: list[str]
    symmetric: bool
    when: str | None  # storyline.dates.interval format
    when_label: str  # 'about Apr 2021', 'Mar–May 2021', 'unknown'
    when_range: str | None  # the span an approximate time may cover: 'Jan–Jul 2021'
    status: str
    sources: int
    languages: list[str]
    supporting: list[Evidence] = field(default_factory=list)
    opposing: list[Evidence] = field(default_factory=list)
    # time unknown: the earliest publication date of its reports (it happened before that), or None
    reported_by: str | None = None


# -- finding entities by name -----------------------------------------------------------------

class EntityFinder:
    """Looks entities up by name in any language or script; build once, ask many names."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self.index = NameIndex([[entity.name, *(a.text for a in entity.aliases)] for entity in entities])

    def _scored(self, name: str, cutoff: float) -> list[tuple[float, Entity]]:
        scored = [(score, self.entities[i]) for score, i in self.index.search(name, cutoff)]
        # equal scores: the entity mentioned more often is the likelier meaning
        scored.sort(key=lambda item: (-item[0], -item[1].mentions, item[1].name))
        return scored

    def match(self, name: str) -> list[Entity]:
        """The entities a name denotes: every strong match close to the best one, best first."""
        scored = self._scored(name, MATCH_CUTOFF)
        if not scored:
            return []
        best = scored[0][0]
        return [entity for score, entity in scored if score >= best - MATCH_SPREAD]

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """The closest entity names, for 'did you mean' (weak matches included)."""
        suggestions: list[str] = []
        for _, entity in self._scored(name, SUGGEST_CUTOFF):
            if entity.name not in suggestions:
                suggestions.append(entity.name)
            if len(suggestions) == limit:
                break
        return suggestions


def find_entities(store, name: str) -> list[Entity]:
    """Entities whose name or any alias matches `name` (any language or script, fuzzily)."""
    return EntityFinder(store.entities()).match(name)


# -- building the timeline --------------------------------------------------------------------

def _interval_start(when: str | None) -> date | None:
    try:
        return parse_time(when).start if when else None
    except InvalidTime:
        return None


def _uncertain_range(when: str | None) -> str | None:
    """The dates an approximate time may cover, so 'about Apr 2021' is not read as 'in April'."""
    if not when or not when.startswith("~"):
        return None
    try:
        span = parse_time(when)
    except InvalidTime:
        return None
    start, end = span.start, span.end
    if span.precision == "year":
        return f"{start.year}–{end.year}"
    if start.year == end.year:
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {end.year}"
    return f"{_MONTHS[start.month - 1]} {start.year}–{_MONTHS[end.month - 1]} {end.year}"


def _snippet(text: str, start: int, end: int) -> str:
    snippet = re.sub(r"\s+", " ", text[start:end]).strip()
    if len(snippet) > SNIPPET_CHARS:
        snippet = snippet[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return snippet


def _involves(event: Event, groups: list[set[str]]) -> bool:
    participants = set(event.participants)
    return all(participants & group for group in groups)


def _display_name(key: str, names: dict[str, str]) -> str:
    if key in names:
        return names[key]
    return key.split(":", 1)[1] if key.startswith("unresolved:") else key


def _evidence_records(store, claim_ids: set[str]):
    """The claims, their documents, and (entity, text) per mention of those documents, looked up
    by id (proportional to the answer, not to the corpus)."""
    claims = {claim.id: (doc_id, claim) for doc_id, claim in store.claims_by_id(sorted(claim_ids))}
    wanted_docs = sorted({doc_id for doc_id, _ in claims.values()})
    mention_entity = {doc_id: [(m.entity, m.text) for m in mentions]
                      for doc_id, mentions in store.mentions_of(wanted_docs).items()}
    documents = {doc_id: _DocumentView(row) for doc_id, row in store.documents_by_id(wanted_docs).items()}
    return claims, documents, mention_entity


class _DocumentView:
    """The document fields evidence shows, from a `documents_by_id` row."""

    __slots__ = ("title", "site", "source", "published", "language", "text")

    def __init__(self, row):
        self.title, self.site, self.source = row["title"], row["site"], row["source"]
        self.published, self.language, self.text = row["published"], row["language"], row["text"]


def timeline(store, names: list[str], *, finder: EntityFinder | None = None) -> list[TimelineRow]:
    """Events involving all the named entities, earliest first (unknown times last).

    Raises `UnknownEntity` (with suggestions) for a name no entity matches. Pass a `finder` built
    from `store.entities()` when you need it too, to build it once.
    """
    finder = finder or EntityFinder(store.entities())
    entities = finder.entities
    groups: list[set[str]] = []
    for name in names:
        matched = finder.match(name)
        if not matched:
            raise UnknownEntity(name, finder.suggest(name))
        groups.append({e.id for e in matched})
    entity_names = {e.id: e.name for e in entities}

    events = [e for e in store.events() if _involves(e, groups)]
    claims, documents, mention_entity = _evidence_records(store, {c for e in events for c in e.claims})

    def name_of_mention(doc_id: str, index) -> str | None:
        try:
            entity, text = mention_entity.get(doc_id, [])[int(index)]
        except (IndexError, TypeError, ValueError):
            return None
        return entity_names.get(entity, text) if entity else text

    symmetric = symmetric_relations()
    rows = []
    for event in events:
        supporting, opposing, languages = [], [], set()
        for claim_id in event.claims:
            if claim_id not in claims:
                continue
            doc_id, claim = claims[claim_id]
            doc = documents.get(doc_id)
            speaker = name_of_mention(doc_id, claim.speaker) if claim.speaker is not None else None
            relay = name_of_mention(doc_id, claim.via[0]) if claim.via else None
            outlet = (doc.site if doc else None) or None
            # no speaker and no relay: the article asserts it itself (its title is in the evidence line)
            who = speaker or (f"via {relay}" if relay else None) or outlet or "the article itself"
            evidence = Evidence(
                claim=claim.id, stance=claim.stance, who=who, speaker=speaker, document=doc_id,
                title=doc.title if doc else None, outlet=outlet, source=doc.source if doc else "",
                published=doc.published if doc else None, language=doc.language if doc else None,
                text=_snippet(doc.text, claim.start, claim.end) if doc else "", when_text=claim.when_text,
            )
            if evidence.language:
                languages.add(evidence.language)
            (opposing if claim.stance in OPPOSING_STANCES else supporting).append(evidence)
        for side in (supporting, opposing):  # earliest report first, undated reports last
            side.sort(key=lambda e: (e.published is None, e.published or "", e.claim))
        rows.append(TimelineRow(
            reported_by=reported_by(event.when, (e.published for e in supporting + opposing)),
            event=event.id, relation=event.relation,
            participants=[_display_name(p, entity_names) for p in event.participants],
            participant_ids=list(event.participants),
            symmetric=event.relation in symmetric, when=event.when,
            when_label=_safe_describe(event.when), when_range=_uncertain_range(event.when),
            status=event.status, sources=event.sources, languages=sorted(languages),
            supporting=supporting, opposing=opposing,
        ))
    rows.sort(key=lambda r: (_interval_start(r.when) is None, _interval_start(r.when) or date.min, r.event))
    return rows


def reported_by(when: str | None, published: Iterable[str | None]) -> str | None:
    """For an event of unknown time (`when` None): the earliest publication date among its reports
    (it happened before that); None when its time is known or no report is dated."""
    return None if when else min(filter(None, published), default=None)


def _safe_describe(when: str | None) -> str:
    try:
        return describe_time(when)
    except InvalidTime:
        return when or "unknown"


# -- rendering --------------------------------------------------------------------------------

STATUS_STYLE = {"contested": "bold red", "corroborated": "bold green", "single": "yellow"}
STANCE_MARK = {"asserts": "+", "confirms": "+", "denies": "−"}


def _headline(row: TimelineRow) -> str:
    joiner = " ↔ " if row.symmetric else " → "
    return f"{joiner.join(row.participants)}: {row.relation}"


def when_note(row: TimelineRow) -> str | None:
    """What qualifies the time: the span an approximate time may cover, or for an unknown time the
    date by which it had been reported."""
    if row.when_range:
        return row.when_range
    if row.reported_by:
        return f"reported by {_safe_describe(row.reported_by)}"
    return None


def _when_cell(row: TimelineRow) -> str:
    note = when_note(row)
    return f"{row.when_label}\n({note})" if note else row.when_label


def _where(evidence: Evidence) -> str:
    parts = [p for p in (evidence.title, evidence.outlet, evidence.published, evidence.language) if p]
    where = ", ".join(parts) or evidence.source
    # the words the time came from, so a reader can judge an approximate date themselves
    return f"{where}; time from “{evidence.when_text}”" if evidence.when_text else where


def render(rows: list[TimelineRow], format: Format = "table", *, title: str | None = None,
           width: int | None = None, color: bool = False) -> str:
    """The timeline as a terminal table, Markdown, or JSON (a list of rows)."""
    if format == "json":
        return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2)
    if format == "md":
        return _render_markdown(rows, title)
    if format == "table":
        return _render_table(rows, title, width, color)
    raise ValueError(f"unknown format {format!r} (table, md or json)")


def _render_markdown(rows: list[TimelineRow], title: str | None) -> str:
    out = [f"# {title}", ""] if title else []
    if not rows:
        return "\n".join(out + ["No events found."]) + "\n"
    for row in rows:
        note = when_note(row)
        when = f"{row.when_label} ({note})" if note else row.when_label
        out.append(f"## {when} — {_headline(row)} — **{row.status}**")
        languages = ", ".join(row.languages) or "unknown"
        out.append(f"{row.sources} independent source(s); languages: {languages}")
        out.append("")
        for evidence in row.supporting + row.opposing:
            out.append(f"- {STANCE_MARK.get(evidence.stance, '?')} **{evidence.who}** {evidence.stance} "
                       f"— *{_where(evidence)}*: “{evidence.text}”")
        out.append("")
    return "\n".join(out)


def _render_table(rows: list[TimelineRow], title: str | None, width: int | None, color: bool) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = width or max(80, min(160, shutil.get_terminal_size((120, 24)).columns))
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    if title:
        console.print(Text(title, style="bold"))
    if not rows:
        console.print("No events found.")
        return buffer.getvalue()
    # narrow terminals: the event goes under its time, leaving the width to the evidence
    narrow = width < NARROW_TABLE
    table = Table(show_lines=True, expand=True, header_style="bold")
    # fixed widths where the content is short and known ('Nov 2022–Oct 2024', 'corroborated')
    table.add_column("When / event" if narrow else "When", width=17)
    if not narrow:
        table.add_column("Event", ratio=1, min_width=14)
    table.add_column("Status", width=12)
    table.add_column("Who says what", ratio=4)
    for row in rows:
        status = Text(row.status, style=STATUS_STYLE.get(row.status, ""))
        status.append(f"\n{row.sources} source{'s' if row.sources != 1 else ''}", style="dim")
        if row.languages:
            status.append(f"\n{', '.join(row.languages)}", style="dim")
        # a grid per event: the +/− mark in its own column gives the quotes a hanging indent
        evidence_grid = Table.grid(padding=(0, 1), expand=True)
        evidence_grid.add_column(width=1)
        evidence_grid.add_column(ratio=1)
        for evidence in row.supporting + row.opposing:
            denies = evidence.stance in OPPOSING_STANCES
            style = "bold red" if denies else "bold green"
            body = Text(f"{evidence.who} {evidence.stance}", style=style)
            body.append(f" · {_where(evidence)}", style="dim")
            body.append(f"\n“{evidence.text}”")
            evidence_grid.add_row(Text(STANCE_MARK.get(evidence.stance, "?"), style=style), body)
        joiner = " ↔ " if row.symmetric else " → "
        event_cell = Text(joiner.join(row.participants), style="bold")
        event_cell.append(f"\n{row.relation}")
        if narrow:
            table.add_row(Text(_when_cell(row) + "\n\n").append_text(event_cell), status, evidence_grid)
        else:
            table.add_row(_when_cell(row), event_cell, status, evidence_grid)
    console.print(table)
    counts = defaultdict(int)
    for row in rows:
        counts[row.status] += 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    console.print(Text(f"{len(rows)} event{'s' if len(rows) != 1 else ''}: {summary}", style="dim"))
    return buffer.getvalue()
