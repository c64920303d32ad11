"""When was a document published? Best evidence first, never a guess.

1. Input metadata the reader already parsed (JSONL ``published``, a ``date …`` first line): used
   as given, normalised to ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` with its own precision. Weak
   metadata (an HTTP ``Last-Modified`` header, a WARC record date: when a copy was served or
   crawled, not when it was written) is kept for last.
2. HTML metadata, via htmldate (``<meta property="article:published_time">``, JSON-LD, ...; no
   guessing from the page text), when the HTML is given.
3. A dateline near the top of the text: a date alone on a line, or starting a line, or ending a
   short byline-like line ("25 октября 2024, 17:41", "Published: 3 Feb 2021", "By Jane Doe |
   October 12, 2022"), closest to where the body begins. A date inside a sentence or a headline
   ("Putin's speech, 9 May 2024") is not a dateline.
4. Weak metadata, else nothing.

Dates are found without dateparser's slow ``search_dates``: every candidate contains a 4-digit year,
so a year regex finds anchors and a few patterns around each read day / month / year. Month names
(all inflected forms dateparser knows, for the 30 default languages, plus a few inflections it
lacks) come from dateparser's language data. Ambiguous numeric dates (``10/12/2022`` in English),
dates without a year ("15 March", "12:05", "2 hours ago") and future dates are never used.

``not_before`` is a lower bound, never a publication date: the latest of the copyright year
("© 2024") and the latest full date mentioned anywhere in the text.

Speed (a page costs well under 1 ms): on long texts, year and copyright anchors are found on the
code points with numpy (patterns without a literal prefix make `re` try every position); patterns
are tried only where they can match (at a year, or ending at it); a year without another number
nearby is no full date; the latest date is searched from the latest year down.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import importlib
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import lru_cache

import numpy as np

from storyline.config import DEFAULT_LANGUAGES

__all__ = ["PublicationDate", "find_publication_date", "normalise_date", "find_dates"]


@dataclass(slots=True)
class PublicationDate:
    published: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    evidence: str | None  # "metadata:jsonl", "metadata:line", "html:htmldate", "dateline", ...
    not_before: str | None  # lower bound (copyright year, latest date mentioned) — never used as published


# -- month names ----------------------------------------------------------------------------------------
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
# Inflections dateparser's data lacks (genitive "15. marca 2022", locative "в марте 2024").
_EXTRA_MONTHS = {
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "sr-Latn": "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "uk": "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
}
_DATA_LANGUAGES = tuple(DEFAULT_LANGUAGES) + ("sr-Latn",)
_ROMAN = re.compile(r"^[ivxlc]+$")


def _data(language: str) -> dict | None:
    try:
        return importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
    except Exception:
        return None


@lru_cache(maxsize=None)
def _months(language: str) -> dict[str, int]:
    """{lower-cased month name or abbreviation: month} for one language."""
    info = _data(language) or {}
    out: dict[str, int] = {}
    for month, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key, ()):
            name = name.lower().rstrip(".")
            # "I".."XII" (Hungarian) and two-letter stubs ("Ka", "ян") match too much
            if len(name) >= 3 and not _ROMAN.match(name) and " " not in name:
                out[name] = month
    for month, name in enumerate(_EXTRA_MONTHS.get(language, "").split(), start=1):
        out[name] = month
    return out


@lru_cache(maxsize=1)
def _all_months() -> dict[str, int]:
    """Month names of all default languages that mean the same month in every one of them."""
    seen: dict[str, set[int]] = {}
    for language in _DATA_LANGUAGES:
        for name, month in _months(language).items():
            seen.setdefault(name, set()).add(month)
    return {name: months.pop() for name, months in seen.items() if len(months) == 1}


def _month(word: str, language: str | None) -> int | None:
    w = word.lower().rstrip(".")
    if language:
        m = _months(language).get(w)
        if m:
            return m
    return _all_months().get(w)


# Words that may stand next to a date on a dateline without making it a sentence or a headline.
_LABELS = """
published posted updated last modified date on at by created issued released edited am pm the of in
utc gmt est edt cet cest bst msk pst pdt cdt et pt eet eest time
опубликовано обновлено дата публикации размещено изменено обновление г года год мск в время
публикувано обновено актуализирано публикация г година часа ч
опубліковано оновлено публікації р року о
opublikowano aktualizacja zaktualizowano data publikacji dodano r roku godz dnia
publikováno aktualizováno datum vydáno zveřejněno aktualizace
objavljeno posodobljeno objava dne ob
veröffentlicht aktualisiert stand uhr am um vom
publié mis à jour le modifié par
publicado actualizado fecha el de del a las
pubblicato aggiornato il alle ore
atualizado em às
gepubliceerd bijgewerkt op om
publicerad uppdaterad
yayınlanma güncelleme tarihi yayınlandı güncellendi
publicat actualizat
közzétéve frissítve dátum
објављено ажурирано датум објавено
δημοσίευση ενημέρωση ημερομηνία
""".split()


@lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    words = set(_LABELS)
    for language in _DATA_LANGUAGES:
        info = _data(language) or {}
        for key in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "am",
                    "pm"):
            for w in info.get(key, ()):
                words.update(t.lower() for t in _WORD.findall(w))
    return frozenset(words)


# -- finding dates ----------------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+")
# 19xx, 20xx and 25xx (Thai Buddhist era); the pattern starts with a literal so re scans fast, a
# preceding digit is checked in Python
_YEAR = re.compile(r"(?:1[89]|2[05])\d\d(?!\d)")


def _years(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Start offsets of 4-digit years in text[start:end]."""
    end = len(text) if end is None else end
    if end - start > _SCAN_WITH_NUMPY:
        candidates = _year_candidates(text, start, end)
        found = [p for p in candidates if _YEAR.match(text, p, end)]
    else:  # (two years cannot overlap, so finditer finds every position where one matches)
        found = [m.start() for m in _YEAR.finditer(text, start, end)]
    return [p for p in found if not (p and text[p - 1].isdigit())]


