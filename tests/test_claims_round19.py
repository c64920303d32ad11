"""Round 19 (issue 5, implied sides of talks): a negotiation noun with no parties, in a document that
establishes no negotiation and has no membership phrase, is between the two bodies the document pairs
with "between" ("relations between Freedonia and the Atlantic Union"), when that pair is the only one
and both are places or organisations. Invented names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`


def test_talks_between_the_pair_named_with_between_en():
    text = ("Relations between Freedonia and the Atlantic Union are tense. "
            "The negotiations will resume next week.")
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Freedonia", "Union"])]


def test_talks_between_the_pair_named_with_between_uk_bg_cs():
    text = ("Відносини між Руританією і АС напружені. "
            "Основною проблемою переговорів було питання кордонів.")
    doc = make_doc(text, "uk", names(Руританією=("LOC", "Руританія"), АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руританія"])]
    text = "Отношенията между Руритания и АС са обтегнати. Преговорите ще продължат следващата седмица."
    doc = make_doc(text, "bg", names(Руритания="LOC", АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руритания"])]
    text = "Vztahy mezi Ruritánií a AU jsou napjaté. Jednání budou pokračovat příští týden."
    doc = make_doc(text, "cs", names(Ruritánií=("LOC", "Ruritánie"), AU="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritánie"])]


def test_a_sentence_naming_someone_else_makes_no_claim_en():
    # guard (passes before and after): a third party's talks are another relation
    text = ("Relations between Freedonia and the Atlantic Union are tense. "
            "Talks with Sylvania will resume next week.")
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG", Sylvania="LOC"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


def test_two_between_pairs_imply_no_sides_en():
    # guard (passes before and after): two pairs, which one is meant is unknown
    text = ("Relations between Freedonia and the Atlantic Union are tense, and so is trade between "
            "Sylvania and the Northern League. The negotiations will resume next week.")
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG", Sylvania="LOC", Northern_League="ORG"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


def test_two_people_after_between_are_no_sides_en():
    # guard (passes before and after): "a debate between X and Y" names no sides of talks
    text = "A debate between Tom Varley and Ann Dorsk was held. The negotiations will resume next week."
    doc = make_doc(text, "en", names(Tom_Varley="PER", Ann_Dorsk="PER"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


def test_a_border_between_two_places_pairs_no_sides_en_pl_bg():
    # guard (passes before and after): "the border between X and Y" pairs neighbours, not sides of talks
    text = ("There must be no hard border between Freedonia and North Freedonia. "
            "The negotiations will resume next week.")
    doc = make_doc(text, "en", names(Freedonia="LOC", North_Freedonia="LOC"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []
    text = "Chodzi o kwestie ruchu granicznego pomiędzy Rurytanią i Sylwanią. Negocjacje trwają."
    doc = make_doc(text, "pl", names(Rurytanią=("LOC", "Rurytania"), Sylwanią=("LOC", "Sylwania")))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []
    text = "Не трябва да има твърда граница между Руритания и Силвания. Преговорите ще продължат."
    doc = make_doc(text, "bg", names(Руритания="LOC", Силвания="LOC"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


def test_two_states_after_between_are_the_sides_ru():
    text = "Отношения между Руританией и Сильванией обострились. Переговоры продолжатся в среду."
    doc = make_doc(text, "ru", names(Руританией=("LOC", "Руритания"), Сильванией=("LOC", "Сильвания")))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Руритания", "Сильвания"])]


def test_two_companies_compared_are_no_sides_en():
    # guard (passes before and after): "differences between X and Y" of two organisations
    text = "Differences between Acmecorp and Globex are small. The negotiations will resume next week."
    doc = make_doc(text, "en", names(Acmecorp="ORG", Globex="ORG"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []
