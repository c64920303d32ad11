"""Round 58 (issue 5): relation words dev7 still missed in two constructions of the extractor. A persuading verb
whose object is a role holder with a modifier before the role ("убеди бившия премиер Y да …": `_receives_person`
read only one word after the verb); a verb of pressing whose addressee stands before it after the verb's own
preposition ("X na Y naléhají, aby …", "X na Y čím dál více tlačí": `_fronted_requests`, new [relations.request]
keys ``fronted_verbs``, ``fronted_prepositions``). Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_persuading_a_role_holder_with_a_modifier_before_the_role():
    assert _claims("Иван Петров убеди бившия премиер Петър Иванов да насрочи референдума.", "bg",
                   Иван_Петров="PER", Петър_Иванов="PER") == [("request", ["Иван Петров", "Петър Иванов"])]
    assert _claims("Иван Петров убедил бывшего премьера Петра Сидорова уйти.", "ru",
                   Иван_Петров="PER", Петра_Сидорова=("PER", "Петр Сидоров")) == [
        ("request", ["Иван Петров", "Петра Сидорова"])]
    assert _claims("Jan Kowal przekonał byłego premiera Piotra Nowaka do dymisji.", "pl",
                   Jan_Kowal="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == [("request", ["Jan Kowal", "Piotra Nowaka"])]


def test_persuading_with_a_modifier_and_no_holder_is_no_request():
    # stated guard: the role named with no holder after it, then "that": convincing of a fact, no one asked
    assert _claims("Иван Петров убеди бившия премиер, че Петър Иванов греши.", "bg",
                   Иван_Петров="PER", Петър_Иванов="PER") == []


def test_the_pressed_before_the_verb_after_its_own_preposition():
    assert _claims("Jan Novák na Petra Dvořáka naléhá, aby odstoupil.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [("request", ["Jan Novák", "Petra Dvořáka"])]
    # (a genitive owner opening the sentence is no asker: "poslanci Strany zelených", the deputies unnamed)
    assert _claims("Proevropští poslanci Strany zelených však na Petra Dvořáka čím dál více tlačí, aby odstoupil.", "cs",
                   Strany_zelených=("ORG", "Strana zelených"), Petra_Dvořáka=("PER", "Petr Dvořák")) == []
    assert _claims("Jan Novák však na Petra Dvořáka čím dál více tlačí, aby odstoupil.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [("request", ["Jan Novák", "Petra Dvořáka"])]
    assert _claims("Jan Kowal na Piotra Nowaka mocno naciska, by odszedł.", "pl",
                   Jan_Kowal="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == [("request", ["Jan Kowal", "Piotra Nowaka"])]
    assert _claims("Marko Kos na Janeza Novaka pritiska, naj odstopi.", "sl",
                   Marko_Kos="PER", Janeza_Novaka=("PER", "Janez Novak")) == [("request", ["Janeza Novaka", "Marko Kos"])]


def test_a_place_after_the_preposition_is_not_pressed():
    # stated guard: "na Moravě" is where, not whom; the trigger's own "tlačí na" governs a thing (round 55)
    assert _claims("Jan Novák na Moravě tlačí na změnu zákona.", "cs",
                   Jan_Novák="PER", Moravě=("LOC", "Morava")) == []


def test_making_concessions_to_a_side_is_negotiating_with_it():
    assert _claims("Иван Петров идет на значительные уступки Вене.", "ru",
                   Иван_Петров="PER", Вене=("LOC", "Вена")) == [("negotiate", ["Вене", "Иван Петров"])]
    assert _claims("Jan Kowal poszedł na ustępstwa wobec Wiednia.", "pl",
                   Jan_Kowal="PER", Wiednia=("LOC", "Wiedeń")) == [("negotiate", ["Jan Kowal", "Wiednia"])]
    assert _claims("Иван Петров направи сериозни отстъпки на Виена.", "bg",
                   Иван_Петров="PER", Виена="LOC") == [("negotiate", ["Виена", "Иван Петров"])]
    assert _claims("Jan Novák udělal ústupky Vídni.", "cs",
                   Jan_Novák="PER", Vídni=("LOC", "Vídeň")) == [("negotiate", ["Jan Novák", "Vídni"])]
    assert _claims("Іван Петренко пішов на поступки Відню.", "uk",
                   Іван_Петренко="PER", Відню=("LOC", "Відень")) == [("negotiate", ["Іван Петренко", "Відню"])]
