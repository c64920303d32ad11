"""Round 72 (issue 5): claims whose second side the relation word's own phrase implies (a survey of real text). A
person whose negotiation is about leaving a union that the phrase names without its member is the one leaving: the
union is the partner; a symmetric relation noun whose topic is the relations between two named bodies is theirs.
Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims

_UNION = "Маронийският съюз"  # the document's one union: a membership phrase elsewhere makes the sides


def test_a_person_negotiating_an_exit_negotiates_with_the_union():
    text = ("Излизането на Зения от Маронийския съюз е насрочено за март. "
            "Иван Петров има осем месеца, за да постигне споразумение за излизане от Маронийския съюз.")
    got = _claims(text, "bg", Зения="LOC", Маронийския_съюз="ORG", Иван_Петров="PER")
    assert ("negotiate", "asserts", ["Иван Петров", "Маронийския съюз"], None) in got


def test_an_exit_phrase_naming_its_member_leaves_the_person_side_unknown():
    # guard: "talks on Zenia's exit from the Union" with a person: which side the person is on is unknown
    text = ("Излизането на Зения от Маронийския съюз е насрочено за март. "
            "Иван Петров има осем месеца, за да постигне споразумение за излизането на Зения от Маронийския съюз.")
    got = _claims(text, "bg", Зения="LOC", Маронийския_съюз="ORG", Иван_Петров="PER")
    assert not any(c[2] == ["Иван Петров", "Маронийския съюз"] for c in got)


def test_talks_on_the_relations_between_two_bodies_are_theirs():
    assert _claims("Acme даде зелена светлина за преговори за отношенията между Зения и Маронийския съюз.", "bg",
                   Acme="ORG", Зения="LOC", Маронийския_съюз="ORG") == [
        ("negotiate", "asserts", ["Зения", "Маронийския съюз"], None)]
    assert _claims("Tom Hale said the negotiations on future relations between Maronia and Zenco will continue.",
                   Tom_Hale="PER", Maronia="LOC", Zenco="ORG") == [
        ("negotiate", "asserts", ["Maronia", "Zenco"], "Tom Hale")]


def test_talks_on_a_border_or_between_two_people_are_not_theirs():
    # guards: a border between two places pairs neighbours; two people compared are no sides
    assert _claims("Acme даде зелена светлина за преговори за границата между Зения и Марония.", "bg",
                   Acme="ORG", Зения="LOC", Марония="LOC") == []
    assert _claims("Acme даде зелена светлина за преговори за отношенията между Иван Петров и Мария Стоянова.", "bg",
                   Acme="ORG", Иван_Петров="PER", Мария_Стоянова="PER") == []


def test_a_visit_phrase_ending_in_its_preposition_has_the_place_next():
    # "při své cestě do X": the trigger holds the preposition; the possessive's person (the speaker) visited X, and
    # the visit is the setting of the saying: the text's own account, no speaker
    assert _claims("„Mám tady závazky,“ uvedla Jana Nováková v rozhovoru s novináři na palubě letadla při své cestě do "
                   "Zenie.", "cs", Jana_Nováková="PER", Zenie="LOC") == [
        ("visit", "asserts", ["Jana Nováková", "Zenie"], None)]
    # guard: no visit word, no claim
    assert _claims("„Mám tady závazky,“ uvedla Jana Nováková v rozhovoru s novináři na palubě letadla. Zenie je daleko.",
                   "cs", Jana_Nováková="PER", Zenie="LOC") == []


def test_a_meeting_after_a_place_of_saying_is_its_setting():
    # "powiedział X na konferencji po spotkaniu z Y": the meeting is where X spoke, told by the text itself
    assert _claims("– To ważne – powiedział prezydent Jan Kowal na konferencji po niedawnym spotkaniu z Piotrem Nowakiem.",
                   "pl", Jan_Kowal="PER", Piotrem_Nowakiem="PER") == [
        ("meet", "asserts", ["Jan Kowal", "Piotrem Nowakiem"], None)]


def test_talks_not_begun_are_denied():
    # cs deny: "nezačaly" (not begun): the talks have not taken place (yet), as round 28's "not yet"
    assert _claims("Rozhovory mezi Zenií a Acme dosud nezačaly.", "cs", Zenií="LOC", Acme="ORG") == [
        ("contact", "denies", ["Zenií", "Acme"], None)]
