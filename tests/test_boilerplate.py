"""Boilerplate removal on flattened text, and the shingle metric used to evaluate it."""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path

import pytest

from storyline.clean.boilerplate import BoilerplateResult, remove_boilerplate
from storyline.eval.boilerplate import PageScore, aggregate, run, shingle_scores, shingles
from storyline.records import RemovedBlock

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "musk-kremlin"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def read_example(name: str) -> str:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    # the reader strips a leading " date YYYY-MM" metadata prefix before cleaning
    return re.sub(r"^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*", "", text)


def body_blocks(result: BoilerplateResult) -> list[str]:
    return result.body.split("\n\n") if result.body else []


def assert_clean(result: BoilerplateResult, *, kept: list[str], gone: list[str]) -> None:
    blocks = body_blocks(result)
    for line in kept:
        assert line in blocks, f"body line lost: {line[:70]!r}"
    for line in gone:
        assert line not in blocks, f"junk kept: {line[:70]!r}"
        if len(line.split()) >= 5:  # (a short junk line may well occur inside a body sentence)
            assert not any(line in b for b in blocks), f"junk kept inside a block: {line[:70]!r}"


# ----------------------------------------------------------------------------------------------
# the example articles (never seen in training)


def test_english_breadcrumb_ads_check_also_comment_form():
    r = remove_boilerplate(read_example("000_0abcb6ec407da9da.txt"))
    assert r.title == "Kremlin discusses potential Putin-Musk meeting"
    lines = [ln for ln in read_example("000_0abcb6ec407da9da.txt").splitlines() if ln.strip()]
    body = [ln for ln in lines if ln.startswith(("Speaking to journalists", "“Without a doubt", "In February", "In May", "In addition"))]
    assert len(body) == 5
    assert_clean(
        r,
        kept=body,
        gone=[
            "Kwork.ru - услуги фрилансеров от 500 руб.",
            "Home / WORLD / Kremlin discusses potential Putin-Musk meeting",
            "Kremlin discusses potential Putin-Musk meeting",  # the title, not body
            "© 2021, paradox. All rights reserved.",
            "Check Also",
            "No ‘unfriendly nations’ for Russia, only ‘unfriendly elites’ – Putin",
            "Russia has no intention of cancelling any country’s culture, President Vladimir Putin said on Wednesday …",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ],
    )
    assert all(isinstance(b, RemovedBlock) and b.reason for b in r.removed)
    assert r.removed[0].text == "Kwork.ru - услуги фрилансеров от 500 руб."  # input order


def test_english_read_next_with_timestamps():
    r = remove_boilerplate(read_example("001_4fb814c294a25f07.txt"))
    assert_clean(
        r,
        kept=[
            "Zauers informed the Russian president about domestically made batteries used in aerospace applications and neurochips, Russia’s state-run Tass news agency reported.",
            "The banker said they are \"our answer to Elon Musk,\" as the US entrepreneur is a major figure in those industries.",
            "\"Join forces with Musk,\" Putin said. \"When he is finished reforming administrative agencies in the US, he will get back to science. You should work with him,” he added.",
        ],
        gone=[
            "Read next",
            "12:05",
            "Belarusian President Alexander Lukashenko has arrived in Moscow for an official visit and is set to hold talks with President Vladimir Putin today.",
            "Vladimir Putin",
            "What is your opinion on this topic?",
            "Leave the first comment",
        ],
    )
    assert any(b.startswith("Russian President Vladimir Putin has instructed Gazprombank") for b in body_blocks(r))


