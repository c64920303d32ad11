"""Round 57 (issue 5, extract.py part): a relation word inside a name ("the Talks Committee", "Eastern Partnership")
makes no claim at all, not one whose parties the document's earlier claim refills. Invented names."""

from __future__ import annotations

from test_claims_round57 import _claims


def test_a_relation_word_inside_a_name_makes_no_claim():
    assert _claims("Acme held talks with Zenco in May. Tom Hale chaired the Talks Committee.", "en", Acme="ORG",
                   Zenco="ORG", Tom_Hale="PER", Talks_Committee="ORG") == [("contact", "asserts", ["Acme", "Zenco"], None)]
    assert _claims("Tom Hale spoke about the Eastern Partnership summit.", "en", Tom_Hale="PER",
                   Eastern_Partnership="ORG") == []  # guard
