"""Round 20 (issue 5, talks read as contact): a talk noun ("talks", "rozmowy", "rozhovory") between the
two sides of a membership change ("talks on Freedonia's exit from the Atlantic Union") or between the
parties of a negotiation the document already names is that negotiation, not a contact; "talks with X"
stays a contact. Invented names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`


def test_talks_on_an_exit_are_a_negotiation_pl_cs():
    text = "Rozmowy w sprawie wyjścia Ruritanii z AU trwają od maja."
    doc = make_doc(text, "pl", names(Ruritanii=("LOC", "Ruritania"), AU="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritania"])]
    text = "Rozhovory o odchodu Ruritánie z AU pokračují."
    doc = make_doc(text, "cs", names(Ruritánie=("LOC", "Ruritánie"), AU="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritánie"])]


def test_talks_on_an_exit_are_a_negotiation_en():
    text = "Talks on Freedonia's exit from the Atlantic Union continued on Monday."
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Freedonia", "Union"])]


def test_talks_between_the_negotiating_sides_are_their_negotiation_pl():
    text = ("AU przyjęła wytyczne do negocjacji z Ruritanią. "
            "W tym tygodniu AU i Ruritania poczyniły postępy w rozmowach.")
    doc = make_doc(text, "pl", names(AU="ORG", Ruritanią=("LOC", "Ruritania"), Ruritania="LOC"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritania"]),
                                               ("negotiate", "asserts", ["AU", "Ruritania"])]


def test_talks_with_a_partner_stay_a_contact_bg():
    # guard (passes before and after): "разговори с X" is a talk with someone, a contact
    text = ("Фредония преговаря с Руритания за затворника. "
            "Фредония води разговори с Руритания, каза говорител.")
    doc = make_doc(text, "bg", names(Фредония="LOC", Руритания="LOC"))
    assert [c[0] for c in claims_of(doc)] == ["negotiate", "contact"]


def test_talks_between_other_parties_stay_a_contact_pl():
    # guard (passes before and after): talks between parties the document names in no negotiation
    text = ("AU przyjęła wytyczne do negocjacji z Ruritanią. "
            "W tym tygodniu Sylwania i Ruritania poczyniły postępy w rozmowach.")
    doc = make_doc(text, "pl", names(AU="ORG", Ruritanią=("LOC", "Ruritania"), Ruritania="LOC", Sylwania="LOC"))
    assert [c[0] for c in claims_of(doc)] == ["negotiate", "contact"]