def test_bulgarian_subheadings_kept_tweets_dropped():
    r = remove_boilerplate(read_example("002_956bc108c599857a.txt"))
    blocks = body_blocks(r)
    assert any(b.startswith("Р усия иска да си сътрудничи") for b in blocks + [r.title or ""])
    assert_clean(
        r,
        kept=[
            "От Newsweek уточняват, че са се свързали със SpaceX за коментар по имейл.",
            "Защо това е от значение",
            "Какво трябва да знаете",
            "Кирил Дмитриев, специалният пратеник на Путин по въпросите на международното икономическо и инвестиционно сътрудничество, заяви, че обсъжданията с Мъск могат да се проведат „в близко бъдеще“, съобщи руската информационна агенция РБК във вторник.",
        ],
        gone=[
            "BREAKING",
            "Russia will discuss with Elon Musk the prospects for cooperation in space in the near future, announced the head of the Russian Direct Investment Fund, Kirill Dmitriev",
            "I support Space Exploration 110%! But if Trump wants WAR to defend israel this will be short lived! pic.twitter.com/nwM4eI9yoX",
        ],
    )
    assert any(b.startswith("Дни по-късно Дмитриев заяви") for b in blocks)


def test_russian_photo_credit_form_calendar_headline_list():
    text = read_example("003_b3086e649c522801.txt")
    r = remove_boilerplate(text)
    assert r.title == "WSJ: Илон Маск поддерживает постоянный контакт с Владимиром Путиным"
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Служба распространения")) + 1
    end = lines.index("Печать")
    paragraphs = [ln for ln in lines[start:end] if ln.strip()]
    assert len(paragraphs) == 8
    headline_list = next(ln for ln in lines if "Семья из Тамбовщины" in ln)
    assert_clean(
        r,
        kept=paragraphs,
        gone=[
            'Портал разработан и поддерживается АНО "Центр ПРИСП"',
            "Меню",
            "Автор:",
            "Служба распространения визуальной информации Министерства обороны США",
            "Печать",
            headline_list,
            "E-mail*:",
            "ФИО",
            "Телефон",
            "Сумма 1 и 5 будет",
            "Архив",
            "ПнВтСрЧтПтСбВс",
            "1234567",
            "15161718192021",
            "293031",
        ],
    )


def test_english_donation_appeal_dropped():
    r = remove_boilerplate(read_example("004_6594df29a7c5b659.txt"))
    assert_clean(
        r,
        kept=[
            "The Kremlin on Wednesday denied reports that Tesla and SpaceX founder Elon Musk spoke with Russian President Vladimir Putin before he tweeted his proposal for ending the war in Ukraine.",
            "But Musk denied this, saying he had last spoken with Russia’s president 18 months ago.",
            "Kremlin spokesman Dmitry Peskov on Wednesday confirmed Musk’s assertion.",
        ],
        gone=[
            "A Message from The Moscow Times:",
            "Dear readers,",
            "We, the journalists of The Moscow Times, refuse to be silenced. But to continue our work, we need your help.",
            "Remind me later.",
        ],
    )


# ----------------------------------------------------------------------------------------------
# constructed failure modes

EN_BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, a project that has been debated for more than a decade.",
    "Supporters said the new line would cut commuting times in half and reduce traffic on the main roads, while opponents warned about the cost.",
    "The mayor, who had campaigned on the issue, said construction would begin next spring and that the first trams could run within three years.",
    "Local businesses along the planned route said they were worried about disruption during the works but welcomed the long-term plan.",
]


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines += [part] if isinstance(part, str) else list(part)
    return "\n".join(lines)


def test_read_next_list_with_timestamps_after_body():
    junk = [
        "Read next",
        "12:05",
        "Prime minister briefs parliament on the finalised draft of the budget agreement with the opposition parties.",
        "10:10",
        "Storm warning issued for the north coast as forecasters expect winds of up to 120 kilometres per hour tonight.",
        "17:08",
        "Football club confirms the signing of a new striker on a four-year contract after a long transfer saga.",
    ]
    r = remove_boilerplate(page("Tram network to be extended north", EN_BODY, junk))
    assert_clean(r, kept=EN_BODY, gone=junk)
    assert r.title == "Tram network to be extended north"


def test_comment_form_and_share_buttons():
    junk = ["Share", "Facebook", "Twitter", "WhatsApp", "E-mail", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
            "Comment", "Name *", "Email *", "Website", "Post Comment"]
    r = remove_boilerplate(page(["Menu", "Search"], "Tram network to be extended north", EN_BODY, junk))
    assert_clean(r, kept=EN_BODY, gone=junk + ["Menu", "Search"])


