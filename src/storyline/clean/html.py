"""Main-text and metadata extraction from HTML, with trafilatura (one parse for both).

Options, chosen on the article-extraction benchmark pages (see storyline.eval.boilerplate):
favor_precision=True (drops more teasers and link lists; F1 0.977 there against 0.965 with the
defaults), fast=True (no fallback extractors: 0.974 instead of 0.977, at ~60% of the time),
include_comments=False, include_tables=True (tables are often part of the story: results,
figures), no links / images / formatting. When the precise pass finds nothing, a second pass with
favor_recall=True is tried, so a short page does not come back empty.

The page is parsed once for both passes and the metadata. Metadata: trafilatura's own steps
(`_metadata`) minus what Storyline never reads: the search of the page for an author (only the
declared one is kept), categories, tags and licence, which take ~40% of trafilatura's time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["HtmlExtraction", "extract_html", "without_site_name"]

_LANG_ATTR = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.I)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# what sites put between a headline and their name: "Headline | Site", "Site – Headline"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»:]{1,2})\s+")


@dataclass(slots=True)
class HtmlExtraction:
    text: str  # main body text, paragraphs separated by "\n\n" (title not included)
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, from the page's metadata (trafilatura / htmldate)
    url: str | None = None
    site: str | None = None
    author: str | None = None
    language: str | None = None  # ISO 639-1 as the page declares it (<html lang>), if it does


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _paragraphs(text: str | None, title: str | None) -> str:
    if not text:
        return ""
    paragraphs = [p for p in (line.strip() for line in text.split("\n")) if p]
    if title:
        # trafilatura keeps an <h1> that sits inside the article; the title is reported apart
        t = _norm(title)
        head = [p for p in paragraphs[:3] if _norm(p) != t]
        paragraphs = head + paragraphs[3:]
    return "\n\n".join(paragraphs)


def _squashed(text: str) -> str:
    """Letters and digits only, case-folded: "Tech-Crunch" and "techcrunch" compare equal."""
    return re.sub(r"\W", "", text.casefold())


def _names_site(part: str, names: list[str]) -> bool:
    """Is `part` (a piece of a page title) the site's name, as the metadata or the host gives it
    ("TechCrunch" / "techcrunch.com", "Inexhibit" / "Inexhibit magazine")?"""
    piece = _squashed(part)
    if len(piece) < 2:
        return False
    for name in names:
        site = _squashed(name)
        # the whole name, its first words ("Inexhibit" for "Inexhibit magazine"), or the name
        # with a domain ending ("SpaceNews.com"); not a headline that merely starts with it
        if site and (piece == site or (len(piece) >= 4 and site.startswith(piece))
                     or (piece.startswith(site) and len(piece) - len(site) <= 4)):
            return True
    return False


def without_site_name(title: str | None, site: str | None, hostname: str | None = None) -> str | None:
    """The headline without the site's name that pages append or prepend to their <title>
    ("… – TechCrunch", "IGN - …"): it is not part of what the article says, and a recogniser
    would read it into the last name of the headline ("WeWork – TechCrunch")."""
    if not title:
        return title
    names = [n for n in (site, hostname.split(".")[-2] if hostname and hostname.count(".") else None) if n]
    if not names:
        return title
    parts = list(_TITLE_SEPARATOR.finditer(title))
    if not parts:
        return title
    last, first = parts[-1], parts[0]
    if _names_site(title[last.end():], names) and title[: last.start()].strip():
        return title[: last.start()].strip()
    if _names_site(title[: first.start()], names) and title[first.end():].strip():
        return title[first.end():].strip()
    return title


def _declared_language(html: str) -> str | None:
    m = _LANG_ATTR.search(html[:20_000].encode("utf-8", errors="ignore"))
    if not m:
        return None
    code = m.group(1).decode("ascii").lower()
    return code if len(code) == 2 else None


def _clean(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"}


def _metadata(tree, url: str | None):
    """trafilatura.metadata.extract_metadata, step by step, without the author search, categories,
    tags and licence (its steps as of trafilatura 2.3)."""
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # trafilatura's JSON-LD reader on broken JSON
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    metadata.date = find_date(tree, **_DATE_PARAMS, url=metadata.url)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        match = META_URL.match(metadata.url)
        if match:
            metadata.sitename = match[1]
    metadata.clean_and_trim()
    return metadata


def _extract(html, url: str | None, **options):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        **options,
    )


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Main text and metadata of an HTML page. Never raises: bad input gives an empty text."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html or not html.strip():
        return HtmlExtraction(text="", url=url)
    language = _declared_language(html)
    doc = meta = None
    try:
        from trafilatura.utils import load_html

        tree = load_html(html)
        if tree is not None:
            meta = _metadata(tree, url)
            # (bare_extraction works on a copy of the tree it is given)
            doc = _extract(tree, url or meta.url, favor_precision=True, fast=True)
            if doc is None or not (doc.text or "").strip():
                doc = _extract(tree, url or meta.url, favor_recall=True) or doc
    except Exception:  # lxml / trafilatura on broken, truncated or absurdly nested markup
        doc = None
    if doc is None or meta is None:
        return HtmlExtraction(text="", url=url, language=language)
    date = _clean(meta.date)
    site = _clean(meta.sitename) or _clean(meta.hostname)
    title = _clean(meta.title)
    if title and site and _squashed(title) == _squashed(site):
        # trafilatura splits "Site - Headline" and may keep the site's half: back to <title>
        title = _clean(tree.findtext(".//title")) or title
    title = without_site_name(title, site, _clean(meta.hostname))
    return HtmlExtraction(
        text=_paragraphs(doc.text, title),
        title=title,
        date=date if date and _DATE.match(date) else None,
        url=_clean(meta.url) or url,
        site=site,
        author=_clean(meta.author),
        language=_clean(meta.language) or _clean(doc.language) or language,
    )
