"""atheris harness: publication-date normaliser and event-time finder on arbitrary text."""

import datetime as dt
import re
import sys

import atheris

with atheris.instrument_imports():
    from storyline.dates.event_time import event_time
    from storyline.dates.published import normalise_date

DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LANGUAGES = ["en", "ru", "bg", "uk", "pl", "xx"]
PUBLISHED = [None, "2024", "2024-02", "2024-02-29", "garbage"]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[fdp.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    published = PUBLISHED[fdp.ConsumeIntInRange(0, len(PUBLISHED) - 1)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    result = normalise_date(text)
    if result is not None:
        year, month, day = DATE.match(result).groups()
        dt.date(int(year), int(month or 1), int(day or 1))
    found = event_time(text, language, published)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