def test_calendar_and_copyright():
    junk = ["Archive", "« December 2025 »", "MoTuWeThFrSaSu", "1234567", "891011121314", "15161718192021",
            "22232425262728", "293031", "© 2025 Example Media Group. All rights reserved."]
    r = remove_boilerplate(page("Tram network to be extended north", EN_BODY, junk))
    assert_clean(r, kept=EN_BODY, gone=junk)


def test_breadcrumb_with_repeated_title():
    title = "Tram network to be extended north"
    r = remove_boilerplate(page(["Home", "News", f"Home / City / {title}", title, "By Anna Smith", "12 March 2024, 09:41"], EN_BODY))
    assert r.title == title
    assert_clean(r, kept=EN_BODY, gone=[title, f"Home / City / {title}", "12 March 2024, 09:41"])
    assert title not in r.body


@pytest.mark.parametrize(
    "lang, title, body",
    [
        (
            "de",
            "Stadtrat beschließt Ausbau der Straßenbahn",
            [
                "Der Stadtrat hat am Dienstag beschlossen, das Straßenbahnnetz in die nördlichen Vororte zu verlängern, ein Projekt, über das seit mehr als zehn Jahren gestritten wird.",
                "Die Befürworter sagten, die neue Linie werde die Fahrzeiten halbieren und den Verkehr auf den Hauptstraßen verringern, während die Gegner vor den Kosten warnten.",
                "Der Bürgermeister, der sich im Wahlkampf für das Vorhaben eingesetzt hatte, sagte, der Bau solle im nächsten Frühjahr beginnen.",
                "Geschäftsleute entlang der geplanten Strecke äußerten sich besorgt über die Bauarbeiten, begrüßten aber den langfristigen Plan.",
            ],
        ),
        pytest.param(
            "pl",
            "Rada miasta zdecydowała o rozbudowie tramwaju",
            [
                "Rada miasta zagłosowała we wtorek za przedłużeniem sieci tramwajowej na północne przedmieścia, o czym dyskutowano od ponad dziesięciu lat.",
                "Zwolennicy projektu twierdzą, że nowa linia skróci czas dojazdu o połowę i zmniejszy ruch na głównych drogach, ale przeciwnicy ostrzegają przed kosztami.",
                "Burmistrz, który obiecywał tę inwestycję w kampanii, powiedział, że budowa rozpocznie się wiosną przyszłego roku.",
                "Przedsiębiorcy wzdłuż planowanej trasy obawiają się utrudnień w czasie prac, ale popierają długoterminowy plan.",
            ],
        ),
        (
            "cs",
            "Zastupitelé schválili prodloužení tramvajové trati",
            [
                "Městské zastupitelstvo v úterý odhlasovalo prodloužení tramvajové sítě do severních předměstí, o kterém se diskutovalo více než deset let.",
                "Zastánci projektu tvrdí, že nová trať zkrátí dobu dojíždění na polovinu a sníží dopravu na hlavních silnicích, odpůrci však varují před náklady.",
                "Starosta, který s tímto slibem vedl kampaň, uvedl, že stavba začne příští jaro a první tramvaje by mohly jezdit do tří let.",
                "Podnikatelé podél plánované trasy se obávají omezení během stavby, ale dlouhodobý plán vítají.",
            ],
        ),
    ],
)
def test_unseen_languages(lang, title, body):
    junk_top = ["Start", "Menü" if lang == "de" else "Menu", "Login", f"Start / Region / {title}"]
    junk_end = ["12:05", "Ein anderer Artikel über das Wetter am Wochenende" if lang == "de" else "Inny artykuł o pogodzie" if lang == "pl" else "Jiný článek o počasí",
                "Facebook", "Twitter", "© 2025 Example Media"]
    text = page(junk_top, title, body, junk_end)
    for language in (None, lang):
        r = remove_boilerplate(text, language=language)
        assert r.title == title
        assert_clean(r, kept=body, gone=junk_top + junk_end)


