"""Round 23 (issue 5, claims not found at all): an agreement noun that the lexicon marks as generic
("dohoda", "угода", "agreement": any agreement unless its parties are named) is the document's
membership change when it is made with that change's union ("konečná dohoda s AU") or is about the
change itself ("dohoda o vystoupení"); and a time word after a topic preposition ("on Monday") takes
the preposition, so the name after it is no topic ("On Monday Anna Smith met Oleg Sokolov"). Invented
names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`

# a document about Ruritania leaving the Atlantic Union (AU): its membership phrase names the two sides
_CS_EXIT = "Odchod Ruritánie z AU se blíží. "
_CS = names(Ruritánie=("LOC", "Ruritánie"), AU="ORG", Sylvánie=("LOC", "Sylvánie"), Ruritánii=("LOC", "Ruritánie"))


def test_agreement_with_the_union_of_the_exit_is_a_negotiation_cs():
    doc = make_doc(_CS_EXIT + "Parlament bude nakonec hlasovat o podobě konečné dohody s AU.", "cs", _CS)
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritánie"])]


def test_agreement_about_the_exit_is_a_negotiation_cs():
    doc = make_doc(_CS_EXIT + "Návrh dohody o vystoupení má šest částí.", "cs", _CS)
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritánie"])]


def test_agreement_with_the_union_of_the_exit_is_a_negotiation_uk():
    text = "Вихід Руританії з АС наближається. Парламент голосуватиме за остаточну угоду з АС."
    doc = make_doc(text, "uk", names(Руританії=("LOC", "Руританія"), АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руританія"])]


def test_members_own_agreements_with_others_are_no_claim_cs():
    # guard (passes before and after): the member's own trade agreements are not the exit's
    doc = make_doc(_CS_EXIT + "Ruritánie bude sama rozhodovat, jaké podepíše dohody o volném obchodu se zbytkem světa.",
                   "cs", _CS)
    assert claims_of(doc) == []


def test_agreement_with_another_state_is_no_claim_cs():
    # guard (passes before and after): an agreement with a state other than the union is someone else's
    doc = make_doc(_CS_EXIT + "Parlament bude hlasovat o dohodě se Sylvánií.", "cs",
                   {**_CS, "Sylvánií": ("LOC", "Sylvánie")})
    assert claims_of(doc) == []


def test_agreement_on_another_topic_is_no_claim_cs():
    # guard (passes before and after): an agreement about something else names no side of the exit
    doc = make_doc(_CS_EXIT + "Dohoda o platech pilotů zatím není hotová.", "cs", _CS)
    assert claims_of(doc) == []


def test_a_weekday_after_on_is_no_topic_en():
    for text in ("On Monday Anna Smith met with Oleg Sokolov in Geneva.",
                 "The group said on Tuesday that Anna Smith had met with Oleg Sokolov."):
        doc = make_doc(text, "en", names(Anna_Smith="PER", Oleg_Sokolov="PER", Geneva="LOC"))
        assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Smith", "Sokolov"])], text


def test_a_person_after_on_is_still_a_topic_en():
    # guard (passes before and after): what the talks are on is no party
    doc = make_doc("Oleg Sokolov held talks with Fredonia on Anna Smith.", "en",
                   names(Anna_Smith="PER", Oleg_Sokolov="PER", Fredonia="LOC"))
    assert [c[:3] for c in claims_of(doc)] == [("contact", "asserts", ["Fredonia", "Sokolov"])]
