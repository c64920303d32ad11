"""Marked-up text built safely: every piece of untrusted text is escaped on its own, and only our
own tags are put around the pieces. Text is never inserted raw, so a `<script>` in an article
shows as text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the text to wrap in `<tag class=...>`: offsets into that text, end exclusive.

    `layer` orders nesting where marks overlap (lower = outer: claims around entity names).
    """

    start: int
    end: int
    css_class: str
    tag: str = "span"
    href: str | None = None
    title: str | None = None
    layer: int = 0
    attributes: tuple[tuple[str, str], ...] = ()


_SAFE_TAGS = {"span", "a", "mark"}
_ATTRIBUTE_NAME = re.compile(r"^data-[a-z-]+$")


def _open(mark: Mark) -> str:
    tag = mark.tag if mark.tag in _SAFE_TAGS else "span"
    parts = [f'<{tag} class="{escape(mark.css_class)}"']
    if mark.href is not None and tag == "a":
        parts.append(f' href="{escape(mark.href)}"')
    if mark.title is not None:
        parts.append(f' title="{escape(mark.title)}"')
    for name, value in mark.attributes:
        if _ATTRIBUTE_NAME.match(name):
            parts.append(f' {name}="{escape(value)}"')
    return "".join(parts) + ">"


def _close(mark: Mark) -> str:
    return f"</{mark.tag if mark.tag in _SAFE_TAGS else 'span'}>"


def highlight(text: str, marks: list[Mark]) -> Markup:
    """`text` as HTML with the marks wrapped around their spans.

    Where marks overlap, the text is cut at every mark boundary and each piece is wrapped in all the
    marks covering it, outer layers first, so tags always nest properly. Marks outside the text or
    empty are ignored (offsets come from stored data and may be stale).
    """
    length = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= length]
    if not valid:
        return Markup(escape(text))
    cuts = sorted({0, length, *(m.start for m in valid), *(m.end for m in valid)})
    ordered = sorted(valid, key=lambda m: (m.layer, m.start, -m.end))
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        covering = [m for m in ordered if m.start <= left and right <= m.end]
        piece = str(escape(text[left:right]))
        out.append("".join(_open(m) for m in covering) + piece + "".join(_close(m) for m in reversed(covering)))
    return Markup("".join(out))


_MARKED_TERM = re.compile(r"\[([^\[\]]*)\]")


def bracketed_terms(snippet: str) -> Markup:
    """A search snippet whose matched terms are marked with [ ] as HTML with <mark> around them."""
    marks = []
    plain_parts: list[str] = []
    position = 0
    plain_length = 0
    for match in _MARKED_TERM.finditer(snippet):
        before = snippet[position : match.start()]
        plain_parts.append(before)
        plain_length += len(before)
        term = match.group(1)
        marks.append(Mark(plain_length, plain_length + len(term), "term", tag="mark"))
        plain_parts.append(term)
        plain_length += len(term)
        position = match.end()
    plain_parts.append(snippet[position:])
    return highlight("".join(plain_parts), marks)
