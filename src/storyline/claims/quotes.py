"""Direct quotes: «…», »…«, “…”, „…“, ‚…‘, "…", ‘…’ — possibly spanning sentences, never paragraphs —
and dialogue-dash quotes ("– Potwierdzam, że … – wyliczał Nowak", "— Мы готовы, — заявил он").

Quote marks are told apart from apostrophes and from each other by where they stand: an opening
mark follows a space, a line start or an opening bracket/dash/colon and precedes a non-space; a
closing mark follows a non-space and precedes a space, punctuation or the end. News text mixes
conventions (‘We … also," in one headline), so any opening mark may be closed by any closing mark;
nested quotes are counted by depth and only the outermost is kept.

Round 17: a paragraph that opens with a speaker label ("Name – role: …", "Name, role: …") and ends
with a closing mark nothing opened is that speaker's quote, from the colon on (its opening mark
left out).

A dialogue-dash quote opens with a dash at the start of a paragraph or sentence and closes at a
dash followed by a lower-case word (the reporting verb: "– wyliczał Nowak", ", — заявил Песков").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.records import Paragraph

__all__ = ["Quote", "find_quotes", "find_dash_quotes"]

_ALWAYS_OPEN = "„‚"
_ALWAYS_CLOSE = ""
# guillemets point either way: «…» (ru, fr, …) and »…« (sl, cs, de, hr); their direction comes from
# the context, and only where the context says nothing from the glyph (« opens, » closes)
_GUILLEMETS = "«»"
_AMBIGUOUS = "\"“”‘’'"  # direction from context
_OPEN_BEFORE = " \t\n([{—–-:/"  # characters that may stand before an opening mark
# every character that can be a quote mark: only these positions are looked at
_MARK = re.compile("[" + re.escape(_ALWAYS_OPEN + _ALWAYS_CLOSE + _GUILLEMETS + _AMBIGUOUS) + "]")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1

    def contains(self, start: int, end: int) -> bool:
        """Whether most of [start, end) lies inside the quote marks."""
        overlap = min(end, self.inner_end) - max(start, self.inner_start)
        return overlap > 0 and overlap >= 0.6 * (end - start)


def _role(text: str, i: int) -> str | None:
    """'open', 'close' or None (an apostrophe, or a mark standing alone)."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in _ALWAYS_OPEN:
        return "open"
    if char in _ALWAYS_CLOSE:
        return "close"
    if char in _GUILLEMETS:
        # "»S X smo se srečali,« je dejal": » after a space before a word opens, « after a comma closes
        opens = (before in _OPEN_BEFORE or before in _ALWAYS_OPEN + _GUILLEMETS + _AMBIGUOUS) and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens != closes:
            return "open" if opens else "close"
        return "open" if char == "«" else "close"
    if char not in _AMBIGUOUS:
        return None
    if before.isalnum() and after.isalnum():
        return None  # Putin’s, isn't
    can_open = (before in _OPEN_BEFORE or before in _ALWAYS_OPEN or before in _AMBIGUOUS) and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if char in "‘'" and can_close and not can_open and before.isalnum() and after.isspace() and before.lower() == "s":
        return None  # plural possessive: "the ministers' talks"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if can_open and can_close:
        # a mark between two marks or punctuation (,"“ ...): closes if something is open
        return "either"
    return None


_DASHES = "–—"
_DASH_OPEN = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]))\s*([–—])\s+(?=\S)", re.MULTILINE)
_DASH_CLOSE = re.compile(r"[,.!?…]?\s+([–—])\s+(?=[^\W\d_])")
# round 36: a hyphen typed for the dash ("- Jesteśmy … z KE. Prowadzimy … - powiedziała X"): it opens a quote
# only before a capital letter and is closed only by a hyphen or dash before a lower-case word
_HYPHEN_OPEN = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]))\s*(-)\s+(?=[^\W\d_a-zа-яёїієґ])", re.MULTILINE)
_HYPHEN_CLOSE = re.compile(r"[,.!?…]?\s+([-–—])\s+(?=[^\W\d_])")


def find_dash_quotes(text: str, paragraphs: list[Paragraph] | None = None, max_length: int = 3000) -> list[Quote]:
    """Dialogue-dash quotes: a dash opening a paragraph or sentence, closed by a dash that is
    followed by a lower-case word within the same paragraph."""
    blocks = [(p.start, p.end) for p in paragraphs] if paragraphs else [(0, len(text))]
    quotes = []
    for block_start, block_end in blocks:
        if text.find("–", block_start, block_end) < 0 and text.find("—", block_start, block_end) < 0 \
                and text.find("- ", block_start, block_end) < 0:
            continue  # (no dash: nothing the patterns below could match)
        openings = sorted([(o, _DASH_CLOSE) for o in _DASH_OPEN.finditer(text, block_start, block_end)]
                          + [(o, _HYPHEN_CLOSE) for o in _HYPHEN_OPEN.finditer(text, block_start, block_end)],
                          key=lambda pair: pair[0].start(1))
        for opening, close in openings:
            dash = opening.start(1)
            if quotes and dash < quotes[-1].end:
                continue
            closing = close.search(text, opening.end(), min(block_end, dash + max_length))
            if closing is None:
                continue
            after = text[closing.end(1):].lstrip()[:1]
            if after and after.islower() and (close is _DASH_CLOSE or text[opening.end():].lstrip()[:1].isupper()):
                quotes.append(Quote(dash, closing.start(1) + 1))
    return quotes


