"""A role word the recogniser read into a name is cut off, and the name after it is a person."""

from __future__ import annotations

import pytest

from storyline.entities.roles import person_roles, split_role_prefix


def cut(text: str, label: str) -> tuple[str, str]:
    a, b, new_label = split_role_prefix(text, 0, len(text), label)
    return text[a:b], new_label


@pytest.mark.parametrize("span, label, expected", [
    ("Политолог Ян Бреммер", "ORG", ("Ян Бреммер", "PER")),
    ("Analyst Jane Smith", "MISC", ("Jane Smith", "PER")),
    ("Говорителят Дмитрий Песков", "ORG", ("Дмитрий Песков", "PER")),
    ("Rzecznik Piotr Müller", "PER", ("Piotr Müller", "PER")),
    ("Journalist Smith", "PER", ("Smith", "PER")),  # the model said PER: only the role goes
])
def test_the_person_after_a_role_word(span, label, expected):
    assert cut(span, label) == expected


@pytest.mark.parametrize("span, label", [
    ("Expert Group", "ORG"),  # one word after the role, and the model says organisation
    ("General Motors", "ORG"),  # "general" begins names of companies: not a role word here
    ("Prince Edward Island", "LOC"),
    ("Jane Smith", "PER"),
    ("Политолог", "PER"),  # nothing after the role word
    ("политолог Ян Бреммер", "PER"),  # lower-case: not a capitalised span start, left to the model
    ("Analyst of the Year", "MISC"),  # lower-case words after it: not a name
])
def test_spans_without_a_role_word_before_a_name_are_unchanged(span, label):
    assert cut(span, label) == (span, label)


def test_offsets_stay_in_the_text():
    text = "В пятницу. Политолог Ян Бреммер сообщил это."
    start = text.index("Политолог")
    a, b, label = split_role_prefix(text, start, start + len("Политолог Ян Бреммер"), "ORG")
    assert text[a:b] == "Ян Бреммер" and label == "PER"


def test_role_words_never_begin_organisation_or_place_names():
    assert {"general", "prince", "foreign", "king", "saint"}.isdisjoint(person_roles())


def test_a_title_read_as_a_name_of_its_own_before_a_person_is_dropped():
    from storyline.entities.roles import without_lone_titles

    text = "Rep. Dana Whitfield met Sen. Omar Lindqvist and Gov Sen."
    spans = [(0, 4, "PER"), (5, 19, "PER"), (24, 28, "ORG"), (29, 43, "PER"), (48, 51, "ORG"), (52, 55, "PER")]
    kept = [(text[a:b], label) for a, b, label in without_lone_titles(text, spans)]
    # "Rep." and "Sen." before a person go; "Gov" before "Sen" does too, but "Sen" as a name stays
    assert kept == [("Dana Whitfield", "PER"), ("Omar Lindqvist", "PER"), ("Sen", "PER")]
    # a title before a place or an organisation, or not right before the person, stays
    text = "President Street, then the Senator said Dana Whitfield"
    spans = [(0, 9, "MISC"), (10, 16, "LOC"), (27, 34, "PER")]
    assert without_lone_titles(text, spans) == spans
