"""extract_html: main text and metadata from HTML, and no exceptions on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.clean.html import HtmlExtraction, extract_html, without_site_name

BODY = [
    "The Kremlin said on Friday that President Vladimir Putin was open to a meeting with Elon Musk, "
    "the head of Tesla and SpaceX, if the businessman wished to discuss investment in Russia.",
    "Dmitry Peskov, the president's spokesman, told reporters that such meetings with foreign "
    "businessmen took place regularly, practically every year, and that nothing had been scheduled.",
    "Musk had earlier invited Putin to a conversation on the audio app Clubhouse, an offer the Kremlin "
    "described as interesting but said it would first need to understand what was being proposed.",
]

ARTICLE = f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Kremlin open to Putin-Musk meeting | Example News</title>
<meta property="og:title" content="Kremlin open to Putin-Musk meeting">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-11-19T10:15:00+00:00">
<link rel="canonical" href="https://news.example.com/world/kremlin-musk">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Kremlin open to Putin-Musk meeting</h1>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<p>{BODY[2]}</p>
</article>
<aside><h3>Read next</h3><ul>
<li><a href="/a">Markets rally as oil falls for a third day</a></li>
<li><a href="/b">Storm warning issued for the north coast</a></li></ul></aside>
<footer><p>© 2021 Example News. All rights reserved.</p></footer>
</body></html>"""


def test_article_text_and_metadata():
    r = extract_html(ARTICLE)
    assert isinstance(r, HtmlExtraction)
    paragraphs = r.text.split("\n\n")
    for sentence in BODY:
        assert sentence in paragraphs
    assert "Read next" not in r.text
    assert "All rights reserved" not in r.text
    assert "Home" not in paragraphs
    assert r.title == "Kremlin open to Putin-Musk meeting"
    assert r.title not in r.text  # title is kept apart from the body
    assert r.date == "2021-11-19"
    assert r.author == "Jane Doe"
    assert r.site == "Example News"
    assert r.url == "https://news.example.com/world/kremlin-musk"
    assert r.language == "en"


def test_url_argument_is_used_when_page_has_none():
    html = ARTICLE.replace('<link rel="canonical" href="https://news.example.com/world/kremlin-musk">', "")
    r = extract_html(html, url="https://other.example.org/x")
    assert r.url == "https://other.example.org/x"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html>",
        "<html><body><p>Unclosed <b>tags <i>everywhere",
        ARTICLE[: len(ARTICLE) // 2],  # truncated mid-document
        "<div>" * 5000 + "deep text" + "</div>" * 10,  # absurdly nested
        "\x00\x01\x02 binary junk \xff\xfe",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Declared encoding</p></body></html>",
        "just plain text, no markup at all",
    ],
)
def test_bad_html_never_raises(html):
    r = extract_html(html)
    assert isinstance(r, HtmlExtraction)
    assert isinstance(r.text, str)


def test_empty_input_gives_empty_text():
    assert extract_html("").text == ""
    assert extract_html("<html><body></body></html>").text == ""


def test_truncated_article_keeps_what_is_there():
    cut = ARTICLE.index(BODY[2])
    r = extract_html(ARTICLE[:cut])
    assert BODY[0] in r.text


def test_benchmark_page_if_available():
    data = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate"
    if not (data / "html").is_dir():
        pytest.skip(f"benchmark data not found at {data} (expected ../shared/data relative to the repo)")
    from storyline.eval.boilerplate import shingle_scores

    gold_path = sorted((data / "gold").glob("*.json"))[0]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html = (data / "html" / f"{gold_path.stem}.html").read_text(encoding="utf-8", errors="replace")
    r = extract_html(html, url=gold.get("url"))
    p, rec, *_ = shingle_scores(gold["articleBody"], r.text)
    assert p > 0.5 and rec > 0.5


@pytest.mark.parametrize(
    ("page_title", "site", "headline"),
    [
        ("Minister resigns over leak – Daily Ledger", "Daily Ledger", "Minister resigns over leak"),
        ("Minister resigns over leak | LEDGER", "The Ledger Online", "Minister resigns over leak"),
        ("Daily Ledger - Minister resigns over leak", "Daily Ledger", "Minister resigns over leak"),
    ],
)
def test_the_sites_name_is_cut_off_the_headline(page_title, site, headline):
    page = ARTICLE.replace("<title>Kremlin open to Putin-Musk meeting | Example News</title>", f"<title>{page_title}</title>")
    page = page.replace('<meta property="og:title" content="Kremlin open to Putin-Musk meeting">\n', "")
    page = page.replace("<h1>Kremlin open to Putin-Musk meeting</h1>\n", "")  # (a lone <h1> would be the title)
    page = page.replace('content="Example News"', f'content="{site}"')
    r = extract_html(page)
    assert r.title == headline
    assert r.site == site


def test_only_the_sites_name_is_cut_off():
    assert without_site_name("Nord Stream - 2 talks resume", "Daily Ledger") == "Nord Stream - 2 talks resume"
    assert without_site_name("Talks resume – Ledger", "Daily Ledger") == "Talks resume – Ledger"
    assert without_site_name("Talks resume – Ledger", None, "www.ledger.com") == "Talks resume"
    assert without_site_name("Daily Ledger", "Daily Ledger") == "Daily Ledger"  # never empty
    # a part that only starts with the site's name is the headline's own
    assert without_site_name("Take care - Ledgerly at the fair 2018", "Ledgerly") == "Take care - Ledgerly at the fair 2018"
    assert without_site_name("Fleet grows - Ledger.com", "Ledger") == "Fleet grows"
