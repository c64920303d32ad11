"""The time of an event, from the words of one sentence, normalised against the publication date.

Finds time expressions in word tokens with per-language time words (the ``[time]`` table of a claim
lexicon, see ``storyline/claims/lexicons/README.md``) and resolves them to the interval format of
`storyline.dates.interval`, keeping the precision the text states:

- absolute: "15 March 2023" -> 2023-03-15, "в феврале 2021 года" -> 2021-02, "В 2023 году" -> 2023;
- a day or month without a year ("на 15 март", "In February") takes the year from the publication
  date, by the sentence's tense cues (``future`` / ``past`` word lists of the time table: "will",
  "ще", "будет", "planned" / "took place", "състоя"): the next such day/month on or after the
  publication date for the future, the latest not after it for the past. Without a cue (or with
  both) a day takes the occurrence nearest the publication date ("13 июля" in an article of 5 July
  is this July; "5 January" in late December is next January), a month the latest not after it
  unless it is the next month (news mostly reports the past); a weekday with a future cue is the
  next one;
- durations back from publication: "18 months ago", "about a year and a half ago", "полтора года
  назад", "преди 2 години" -> approximate (``~2021-04``), at the precision of the unit;
- "last year", "в прошлом году", "миналия месец", "loni"; "yesterday"; a weekday ("on Wednesday") -> the
  latest such day before publication;
- after a bound word ("since February 2022", "until May", "с 2022 года", time table ``bounds``) an
  expression limits a period and is not the event's time: it is reported with ``when=None``; round 43:
  also over a part of a period between them ("until the end of 2020", "до края на 2020 г.", "do końca
  2019 r.", time table ``bound_modifiers``);
- round 14: after a word of rescheduling ("postponed to January", "перенесён на январь",
  "przełożone na styczeń"; time table ``rescheduled``) it is the event's new time, flagged
  ``rescheduled`` (the claims stage prefers it to the time the event was planned for); a day or
  month without a year there is read in the future tense (the next January).

A relative expression without a publication date (or with one too coarse for it: "yesterday" in a
document dated only by month) is reported with ``when=None``: found, but never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.dates.interval import format_point

__all__ = ["EventTime", "find_event_times", "event_time", "told_apart"]

_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class EventTime:
    when: str | None  # interval format; None when relative and the publication date cannot anchor it
    text: str  # the expression as written
    start: int  # offsets of the expression in the document text
    end: int
    relative: bool  # resolved against the publication date (or would need it)
    kind: str  # "date", "month", "year", "ago", "last", "deictic"
    # round 14: after a word of rescheduling ("postponed to January", "перенесён на январь"; time table
    # ``rescheduled``): the event's new time, which beats the one it was planned for
    rescheduled: bool = False


@dataclass(frozen=True, slots=True)
class _Published:
    day: date
    precision: str

    @classmethod
    def parse(cls, published: str | None) -> "_Published | None":
        match = _PUBLISHED.match(published or "")
        if not match:
            return None
        year, month, day = int(match[1]), match[2], match[3]
        try:
            if day:
                return cls(date(year, int(month), int(day)), "day")
            if month:
                return cls(date(year, int(month), 15), "month")
            return cls(date(year, 7, 1), "year")
        except ValueError:
            return None


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=_RANK.__getitem__)


def _matches(word: str, norm: str) -> bool:
    word = word.lower()
    if word.endswith("*") and len(word) > 1:
        return norm.startswith(word[:-1])
    return norm == word


class _Phrases:
    """A list of time phrases prepared for matching: lower-cased word tuples indexed by the
    words their first word matches (memoised per token norm, since most words start none)."""

    def __init__(self, phrases):
        self.phrases = [tuple(w.lower() for w in p.split()) for p in phrases]
        self.phrases = [p for p in self.phrases if p]
        self.memo: dict[str, tuple[tuple[str, ...], ...]] = {}
        # first word -> the positions of the phrases it opens; prefixes ("year*") apart
        self.exact: dict[str, list[int]] = {}
        self.prefixes: list[tuple[str, int]] = []
        for n, words in enumerate(self.phrases):
            head = words[0]
            if head.endswith("*") and len(head) > 1:
                self.prefixes.append((head[:-1], n))
            else:
                self.exact.setdefault(head, []).append(n)

    def starting(self, norm: str) -> tuple[tuple[str, ...], ...]:
        found = self.memo.get(norm)
        if found is None:
            # the phrases whose first word matches (`_matches`), in list order; a word that starts
            # none (most) is not memoised: two lookups decide it
            positions = self.exact.get(norm, [])
            prefixed = [n for prefix, n in self.prefixes if norm.startswith(prefix)] if self.prefixes else []
            if not positions and not prefixed:
                return ()
            if prefixed:
                positions = sorted(positions + prefixed)
            found = tuple(self.phrases[n] for n in positions)
            if len(self.memo) > 50_000:
                self.memo.clear()
            self.memo[norm] = found
        return found


class _Groups:
    """Word groups (months, weekdays): token norm -> index of the first group with a matching form."""

    def __init__(self, groups):
        self.groups = [[f.lower() for f in forms] for forms in groups]
        self.memo: dict[str, int | None] = {}
        self.exact: dict[str, int] = {}  # form -> the first group with it
        self.prefixes: list[tuple[str, int]] = []  # ("mar*": any word starting so), group
        for n, forms in enumerate(self.groups):
            for form in forms:
                if form.endswith("*") and len(form) > 1:
                    self.prefixes.append((form[:-1], n))
                else:
                    self.exact.setdefault(form, n)

    def index(self, norm: str) -> int | None:
        if norm in self.memo:
            return self.memo[norm]
        # the first group with a matching form (`_matches`)
        found = self.exact.get(norm)
        for prefix, n in self.prefixes:
            if (found is None or n < found) and norm.startswith(prefix):
                found = n
        if len(self.memo) > 50_000:
            self.memo.clear()
        self.memo[norm] = found
        return found


# the lists of a time table whose phrases may open an expression (`_Scanner.scan`'s readers look for
# one of them, a month or weekday, a number word or digits at the token an expression starts at)
_OPENING_LISTS = ("ago_before", "approximately", "half_alone", "one_and_half", "year_words", "month_words",
                  "week_words", "day_words", "yesterday", "today", "last", "this", "next", "last_year", "this_year",
                  "shift_prepositions")
_OPENING_GROUPS = ("months", "weekdays")


class _Openers:
    """Which token norms may open a time expression of one time table: a superset (digits, number
    words, the first words of its phrases, months, weekdays), so `scan` skips every other token without
    trying each reader on it; memoised per norm."""

    def __init__(self, words: dict):
        self.words = words
        self.numbers = {k.lower() for k in (words.get("numbers") or {})}
        self.memo: dict[str, bool] = {}

    def __call__(self, norm: str) -> bool:
        found = self.memo.get(norm)
        if found is None:
            words = self.words
            found = (norm[:1].isdigit() or norm in self.numbers
                     or any(words.get(key) and _prepared(words[key], _Phrases).starting(norm) for key in _OPENING_LISTS)
                     or any(_index_of(words.get(key), _Norm(norm)) is not None for key in _OPENING_GROUPS))
            if len(self.memo) > 50_000:
                self.memo.clear()
            self.memo[norm] = found
        return found


_NO_TIME_WORDS: dict = {}  # shared, never changed: a missing table is one table, not one per call


class _Norm:
    __slots__ = ("norm",)

    def __init__(self, norm: str):
        self.norm = norm


# prepared forms (`_Phrases`, `_Groups`, `_Openers`) of the time tables of the loaded lexicons and
# their lists, by identity (the entry keeps its object alive, so its id is not reused); a few hundred
# for the shipped lexicons, bounded for callers that pass tables of their own
_PREPARED: dict[tuple[int, type], tuple[object, object]] = {}
_MAX_PREPARED = 4096


def _prepared(words, kind):
    key = (id(words), kind)
    entry = _PREPARED.get(key)
    if entry is None or entry[0] is not words:
        if len(_PREPARED) >= _MAX_PREPARED:
            _PREPARED.clear()
        entry = (words, kind(words))
        _PREPARED[key] = entry
    return entry[1]


def _phrase_at(phrases, tokens, i: int) -> int:
    """Length of the longest phrase of ``phrases`` at token ``i`` (0 if none)."""
    if not phrases or i >= len(tokens):
        return 0
    best = 0
    for words in _prepared(phrases, _Phrases).starting(tokens[i].norm):
        n = len(words)
        if n > best and i + n <= len(tokens) and all(_matches(w, t.norm) for w, t in zip(words[1:], tokens[i + 1 : i + n])):
            best = n
    return best


def _any_phrase(phrases, tokens) -> bool:
    """Whether a phrase of ``phrases`` stands anywhere in ``tokens``: ``any(_phrase_at(...))`` over
    the tokens, trying only the tokens some phrase starts with."""
    if not phrases:
        return False
    starting = _prepared(phrases, _Phrases).starting
    return any(_phrase_at(phrases, tokens, i) for i, token in enumerate(tokens) if starting(token.norm))


def _index_of(groups, token) -> int | None:
    if not groups:
        return None
    return _prepared(groups, _Groups).index(token.norm)


def _year(token) -> int | None:
    if token.norm.isdigit() and len(token.norm) == 4 and 1900 <= int(token.norm) <= 2100:
        return int(token.norm)
    return None


def _day_number(token) -> int | None:
    # "15", and ordinal forms glued by the tokenizer are not words; "15th" is one token
    digits = re.match(r"^(\d{1,2})(?:st|nd|rd|th|-?(?:го|ого|ти|ви|ри|ми))?$", token.norm)
    if digits and 1 <= int(digits[1]) <= 31:
        return int(digits[1])
    return None


def _number(words: dict, tokens, i: int) -> tuple[float, int] | None:
    """A count at ``tokens[i]``: digits or a number word; returns (value, tokens used)."""
    token = tokens[i]
    if re.fullmatch(r"\d{1,3}", token.norm):
        return float(token.norm), 1
    numbers = {k.lower(): v for k, v in (words.get("numbers") or {}).items()}
    if token.norm in numbers:
        return float(numbers[token.norm]), 1
    return None


def _latest_month_not_after(month: int, published: _Published) -> date:
    year = published.day.year
    if month > published.day.month and published.precision != "year":
        year -= 1
    return date(year, month, 1)


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) - months
    return date(index // 12, index % 12 + 1, 1)


def _tense(tokens, words: dict) -> str | None:
    """"future" or "past" when the sentence has cues of only that tense, else None."""
    future = _any_phrase(words.get("future"), tokens)
    past = _any_phrase(words.get("past"), tokens)
    if future != past:
        return "future" if future else "past"
    return None


def _day_in_year_of(month: int, day: int, published: _Published, tense: str | None) -> date | None:
    """The occurrence of day/month (1-based month) chosen by tense relative to the publication day."""
    anchor = published.day
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if published.precision != "day":
        # only the month is known: same-month dates are taken in the publication's year
        same = [d for d in options if d.year == anchor.year]
        if same and month == anchor.month:
            return same[0]
    if tense == "future":
        return min((d for d in options if d >= anchor), default=None)
    if tense == "past":
        return max((d for d in options if d <= anchor), default=None)
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))


def _month_by_tense(month: int, published: _Published, tense: str | None) -> date:
    anchor = published.day
    ahead = (month - anchor.month) % 12  # months from the publication month forward
    if tense == "future" or (tense is None and ahead == 1):
        return date(anchor.year + (1 if month < anchor.month else 0), month, 1)
    return _latest_month_not_after(month, published)


class _Scanner:
    def __init__(self, text: str, tokens, words: dict, published: str | None):
        self.text, self.tokens, self.words = text, tokens, words
        self.published = _Published.parse(published)
        self.tense = _tense(tokens, words)

    def expression(self, first: int, last: int, when: str | None, relative: bool, kind: str) -> EventTime:
        start, end = self.tokens[first].start, self.tokens[last].end
        return EventTime(when, self.text[start:end], start, end, relative, kind)

    def scan(self) -> list[EventTime]:
        found: list[EventTime] = []
        opens = _prepared(self.words, _Openers)
        known = opens.memo
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            norm = tokens[i].norm
            opening = known.get(norm)
            if opening is None:
                opening = opens(norm)
            if not opening:
                i += 1  # (no reader finds an expression starting at this token)
                continue
            tense = self.tense
            if _preceded_by(self.tokens, i, self.words.get("rescheduled")):
                self.tense = "future"  # "was postponed to January": moved on, so the next January
            hit = (self._ago(i) or self._date(i) or self._month(i) or self._year_at(i) or self._last(i)
                   or self._deictic(i))
            self.tense = tense
            if hit:
                found.append(self._unless_bound(hit[0], i))
                i = hit[1] + 1
            else:
                i += 1
        return found

    def _unless_bound(self, time: EventTime, i: int) -> EventTime:
        """A time after a bound word ("since February 2022", "until May", "с 2022 года"; time
        table ``bounds``) limits a period, it is not when the event happened: found, with no time."""
        first = next((j for j in range(max(0, i - 3), i + 1) if self.tokens[j].start == time.start), i)
        at = first
        if first > 0 and _preceded_by(self.tokens, first, self.words.get("year_before")) \
                and not _preceded_by(self.tokens, first, self.words.get("bounds")):
            first -= 1  # "since late 2022": a modifier ("late", "early") between the bound and the time
        if not _preceded_by(self.tokens, first, self.words.get("bounds")):
            # round 43: "until the end of 2020", "до края на 2020 г.", "do końca 2019 r.", "к концу года": a part
            # of a period (time table ``bound_modifiers``) between the bound and the time
            for _ in range(2):
                length = _preceding_length(self.tokens, at, self.words.get("bound_modifiers"))
                if not length:
                    break
                at -= length
                if _preceded_by(self.tokens, at, self.words.get("bounds")):
                    first = at
                    break
        if _preceded_by(self.tokens, first, self.words.get("rescheduled")):
            # "was postponed until January", "перенесён на январь": the new time, not a bound
            return EventTime(time.when, time.text, time.start, time.end, time.relative, time.kind, True)
        if _preceded_by(self.tokens, first, self.words.get("bounds")):
            return EventTime(None, time.text, time.start, time.end, time.relative, "bound")
        return time

    # -- day + month (+ year), month + day (+ year) ----------------------------------------------
    def _date(self, i: int):
        tokens, words = self.tokens, self.words
        day = _day_number(tokens[i])
        month_at = None
        if day is not None and i + 1 < len(tokens):
            joined = tokens[i + 1].norm in {".", "-"} or _phrase_at(words.get("date_joiners"), tokens, i + 1) == 1
            k = i + 1 + (1 if joined and i + 2 < len(tokens) else 0)
            month = _index_of(words.get("months"), tokens[k])
            if month is not None:
                month_at, last = k, k
        if month_at is None:
            month = _index_of(words.get("months"), tokens[i])
            if month is None or i + 1 >= len(tokens) or (day := _day_number(tokens[i + 1])) is None:
                return None
            month_at, last = i, i + 1
        year = None
        j = last + 1
        if j < len(tokens) and (tokens[j].norm == "," or _phrase_at(words.get("date_joiners"), tokens, j) == 1):
            j += 1  # "15 March, 2023", "15 de marzo de 2023"
        if j < len(tokens) and (year := _year(tokens[j])) is not None:
            last = j
            if j + 1 < len(tokens) and _phrase_at(words.get("year_words"), tokens, j + 1):
                last = j + 1
        if year is None:
            if not self.published or self.published.precision == "year":
                return self.expression(i, last, None, True, "date"), last
            chosen = _day_in_year_of(month + 1, day, self.published, self.tense)
            if chosen is None:
                return None
            year = chosen.year
            return self.expression(i, last, chosen.isoformat(), True, "date"), last
        try:
            when = date(year, month + 1, day).isoformat()
        except ValueError:
            return None
        return self.expression(i, last, when, year is None, "date"), last

    # -- month (+ year) -------------------------------------------------------------------------
    def _month(self, i: int):
        month = _index_of(self.words.get("months"), self.tokens[i])
        if month is None:
            return None
        # a short month form ("may", "mar", "jan") must look like a date word: capitalised in
        # languages that capitalise months, or followed by a year
        token = self.tokens[i]
        last, year = i, None
        # "marzo de 2023": a joiner word between the month and its year
        y = i + 1 + (1 if i + 2 < len(self.tokens) and _phrase_at(self.words.get("date_joiners"), self.tokens, i + 1) == 1 else 0)
        if y < len(self.tokens) and (year := _year(self.tokens[y])) is not None:
            last = y
            if y + 1 < len(self.tokens) and _phrase_at(self.words.get("year_words"), self.tokens, y + 1):
                last = y + 1
        if year is None and self.words.get("months_capitalised") and not token.text[0].isupper():
            return None
        if year is None and len(token.norm) <= 3 and not _preceded_by(self.tokens, i, self.words.get("year_before")):
            return None  # "may" the verb, "mar" the verb
        if year is not None:
            return self.expression(i, last, f"{year:04d}-{month + 1:02d}", False, "month"), last
        if self.published and (near := self._year_shift_near(i, last)) is not None:
            # "в октябре этого года", "letos v říjnu", "October last year": the year is told, not guessed by tense
            shift, first, last = near
            return self.expression(first, last, f"{self.published.day.year + shift:04d}-{month + 1:02d}", True,
                                   "month"), last
        if not self.published or self.published.precision == "year":
            return self.expression(i, last, None, True, "month"), last
        anchored = _month_by_tense(month + 1, self.published, self.tense)
        return self.expression(i, last, format_point(anchored, "month"), True, "month"), last

    def _year_shift_near(self, i: int, last: int) -> tuple[int, int, int] | None:
        """A year told by its distance from the publication right around the month at ``i`` (ending at ``last``):
        after it ("в октябре этого года", "October of last year", "v říjnu loni") or before it ("this October",
        "letos v říjnu", "loni v říjnu"): (the shift in years, the expression's first and last token)."""
        tokens, words = self.tokens, self.words
        shifts = (("last", -1), ("this", 0), ("next", 1))
        j = last + 1 + (1 if _phrase_at(words.get("date_joiners"), tokens, last + 1) == 1 else 0)  # "of last year"
        if j < len(tokens):
            for key, value in (("last_year", -1), ("this_year", 0)):
                if (n := _phrase_at(words.get(key), tokens, j)):
                    return value, i, j + n - 1
            for key, value in shifts:
                if (n := _phrase_at(words.get(key), tokens, j)) and j + n < len(tokens) \
                        and (m := _phrase_at(words.get("year_words"), tokens, j + n)):
                    return value, i, j + n + m - 1
        k = i - 1
        if k >= 1 and _phrase_at(words.get("shift_prepositions"), tokens, k) == 1:
            k -= 1  # "letos v říjnu": the one word for the year, then the month's preposition
            for key, value in (("last_year", -1), ("this_year", 0)):
                if _phrase_at(words.get(key), tokens, k) == 1:
                    return value, k, last
            return None
        if k >= 0:
            for key, value in (("last_year", -1), ("this_year", 0)) + shifts:
                if _phrase_at(words.get(key), tokens, k) == 1:
                    return value, k, last  # "this October", "loni říjen"
        return None

    # -- year -------------------------------------------------------------------------------------
    def _year_at(self, i: int):
        year = _year(self.tokens[i])
        if year is None:
            return None
        after = _phrase_at(self.words.get("year_words"), self.tokens, i + 1) if i + 1 < len(self.tokens) else 0
        if not after and not _preceded_by(self.tokens, i, self.words.get("year_before")):
            return None
        last = i + after
        if last + 1 < len(self.tokens) and self.tokens[last + 1].norm == "." and after and len(self.tokens[last].norm) <= 3:
            last += 1  # "2023 г."
        return self.expression(i, last, f"{year:04d}", False, "year"), last

    # -- "18 months ago", "about a year and a half ago", "преди 2 години", "полтора года назад" -----
    def _ago(self, i: int):
        tokens, words = self.tokens, self.words
        first = i
        j = i
        before = _phrase_at(words.get("ago_before"), tokens, j)
        j += before
        j += _phrase_at(words.get("approximately"), tokens, j) if j < len(tokens) else 0
        if j >= len(tokens):
            return None
        approximate = True  # a duration back from publication is never exact to the day
        amount = None
        if (n := _phrase_at(words.get("half_alone"), tokens, j)):
            # "half a year" (unit follows), "полгода" / "половин година" (unit inside the phrase)
            j += n
            unit = "year"
            for name in ("year", "month"):
                if j < len(tokens) and (m := _phrase_at(words.get(f"{name}_words"), tokens, j)):
                    unit, j = name, j + m
                    break
            after = _phrase_at(words.get("ago"), tokens, j) if j < len(tokens) else 0
            if not before and not after:
                return None
            last = j + after - 1
            return self._finish_ago(first, last, 0.5, unit, before, approximate)
        if (n := _phrase_at(words.get("one_and_half"), tokens, j)):
            amount, j = 1.5, j + n
        else:
            number = _number(words, tokens, j)
            if number is None:
                # "a year ago": the unit alone means one
                amount = 1.0
            else:
                amount, used = number
                j += used
        if j >= len(tokens):
            return None
        unit = None
        for name in ("year", "month", "week", "day"):
            if (n := _phrase_at(words.get(f"{name}_words"), tokens, j)):
                unit, j = name, j + n
                break
        if unit is None:
            return None
        if j < len(tokens) and (n := _phrase_at(words.get("half"), tokens, j)):
            amount += 0.5
            j += n
        after = _phrase_at(words.get("ago"), tokens, j) if j < len(tokens) else 0
        if not before and not after:
            return None
        last = j + after - 1 if after else j - 1
        return self._finish_ago(first, last, amount, unit, before, approximate)

    def _finish_ago(self, first: int, last: int, amount: float, unit: str, before: int, approximate: bool):
        if not self.published:
            return self.expression(first, last, None, True, "ago"), last
        day = self.published.day
        if unit == "year" and amount != int(amount):
            unit, amount = "month", amount * 12
        if unit == "year":
            precision = "year"
            point = date(day.year - int(amount), 1, 1)
        elif unit == "month":
            precision = "month"
            point = _months_back(day, int(round(amount)))
        else:
            precision = "day"
            point = day - timedelta(days=int(amount * (7 if unit == "week" else 1)))
        precision = _coarser(precision, self.published.precision)
        when = format_point(point, precision)
        return self.expression(first, last, ("~" if approximate else "") + when, True, "ago"), last

    # -- "last year", "в прошлом году", "миналия месец", "this year" -----------------------------
    def _last(self, i: int):
        tokens, words = self.tokens, self.words
        for key, value in (("last_year", -1), ("this_year", 0)):  # one word for the year: cs "loni", "letos"
            if _phrase_at(words.get(key), tokens, i):
                shifted = i + 2 < len(tokens) and _phrase_at(words.get("shift_prepositions"), tokens, i + 1) == 1
                k = i + 1 + (1 if shifted else 0)
                if k < len(tokens) and (month := self._month(k)) and month[0].start == tokens[i].start:
                    return month  # "letos v říjnu": this year's October, read by the month with its year word
                return self._shifted(i, i, "year", value)
        j = i + (1 if i + 1 < len(tokens) and _phrase_at(words.get("shift_prepositions"), tokens, i) == 1 else 0)
        shift = None
        for key, value in (("last", -1), ("this", 0), ("next", 1)):
            if (n := _phrase_at(words.get(key), tokens, j)):
                shift, j = value, j + n
                break
        if shift is None:
            return self._last_postposed(i)
        if j >= len(tokens):
            return None
        unit = None
        for name in ("year", "month", "week"):
            if _phrase_at(words.get(f"{name}_words"), tokens, j):
                unit = name
                break
        if unit is None or tokens[j].norm in {"г"}:
            return None
        return self._shifted(i, j, unit, shift)

    def _last_postposed(self, i: int):
        """"el año pasado", "l'anno scorso", "o mês passado": the unit, then the last/this/next word."""
        tokens, words = self.tokens, self.words
        for name in ("year", "month", "week"):
            if (n := _phrase_at(words.get(f"{name}_words"), tokens, i)) and i + n < len(tokens):
                for key, value in (("last", -1), ("this", 0), ("next", 1)):
                    if (m := _phrase_at(words.get(key), tokens, i + n)):
                        return self._shifted(i, i + n + m - 1, name, value)
                return None
        return None

    def _shifted(self, first: int, j: int, unit: str, shift: int):
        """The year/month/week ``shift`` units from the publication date, as the expression [first, j]."""
        if not self.published:
            return self.expression(first, j, None, True, "last"), j
        day = self.published.day
        if unit == "year":
            when = f"{day.year + shift:04d}"
        elif unit == "month":
            if self.published.precision == "year":
                return self.expression(first, j, None, True, "last"), j
            when = format_point(_months_back(day, -shift), "month")
        else:
            if self.published.precision != "day":
                return self.expression(first, j, None, True, "last"), j
            point = day + timedelta(days=7 * shift)
            when = "~" + point.isoformat()
        return self.expression(first, j, when, True, "last"), j

    # -- "yesterday", "today", "on Wednesday" ---------------------------------------------------
    def _deictic(self, i: int):
        tokens, words = self.tokens, self.words
        offset = None
        if _phrase_at(words.get("yesterday"), tokens, i):
            offset = 1
        elif _phrase_at(words.get("today"), tokens, i):
            offset = 0
        else:
            weekday = _index_of(words.get("weekdays"), tokens[i])
            if weekday is None:
                return None
            if self.words.get("weekdays_capitalised") and not tokens[i].text[0].isupper():
                return None
            if self.published and self.published.precision == "day":
                offset = (self.published.day.weekday() - weekday) % 7
                if self.tense == "future":
                    offset = -((weekday - self.published.day.weekday()) % 7)  # the coming one
            else:
                return self.expression(i, i, None, True, "deictic"), i
        if not self.published or self.published.precision != "day":
            return self.expression(i, i, None, True, "deictic"), i
        return self.expression(i, i, (self.published.day - timedelta(days=offset)).isoformat(), True, "deictic"), i


def _preceded_by(tokens, i: int, phrases) -> bool:
    return _preceding_length(tokens, i, phrases) > 0


def _preceding_length(tokens, i: int, phrases) -> int:
    """The number of words of the longest of ``phrases`` that ends right before token ``i`` (0: none)."""
    best = 0
    for phrase in phrases or ():
        words = phrase.split()
        k = i - len(words)
        if len(words) > best and k >= 0 and all(_matches(w, t.norm) for w, t in zip(words, tokens[k:i])):
            best = len(words)
    return best


def told_apart(tokens, time_first: int, time_last: int, trigger_first: int, trigger_last: int,
               opens_clause, opens_relative, opens_setting, relation_noun: bool, reach: int = 6,
               is_conjunction=None, noun_between=None) -> bool:
    """Round 43: whether a time expression (tokens ``time_first``..``time_last``) and a relation word
    (``trigger_first``..``trigger_last``) are told in different clauses, so the time is another event's: a
    comma followed (over at most one word, "…, do których") by a word that opens a clause (``opens_clause(k)``:
    a complementiser, relative word, clause conjunction or conditional) stands between them ("X …, said
    that he will leave on 29 March", "the requests will be met at the meeting, which takes place in
    September", "the anniversary of the referendum of 23 June 2016, in which …, called on Y"). Not so
    - after a relation noun (``relation_noun``), for a relative clause (``opens_relative``) opening within
      ``reach`` words of it: it tells of that noun ("at their meeting, which took place in April"; a verb
      has no relative clause of its own: "agreed on a transition period, which begins in March 2019");
    - for a time before the relation word, when the clause after it is one of time ("in 1986, when X and
      Y met"; ``opens_setting``) or a relative clause that holds the relation word ("at the end of April
      we held a webinar, at which X and Y took part"), not one closed before it.
    Round 63: a relative clause closed by a comma before the time (no conjunction or comma between that comma and
    the time: ``is_conjunction``) is passed over ("talks between X and Y on the terms on which Z will leave, began
    on 19 June 2017"); a time before the relation word inside a relative clause closed before it is that clause's
    ("Y, who voted in the referendum of 2016, supported cooperation with Z").
    Round 81: a relative clause after a prepositional phrase with a common noun of its own between the relation
    noun and the comma (``noun_between(k)`` for the comma at ``k``: "dohodly se na přechodném období, které bude
    zahájeno v březnu 2019", "agreed on a transition period, which begins in March 2019") tells of that noun, not of
    the relation noun.
    The callbacks take a token index."""
    n = len(tokens)

    def opener(k: int):
        for j in (k + 1, k + 2):
            if j < n and opens_clause(j):
                return j
        return None

    def closing_comma(j: int, end: int):
        # round 63: the comma that closes a relative clause opened at ``j``, before ``end``, with neither
        # a conjunction nor another comma after it up to ``end`` (not a list: "visited A, B and C in 2016")
        close = next((i for i in range(j + 1, end) if tokens[i].norm == ","), None)
        if close is None or close + 1 >= end or opener(close) is not None:
            return None
        if any(tokens[i].norm == "," or (is_conjunction is not None and is_conjunction(i)) for i in range(close + 1, end)):
            return None
        return close

    if time_first > trigger_last:
        k = trigger_last + 1
        while k < time_first:
            if tokens[k].norm == "," and (j := opener(k)) is not None:
                if relation_noun and opens_relative(j) and k - trigger_last <= reach \
                        and not (noun_between is not None and noun_between(k)):
                    return False
                # round 63: a relative clause closed before the time ("talks between X and Y on the terms on
                # which Z will leave, began on 19 June 2017"): the time is of the clause that holds the relation
                if opens_relative(j) and (close := closing_comma(j, time_first)) is not None:
                    k = close + 1
                    continue
                return True
            k += 1
        return False
    if time_last < trigger_first:
        for k in range(time_last + 1, trigger_first):
            if tokens[k].norm == "," and (j := opener(k)) is not None:
                if opens_setting(j):
                    return False
                return not (opens_relative(j) and all(tokens[i].norm != "," for i in range(j + 1, trigger_first)))
        # round 63: the time inside a relative clause that closes before the relation word ("Y, who voted in
        # the referendum of 2016 to stay, supported cooperation with Z"): that clause's own time
        for k in range(time_first - 1, -1, -1):
            if tokens[k].norm in {".", ";", "!", "?"} or (tokens[k].norm == "," and opener(k) is None):
                break
            if tokens[k].norm == "," and (j := opener(k)) is not None:
                if not opens_relative(j) or opens_setting(j) or j >= time_first:
                    break
                return any(tokens[i].norm == "," for i in range(time_last + 1, trigger_first))
        return False
    return False


def find_event_times(text: str, tokens, time_words: dict, published: str | None) -> list[EventTime]:
    """All time expressions among ``tokens`` (word tokens of ``text``, see
    `storyline.claims.lexicon.tokenize`), resolved against ``published``, in text order."""
    return _Scanner(text, tokens, time_words or _NO_TIME_WORDS, published).scan()


def event_time(text: str, language: str, published: str | None) -> EventTime | None:
    """The first time expression in ``text`` (a sentence) in ``language``; None when it has none
    or there are no time words for the language."""
    from storyline.claims.lexicon import load_lexicon, tokenize

    lexicon = load_lexicon(language)
    if lexicon is None:
        return None
    times = find_event_times(text, tokenize(text), lexicon.time, published)
    return times[0] if times else None
