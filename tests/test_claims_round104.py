"""Round 104 (issue 5): fallbacks and clause leftovers. (1) A directed relation continued from the claim just made
keeps that claim's direction, the side named again in its place: "Kowalski poprosił go o numery … 'ambasador prosi
nas o numery' – mówił Nowak" is Kowalski asking Nowak, not Nowak asking Kowalski. (2) The scan for an unnamed group after
a relation noun goes over an abbreviation's full stop ("т.нар.", "so-called"), over a quoted phrase as one word and
over the conjunction of a list: "среща на част от т.нар. „бунтовници“ и народни представители" is those people's
meeting, so no names from another sentence are filled in. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round59 import _claims


def _summaries(text, language, entities):
    return [c.summary for c in extract_claims(make_doc(text, language, entities))]


def test_a_continued_directed_relation_keeps_its_direction():
    text = ("Potwierdził, że spotkał Kowalskiego ponownie. Nowaka - jak sam stwierdził - zaskoczyło tylko jedno: "
            "Kowalski poprosił go o numery telefonów. - Kluczowy fakt polega na tym, że maroński ambasador prosi nas "
            "o numery telefonów - mówił Nowak.")
    entities = {"Kowalskiego": ("PER", "Kowalski"), "Kowalski": ("PER", "Kowalski"), "Nowaka": ("PER", "Nowak"),
                "Nowak": ("PER", "Nowak")}
    assert _summaries(text, "pl", entities) == ["Nowak says request from Kowalski to Nowak",
                                                "Nowak says request from Kowalski to Nowak"]


def test_a_group_after_an_abbreviation_and_a_quoted_phrase_is_the_meetings_own():
    assert _claims("В четвъртък ще се проведе среща между Иван Петров и Мария Стоянова. Изданието пояснява, че става "
                   "въпрос за среща на част от т.нар. „маронски бунтовници“ и народни представители.", "bg",
                   Иван_Петров="PER", Мария_Стоянова="PER") == [
        ("meet", "asserts", ["Иван Петров", "Мария Стоянова"], None)]


def test_a_sentence_end_still_stops_the_scan():
    # guard: a full stop before a capitalised word ends the sentence; the next sentence's group is not the noun's
    assert _claims("В четвъртък ще се проведе среща между Иван Петров и Мария Стоянова. Срещата е важна. Представители "
                   "на опозицията мълчат.", "bg", Иван_Петров="PER", Мария_Стоянова="PER") == [
        ("meet", "asserts", ["Иван Петров", "Мария Стоянова"], None),
        ("meet", "asserts", ["Иван Петров", "Мария Стоянова"], None)]


def test_a_person_and_his_boss_are_one_side():
    assert _claims("V 11:21 oznámil mluvčí Rady Jan Novák na Twitteru začátek diskuse a v 11:26 jeho šéf Petr Dvořák "
                   "tweetoval, že politici závěry schválili.", "cs", Jan_Novák="PER", Petr_Dvořák="PER") == []


def test_a_counterpart_after_a_possessive_is_the_other_side():
    # guard: "his counterpart Y" names the other side
    assert _claims("Jan Novák jednal se svým protějškem Petrem Dvořákem.", "cs", Jan_Novák="PER",
                   Petrem_Dvořákem="PER") == [("negotiate", "asserts", ["Jan Novák", "Petrem Dvořákem"], None)]
