"""The event-time format shared by claims, events and timelines, and how to compare two times.

A time is a string, so it stores and exports as plain text:

- ``2021``, ``2021-04``, ``2021-04-15``: known to that precision (the whole year, month or day);
- ``~2021-04``: approximately (``about a year and a half ago``) — widened by a margin that grows
  with the unit, see `APPROXIMATE_MARGIN_DAYS`;
- ``2021-03/2021-05``: a range (ISO 8601 interval), each side at its own precision.

Two times are *compatible* (may describe the same event) when their intervals overlap.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# how far "about <unit>" may be off, per precision of the stated unit
APPROXIMATE_MARGIN_DAYS = {"year": 365, "month": 62, "day": 7}

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class InvalidTime(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class TimeInterval:
    start: date  # first day included
    end: date  # last day included
    approximate: bool
    precision: str  # "year" | "month" | "day" (of the coarser side, for ranges)

    def overlaps(self, other: "TimeInterval") -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def midpoint(self) -> date:
        return self.start + (self.end - self.start) / 2


def _point(text: str) -> tuple[date, date, str]:
    match = _POINT.match(text)
    if not match:
        raise InvalidTime(f"not a time: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            exact = date(year, int(month), int(day))
            return exact, exact, "day"
        if month:
            m = int(month)
            return date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1]), "month"
        return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError as exc:
        raise InvalidTime(f"not a calendar date: {text!r}") from exc


_RANK = {"day": 0, "month": 1, "year": 2}


def parse_time(when: str) -> TimeInterval:
    """The interval a time string covers (approximate times widened by their margin)."""
    when = when.strip()
    approximate = when.startswith("~")
    body = when[1:] if approximate else when
    if "/" in body:
        left, right = body.split("/", 1)
        start, _, p1 = _point(left)
        _, end, p2 = _point(right)
        precision = max(p1, p2, key=_RANK.__getitem__)
        if end < start:
            raise InvalidTime(f"range ends before it starts: {when!r}")
    else:
        start, end, precision = _point(body)
    if approximate:
        margin = timedelta(days=APPROXIMATE_MARGIN_DAYS[precision])
        start, end = start - margin, end + margin
    return TimeInterval(start, end, approximate, precision)


def parse_time_or_none(when: str | None) -> TimeInterval | None:
    """`parse_time`, with None for no time or a malformed one (a bad time never drops a record)."""
    if not when:
        return None
    try:
        return parse_time(when)
    except InvalidTime:
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two event times may describe the same event; an unknown time is compatible with any."""
    if not a or not b:
        return True
    return parse_time(a).overlaps(parse_time(b))


def format_point(day: date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def describe_time(when: str | None) -> str:
    """A human rendering for tables: 'Apr 2021', 'about Apr 2021', 'Mar–May 2021', 'unknown'."""
    if not when:
        return "unknown"
    approximate = when.startswith("~")
    body = when[1:] if approximate else when

    def one(text: str) -> str:
        start, _, precision = _point(text)
        if precision == "year":
            return str(start.year)
        if precision == "month":
            return f"{_MONTHS[start.month - 1]} {start.year}"
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"

    if "/" in body:
        left, right = body.split("/", 1)
        rendered = f"{one(left)}–{one(right)}"
    else:
        rendered = one(body)
    return f"about {rendered}" if approximate else rendered
