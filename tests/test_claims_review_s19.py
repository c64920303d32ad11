"""A review of session 19's rounds (issue 5): the defects it found, each shown failing on the code before the fix.
Invented names."""

from __future__ import annotations

from test_claims_round87 import _claims


def test_a_negotiator_in_a_documents_last_sentence_without_a_full_stop_bg():
    # round 99's scan for the side the negotiator's clause names ran one token past the sentence: IndexError here
    text = ("Преговорите между Фредония и Съюза започнаха в понеделник. Времето беше хубаво. "
            "Главният преговарящ на Съюза Иван Петров ще информира министрите в петък")
    claims = _claims(text, "bg", Фредония="LOC", Съюза=("ORG", "Съюз"), Иван_Петров="PER")
    assert ("negotiate", ["Съюза", "Фредония"]) in claims


def test_a_time_phrase_opening_the_sentence_is_no_fronted_call_for_action():
    # round 82's fronted call ("К самой мощной забастовке … призвали профсоюзы") took any opening "к + noun"
    assert _claims("К концу недели Иван Петров призвал Петра Иванова уйти в отставку.", "ru",
                   Иван_Петров="PER", Петра_Иванова=("PER", "Петр Иванов")) == [
        ("request", ["Иван Петров", "Петра Иванова"])]
    assert _claims("Ke konci týdne Jan Novák vyzval Petra Dvořáka k rezignaci.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [
        ("request", ["Jan Novák", "Petra Dvořáka"])]


def test_titles_joined_after_between_are_two_peoples():
    # round 92's coordinated titles: "between the foreign minister and President X" gives X no foreign minister's title
    text = ("The talks between the foreign minister and President Tom Hale began on Friday. "
            "The foreign minister later met Ann Lee.")
    assert _claims(text, "en", Tom_Hale="PER", Ann_Lee="PER") == []
    # guard: one person's two titles still join
    text = "Deputy prime minister and foreign minister Ann Lee spoke. The foreign minister later met Tom Hale."
    assert _claims(text, "en", Tom_Hale="PER", Ann_Lee="PER") == [("meet", ["Ann Lee", "Tom Hale"])]
