"""Round 22 (issue 5): wrong or missing parties on claims already found. An organisation that ends the
sentence right after a publishing verb ("…, който пристигна във Фредония на посещение, предаде Агенция
Вести.") is the outlet relaying it, not the object of the person before the relative clause, and so no
party; a relative clause holding a relation word that names only the partner after it ("Anny Nowak, która
w Lizbonie spotka się z Olegiem Sokolowem", "Ивана Петрова, которого обвиняют в уступках на переговорах с
X") has the person it is about for its other party. Invented names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`

_BG = names(Иван_Петров="PER", Фредония="LOC", Агенция_Вести="ORG")


def test_outlet_after_a_relative_clause_is_no_party_bg():
    text = ("„Ще осигурим подходящ анализ“, каза Иван Петров, който пристигна във Фредония на тридневно "
            "посещение, предаде Агенция Вести.")
    # (round 53: the relative clause on the speaker is told by the relaying outlet, not by the speaker)
    assert claims_of(make_doc(text, "bg", _BG)) == [("visit", "asserts", ["Петров", "Фредония"], "Вести")]


def test_outlet_after_a_relative_clause_of_being_on_a_visit_bg():
    text = "„Ще осигурим подходящ анализ“, каза Иван Петров, който е на посещение във Фредония, предаде Агенция Вести."
    # (round 53: the relative clause on the speaker is told by the relaying outlet, not by the speaker)
    assert claims_of(make_doc(text, "bg", _BG)) == [("visit", "asserts", ["Петров", "Фредония"], "Вести")]


def test_relative_clause_meeting_has_its_antecedent_for_party_pl():
    text = ("Jego komentarz nastąpił dzień przed wizytą kanclerz Anny Nowak, która w Lizbonie spotka się "
            "z prezydentem Olegiem Sokolowem.")
    doc = make_doc(text, "pl", names(Anny_Nowak=("PER", "Anna Nowak"), Lizbonie=("LOC", "Lizbona"),
                                     Olegiem_Sokolowem=("PER", "Oleg Sokolow")))
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Sokolow"], None)]


def test_relative_pronoun_as_object_names_the_negotiator_ru():
    text = ("Это говорит о падении авторитета Ивана Петрова, которого оппоненты обвиняют в уступках на "
            "переговорах с Атлантическим союзом.")
    doc = make_doc(text, "ru", names(Ивана_Петрова=("PER", "Иван Петров"),
                                     Атлантическим_союзом=("ORG", "Атлантический союз")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Петров", "союз"], None)]


def test_relative_clause_phone_call_cs():
    # round 71: without "podle svých slov" ("by her own account", which makes her the speaker: round 71's tests)
    text = ("„Stojíme za tím,“ uvedla dnes Jana Nováková, která i v pondělí v telefonátu "
            "s Olegem Sokolovem zdůraznila, že projekt je důležitý.")
    doc = make_doc(text, "cs", names(Jana_Nováková="PER", Olegem_Sokolovem=("PER", "Oleg Sokolov")))
    assert claims_of(doc) == [("contact", "asserts", ["Nováková", "Sokolov"], None)]


def test_relative_clause_naming_both_parties_is_unchanged_en():
    # guard (passes before and after): the relative clause's own subject is found as before
    doc = make_doc("The minister praised Anna Smith, who met with Oleg Sokolov in Geneva.", "en",
                   names(Anna_Smith="PER", Oleg_Sokolov="PER", Geneva="LOC"))
    assert claims_of(doc) == [("meet", "asserts", ["Smith", "Sokolov"], None)]
