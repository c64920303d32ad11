"""Post-model mechanisms that keep NER usable on topics the model never saw (issue 4).

Each test builds a text and the spans a recogniser might return for it, and checks what the
document-level passes make of them: inflected forms of one name (entities/name_forms.py,
entities/consistency.py), names whose shape says "product" (entities/name_shape.py) and natasha's
people merged into Russian text (entities/natasha_ru.py).
"""

from __future__ import annotations

import pytest

from storyline.entities.consistency import consistent_spans
from storyline.entities.name_forms import same_name, word_stems
from storyline.entities.name_shape import shape_adjusted, typed_by_shape, with_model_number
from storyline.entities.natasha_ru import merge_russian
from test_entity_consistency import readable, spans_of  # the same span-building helpers


# ------------------------------------------------------------------ forms of one name
@pytest.mark.parametrize("a, b", [
    (("Путин",), ("Путиным",)),
    (("Gazprom",), ("Gazpromu",)),
    (("Тереза", "Мэй"), ("Терезы", "Мэй")),
    (("Брекзит",), ("Брекзитът",)),
])
def test_declined_forms_are_one_name(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize("a, b", [
    (("Мэй",), ("Мэя",)),  # stems shorter than four letters are not compared
    (("Iran",), ("Irak",)),
    (("Тереза", "Мэй"), ("Мэй",)),  # different number of words
    (("Австрия",), ("Австрийский",)),  # a derived adjective, not a case form
])
def test_different_words_are_not_one_name(a, b):
    assert not same_name(a, b)


def test_every_stem_keeps_four_letters():
    assert all(len(s) >= 4 for s in word_stems("Газпромом") if s != "газпромом")
    assert "газпром" in word_stems("Газпромом")


def test_a_declined_form_the_model_missed_is_added_with_the_names_type():
    text = ("Газпром объявил о новом контракте. Газпром сообщил цену. "
            "Партнёры Газпрома подписали договор с Газпромом.")
    found = consistent_spans(text, spans_of(text, ("Газпром", "ORG", 0), ("Газпром", "ORG", 1)))
    assert readable(text, found) == [("Газпром", "ORG"), ("Газпром", "ORG"),
                                     ("Газпрома", "ORG"), ("Газпромом", "ORG")]


def test_a_declined_full_name_is_found_word_by_word():
    text = "Тереза Мэй прибыла в Брюссель. Визит Терезы Мэй продлится два дня."
    found = consistent_spans(text, spans_of(text, ("Тереза Мэй", "PER", 0), ("Брюссель", "LOC", 0)))
    assert ("Терезы Мэй", "PER") in readable(text, found)


def test_a_declined_form_also_written_in_lower_case_is_not_added():
    # "Мира" (a name) and "мира" (of the world / of peace): the lower-case word is not a name
    text = "Мир встретил гостей. Мир рад. Ради мира все пришли. Мира хватит всем."
    found = consistent_spans(text, spans_of(text, ("Мир", "LOC", 0), ("Мир", "LOC", 1)))
    assert "Мира" not in [surface for surface, _ in readable(text, found)]


def test_a_form_seen_once_takes_the_type_of_its_names_other_forms():
    text = "Gazprom podpisal umowę. Gazprom zapłacił. Gazprom milczy. Zarząd Gazpromu odmówił."
    spans = spans_of(text, ("Gazprom", "ORG", 0), ("Gazprom", "ORG", 1), ("Gazprom", "ORG", 2),
                     ("Gazpromu", "LOC", 0))
    assert ("Gazpromu", "ORG") in readable(text, consistent_spans(text, spans))


def test_a_form_with_its_own_majority_keeps_its_type():
    # "Iraq" the country and "Iraqi" the adjective share a stem, but each form was read its own way
    # at least twice: the three "Iraq" do not outvote the two "Iraqi"
    text = "Iraq voted. Iraqi troops moved. Iraq agreed. Iraqi officials said so. Iraq won."
    spans = spans_of(text, ("Iraq", "LOC", 0), ("Iraqi", "MISC", 0), ("Iraq", "LOC", 2),
                     ("Iraqi", "MISC", 1), ("Iraq", "LOC", 4))
    assert [label for _, label in readable(text, consistent_spans(text, spans))] == [
        "LOC", "MISC", "LOC", "MISC", "LOC"]


def test_a_word_of_a_persons_full_name_read_as_a_place_is_the_person():
    text = "Азия Биби освобождена. Биби покинула тюрьму. Семья Биби и Азия Биби уехали. Биби молчит."
    spans = spans_of(text, ("Азия Биби", "PER", 0), ("Биби", "LOC", 1), ("Биби", "LOC", 2),
                     ("Азия Биби", "PER", 1), ("Биби", "LOC", 4))
    assert {label for surface, label in readable(text, consistent_spans(text, spans))} == {"PER"}


def test_a_place_recognised_far_more_often_than_a_namesake_stays_a_place():
    text = ("Jack London wrote. London grew. London voted. London won. London paid. London slept. "
            "London woke.")
    spans = spans_of(text, ("Jack London", "PER", 0), *(("London", "LOC", i) for i in range(1, 7)))
    assert [label for _, label in readable(text, consistent_spans(text, spans))] == ["PER"] + ["LOC"] * 6


def test_an_event_name_is_also_found_in_lower_case_forms():
    text = "Brexit je tu. Po Brexitu se vše změní. Kvůli brexitu odešli. Brexit bolí."
    found = consistent_spans(text, spans_of(text, ("Brexit", "MISC", 0), ("Brexit", "MISC", 2)))
    assert ("brexitu", "MISC") in readable(text, found)
    assert ("Brexitu", "MISC") in readable(text, found)


def test_people_and_organisations_are_not_looked_for_in_lower_case():
    text = "Orlen kupił stację. Orlen zapłacił. Paliwo z orlenu jest droższe."
    found = consistent_spans(text, spans_of(text, ("Orlen", "ORG", 0), ("Orlen", "ORG", 1)))
    assert "orlenu" not in [surface for surface, _ in readable(text, found)]


# ------------------------------------------------------------------ the shape of a name
@pytest.mark.parametrize("surface, label, expected", [
    ("SARS-CoV-2", "ORG", "MISC"),
    ("BNT162b2", "PER", "MISC"),
    ("Су-35", "LOC", "MISC"),
    ("Nord Stream 2 AG", "ORG", "ORG"),  # a legal form: a company
    ("ООО «Вектор 3»", "ORG", "ORG"),
    ("27", "ORG", "ORG"),  # no letters: not a code
    ("Pfizer", "ORG", "ORG"),  # no digit
])
def test_codes_with_digits_are_products(surface, label, expected):
    text = f"Сказано: {surface} и всё."
    a = text.index(surface)
    assert typed_by_shape(text, [(a, a + len(surface), label)])[0][2] == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Строительство «Северный поток-2» идёт.", "Северный поток", "Северный поток-2"),
    ("Вакцина Спутник V одобрена.", "Спутник", "Спутник V"),
    ("Plynovod Nord Stream 2 je hotový.", "Nord Stream", "Nord Stream 2"),
    ("Po Brexitu 29. března odejdou.", "Brexitu", "Brexitu"),  # a date
    ("At the Olympics I saw him.", "Olympics", "Olympics"),  # the pronoun
    ("Olympic 100 metres final.", "Olympic", "Olympic"),  # a distance
])
def test_a_product_takes_its_model_number(text, name, expected):
    a = text.index(name)
    (start, end, _), = with_model_number(text, [(a, a + len(name), "MISC")])
    assert text[start:end] == expected