_SCAN_WITH_NUMPY = 2000  # characters; below, the regex alone is as fast


def _year_candidates(text: str, start: int, end: int) -> list[int]:
    """Offsets where a year can start ("18", "19", "20" or "25"), found on the code points at
    C speed: `_YEAR` has no literal prefix, so `re` would try it at every position."""
    cp = np.frombuffer(text[start:end].encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if len(cp) < 4:
        return []
    # then two digits (an ASCII one, or any non-ASCII character: the regex decides on those)
    maybe_digit = ((cp >= 48) & (cp <= 57)) | (cp > 127)
    first, second = cp[:-3], cp[1:-2]
    hit = ((first == 49) & ((second == 56) | (second == 57))) | ((first == 50) & ((second == 48) | (second == 53)))
    hit &= maybe_digit[2:-1] & maybe_digit[3:]
    return (np.flatnonzero(hit) + start).tolist()
_THAI = re.compile("[\u0e00-\u0e7f]")
_DIGIT = re.compile(r"\d")
# a whole word (starting at a word boundary); letters plus the combining vowel signs of Devanagari
# and Thai, which \w does not match ("मार्च", "มีนาคม")
_W = r"(?<![^\W\d_])((?:[^\W\d_]|[\u0300-\u036f\u0900-\u0963\u0e31-\u0e4e]){3,}\.?)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 25 октября 2024 | 1. listopadu 2022 | 12 de octubre de 2022 | 3rd of March 2021 | 1er mars 2021
    ("dmy", re.compile(rf"(?<![\d.])(\d{{1,2}})(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+|of\s+)?{_W}"
                       rf"\s*,?\s*(?:de\s+|del\s+)?(\d{{4}})(?!\d)")),
    # October 12, 2022 | Oct. 12 2022
    ("mdy", re.compile(rf"{_W}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})(?!\d)")),
    # 2024. március 15.
    ("ymd-word", re.compile(rf"(?<!\d)(\d{{4}})\.?\s+{_W}\s+(\d{{1,2}})\.?(?!\d)")),
    # 2024-10-25 | 2024/10/25 | 2024.10.25 (a time may follow)
    ("ymd", re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")),
    # 25.10.2024 | 25/10/2024 | 25-10-2024
    ("num", re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")),
    # 2024年10月25日 | 2024년 10월 25일
    ("cjk", re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?")),
    # 25 tháng 10 năm 2024
    ("vi", re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*(?:năm\s+)?(\d{4})", re.I)),
    # March 2021 | Декабрь 2025 (month precision)
    ("my", re.compile(rf"{_W}\s*,?\s+(\d{{4}})(?!\d)")),
    # 2025-03 (month precision; only on a dateline)
    ("ym", re.compile(r"(?<![\d.\-/])(\d{4})-(\d{2})(?![\d\-/])")),
)


# the patterns whose match starts with the year; all others end with it
_YEAR_FIRST = frozenset({"ymd-word", "ymd", "cjk", "ym"})
# what a pattern that ends with the year needs just before it (a cheap test before the regex):
# "num" a separator (25.10.2024), "mdy" and "my" a space (October 12, 2024; March 2021)
_BEFORE_YEAR: dict[str, object] = {"num": "./-".__contains__, "mdy": str.isspace, "my": str.isspace}


@lru_cache(maxsize=4)
def _active_patterns(month_precision: bool, iso_month: bool) -> tuple[tuple[str, re.Pattern[str], bool, object], ...]:
    """(kind, pattern, starts with the year, test of the character before the year or None) for
    the patterns `find_dates` tries with these options."""
    return tuple(
        (kind, pattern, kind in _YEAR_FIRST, _BEFORE_YEAR.get(kind))
        for kind, pattern in _PATTERNS
        if not (kind == "my" and not month_precision or kind == "ym" and not iso_month)
    )


@dataclass(slots=True, frozen=True)
class FoundDate:
    start: int
    end: int
    year: int
    month: int
    day: int | None  # None: month precision

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    def key(self) -> tuple[int, int, int]:
        return self.year, self.month, self.day or 0


def _valid(year: int, month: int, day: int | None) -> bool:
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _read(kind: str, m: re.Match[str], language: str | None) -> tuple[int, int, int | None, int] | None:
    """(year, month, day, start of the year group) for one pattern match, or None."""
    g = m.groups()
    if kind == "dmy":
        month = _month(g[1], language)
        return (int(g[2]), month, int(g[0]), m.start(3)) if month else None
    if kind == "mdy":
        month = _month(g[0], language)
        return (int(g[2]), month, int(g[1]), m.start(3)) if month else None
    if kind == "ymd-word":
        month = _month(g[1], language)
        return (int(g[0]), month, int(g[2]), m.start(1)) if month else None
    if kind == "ymd":
        return int(g[0]), int(g[2]), int(g[3]), m.start(1)
    if kind == "num":
        a, sep, b, year = int(g[0]), g[1], int(g[2]), int(g[3])
        if a == b or (a > 12 and b <= 12):
            return year, b, a, m.start(4)
        if b > 12 and a <= 12:
            return year, a, b, m.start(4)  # only month/day/year can be right
        if a > 12 or b > 12:
            return None
        if sep == "/" and (language or "en") == "en":
            return None  # 10/12/2022: US and UK read it differently; never guess
        return year, b, a, m.start(4)  # day first everywhere else
    if kind == "cjk":
        return int(g[0]), int(g[1]), int(g[2]) if g[2] else None, m.start(1)
    if kind == "vi":
        return int(g[2]), int(g[1]), int(g[0]), m.start(3)
    if kind == "my":
        month = _month(g[0], language)
        return (int(g[1]), month, None, m.start(2)) if month else None
    if kind == "ym":
        return int(g[0]), int(g[1]), None, m.start(1)
    return None


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, language: str | None = None,
    month_precision: bool = False, iso_month: bool = False, years: list[int] | None = None,
) -> list[FoundDate]:
    """Dates written in `text[start:end]` (each with a 4-digit year), in text order, longest
    reading first where readings overlap. Month-precision dates ("March 2021") only with
    `month_precision`; bare "2025-03" only with `iso_month`. `years`: the offsets `_years` gives,
    if already known."""
    end = len(text) if end is None else end
    found: dict[tuple[int, int], FoundDate] = {}
    patterns = _active_patterns(month_precision, iso_month)
    for y0 in years if years is not None else _years(text, start, end):
        if not start <= y0 < end:
            continue
        lo, hi = max(start, y0 - 40), min(end, y0 + 28)
        # every reading with a day or a numeric month has a number besides the year ("in 2019": none)
        if not month_precision and not (_DIGIT.search(text, lo, y0) or _DIGIT.search(text, y0 + 4, hi)):
            continue
        before = text[y0 - 1] if y0 > lo else ""
        for kind, pattern, year_first, needs_before in patterns:
            if year_first:  # a reading of this year starts at it
                m = pattern.match(text, y0, hi)
                if m is None:
                    continue
                matches = (m,)
            elif needs_before is not None and not needs_before(before):
                continue  # the character the pattern needs just before the year is not there
            else:  # ... or ends with it (the character after a year is never a digit)
                matches = pattern.finditer(text, lo, min(hi, y0 + 4))
            for m in matches:
                read = _read(kind, m, language)
                if read is None or read[3] != y0:
                    continue
                year, month, day, _ = read
                if year >= 2400:  # a Thai Buddhist-era year, with a Thai month name only
                    if language != "th" and not _THAI.search(m.group()):
                        continue
                    year -= 543
                if _valid(year, month, day):
                    found.setdefault((m.start(), m.end()), FoundDate(m.start(), m.end(), year, month, day))
    # where readings overlap, keep the longest (full dates beat "March 2021" inside "3 March 2021")
    out: list[FoundDate] = []
    for d in sorted(found.values(), key=lambda d: (d.start, -(d.end - d.start))):
        if out and d.start < out[-1].end:
            if (d.end - d.start) > (out[-1].end - out[-1].start):
                out[-1] = d
            continue
        out.append(d)
    return out


# -- metadata ---------------------------------------------------------------------------------------------
_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?(?=$|[T\s]|[+-]\d\d:?\d\d$|Z$)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?\d{2}:?\d{2}(?::?\d{2})?)?Z?\s*$")


def normalise_date(value: object, language: str | None = None) -> str | None:
    """An ISO-ish or written date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", keeping its precision;
    None when it is not a date. "2024-10-25T17:41:00+03:00" -> "2024-10-25", "2025-03" ->
    "2025-03", "Fri, 25 Oct 2024 17:41:00 GMT" -> "2024-10-25", "25 октября 2024" -> "2024-10-25"."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    m = _ISO_PREFIX.match(s)
    if m:
        year, month, day = m.group(1), m.group(3), m.group(4)
    else:
        m = _COMPACT.match(s)
        if m:
            year, month, day = m.groups()
    if m:
        y, mo, d = int(year), int(month) if month else None, int(day) if day else None
        if mo is None:
            return f"{y:04d}" if 1900 <= y <= 2100 else None
        return f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "") if _valid(y, mo, d) else None
    try:  # RFC 2822 (HTTP Last-Modified, RSS pubDate)
        return parsedate_to_datetime(s).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    dates = find_dates(s, language=language, month_precision=True, iso_month=True)
    return dates[0].iso() if dates else None


def _is_weak(evidence: str | None) -> bool:
    """Dates of serving or crawling, not of writing."""
    e = (evidence or "").lower()
    return any(k in e for k in ("last-modified", "warc", "http", "crawl", "fetch"))


# -- datelines --------------------------------------------------------------------------------------------
_TIME = re.compile(r"\d{1,2}[:h.]\d{2}(?::\d{2})?")
_LINES_BEFORE, _LINES_AFTER = 30, 8
_CHARS_BEFORE, _CHARS_AFTER = 2500, 800
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


def _residue(s: str, filler: frozenset[str]) -> list[str]:
    """The words around a date that are not date-ish (labels, weekdays, times, "г.", "Uhr")."""
    return [w for w in _WORD.findall(_TIME.sub(" ", s)) if w.lower() not in filler and _month(w, None) is None]


_PROSE_LINE = re.compile(r"^[^\n]{150,}$", re.M)


def _guess_body_start(text: str) -> int:
    """Where the body probably begins when the caller does not know: the first line of prose (at
    least 150 characters and 20 words), so a page's navigation and headers come before it."""
    for m in _PROSE_LINE.finditer(text):
        if len(m.group().split()) >= 20:
            return m.start()
    return 0


def _dateline(text: str, body_start: int, language: str | None, today: dt.date, years: list[int]) -> FoundDate | None:
    if not years:
        return None
    if body_start <= 0:
        body_start = _guess_body_start(text)
    if body_start:
        lo, hi = max(0, body_start - _CHARS_BEFORE), body_start + _CHARS_AFTER
    else:
        lo, hi = 0, 2 * _CHARS_BEFORE
    filler = _filler()
    best: tuple[tuple[int, int], FoundDate] | None = None
    done_lines: set[int] = set()
    for y0 in years:
        if not lo <= y0 < hi:
            continue
        line_start = text.rfind("\n", 0, y0) + 1
        if line_start in done_lines:
            continue
        done_lines.add(line_start)
        line_end = text.find("\n", y0)
        line_end = len(text) if line_end < 0 else line_end
        # how many lines from the start of the body (or of the text)
        if line_start >= body_start:
            distance = text.count("\n", body_start, line_start)
            if body_start and distance > _LINES_AFTER:
                continue
        else:
            distance = text.count("\n", line_start, body_start)
        if distance > _LINES_BEFORE:
            continue
        line = text[line_start:line_end]
        for d in find_dates(text, line_start, line_end, language=language, month_precision=True, iso_month=True,
                            years=years):
            if _future(d, today):
                continue
            before = _residue(text[line_start : d.start], filler)
            after = _residue(text[d.end : line_end], filler)
            starts_line = not before
            # a byline: names and labels before the date, little after, not a sentence
            lower_before = sum(1 for w in before if not w[0].isupper())
            lower_after = sum(1 for w in after if not w[0].isupper())
            byline = (len(line.strip()) <= 150 and len(before) <= 4 and len(after) <= 3 and lower_before <= 1
                      and lower_before + lower_after <= 2 and not _SENTENCE_END.search(line))
            if not (starts_line or byline):
                continue
            if d.day is None and not starts_line:  # "Spring issue, March 2021": too weak
                continue
            rank = (0 if d.day else 1, distance)
            if best is None or rank < best[0]:
                best = (rank, d)
    return best[1] if best else None


def _future(d: FoundDate, today: dt.date) -> bool:
    if d.day is None:
        return (d.year, d.month) > (today.year, today.month)
    return dt.date(d.year, d.month, d.day) > today + dt.timedelta(days=1)


# -- not_before --------------------------------------------------------------------------------------------
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|&copy;)\s*(?:\d{4}\s*[-–—]\s*)?((?:19|20)\d\d)(?!\d)", re.I)


def _copyright_marks(text: str) -> list[re.Match[str]]:
    """`_COPYRIGHT.finditer(text)`, tried only where a marker can start: a case-insensitive
    alternation without a literal prefix makes `re` try every position (~40 µs per KB)."""
    if len(text) <= _SCAN_WITH_NUMPY:
        return list(_COPYRIGHT.finditer(text))
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    c = (cp == 99) | (cp == 67)  # c C (no other character folds to them)
    next_c = np.zeros(len(cp), dtype=bool)
    next_c[:-1] = c[1:]
    # "©", "(c", "&c" (for "&copy;") and "cop" (for "copyright"), in any case
    start = (cp == 0xA9) | (((cp == 40) | (cp == 38)) & next_c)
    start[:-2] |= c[:-2] & ((cp[1:-1] | 32) == 111) & ((cp[2:] | 32) == 112)
    found, free = [], 0
    for pos in np.flatnonzero(start).tolist():
        if pos < free:  # finditer's matches do not overlap
            continue
        m = _COPYRIGHT.match(text, pos)
        if m:
            found.append(m)
            free = m.end()
    return found


def _not_before(text: str, language: str | None, today: dt.date, years: list[int]) -> str | None:
    candidates: list[tuple[tuple[int, int, int], str]] = []
    for m in _copyright_marks(text):
        year = int(m.group(1))
        if year <= today.year:
            candidates.append(((year, 0, 0), f"{year:04d}"))
    latest = _latest_full_date(text, language, today, years)
    if latest is not None:
        candidates.append((latest.key(), latest.iso()))
    return max(candidates)[1] if candidates else None


# readings of two years further apart than this cannot overlap (a reading spans at most 40
# characters before its year and 28 after it, see `find_dates`)
_OVERLAP_REACH = 80


def _within(sorted_offsets: list[int], offset: int, reach: int) -> bool:
    """Is some offset of `sorted_offsets` at most `reach` away from `offset`? (bisection: a text
    with hundreds of years would otherwise compare every pair)"""
    i = bisect.bisect_left(sorted_offsets, offset)
    return (i < len(sorted_offsets) and sorted_offsets[i] - offset <= reach) or (
        i > 0 and offset - sorted_offsets[i - 1] <= reach
    )


def _latest_full_date(text: str, language: str | None, today: dt.date, years: list[int]) -> FoundDate | None:
    """The latest full date (with a day, not in the future) written in the text. Years are tried
    from the latest down, so a long text with many years reads only those near its latest ones."""
    by_year: dict[int, list[int]] = {}
    for y0 in years:
        value = int(text[y0 : y0 + 4])
        by_year.setdefault(value - 543 if value >= 2400 else value, []).append(y0)  # Thai era
    for year in sorted(by_year, reverse=True):
        anchors = by_year[year]
        # with the years close enough to compete for the same characters (longest reading wins)
        near = [y for y in years if _within(anchors, y, _OVERLAP_REACH)]
        dates = [d for d in find_dates(text, language=language, years=near)
                 if d.day and d.year == year and not _future(d, today)]
        if dates:
            return max(dates, key=FoundDate.key)
    return None


# -- entry point -------------------------------------------------------------------------------------------
def find_publication_date(
    text: str,
    *,
    metadata_date: str | None = None,
    metadata_evidence: str | None = None,
    html: object | None = None,
    language: str | None = None,
    body_start: int = 0,
    today: dt.date | None = None,
) -> PublicationDate:
    """The publication date from the best evidence available, and a lower bound.

    `text` is the full input text (before boilerplate removal), `body_start` where its body begins
    (0: unknown, the top of the text is searched). `html` may be the page's HTML string or an lxml
    tree (htmldate accepts both). `today` only for tests (default: the current date)."""
    today = today or dt.date.today()
    text = text or ""
    language = (language or "").lower().split("-")[0] or None
    years = _years(text)
    not_before = _not_before(text, language, today, years)

    weak: str | None = None
    meta = normalise_date(metadata_date, language) if metadata_date else None
    if meta and _not_future_iso(meta, today):
        if not _is_weak(metadata_evidence):
            return PublicationDate(meta, metadata_evidence or "metadata", not_before)
        weak = meta

    if html is not None:
        found = _htmldate(html, today)
        if found:
            return PublicationDate(found, "html:htmldate", not_before)

    line = _dateline(text, max(0, body_start), language, today, years)
    if line:
        return PublicationDate(line.iso(), "dateline", not_before)

    if weak:
        return PublicationDate(weak, metadata_evidence, not_before)
    return PublicationDate(None, None, not_before)


def _not_future_iso(value: str, today: dt.date) -> bool:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts) <= today + dt.timedelta(days=1)
    return tuple(parts) <= (today.year, today.month)[: len(parts)]


def _htmldate(html: object, today: dt.date) -> str | None:
    try:
        import logging

        from htmldate import find_date

        logging.getLogger("htmldate").setLevel(logging.ERROR)
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d",
                          max_date=today.strftime("%Y-%m-%d"))
    except Exception:  # malformed HTML, odd encodings: no date rather than no document
        return None
    return normalise_date(found) if found else None
