"""Publication dates: best evidence first, never an invented date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyline.dates.published import PublicationDate, find_dates, find_publication_date, normalise_date

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "musk-kremlin"
TODAY = dt.date(2026, 1, 15)


def find(text: str, **kwargs) -> PublicationDate:
    return find_publication_date(text, today=TODAY, **kwargs)


def example(name: str) -> str:
    return next(EXAMPLES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


# -- metadata ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-10-25T17:41:00+03:00", "2024-10-25"),
        ("2024-10-25T14:41:00Z", "2024-10-25"),
        ("2025-03", "2025-03"),
        ("2024", "2024"),
        ("2024/10/25", "2024-10-25"),
        ("20241025", "2024-10-25"),
        ("Fri, 25 Oct 2024 17:41:00 GMT", "2024-10-25"),
        ("25 октября 2024", "2024-10-25"),
        ("2024-13-01", None),
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_metadata_wins_and_keeps_its_precision():
    text = "Title\n25 октября 2024, 17:41\nBody."
    assert find(text, metadata_date="2025-03", metadata_evidence="metadata:line").published == "2025-03"
    found = find(text, metadata_date="2024-10-20T08:00:00Z", metadata_evidence="metadata:jsonl")
    assert (found.published, found.evidence) == ("2024-10-20", "metadata:jsonl")


def test_crawl_and_server_dates_are_weak():
    text = "Title\n25 октября 2024, 17:41\nBody."
    found = find(text, metadata_date="2025-01-02", metadata_evidence="metadata:http-last-modified")
    assert (found.published, found.evidence) == ("2024-10-25", "dateline")
    found = find("No date here.", metadata_date="2025-01-02", metadata_evidence="metadata:warc")
    assert (found.published, found.evidence) == ("2025-01-02", "metadata:warc")


def test_future_metadata_ignored():
    assert find("Nothing.", metadata_date="2031-01-01", metadata_evidence="metadata:jsonl").published is None


# -- HTML ---------------------------------------------------------------------------------------------------
def test_html_metadata():
    html = ('<html><head><meta property="article:published_time" content="2022-10-12T08:00:00+00:00">'
            "<title>Kremlin denies</title></head><body><p>The Kremlin on Wednesday denied reports.</p></body></html>")
    found = find("Kremlin denies\n\nThe Kremlin on Wednesday denied reports.", html=html)
    assert (found.published, found.evidence) == ("2022-10-12", "html:htmldate")


@pytest.mark.parametrize("html", ["", "<<<not html", "<html><body>no dates</body></html>", "\x00\x01"])
def test_broken_html_never_raises(html):
    assert find("Plain text.", html=html).published is None


# -- datelines ------------------------------------------------------------------------------------------------
def test_dateline_in_real_russian_article():
    found = find(example("003"))
    assert (found.published, found.evidence) == ("2024-10-25", "dateline")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Menu\n25 октября 2024, 17:41\n\nWSJ: Илон Маск\nТекст статьи.", "2024-10-25"),
        ("Kremlin denies\nPublished: 3 Feb 2021\nThe Kremlin said.", "2021-02-03"),
        ("Title\nOctober 12, 2022\nThe Kremlin on Wednesday denied reports.", "2022-10-12"),
        ("Title\nBy Jane Doe | October 12, 2022 | 5 min read\nText.", "2022-10-12"),
        ("Заглавие\n15 март 2025 г.\nТекст.", "2025-03-15"),
        ("Titulek\n1. listopadu 2022\nText článku.", "2022-11-01"),
        ("Titel\nAktualisiert am 12. März 2022, 10:15 Uhr\nText.", "2022-03-12"),
        ("Tytuł\n12.10.2022\nTreść.", "2022-10-12"),
        ("Título\nsexta-feira, 22 de outubro de 2010 às 20:13\nTexto.", "2010-10-22"),
        ("标题\n2024年10月25日 17:41\n正文。", "2024-10-25"),
        ("ข่าว\n15 มีนาคม 2567\nเนื้อหา", "2024-03-15"),  # Thai month, Buddhist-era year
        ("शीर्षक\n15 मार्च 2024\nपाठ", "2024-03-15"),
        ("Title\nOctober 12, 2022 — The Kremlin on Wednesday denied reports.", "2022-10-12"),
        ("Title\nMarch 2021\nText.", "2021-03"),
    ],
)
def test_datelines(text, expected):
    found = find(text)
    assert (found.published, found.evidence) == (expected, "dateline")


@pytest.mark.parametrize(
    "text",
    [
        example("000"),  # "In February, Musk tweeted" / "In October, Forbes": no year
        example("001"),  # "Read next / 12:05 / 10:10": times, not dates
        example("004"),
        "Putin's speech, 9 May 2024\nThe speech was long.",  # a headline mentioning a date
        "Title\nThe summit on 15 March 2023 was a success.\nMore text.",  # a date inside a sentence
        "Title\n2 hours ago\nText.",  # relative, no anchor
        "Title\n15 March\nText.",  # no year
        "Title\n12 March 2031\nText.",  # in the future
        "Title\n10/12/2022\nText.",  # US or UK order? never guess
    ],
)
def test_no_dateline(text):
    assert find(text, language="en").published is None


def test_unambiguous_slash_date():
    assert find("Title\n25/10/2022\nText.", language="en").published == "2022-10-25"


def test_dateline_closest_to_the_body():
    text = ("Wednesday, November 20, 2019 Spokane, Washington\n" + "Menu\n" * 10
            + "Headline of the story\nPublished: Nov. 19, 2019, 6:18 p.m.\n"
            + "The city council voted on Tuesday to approve a new budget for the coming year.\n")
    body_start = text.index("The city council")
    assert find(text, body_start=body_start).published == "2019-11-19"


# -- not_before -------------------------------------------------------------------------------------------
def test_copyright_year_is_a_lower_bound_never_published():
    found = find(example("000"))
    assert (found.published, found.not_before) == (None, "2021")


def test_latest_date_mentioned_is_a_lower_bound():
    found = find("Title\nThe summit on 15 March 2023 was followed by talks on 1 April 2024.\n© 2022 Site")
    assert (found.published, found.not_before) == (None, "2024-04-01")


def test_find_dates_reads_many_languages():
    text = "25 октября 2024; October 12, 2022; 1. listopadu 2022; 12 de octubre de 2022; 2024. március 15."
    assert [d.iso() for d in find_dates(text)] == ["2024-10-25", "2022-10-12", "2022-11-01", "2022-10-12",
                                                    "2024-03-15"]


def test_lower_bound_in_a_long_page():
    # a long page is searched on its code points first: same findings as on a short one
    filler = "Another paragraph of the article, with no date at all in it, only words.\n" * 40
    text = "Title\n" + filler + "Talks on 15 March 2023 and on 1 April 2024.\n" + filler + "COPYRIGHT 2025-2026 Site"
    assert find_publication_date(text, today=dt.date(2026, 11, 1)).not_before == "2026"
    future = find_publication_date(text, today=dt.date(2025, 11, 1))  # 2026 is in the future
    assert (future.published, future.not_before) == (None, "2024-04-01")
    assert find_publication_date(text.replace("COPYRIGHT 2025-2026", "(c) 2019"), today=dt.date(2025, 11, 1)).not_before \
        == "2024-04-01"
