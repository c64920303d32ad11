"""The timeline as a server-drawn SVG: a time axis, one mark per event coloured by status.

Known-to-the-day or -month times are dots; approximate times, ranges and whole years are bars over
every day they may cover, so 'about April 2021' is not read as 'in April'. Events whose time is
unknown sit in a lane of their own. The SVG needs no script and no external file (it is inlined in
pages and in the shareable report).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from markupsafe import Markup, escape

from storyline.dates.interval import TimeInterval, parse_time_or_none

STATUS_COLOURS = {"contested": "#c62828", "corroborated": "#2e7d32", "single": "#b8860b"}
OTHER_COLOUR = "#607d8b"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class TimelineMark:
    """What the drawing needs to know about one event."""

    event: str
    when: str | None
    status: str
    label: str  # tooltip: headline, time, status
    href: str | None = None


@dataclass(slots=True)
class _Placed:
    mark: TimelineMark
    interval: TimeInterval | None
    left: float = 0.0
    right: float = 0.0
    lane: int = 0
    ranged: bool = False


@lru_cache(maxsize=4096)  # a timeline repeats the same few hundred times; parsing is pure
def _interval(when: str | None) -> TimeInterval | None:
    return parse_time_or_none(when)


def _is_range(when: str, interval: TimeInterval) -> bool:
    return interval.approximate or "/" in when or interval.precision == "year"


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Year ticks for long spans, month ticks (thinned to at most ~12) for short ones."""
    span_days = (last - first).days
    if span_days > 3 * 365:
        step = max(1, (last.year - first.year) // 12 + 1)
        return [(date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1, step)]
    months = []
    year, month = first.year, first.month
    while True:
        month += 1
        if month == 13:
            year, month = year + 1, 1
        tick = date(year, month, 1)
        if tick > last:
            break
        months.append(tick)
    step = max(1, len(months) // 12 + (1 if len(months) % 12 else 0))
    return [(d, f"{_MONTHS[d.month - 1]} {d.year}" if d.month == 1 or i == 0 else _MONTHS[d.month - 1])
            for i, d in enumerate(months[::step])]


def timeline_svg(marks: list[TimelineMark], *, width: int = 960, lane_height: int = 20,
                 max_lanes: int = 14) -> Markup:
    margin, dot = 24, 6
    plot_left, plot_right = margin, width - margin
    placed = [_Placed(m, _interval(m.when)) for m in marks]
    known = [p for p in placed if p.interval is not None]
    unknown = [p for p in placed if p.interval is None]

    parts: list[str] = []
    legend_y = 14
    x = margin
    for status, colour in (*STATUS_COLOURS.items(), ("range = uncertain time", None)):
        if colour:
            parts.append(f'<circle class="legend" cx="{x + 5}" cy="{legend_y - 4}" r="5" fill="{colour}"/>')
            parts.append(f'<text x="{x + 14}" y="{legend_y}" class="legend-text">{escape(status)}</text>')
            x += 30 + 8 * len(status)
        else:
            parts.append(f'<rect class="legend" x="{x}" y="{legend_y - 8}" width="24" height="8" rx="3" '
                         f'fill="{OTHER_COLOUR}" fill-opacity="0.55"/>')
            parts.append(f'<text x="{x + 30}" y="{legend_y}" class="legend-text">{escape(status)}</text>')
    top = legend_y + 16

    lanes_end: list[float] = []
    axis_y = top
    if known:
        first = min(p.interval.start for p in known)
        last = max(p.interval.end for p in known)
        pad = max(15, (last - first).days // 30)
        first, last = first - timedelta(days=pad), last + timedelta(days=pad)
        total_days = max(1, (last - first).days + 1)

        def x_of(day: date) -> float:
            return plot_left + (day - first).days / total_days * (plot_right - plot_left)

        for p in sorted(known, key=lambda p: (p.interval.start, p.interval.end, p.mark.event)):
            p.ranged = _is_range(p.mark.when, p.interval)
            if p.ranged:
                p.left, p.right = x_of(p.interval.start), x_of(p.interval.end + timedelta(days=1))
                p.right = max(p.right, p.left + 2 * dot)
            else:
                centre = x_of(p.interval.midpoint) + (plot_right - plot_left) / total_days / 2
                p.left, p.right = centre - dot, centre + dot
            # first lane where the mark does not touch the previous one; crowded timelines overlap
            # in the last lane rather than growing without bound
            for lane, end in enumerate(lanes_end):
                if end + 2 <= p.left:
                    break
            else:
                lane = len(lanes_end) if len(lanes_end) < max_lanes else max_lanes - 1
                if lane == len(lanes_end):
                    lanes_end.append(p.right)
            p.lane = lane
            lanes_end[lane] = max(lanes_end[lane], p.right)
        axis_y = top + len(lanes_end) * lane_height + 8
        parts.append(f'<line class="axis" x1="{plot_left}" y1="{axis_y}" x2="{plot_right}" y2="{axis_y}" '
                     'stroke="#555" stroke-width="1"/>')
        for day, label in _ticks(first, last):
            tx = x_of(day)
            parts.append(f'<line class="tick" x1="{tx:.1f}" y1="{top - 4}" x2="{tx:.1f}" y2="{axis_y + 4}" '
                         'stroke="#ccc" stroke-width="1"/>')
            parts.append(f'<text class="tick-label" x="{tx:.1f}" y="{axis_y + 16}" text-anchor="middle">'
                         f"{escape(label)}</text>")
        for p in known:
            cy = top + p.lane * lane_height + lane_height / 2
            colour = STATUS_COLOURS.get(p.mark.status, OTHER_COLOUR)
            if p.ranged:
                shape = (f'<rect x="{p.left:.1f}" y="{cy - 5:.1f}" width="{p.right - p.left:.1f}" height="10" rx="4" '
                         f'fill="{colour}" fill-opacity="0.55" stroke="{colour}"/>')
            else:
                shape = f'<circle cx="{(p.left + p.right) / 2:.1f}" cy="{cy:.1f}" r="{dot}" fill="{colour}"/>'
            parts.append(_mark(p.mark, shape))
        axis_y += 24

    if unknown:
        lane_y = axis_y + 14
        parts.append(f'<text class="lane-label" x="{plot_left}" y="{lane_y + 4}">time unknown</text>')
        x = plot_left + 100
        for p in unknown:
            colour = STATUS_COLOURS.get(p.mark.status, OTHER_COLOUR)
            parts.append(_mark(p.mark, f'<circle cx="{x}" cy="{lane_y}" r="{dot}" fill="{colour}"/>'))
            x = x + 2 * dot + 4 if x + 2 * dot + 4 < plot_right else plot_left + 100
        axis_y = lane_y + 14
    if not marks:
        parts.append(f'<text x="{plot_left}" y="{top + 14}">No events.</text>')
        axis_y = top + 24

    height = int(axis_y + 8)
    return Markup(
        f'<svg class="timeline" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="Timeline of {len(marks)} events" '
        f'font-family="sans-serif" font-size="11">' + "".join(parts) + "</svg>"
    )


def _mark(mark: TimelineMark, shape: str) -> str:
    body = f"<title>{escape(mark.label)}</title>{shape}"
    attributes = f'class="event-mark status-{escape(mark.status)}" data-event="{escape(mark.event)}"'
    if mark.href:
        return f'<a {attributes} href="{escape(mark.href)}">{body}</a>'
    return f"<g {attributes}>{body}</g>"
