"""Round 73 (issue 5): the audit's not-a-claim causes. A name right after a preposition of lying outside (lexicon
``outside_prepositions``: "outside", "извън", "mimo", "poza", "вне") is outside the relation, no party ("a deal
between a member state and a state outside the Union"); in Czech a copula before "společně s" makes it "along with"
in a predicate, no cooperation. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_a_name_outside_the_relation_is_no_party():
    # bg: the agreement of a member state with a state outside Marona: no named side
    assert _claims("Зенко включва в текста разпоредба, че споразумение между държава членка и държава извън Марония "
                   "не бива да забавя директивата.", "bg", Зенко="ORG", Марония="LOC") == []
    # cs: free-trade deals of Borelia with states outside Marona
    assert _claims("Zpochybňován je přínos, jakého může Borelie v dohodách o volném obchodu se státy mimo Maronu "
                   "dosáhnout.", "cs", Borelie="LOC", Maronu=("LOC", "Marona")) == []
    assert _claims("Borelia wants trade deals with countries outside Marona.", Borelia="LOC", Marona="LOC") == []


def test_a_named_partner_beside_an_outside_phrase_stays():
    # guard: the partner named with "with" stays a party; only the name after "outside" drops
    assert _claims("Borelia signed a trade deal with Zenco outside Marona.", Borelia="LOC", Zenco="ORG",
                   Marona="LOC") == [("negotiate", "asserts", ["Borelia", "Zenco"], None)]


def test_a_copula_before_along_with_makes_no_cooperation():
    # cs: "Marona is, along with Borelia, the most wanted destination"
    assert _claims("Marona je společně s Borelií nejvíce chtěnou destinací pro turisty.", "cs", Marona="LOC",
                   Borelií=("LOC", "Borelia")) == []


def test_a_joint_act_stays_cooperation():
    # guard: "Zenco together with Acme developed a vaccine" and "Marona and Borelia are jointly against" stay
    assert _claims("Zenco společně s firmou Acme vyvinula vakcínu.", "cs", Zenco="ORG", Acme="ORG") == [
        ("cooperate", "asserts", ["Zenco", "Acme"], None)]


def test_the_rest_of_a_kingdoms_full_name_is_no_side_of_its_own():
    # pl: the recogniser splits "the United Kingdom of Great Marona and Northern Borelia" in two
    assert _claims("Rząd chce wypowiedzieć umowę między Zenco a rządem Zjednoczonego Królestwa Wielkiej Maronii i "
                   "Borelii Północnej.", "pl", Zenco="ORG",
                   Zjednoczonego_Królestwa_Wielkiej_Maronii=("LOC", "Zjednoczone Królestwo Wielkiej Maronii"),
                   Borelii_Północnej=("LOC", "Borelia Północna")) == [
        ("negotiate", "asserts", ["Zenco", "Zjednoczonego Królestwa Wielkiej Maronii"], None)]
    assert _claims("Zenco signed a deal with the United Kingdom of Great Marona and Northern Borelia.", Zenco="ORG",
                   United_Kingdom_of_Great_Marona="LOC", Northern_Borelia="LOC") == [
        ("negotiate", "asserts", ["Zenco", "United Kingdom of Great Marona"], None)]


def test_a_kingdom_and_another_state_stay_two_sides():
    # guard: the kingdom noun ends the mention ("the United Kingdom and Borelia"): two states
    assert _claims("Zenco prowadzi negocjacje ze Zjednoczonym Królestwem i Borelią.", "pl", Zenco="ORG",
                   Zjednoczonym_Królestwem=("LOC", "Zjednoczone Królestwo"), Borelią=("LOC", "Borelia")) == [
        ("negotiate", "asserts", ["Zenco", "Zjednoczonym Królestwem", "Borelią"], None)]
    # guard: a second state after a kingdom's name in apposition (no "of", no case): two states
    assert _claims("Zenco signed a deal with the Kingdom Marona and Borelia.", Zenco="ORG", Kingdom_Marona="LOC",
                   Borelia="LOC") == [("negotiate", "asserts", ["Zenco", "Kingdom Marona", "Borelia"], None)]


def test_a_quoted_border_noun_still_pairs_neighbours():
    # pl: the closing quote of '"twardej granicy"' stood between the border noun and "między": the two neighbours
    # were taken as the sides of the negotiations named later
    s = dict(Maronią=("LOC", "Maronia"), Borelią=("LOC", "Borelia"))
    assert _claims('Szef rady zaznaczył, że zrobi wszystko, by uniknąć "twardej granicy" między Maronią i Borelią, '
                   'co wróży dobrze w negocjacjach.', "pl", **s) == []
    # guard: without the quotes the same (round 17's topic noun)
    assert _claims("Szef rady zaznaczył, że zrobi wszystko, by uniknąć twardej granicy między Maronią i Borelią, "
                   "co wróży dobrze w negocjacjach.", "pl", **s) == []


def test_the_visitor_is_the_subject_after_a_setting_phrase_of_places():
    # sl: "After fruitless visits to Marona and Borelia, Prime Minister Marta Novak ended the week …"
    s = dict(Maroni=("LOC", "Marona"), Boreliji=("LOC", "Borelija"), Marta_Novak="PER", Kasiji=("LOC", "Kasija"))
    assert _claims("Po jalovih obiskih v Maroni in Boreliji je premierka Marta Novak končala teden pogajanj z večerjo "
                   "v Kasiji.", "sl", **s)[0] == ("visit", "asserts", ["Marta Novak", "Maroni", "Boreliji"], None)


def test_places_of_a_visit_with_no_subject_after_them_stay_unclaimed():
    # guard: a person after a comma and a clause of its own is no visitor ("it was calm, said Marta Novak")
    s = dict(Maroni=("LOC", "Marona"), Boreliji=("LOC", "Borelija"))
    assert not any("Marta Novak" in c[2] for c in _claims(
        "Po obiskih v Maroni in Boreliji je bilo mirno, je dejala Marta Novak.", "sl", Marta_Novak="PER", **s))


def test_the_subject_calling_someone_elses_relation_something_is_no_party():
    # ru: "Maria Petrova called the letters of ambassador Ivan Sidorov part of a campaign": the letters are Sidorov's,
    # their addressee unnamed; Petrova judges them
    s = dict(Мария_Петрова="PER", Ивана_Сидорова=("PER", "Иван Сидоров"), Иваном_Сидоровым=("PER", "Иван Сидоров"))
    assert _claims("Мария Петрова назвала письма посла Ивана Сидорова о проекте частью программы.", "ru", **s) == []


def test_the_subject_calling_its_own_talks_something_stays_a_party():
    # guard: "Petrova called the talks with Sidorov constructive" — her own talks (a partner after "with")
    s = dict(Мария_Петрова="PER", Иваном_Сидоровым=("PER", "Иван Сидоров"))
    assert _claims("Мария Петрова назвала переговоры с Иваном Сидоровым конструктивными.", "ru", **s) == [
        ("negotiate", "asserts", ["Мария Петрова", "Иваном Сидоровым"], None)]


def test_a_name_after_but_not_is_no_party():
    # bg: "We are leaving Zenco, but not Marona; we want a partnership with Zenco," said Ivan Petrov
    assert _claims('"Ние напускаме Зенко, но не и Марония, искаме партньорство със Зенко", заяви Иван Петров.', "bg",
                   Зенко="ORG", Марония="LOC", Иван_Петров="PER")[0] == (
        "cooperate", "asserts", ["Иван Петров", "Зенко"], "Иван Петров")


def test_neither_nor_names_stay_parties():
    # guard: "Neither Zenco nor Marona will get everything in the talks": both are the talks' sides
    assert _claims("Нито Зенко, нито Марония ще получи в преговорите всичко, каза Иван Петров.", "bg", Зенко="ORG",
                   Марония="LOC", Иван_Петров="PER") == [
        ("negotiate", "asserts", ["Зенко", "Марония"], "Иван Петров")]