def find_quotes(text: str, paragraphs: list[Paragraph] | None = None, max_length: int = 3000) -> list[Quote]:
    """Outermost quotes in ``text``, in order (dialogue-dash quotes included when they overlap no
    quote marks). A quote left open at a paragraph end is dropped."""
    marked = _marked_quotes(text, paragraphs, max_length)
    dashed = [q for q in find_dash_quotes(text, paragraphs, max_length)
              if not any(q.start < m.end and m.start < q.end for m in marked)]
    return sorted(marked + dashed, key=lambda q: q.start)


def _marked_quotes(text: str, paragraphs: list[Paragraph] | None, max_length: int) -> list[Quote]:
    blocks = [(p.start, p.end) for p in paragraphs] if paragraphs else [(0, len(text))]
    quotes: list[Quote] = []
    for block_start, block_end in blocks:
        depth, opened_at = 0, -1
        restart, restart_depth = -1, -1  # round 95: an opening mark after a sentence end inside an open quote
        stray = -1  # a closing mark with nothing open
        for mark in _MARK.finditer(text, block_start, block_end):
            i = mark.start()
            role = _role(text, i)
            if role is None:
                continue
            if role == "either":
                role = "close" if depth else "open"
            if role == "open":
                if depth == 0:
                    opened_at = i
                elif restart < 0 and _after_sentence_end(text, i):
                    restart, restart_depth = i, depth + 1
                depth += 1
                stray = -1
            elif depth:
                if depth == restart_depth and _speech_tag_after(text, i):
                    # round 95: a quote opened after a sentence end inside an open quote and closed
                    # before a speech tag (". „Сериозността … безцеремонност“, заявява разследващ") is a
                    # quote of its own: the earlier opening mark was never closed ("сочи към „настоящи …")
                    if i + 1 - restart <= max_length:
                        quotes.append(Quote(restart, i + 1))
                    depth, opened_at, restart, restart_depth = 0, -1, -1, -1
                    continue
                if depth == restart_depth:
                    restart, restart_depth = -1, -1
                depth -= 1
                if depth == 0:
                    if i + 1 - opened_at <= max_length and i > opened_at + 1:
                        quotes.append(Quote(opened_at, i + 1))
                    opened_at = -1
            elif role == "close":
                stray = i
        if stray >= 0 and not _quotes_starting_in(quotes, block_start, block_end) \
                and (label := _speaker_label(text, block_start, stray)) is not None and stray + 1 - label <= max_length:
            quotes.append(Quote(label, stray + 1))
    return quotes


_SPEECH_TAG = re.compile(r"(?:,\s*|\s+[–—-]\s+)[^\W\d_]")


def _after_sentence_end(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a sentence: a sentence end and a space stand before it."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and j < i - 1 and text[j] in ".!?…"


def _speech_tag_after(text: str, i: int) -> bool:
    """Whether the closing mark at ``i`` is followed by a speech tag: a comma or a dash and a
    lower-case word (", заявява разследващ", " – powiedział")."""
    m = _SPEECH_TAG.match(text, i + 1)
    return m is not None and text[m.end() - 1].islower()


def _quotes_starting_in(quotes: list[Quote], start: int, end: int) -> bool:
    return any(start <= q.start < end for q in quotes)


_LABEL_REACH = 120  # characters of a speaker label before its colon ("Name – the president of X:")


def _speaker_label(text: str, block_start: int, close: int) -> int | None:
    """Round 17: a paragraph that opens with a speaker label and a colon ("Доналд Туск –
    председател на Европейския съвет: Трябва ни …“", "Jan Novák, ministr: …“") and ends with a
    closing quote mark that nothing opened is that speaker's quote, its opening mark left out: the
    offset of the space after the colon (the quote's "opening mark"), or None. The closing mark must end the
    paragraph (only spaces after it), the colon stand within ``_LABEL_REACH`` characters of the
    paragraph start, and no sentence end stand before the colon (the label stays outside the
    quote and names its speaker)."""
    line_end = text.find("\n", close + 1)
    if text[close + 1 : line_end if line_end >= 0 else len(text)].strip():
        return None
    head = text[block_start : min(close, block_start + _LABEL_REACH)]
    colon = head.find(":")
    if colon <= 0 or any(c in head[:colon] for c in ".!?\"“”„«»"):
        return None
    label = head[:colon].strip()
    if not label or not label[:1].isupper() or not text[block_start + colon + 1 : close].strip():
        return None
    if not text[block_start + colon + 1 : block_start + colon + 2].isspace():
        return None
    return block_start + colon + 1