@pytest.mark.parametrize("paragraphs", [1, 2, 3])
def test_a_bare_article_keeps_its_text(paragraphs):
    # an already clean article: a headline and a few long paragraphs with clock times, dates and
    # dashes in them (what a news feed or a corpus of plain articles gives), nothing to remove
    paragraph = (
        "Pilots of the budget airline Norvale began the largest strike in its history on Friday, "
        "10 August. The strike in Germany started at 3:01 and will last until 2:59 on Saturday, the "
        "union said - about 400 of 2,400 flights were cancelled - and some 55,000 passengers are "
        "affected, 42,000 of them in Germany. The airline offered refunds or rebooking; pilots in "
        "Belgium, Ireland and Sweden also plan to join, after a court in the Netherlands allowed "
        "local pilots to strike on 10.08.2018 as well, while the company called the walkout unjustified."
    )
    text = "Norvale pilots begin the largest strike in the airline's history\n\n" + "\n\n".join([paragraph] * paragraphs)
    result = remove_boilerplate(text)
    assert result.body, "the article lost all its text"
    assert "Pilots of the budget airline Norvale" in result.body
    assert len(result.body) >= 0.9 * len(paragraph)


def test_repeated_lines_argument_removes_site_chrome():
    chrome = "Subscribe to our newsletter to receive the most important news of the day directly in your inbox every morning."
    text = page("Tram network to be extended north", EN_BODY[:2], chrome, EN_BODY[2:])
    r = remove_boilerplate(text, repeated_lines=frozenset({chrome}))
    assert_clean(r, kept=EN_BODY, gone=[chrome])


def test_duplicate_copy_of_article_kept_once():
    text = page("Tram network to be extended north", EN_BODY, ["Related", "Share"], EN_BODY)
    r = remove_boilerplate(text)
    blocks = body_blocks(r)
    for line in EN_BODY:
        assert blocks.count(line) == 1


def test_empty_and_degenerate_inputs():
    assert remove_boilerplate("") == BoilerplateResult(title=None, body="", removed=[])
    assert remove_boilerplate("\n\n   \n").body == ""
    r = remove_boilerplate("Home")
    assert isinstance(r, BoilerplateResult)
    r = remove_boilerplate("\r\n".join(EN_BODY))  # CRLF
    assert_clean(r, kept=EN_BODY, gone=[])
    one_line = " ".join(EN_BODY)
    assert remove_boilerplate(one_line).body == one_line


def test_large_input_is_linear():
    block = page(["Home", "News", "Sport"], EN_BODY, ["Share", "12:05", "© 2025 Example"])
    small = block * 20
    big = block * 400  # ~0.3 MB

    def fastest_of_three(text: str) -> float:  # (the least disturbed run: CI machines are shared)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            remove_boilerplate(text)
            times.append(time.perf_counter() - start)
        return min(times)

    small_time, big_time = fastest_of_three(small), fastest_of_three(big)
    assert big_time < 3.0
    assert big_time < 60 * max(small_time, 1e-3)  # 20 times the input, not 400 times the time


# ----------------------------------------------------------------------------------------------
# the metric


def test_shingles_and_scores_by_hand():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("one, two!") == {("one", "two"): 1}  # shorter than 4 tokens: one shingle
    assert shingles("") == {}
    assert shingles("A b c d", lowercase=True) == {("a", "b", "c", "d"): 1}
    gold = "the quick brown fox jumps over the lazy dog"  # 6 shingles
    assert shingle_scores(gold, gold)[:2] == (1.0, 1.0)
    p, r, tp, fp, fn = shingle_scores(gold, "the quick brown fox jumps")  # 2 shingles, both right
    assert (p, tp, fp, fn) == (1.0, 2, 0, 4) and r == pytest.approx(2 / 6)
    p, r, tp, fp, fn = shingle_scores(gold, gold + " Subscribe now to our newsletter")
    assert r == 1.0 and fp == 5 and p == pytest.approx(6 / 11)
    # multiset: a duplicated body counts its shingles twice
    p, r, *_ = shingle_scores(gold, gold + "\n\n" + gold)
    assert r == 1.0 and p < 0.6
    assert shingle_scores("", "") [:2] == (1.0, 1.0)
    assert shingle_scores(gold, "")[:2] == (0.0, 0.0)
    # tokens are \w+ runs: punctuation and line breaks do not matter
    assert shingle_scores("Hello, world: it is me.", "Hello world\nit is me")[:2] == (1.0, 1.0)


