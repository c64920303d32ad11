"""How the store's records become HTML: links, highlighted text, timeline marks, the templates.

Shared by the web app and the shareable report. Untrusted text is only ever escaped (Jinja2
autoescaping, `highlight.highlight`), never inserted raw.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from storyline import __version__
from storyline.records import Document
from storyline.web import queries
from storyline.web.highlight import Mark, highlight
from storyline.web.svg import TimelineMark


def template_environment() -> Environment:
    env = Environment(loader=PackageLoader("storyline.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(entity_url=entity_url, document_url=document_url, relationship_url=relationship_url,
                       event_url=event_url,
                       time_label=queries.time_label, version=__version__, safe_link=safe_link,
                       evidence_html=evidence_html)
    return env


def entity_url(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def document_url(document_id: str) -> str:
    return "/documents/" + quote(document_id, safe="")


def event_url(event_id: str) -> str:
    return "/events/" + quote(event_id, safe="")


def relationship_url(entity_ids: list[str], **extra) -> str:
    pairs = [("entity", e) for e in entity_ids] + [(k, v) for k, v in extra.items() if v is not None]
    return "/relationship?" + urlencode(pairs)


def safe_link(url: str | None) -> str | None:
    """An article's URL as a link target only when it is plain http(s) (never `javascript:`)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def script_of(text: str) -> str:
    """The writing system most letters of `text` belong to (Latin, Cyrillic, Greek, Arabic, ...)."""
    scripts = Counter()
    for char in text:
        if char.isalpha():
            try:
                scripts[unicodedata.name(char).split()[0].title()] += 1
            except ValueError:
                continue
    return scripts.most_common(1)[0][0] if scripts else "Other"


def evidence_html(view: queries.ClaimView, link_entities: bool = True) -> Markup:
    """A claim's evidence in its own words, with the names it mentions and its trigger marked."""
    marks = []
    roles = {m.index: "participant" for m in view.participants}
    if view.speaker is not None:
        roles[view.speaker.index] = "speaker"
    for m in view.via:
        roles.setdefault(m.index, "via")
    for mention in view.mentions:
        start, end = mention.start - view.evidence_start, mention.end - view.evidence_start
        role = roles.get(mention.index, "other")
        marks.append(Mark(start, end, f"entity role-{role} type-{mention.type}", tag="a" if link_entities and
                          mention.entity else "span", href=entity_url(mention.entity) if mention.entity else None,
                          title=f"{mention.label} ({role})", layer=1))
    trigger = view.claim.trigger
    if trigger:
        at = view.evidence.find(trigger)
        if at >= 0:
            marks.append(Mark(at, at + len(trigger), "trigger", tag="mark", layer=0))
    return highlight(view.evidence, marks)


def article_html(document: Document, entity_link: bool = True) -> Markup:
    """The clean text with every claim and entity mention marked (claims outside, names inside)."""
    marks = []
    for claim in document.claims:
        marks.append(Mark(claim.start, claim.end, f"claim stance-{claim.stance}", tag="span",
                          title=f"{claim.stance}: {claim.relation}" + (f" ({claim.when})" if claim.when else ""),
                          layer=0, attributes=(("data-claim", claim.id),)))
    for mention in document.mentions:
        linked = entity_link and mention.entity
        marks.append(Mark(mention.start, mention.end, f"entity type-{mention.type}", tag="a" if linked else "span",
                          href=entity_url(mention.entity) if linked else None,
                          title=f"{mention.type}" + (f": {mention.lemma}" if mention.lemma else ""), layer=1))
    return highlight(document.text, marks)


def event_marks(views: list[queries.EventView], href) -> list[TimelineMark]:
    return [TimelineMark(v.event.id, v.event.when, v.event.status,
                         f"{v.headline} — {v.when_label} — {v.event.status} ({v.event.sources} sources)", href(v))
            for v in views]
