"""Text repair: what users rely on — readable, canonical text that says exactly what the input said."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.clean.repair import normalize_newlines, repair_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "musk-kremlin"


# -- mojibake, entities, controls ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "broken, fixed",
    [
        ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "привет мир"),  # UTF-8 read as Latin-1
        ("РџСЂРёРІРµС‚ РјРёСЂ", "Привет мир"),  # UTF-8 read as Windows-1251
        ("cafÃ© and voilÃ  done", "café and voilà done"),
        ("itâ€™s done", "it’s done"),  # the curly apostrophe stays curly
        ("Johnson &amp; Johnson", "Johnson & Johnson"),
        ("ликлинике \x97 старейший", "ликлинике — старейший"),  # C1 control from Windows-1252
        ("Wa\u00adshing\u00adton", "Washington"),  # soft hyphens
        ("ﬁnancial ﬂows", "financial flows"),  # ligatures
    ],
)
def test_repairs_broken_text(broken, fixed):
    assert repair_text(broken) == fixed


@pytest.mark.parametrize(
    "valid",
    [
        "Січень у Києві був холодним, а в лютому потеплішало.",  # "Сі", "ві": not cp1251 mojibake
        "Развитието е сигнал за по-нататъшно укрепване на отношенията между САЩ и Русия.",
        "„Ще бъде ли 2029 г. годината на съвместна мисия на САЩ и Русия до Марс, @elonmusk?“",
        "«Без сомнения», — заявил Песков. “Quoted” ‘single’ \"straight\"",
        "Ｆｕｌｌ，全角の句読点。",  # full-width forms are kept as written
        "Pakistański Sąd Najwyższy uniewinnił chrześcijankę z Pakistanu.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    ],
)
def test_valid_text_is_unchanged(valid):
    assert repair_text(valid) == valid


def test_real_articles_are_unchanged_except_spaces():
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        repaired = repair_text(text)
        assert repaired == "\n".join(line.replace("\u00a0", " ").rstrip(" ") for line in text.split("\n")), path.name
        assert repair_text(repaired) == repaired  # idempotent


def test_unicode_nfc():
    assert repair_text("e\u0301te\u0301") == "été"
    assert repair_text("новата \u0438\u0300 политика") == "новата ѝ политика"


# -- spaces, invisible characters, line endings -----------------------------------------------------------
def test_exotic_spaces_become_plain_spaces():
    assert repair_text("500\u00a0руб. 10\u202f000 a\u2009b c\u3000d\te") == "500 руб. 10 000 a b c d e"


def test_zero_width_characters_removed():
    assert repair_text("Pu\u200btin\ufeff said\u2060 it") == "Putin said it"
    assert repair_text("\ufeffBOM at start") == "BOM at start"
    assert repair_text("a\u200cb \u200dc") == "ab c"  # joiners mean nothing in Latin text


def test_joiners_kept_where_scripts_need_them():
    persian = "می\u200cخواهم"  # ZWNJ is spelling in Persian
    assert repair_text(persian) == persian
    family = "👨\u200d👩\u200d👧"  # ZWJ builds the emoji
    assert repair_text(family) == family


def test_line_endings_and_trailing_spaces():
    assert repair_text("one  \r\ntwo\t\rthree \u2028four") == "one\ntwo\nthree\nfour"


def test_normalize_newlines_changes_nothing_else():
    text = "a\u00a0b  \r\nc\rd\u200b\n"
    assert normalize_newlines(text) == "a\u00a0b  \nc\nd\u200b\n"
    clean = "Already clean.\nNo change at all."
    assert normalize_newlines(clean) is clean


# -- drop caps ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "split, joined",
    [
        ("Р усия иска да си сътрудничи с главния изпълнителен директор на SpaceX Илон Мъск.",
         "Русия иска да си сътрудничи с главния изпълнителен директор на SpaceX Илон Мъск."),
        ("T he Kremlin on Wednesday denied reports.", "The Kremlin on Wednesday denied reports."),
        ("R ussia will discuss cooperation in space.", "Russia will discuss cooperation in space."),
        ("A nother day, another denial.", "Another day, another denial."),  # "nother" is no word
        ("I t was a quiet week in the Kremlin.", "It was a quiet week in the Kremlin."),
        ("С егодня в Кремле заявили, что встреча возможна.", "Сегодня в Кремле заявили, что встреча возможна."),
    ],
)
def test_drop_cap_rejoined(split, joined):
    assert repair_text(split) == joined


@pytest.mark.parametrize(
    "text",
    [
        "A man said the meeting was possible.",
        "I think the meeting is possible.",
        "В Москве заявили, что встреча возможна.",
        "И вот Кремль ответил.",
        "W Polsce mówi się o tym od lat.",
        "Z kolei rząd milczy.",
        "V Praze se o tom mluví.",
        "С него се срещна президентът.",
        "X said it would not comment on the report.",  # the company X
    ],
)
def test_one_letter_words_kept(text):
    assert repair_text(text) == text


def test_drop_cap_only_at_paragraph_start():
    text = "Headline\n\nР усия иска да си сътрудничи с Мъск. Русия е готова, каза T he Guardian."
    assert repair_text(text) == "Headline\n\nРусия иска да си сътрудничи с Мъск. Русия е готова, каза T he Guardian."


def test_drop_cap_uses_the_documents_own_words():
    # "Kremlin" appears elsewhere: "K remlin" at a paragraph start is a drop cap
    text = "K remlin officials were silent.\nThe Kremlin later denied it."
    assert repair_text(text).startswith("Kremlin officials")


# -- long texts: the same repairs (checked on the code points, not by regex scans) ---------------------
def test_long_text_repairs_like_a_short_one():
    filler = "A plain sentence of an ordinary article, nothing to repair here.\n" * 60  # > 2000 chars
    broken = ["cafÃ© and voilÃ  done", "Johnson &amp; Johnson", "Wa\u00adshing\u00adton", "a\u00a0b", "ﬁnancial",
              "ликлинике \x97 старейший", "itâ€™s done"]
    for piece in broken:
        assert repair_text(filler + piece + "\n" + filler) == filler + repair_text(piece) + "\n" + filler


def test_long_valid_cyrillic_text_is_unchanged():
    # Ukrainian "ні", "її" pair a mojibake lead with a continuation character: not mojibake
    text = "Вона сказала, що її рішення остаточне, а він відповів: ні, ще ні.\n" * 50
    assert repair_text(text) == text
