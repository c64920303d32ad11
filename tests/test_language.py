"""Language identification: document language and one language per paragraph."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from storyline.clean.repair import repair_text
from storyline.config import DEFAULT_LANGUAGES
from storyline.language.detect import LanguageIdentifier, script_of

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "musk-kremlin"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

BG = ("Кирил Дмитриев, специалният пратеник на Путин по въпросите на международното икономическо и "
      "инвестиционно сътрудничество, заяви, че обсъжданията с Мъск могат да се проведат „в близко бъдеще“, "
      "съобщи руската информационна агенция РБК във вторник.")
BG2 = ("Развитието е сигнал за по-нататъшно укрепване на отношенията между САЩ и Русия по време на втория "
       "мандат на президента Доналд Тръмп.")
RU = ("Американское издание The Wall Street Journal опубликовало статью, в которой раскрываются детали "
      "отношений между Илоном Маском и Владимиром Путиным после начала СВО на Украине.")
RU2 = ("При этом пресс-секретарь Путина Дмитрий Песков заявил, что регулярные беседы между президентом и "
       "Маском не ведутся.")
UK = ("Уряд України сьогодні ухвалив законопроєкт про публічні закупівлі. Міністр фінансів заявив, що закон "
      "набуде чинності з першого січня наступного року і сприятиме більшій прозорості.")
MK = ("Владата на Република Северна Македонија денеска го усвои предлогот за нов закон за јавните набавки. "
      "Министерот за финансии изјави дека законот ќе влезе во сила од први јануари следната година.")
SR = ("Влада Републике Србије усвојила је данас предлог закона о јавним набавкама. Министар финансија "
      "изјавио је да ће закон ступити на снагу од првог јануара наредне године.")
EN = ("Russian President Vladimir Putin has instructed Gazprombank Deputy CEO Dmitry Zauers to collaborate "
      "with billionaire entrepreneur Elon Musk, to advance technology development, according to Russian media.")
DE = ("Die Bundesregierung hat am Mittwoch einen Gesetzentwurf beschlossen, der die Vergabe öffentlicher "
      "Aufträge vereinfachen soll und ab dem kommenden Jahr gilt.")


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def _paragraphs(path: Path) -> list[str]:
    return [p for p in repair_text(path.read_text(encoding="utf-8")).split("\n") if p.strip()]


# -- real articles -----------------------------------------------------------------------------------------

def _identify_example(identifier, name: str, *, expected: str) -> dict:
    """Paragraph -> language for one example article, after checking its document language."""
    paragraphs = _paragraphs(EXAMPLES / name)
    doc, langs = identifier.identify(paragraphs)
    assert doc == expected
    return dict(zip(paragraphs, langs))

def test_bulgarian_article_with_embedded_english_tweet(identifier):
    by_text = _identify_example(identifier, "002_956bc108c599857a.txt", expected="bg")
    assert by_text["Защо това е от значение"] == "bg"  # short heading: from its context
    assert by_text["Какво трябва да знаете"] == "bg"
    assert by_text["BREAKING"] == "en"
    tweet = next(p for p in by_text if p.startswith("Russia will discuss with Elon Musk"))
    assert by_text[tweet] == "en"
    assert all(lang == "bg" for p, lang in by_text.items() if script_of(p) == "Cyrillic")


def test_russian_article_with_widgets(identifier):
    by_text = _identify_example(identifier, "003_b3086e649c522801.txt", expected="ru")
    assert by_text["Меню"] == "ru"
    assert by_text["25 октября 2024, 17:41"] == "ru"
    assert by_text["1234567"] is None  # calendar digits: no letters, no language


def test_english_article_with_russian_ad(identifier):
    by_text = _identify_example(identifier, "000_0abcb6ec407da9da.txt", expected="en")
    assert by_text["Kwork.ru - услуги фрилансеров от 500 руб."] == "ru"
    assert by_text["Check Also"] == "en"


def test_timestamps_have_no_language(identifier):
    doc, langs = identifier.identify(_paragraphs(EXAMPLES / "001_4fb814c294a25f07.txt"))
    assert doc == "en"
    assert langs[7] is None  # "12:05"


# -- the confusable Cyrillic languages ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [(BG + " " + BG2, "bg"), (RU + " " + RU2, "ru"), (UK, "uk"), (MK, "mk"),
                                            (SR, "sr")])
def test_cyrillic_languages(identifier, text, expected):
    doc, langs = identifier.identify([text])
    assert (doc, langs) == (expected, [expected])


def test_short_paragraph_follows_its_document(identifier):
    # alone, a three-word Bulgarian heading could be Macedonian or Serbian; in a Bulgarian article it is Bulgarian
    doc, langs = identifier.identify([BG, "Какво трябва да знаете", BG2, "Защо това е важно"])
    assert doc == "bg" and langs == ["bg"] * 4


def test_foreign_quote_keeps_its_language(identifier):
    doc, langs = identifier.identify([BG, RU, BG2])
    assert doc == "bg" and langs == ["bg", "ru", "bg"]
    doc, langs = identifier.identify([EN, DE, EN])
    assert doc == "en" and langs == ["en", "de", "en"]


# -- scripts -------------------------------------------------------------------------------------------------
def test_no_letters_no_language(identifier):
    assert identifier.identify(["12:05", "🔥🔥🔥", "1234567", "   "]) == (None, [None, None, None, None])
    assert identifier.identify([]) == (None, [])


def test_script_outside_the_configured_languages(identifier):
    georgian = "საქართველოს მთავრობამ დღეს ახალი კანონი მიიღო."
    doc, langs = identifier.identify([EN, georgian])
    assert doc == "en" and langs == ["en", None]  # ka is not among the default languages
    thai = "รัฐบาลไทยประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจในวันนี้"
    assert identifier.identify([thai]) == ("th", ["th"])
    assert LanguageIdentifier(("en", "ru")).identify([thai, EN]) == ("en", [None, "en"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("北京是中华人民共和国的首都，也是全国的政治和文化中心。", "zh"),
        ("東京は日本の首都であり、政治と経済の中心地です。", "ja"),
        ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία.", "el"),
        ("정부는 오늘 새로운 경제 대책을 발표했다.", "ko"),
        ("הממשלה הודיעה היום על צעדים חדשים בכלכלה.", "he"),
        ("الحكومة أعلنت اليوم عن إجراءات اقتصادية جديدة لدعم الأسر.", "ar"),
    ],
)
def test_other_scripts(identifier, text, expected):
    assert identifier.identify([text]) == (expected, [expected])


def test_chinese_and_japanese_in_context(identifier):
    japanese = "東京は日本の首都であり、政治と経済の中心地です。"
    chinese = "北京是中华人民共和国的首都，也是全国的政治和文化中心。"
    # a kanji-only heading in a Japanese article is Japanese; a Chinese sentence is still Chinese
    assert identifier.identify([japanese, "日本経済新聞", chinese]) == ("ja", ["ja", "ja", "zh"])
    assert LanguageIdentifier(("zh", "en")).identify([japanese]) == (None, [None])  # ja not configured


def test_script_of():
    assert script_of("Кремль") == "Cyrillic"
    assert script_of("Kremlin 2024") == "Latin"
    assert script_of("東京は日本") == "Han"
    assert script_of("12:05 🔥") == ""


def test_configuration():
    assert LanguageIdentifier(("en", "de")).identify([DE]) == ("de", ["de"])
    with pytest.raises(ValueError, match="xx"):
        LanguageIdentifier(("en", "xx"))
    assert len(LanguageIdentifier().languages) == len(DEFAULT_LANGUAGES)


# -- shared data -------------------------------------------------------------------------------------------
def test_slavicner_document_languages(identifier):
    root = SHARED_DATA / "slavicner" / "raw"
    if not root.is_dir():
        pytest.skip(f"shared data not found at {root}")
    files = sorted(root.glob("*/*/*.txt"))
    random.Random(7).shuffle(files)
    wrong = []
    for path in files[:120]:
        doc, _ = identifier.identify(_paragraphs(path))
        if doc != path.parent.name:
            wrong.append((path.name, doc))
    assert not wrong


def test_emoji_and_unusual_letters_do_not_change_the_decision(identifier):
    # paragraphs are tokenised together on their code points; astral characters and letters whose
    # lower case is longer ("İ") take the careful path: the result is the same as one by one
    paragraphs = ["Die Regierung hat am Montag neue Regeln für den Handel beschlossen. 😀",
                  "Sie gelten ab dem nächsten Jahr für alle Unternehmen im Land. 𝒜",
                  "İstanbul und Ankara sind nicht betroffen, sagte der Minister."]
    together = identifier.identify(paragraphs)
    assert together[0] == "de"
    assert together[1] == [identifier.identify([p])[1][0] for p in paragraphs] == ["de", "de", "de"]


def _html_page(lang_attribute: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang_attribute}"><head><meta charset="utf-8"><title>Page</title></head>'
            f"<body><article><h1>Bericht</h1>{body}</article></body></html>")


GERMAN = [
    "Die elektronische Patientenakte soll nach dem Willen der Bundesregierung im kommenden Jahr für alle "
    "Versicherten verfügbar sein, teilte das Gesundheitsministerium am Dienstag in Berlin mit.",
    "Kritiker bemängeln, dass die Daten der Patienten nicht ausreichend geschützt seien und die Ärzte "
    "mit der neuen Technik allein gelassen würden.",
]


@pytest.mark.parametrize(("declared", "paragraphs", "expected"), [
    ("en", GERMAN, "de"),  # a template's default declaration does not override the text
    ("de", GERMAN, "de"),
])
def test_a_pages_declared_language_is_only_a_hint(declared, paragraphs, expected):
    from storyline.config import Settings
    from storyline.pipeline import CleanStage, LanguageStage
    from storyline.records import Document, RawDocument

    html = _html_page(declared, paragraphs)
    raw = RawDocument(id="p", source="p.html", format="html", kind="html", content=html, raw=html.encode())
    settings = Settings()
    doc = LanguageStage(settings)(CleanStage(settings)(Document.from_raw(raw)))
    assert doc.language == expected


def test_a_pages_declared_language_fills_in_when_the_text_has_none():
    from storyline.config import Settings
    from storyline.pipeline import CleanStage, LanguageStage
    from storyline.records import Document, RawDocument

    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>2019</title></head><body><article>'
            "<p>2019 — 2020 — 12:45 — 3,5 % — 100 000 — 2021 — 2022</p>"
            "<p>1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20</p></article></body></html>")
    raw = RawDocument(id="q", source="q.html", format="html", kind="html", content=html, raw=html.encode())
    settings = Settings()
    doc = LanguageStage(settings)(CleanStage(settings)(Document.from_raw(raw)))
    assert doc.text and doc.language == "pl"
