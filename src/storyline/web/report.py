"""The shareable report: one HTML file with the timeline and its evidence, to send to a colleague.

Self-contained on purpose: the stylesheet is inlined, the timeline is inline SVG, there is no
script and no reference to any other file or server, so it opens the same offline, from a mail
attachment, years later. The rows come from `storyline.stories.timeline.timeline` (the same as
`storyline timeline`), the highlighted evidence from the web app's claim views.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from importlib import resources

from markupsafe import Markup

from storyline.stories.timeline import EntityFinder, TimelineRow, timeline, when_note
from storyline.web import queries
from storyline.web.render import evidence_html, template_environment
from storyline.web.svg import TimelineMark, timeline_svg


def _stylesheet() -> Markup:
    css = (resources.files("storyline.web") / "static" / "storyline.css").read_text(encoding="utf-8")
    # our own file, but keep a stray "</style>" from ever closing the element early
    return Markup(css.replace("</", "<\\/"))


def _headline(row: TimelineRow) -> str:
    joiner = " ↔ " if row.symmetric else " → "
    return f"{joiner.join(row.participants)}: {row.relation}"


def build_report(store, names: list[str]) -> tuple[str, int]:
    """The report for the events involving all `names` (every event when none): (HTML, events).

    Raises `storyline.stories.timeline.UnknownEntity` for a name no entity matches.
    """
    finder = EntityFinder(store.entities())
    rows = timeline(store, list(names), finder=finder)
    matched = [finder.match(name) for name in names]
    title = ("Timeline: " + " + ".join(" / ".join(e.name for e in group) for group in matched)) if names \
        else "Timeline: all events"
    claims = {v.claim.id: v for v in queries.claim_views(
        store, [e.claim for row in rows for e in (*row.supporting, *row.opposing)])}
    marks = [TimelineMark(row.event, row.when, row.status,
                          f"{_headline(row)} — {row.when_label} — {row.status}", f"#event-{row.event}")
             for row in rows]
    entities = [e for group in matched for e in group]
    html = template_environment().get_template("report.html").render(
        title=title, rows=rows, claims=claims, svg=timeline_svg(marks), css=_stylesheet(), entities=entities,
        statuses=Counter(row.status for row in rows), headline=_headline, when_note=when_note, evidence_html=evidence_html,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), store_name=store.path.name,
    )
    return html, len(rows)
