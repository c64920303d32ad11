"""Round 102 (issue 5): a symmetric relation whose own partner phrase is an unnamed group of people ("agreements with
the pilots", "договоров с трудящимися") has that group for its other side, with no mention: the names elsewhere in the
sentence (a company and its founder, a union's head and the company) are not its two sides, so no claim. A name owning
the group ("с пилотами Cockpit", "колегите си от Литва") names it: guards. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_an_unnamed_group_after_the_partner_preposition_is_the_other_side():
    assert _claims("Отказ его основателя Ивана Петрова от заключения тарифных договоров с трудящимися позволял Zenco "
                   "держать цены низкими.", "ru", Ивана_Петрова="PER", Zenco="ORG") == []
    assert _claims("По мнению руководителя профсоюза Ивана Петрова, Zenco не намерена искать соглашения с пилотами "
                   "в конструктивном ключе.", "ru", Ивана_Петрова="PER", Zenco="ORG") == []


def test_a_group_a_name_owns_is_named():
    # guards: the name right after the group, or after an origin preposition, is the group's own
    assert _claims("Zenco ведет переговоры с пилотами Acme.", "ru", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]
    assert _claims("Иван Петров заяви след среща с колегите си от Марония, че страната му ще помогне.", "bg",
                   Иван_Петров="PER", Марония="LOC") == [("meet", "asserts", ["Иван Петров", "Марония"], None)]


def test_a_joint_phrase_after_an_untagged_name_or_a_second_conjunct_has_no_named_side():
    # an untagged name right before "jointly with": the party found elsewhere is a bystander
    assert _claims("Zenco тества ваксина, разработена от компанията Bolvex съвместно с Марония.", "bg", Zenco="ORG",
                   Марония="LOC") == []
    assert _claims("Zenco випробовує вакцину, розроблену компанією Bolvex спільно з Маронією.", "uk", Zenco="ORG",
                   Маронією="LOC") == []
    # the second conjunct, unnamed, owns the relation noun: "Acme in projekt univerze v sodelovanju z Zenco"
    assert _claims("Najdlje sta prišla družba Acme in projekt univerze v sodelovanju z družbo Zenco.", "sl",
                   Acme="ORG", Zenco="ORG") == []


def test_the_partys_own_relation_noun_after_a_conjunction_stays():
    # guard: a possessive between ("May and her deal with Brussels") makes the noun the party's own
    assert _claims("Ivanu Novaku in njegovemu dogovoru z Maronijo podpora pada.", "sl", Ivanu_Novaku="PER",
                   Maronijo="LOC") == [("negotiate", "asserts", ["Ivanu Novaku", "Maronijo"], None)]
