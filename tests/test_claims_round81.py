"""Round 81 (issue 5): the audit's relation and time causes. Talks whose topic is something bargained over (trade, a
deal, terms, a coalition: [relations.contact] ``negotiated_topics``) are negotiations, not contact ("rozmowy
koalicyjne", "Rozhovory o budoucnosti obchodních vztahů"); a relative clause after a prepositional phrase with a
common noun of its own tells of that noun, not of the relation noun before it ("dohodly se na přechodném období,
které bude zahájeno v březnu 2019": the period's start); a time after a membership noun with its member and union
("за излизането на X от Y през март 2019 г.") is the exit's. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language="en", **entities):
    """(relation, stance, parties, when) of each claim."""
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, c.stance, sorted(m[p].text for p in c.participants), c.when) for c in extract_claims(doc)]


# -- 1. talks about what is bargained over are negotiations ---------------------------------------------------------

def test_coalition_talks_are_negotiations():
    assert _claims("Wyniki rozmów koalicyjnych między Zenco i Acme nie przewidują zmiany polityki.", "pl",
                   Zenco="ORG", Acme="ORG") == [("negotiate", "asserts", ["Acme", "Zenco"], None)]


def test_talks_on_trade_relations_are_negotiations():
    assert _claims("Rozhovory o budoucnosti obchodních vztahů mezi Maronií a Borelií ale dosud oficiálně nezačaly.",
                   "cs", Maronií="LOC", Borelií="LOC") == [("negotiate", "denies", ["Borelií", "Maronií"], None)]


def test_talks_on_the_terms_are_negotiations():
    assert _claims("Jan Nowak wyraził obawy o przebieg toczących się między Maronią a Borelią rozmów na temat"
                   " warunków umowy.", "pl", Jan_Nowak="PER", Maronią="LOC", Borelią="LOC")[0][:3] == (
        "negotiate", "asserts", ["Borelią", "Maronią"])


def test_guard_talks_on_anything_else_stay_contact():
    # guard: a topic that is not bargained over, and one named beyond the topic phrase, leave the talks a contact
    assert _claims("Rozhovory o počasí mezi Maronií a Borelií proběhly včera.", "cs", Maronií="LOC",
                   Borelií="LOC")[0][:3] == ("contact", "asserts", ["Borelií", "Maronií"])
    got = _claims("При обсуждении проблемы с руководством Zenco Acme ориентируется на тарифные условия.", "ru",
                  Zenco="ORG", Acme="ORG")
    assert all(c[0] != "negotiate" for c in got)


# -- 2. a time of another noun's relative clause or of an exit -----------------------------------------------------

def test_a_relative_clause_after_the_agreed_period_tells_of_the_period():
    assert _claims("Maronie a Borelie se údajně dohodly na 21měsíčním přechodném období, které bude zahájeno v březnu"
                   " 2019.", "cs", Maronie="LOC", Borelie="LOC") == [("negotiate", "asserts", ["Borelie", "Maronie"], None)]


def test_guard_a_relative_clause_right_after_the_talks_tells_of_the_talks():
    assert _claims("Jednání mezi Maronií a Borelií, které začalo v březnu 2019, pokračuje.", "cs", Maronií="LOC",
                   Borelií="LOC") == [("negotiate", "asserts", ["Borelií", "Maronií"], "2019-03")]


def test_the_time_of_an_exit_is_not_the_talks():
    assert _claims("Преговорите между Марония и Борелия трябва да приключат навреме за излизането на Марония от"
                   " Борелия през март 2019 г.", "bg", Марония="LOC", Борелия="LOC") == [
        ("negotiate", "asserts", ["Борелия", "Марония"], None)]


def test_guard_the_talks_own_time_stays():
    assert _claims("Преговорите между Марония и Борелия започнаха през март 2019 г.", "bg", Марония="LOC",
                   Борелия="LOC") == [("negotiate", "asserts", ["Борелия", "Марония"], "2019-03")]


def test_a_bargaining_adjective_before_the_talk_noun_makes_negotiations():
    assert _claims("Koaliční rozhovory mezi Zenco a Acme skončily.", "cs", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Acme", "Zenco"], None)]
