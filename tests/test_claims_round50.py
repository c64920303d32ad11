"""Round 50 (issue 5): a name after a partner preposition that follows a comparison ("broader than the
one with X", "по-широко от това с X", "szersze niż to z X") is what the relation is compared with, not
its party. Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_compared_partner_is_no_party():
    assert _claims("The EU says a deal broader than the one with Maronia can be reached with Velonia.", "en",
                   EU="ORG", Maronia="LOC", Velonia="LOC") == [("negotiate", ["EU", "Velonia"])]
    assert _claims("ЕС заяви, че споразумение, по-широко от това с Марония, може да бъде постигнато с Велония.",
                   "bg", ЕС="ORG", Марония="LOC", Велония="LOC") == [("negotiate", ["Велония", "ЕС"])]


def test_compared_partner_alone_makes_no_claim():
    assert _claims("Pro jeho zemi je přednější dohoda s Velonií než s Maronií.", "cs",
                   Velonií=("LOC", "Velonia"), Maronií=("LOC", "Maronia")) == []
    assert _claims("Dla jego kraju ważniejsza jest umowa z Velonią niż z Maronią.", "pl",
                   Velonią=("LOC", "Velonia"), Maronią=("LOC", "Maronia")) == []


def test_partner_without_comparison_stays_a_party():
    # guard: a plain partner preposition keeps its name
    assert _claims("The EU says a deal with Maronia can be reached soon.", "en", EU="ORG", Maronia="LOC") == [
        ("negotiate", ["EU", "Maronia"])]


def test_place_of_a_summit_is_no_party():
    assert _claims("Przywódcy zebrani na szczycie w Velonii zawarli porozumienie z Maronią.", "pl",
                   Velonii=("LOC", "Velonia"), Maronią=("LOC", "Maronia")) == []
    assert _claims("Leaders gathered at the summit in Velonia signed a deal with Maronia.", "en",
                   Velonia="LOC", Maronia="LOC") == []


def test_pair_inside_a_topic_phrase_is_no_party():
    assert _claims("Jana Nováková s podnikateli hovořila o své představě budoucího partnerství Maronie s Velonií.",
                   "cs", Jana_Nováková="PER", Maronie=("LOC", "Maronia"), Velonií=("LOC", "Velonia")) == []
    assert _claims("Jan Kowal rozmawiał z biznesmenami o przyszłym partnerstwie Maronii z Velonią.", "pl",
                   Jan_Kowal="PER", Maronii=("LOC", "Maronia"), Velonią=("LOC", "Velonia")) == []