def test_a_team_does_not_take_the_score_after_it():
    text = "Leeds 2 Chelsea 1"
    assert with_model_number(text, [(0, 5, "ORG"), (8, 15, "ORG")]) == [(0, 5, "ORG"), (8, 15, "ORG")]


def test_a_model_number_never_runs_into_the_next_mention():
    text = "Nord Stream 2 AG"
    spans = [(0, 11, "MISC"), (12, 13, "ORG")]
    assert with_model_number(text, spans) == spans


def test_shape_adjusted_retypes_before_extending():
    text = "Вакцина Covid19Vac V одобрена."
    a = text.index("Covid19Vac")
    # the code became MISC first, so its model number is then taken in; an ORG alone would not be
    assert readable(text, shape_adjusted(text, [(a, a + len("Covid19Vac"), "ORG")])) == [("Covid19Vac V", "MISC")]
    assert readable(text, with_model_number(text, [(a, a + len("Covid19Vac"), "ORG")])) == [("Covid19Vac", "ORG")]


# ------------------------------------------------------------------ natasha for Russian people
def test_natasha_people_replace_ours_and_our_other_types_stay():
    ours = [(0, 4, "LOC"), (10, 20, "MISC"), (30, 35, "ORG"), (40, 45, "PER")]
    natasha = [(0, 4, "PER"), (32, 38, "ORG"), (50, 55, "LOC")]
    # natasha's person wins over our LOC; our ORG and MISC stay; natasha's ORG/LOC are not used;
    # our own PER is dropped (natasha did not see a person there)
    assert merge_russian(ours, natasha) == [(0, 4, "PER"), (10, 20, "MISC"), (30, 35, "ORG")]