def test_aggregate_averages_pages():
    pages = [PageScore("a", 1.0, 0.5, 1, 0, 1), PageScore("b", 0.5, 1.0, 1, 1, 0), PageScore("c", 0.0, 0.0, 0, 0, 4)]
    agg = aggregate(pages)
    # page c predicted nothing: left out of precision, counted (0) in recall
    assert agg["precision"] == pytest.approx(0.75)
    assert agg["recall"] == pytest.approx(0.5)
    assert agg["f1"] == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert agg["mean_page_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


def test_run_on_a_tiny_directory(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "text").mkdir()
    body = "\n".join(EN_BODY)
    (tmp_path / "gold" / "p1.json").write_text(json.dumps({"articleBody": body, "url": "https://x.example/a"}))
    (tmp_path / "text" / "p1.txt").write_text(page(["Home", "News"], "Tram network to be extended north", EN_BODY, ["Share", "© 2025 X"]))
    out = io.StringIO()
    res = run(tmp_path, out=out)
    assert "html" not in res and "skipped" in out.getvalue()
    assert res["text"]["f1"] > 0.95
    assert res["text"]["pages"][0]["id"] == "p1"


def test_benchmark_text_if_available():
    data = SHARED / "boilerplate"
    if not (data / "text").is_dir():
        pytest.skip(f"benchmark data not found at {data} (expected ../shared/data relative to the repo)")
    pages = []
    for gold_path in sorted((data / "gold").glob("*.json"))[:25]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["articleBody"]
        text = (data / "text" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        p, r, tp, fp, fn = shingle_scores(gold, remove_boilerplate(text).body)
        pages.append(PageScore(gold_path.stem, p, r, tp, fp, fn))
    # in-sample on these pages (the model was trained on them): a regression guard, not a score
    assert aggregate(pages)["f1"] > 0.85


def test_plain_articles_eval_counts_what_the_cleaner_keeps(tmp_path):
    from storyline.eval.boilerplate import run_plain

    article = ("Harbour workers in Velmora strike over pay\n\n"
               + "The union said on Monday that talks with the port authority had failed after three rounds, "
                 "and that ships would not be unloaded until a new offer was made to the workers.\n\n"
               + "The authority said it regretted the decision and remained open to further talks with the "
                 "union, whose members have not had a raise since the port was sold two years ago.")
    (tmp_path / "topic" / "en").mkdir(parents=True)
    (tmp_path / "topic" / "en" / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "topic" / "en" / "one-line.txt").write_text("Only a headline", encoding="utf-8")  # skipped
    out = io.StringIO()
    summary = run_plain(tmp_path, limit=0, out=out)
    assert summary["articles"] == 1 and summary["emptied"] == 0
    assert summary["recall"] == pytest.approx(1.0) and summary["precision"] == pytest.approx(1.0)
    assert "plain articles (1)" in out.getvalue()


def test_a_short_text_of_one_sentence_is_kept_as_the_article():
    # a news brief or a single quoted sentence is no page: losing it would lose the document
    for text in ("Anton Berg visited Poland on 15 March.\n",
                 "Visit\n\nАнтон Берг посетил Польшу 15 марта, сообщило министерство.\n"):
        result = remove_boilerplate(text)
        assert result.body == text.strip().split("\n\n")[-1]
    # every sentence of it, and in scripts without case too
    two = "Путин прибыл в Москву в понедельник.\n\nОн встретился с Собяниным, сообщил Кремль.\n"
    assert remove_boilerplate(two).body == two.strip()
    assert remove_boilerplate("שר החוץ נפגש עם עמיתו בברלין ביום שני.\n").body
    # menu words and link labels are still nothing to keep
    assert remove_boilerplate("Subscribe\n\nRead more\n\nAll rights reserved.\n").body == ""
