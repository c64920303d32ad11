"""Session 16's review of rounds 51-53: constructions the new rules misread on ordinary text. Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_a_deal_clause_at_the_end_of_a_text_is_no_crash():
    # the partner preposition and an article are the last tokens: nothing after them to read
    assert _claims("The deal that Acme reached with the", "en", Acme="ORG") == []
    assert _claims("L'accord que Acme a conclu avec la", "fr", Acme="ORG") == []


def test_a_deal_clause_names_its_makers_only_with_the_verb_between_them_and_no_negation():
    assert _claims("The deal that Acme reached with Zenco was praised.", "en", Acme="ORG", Zenco="ORG") == [
        ("negotiate", ["Acme", "Zenco"])]
    assert _claims("The deal that Acme never reached with Zenco was praised.", "en", Acme="ORG", Zenco="ORG") == []
    assert ("negotiate", ["Acme", "Zenco"]) not in _claims(
        "The deal will be signed after Acme talks with Zenco.", "en", Acme="ORG", Zenco="ORG")


def test_a_report_after_a_meetings_setting_is_no_party_to_it():
    assert _claims("After the meeting with Tom Hale, Reuters reported that prices fell.", "en",
                   Tom_Hale="PER", Reuters="ORG") == []
    assert _claims("During his meeting with Rob Dunn, Tom Hale urged Jim Cole to resign.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER", Jim_Cole="PER") == [
        ("meet", ["Rob Dunn", "Tom Hale"]), ("request", ["Jim Cole", "Tom Hale"])]  # guard


def test_on_behalf_of_a_name_is_not_inviting_it():
    assert _claims("Jan Kowalski w imieniu Piotra Nowaka zaprosił na konferencję wszystkich ministrów.", "pl",
                   Jan_Kowalski="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == []
    assert _claims("Marko Kos je Janeza Novaka povabil na obisk.", "sl",
                   Marko_Kos="PER", Janeza_Novaka=("PER", "Janez Novak")) == [
        ("invite", ["Janeza Novaka", "Marko Kos"])]  # guard: an auxiliary between is fine
