"""Sentence splitting: spans users can cut text with."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.repair import repair_text
from storyline.sentences.split import split_sentences

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "musk-kremlin"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def sentences(text: str, language: str | None = None) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Mr. Smith went to Washington. He said hi.", "en", ["Mr. Smith went to Washington.", "He said hi."]),
        ("Dr. Jones met Prof. Lee. They talked.", "en", ["Dr. Jones met Prof. Lee.", "They talked."]),
        ("The U.S. President spoke. The U.S. The end.", "en", ["The U.S. President spoke.", "The U.S.", "The end."]),
        ("He moved to the U.S. in 2010. He liked it.", "en", ["He moved to the U.S. in 2010.", "He liked it."]),
        ("J. R. R. Tolkien wrote it. Then he rested.", "en", ["J. R. R. Tolkien wrote it.", "Then he rested."]),
        ("It grew 3.5 percent... and then more. Next one.", "en",
         ["It grew 3.5 percent... and then more.", "Next one."]),
        ("В 2024 г. Путин заявил. В. В. Путин и т.е. все.", "ru", ["В 2024 г. Путин заявил.", "В. В. Путин и т.е. все."]),
        ("Он живёт на ул. Ленина, гл. 5 книги. Потом ушёл.", "ru", ["Он живёт на ул. Ленина, гл. 5 книги.", "Потом ушёл."]),
        ("Stalo se to 1. listopadu 2022. Pak přišel.", "cs", ["Stalo se to 1. listopadu 2022.", "Pak přišel."]),
        ("Am 12. März 2022 kam er. Dann ging er.", "de", ["Am 12. März 2022 kam er.", "Dann ging er."]),
        ("Prices rose in 2024. 2025 looks worse.", "en", ["Prices rose in 2024.", "2025 looks worse."]),
        ("北京是中国的首都。上海是最大的城市。", "zh", ["北京是中国的首都。", "上海是最大的城市。"]),
    ],
)
def test_abbreviations_numbers_ellipses(text, language, expected):
    assert sentences(text, language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“It was fine.” Then he left.", ["“It was fine.”", "Then he left."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("\"It was fine,\" he said. Next day.", ["\"It was fine,\" he said.", "Next day."]),
        ("Он сказал: «Мы готовы». Потом ушёл.", ["Он сказал: «Мы готовы».", "Потом ушёл."]),
        ("„Ще бъде ли 2029 г. годината на мисия?“, предложи той. Дни по-късно.",
         ["„Ще бъде ли 2029 г. годината на мисия?“, предложи той.", "Дни по-късно."]),
        ("He paused. “Then what?” She shrugged.", ["He paused.", "“Then what?”", "She shrugged."]),
        # „…“ quotes (bg, cs, de, ru, sk, sl) close with “: a full stop before it ends the sentence
        ("Той каза: „Ще дойдем.“ Той добави още.", ["Той каза: „Ще дойдем.“", "Той добави още."]),
        ("Řekl: „Půjdeme.‘ Pak odešel.", ["Řekl: „Půjdeme.‘", "Pak odešel."]),
        ("He said so. “Then we left,” she said.", ["He said so.", "“Then we left,” she said."]),
    ],
)
def test_quotes(text, expected):
    assert sentences(text) == expected


def test_real_quote_from_example():
    line = next(
        line for line in (EXAMPLES / "000_0abcb6ec407da9da.txt").read_text(encoding="utf-8").split("\n")
        if line.startswith("“Without a doubt")
    )
    assert sentences(line, "en") == [
        "“Without a doubt, the president is open to discussions with foreign businessmen,” Peskov explained.",
        "“There are regular discussions, practically every year, with French entrepreneurs, Germans, those with a "
        "large presence in our market.",
        "You and I know that Elon Musk isn’t in our market, but we hope that with time, he will become interested "
        "in it.",
        "And then, a meeting with the president isn’t out of the question.”",
    ]


def test_paragraph_and_line_breaks():
    text = "Headline without a stop\nFirst sentence. Second one\n\nNew paragraph."
    assert sentences(text) == ["Headline without a stop", "First sentence.", "Second one", "New paragraph."]
    wrapped = "This line is hard-wrapped and\ncontinues here. Next."
    assert sentences(wrapped) == ["This line is hard-wrapped and\ncontinues here.", "Next."]


def test_offsets_are_code_points_and_trimmed():
    text = "  Кремль 🙂 заявил.   Маск ответил!  \n"
    spans = split_sentences(text, "ru")
    assert [(s.start, s.end) for s in spans] == [(2, 18), (21, 34)]
    assert text[spans[0].start : spans[0].end] == "Кремль 🙂 заявил."


def test_examples_cover_every_character():
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = repair_text(path.read_text(encoding="utf-8"))
        _check_invariants(text, split_sentences(text))


def _check_invariants(text, spans):
    covered = set()
    last_end = 0
    for s in spans:
        assert last_end <= s.start < s.end <= len(text)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        assert "\n\n" not in piece and not any(line.strip() == "" for line in piece.split("\n"))
        covered.update(range(s.start, s.end))
        last_end = s.end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Cd.!?…“”«»\"'\n 12Дж. ")), max_size=120), st.sampled_from(
    [None, "en", "ru", "de"]))
def test_invariants_on_any_text(text, language):
    _check_invariants(text, split_sentences(text, language))


def test_ud_bulgarian_precision():
    path = SHARED_DATA / "ud" / "bg" / "bg_btb-ud-test.conllu"
    if not path.is_file():
        pytest.skip(f"shared data not found at {path}")
    gold_sentences = [line[9:].rstrip("\n") for line in path.open(encoding="utf-8") if line.startswith("# text = ")]
    tp = fp = 0
    for i in range(0, 1000, 5):
        group = gold_sentences[i : i + 5]
        text = " ".join(group)
        gold, pos = set(), 0
        for s in group[:-1]:
            pos += len(s)
            gold.add(pos)
            pos += 1
        predicted = {s.end for s in split_sentences(text, "bg")[:-1]}
        tp += len(predicted & gold)
        fp += len(predicted - gold)
    assert tp / (tp + fp) >= 0.97


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # scraped text that lost its line breaks: a sign-off or headline run into the next sentence
        ("Тя ще предложи сделка, пише вестник The Tribune В речта си тя ще каже повече.", "bg",
         ["Тя ще предложи сделка, пише вестник The Tribune", "В речта си тя ще каже повече."]),
        ("Rusko žádá odpovědi po Francii Další plynovod je na cestě.", "cs",
         ["Rusko žádá odpovědi po Francii", "Další plynovod je na cestě."]),
        ("Premier ogłosił to w Warszawie, podaje Agencja Nord Po ośmiu latach wszystko się zmieniło.", "pl",
         ["Premier ogłosił to w Warszawie, podaje Agencja Nord", "Po ośmiu latach wszystko się zmieniło."]),
        # names with a function word inside, numerals, initials and letters stay whole
        ("Pacient byl převezen do Nemocnice Na Františku, kde zemřel.", "cs",
         ["Pacient byl převezen do Nemocnice Na Františku, kde zemřel."]),
        ("Cepivo Sputnik V so testirali v Moskvi.", "sl", ["Cepivo Sputnik V so testirali v Moskvi."]),
        ("Врачи проверяют гепатит В и С у пациентов.", "ru", ["Врачи проверяют гепатит В и С у пациентов."]),
        ("Статью написал Иван Демков К. С. Петров помогал.", "ru", ["Статью написал Иван Демков К. С. Петров помогал."]),
        ("В письме Пётр Смирнов пишет: благодарим Вас за помощь.", "ru",
         ["В письме Пётр Смирнов пишет: благодарим Вас за помощь."]),
        # English writes headlines in title case: never split there
        ("Trump Meets With Putin In Helsinki", "en", ["Trump Meets With Putin In Helsinki"]),
    ],
)
def test_sentences_glued_without_punctuation(text, language, expected):
    assert [text[s.start : s.end] for s in split_sentences(text, language)] == expected


@pytest.mark.parametrize("text, language, expected", [
    # scraped text that lost the space after a full stop (a line break was there)
    ("Въпросът разделя правителството.Министрите на 27-те страни гласуват.", "bg",
     ["Въпросът разделя правителството.", "Министрите на 27-те страни гласуват."]),
    ("Той каза това, предава БТА.Вчера Иван Петров каза, че ще дойде.", "bg",
     ["Той каза това, предава БТА.", "Вчера Иван Петров каза, че ще дойде."]),
    ("Както пише „Зенко“.След като главният преговарящ каза това.", "bg",
     ["Както пише „Зенко“.", "След като главният преговарящ каза това."]),
    # a straight quote after the glued stop opens the next sentence unless the sentence has one open
    ("цитиран от Зенко.\"Очаквам предложение\", каза той.", "bg", ["цитиран от Зенко.", "\"Очаквам предложение\", каза той."]),
    ("Он сказал: \"Мы придем.\"Затем ушел.", "ru", ["Он сказал: \"Мы придем.\"", "Затем ушел."]),
    # not a boundary: abbreviations, initials, acronyms, domains, numbers
    ("Той живее на ул.Ленина в град София.", "bg", ["Той живее на ул.Ленина в град София."]),
    ("До сих пор Д.Иванов занимал должность.", "ru", ["До сих пор Д.Иванов занимал должность."]),
    ("Kampania Leave.EU była aktywna.", "pl", ["Kampania Leave.EU była aktywna."]),
    ("Visit www.Example.org now.", "en", ["Visit www.Example.org now."]),
    ("Serwis PanMARONIA.Net podał to.", "pl", ["Serwis PanMARONIA.Net podał to."]),
    ("Spotkał się z kampanią „Alfa.Vox” oraz z Zenco.", "pl", ["Spotkał się z kampanią „Alfa.Vox” oraz z Zenco."]),
    ("Wzrost wyniósł 3.5 procent.", "pl", ["Wzrost wyniósł 3.5 procent."]),
])
def test_sentences_glued_at_a_full_stop_without_a_space(text, language, expected):
    assert sentences(text, language) == expected
