"""Round 100 (issue 5): a model of the deal ruled out is no denial of the deal; a talking verb between the two sides of
a negotiation the document names is that negotiation; spouses doing something together are kin, no cooperation."""

from tests.test_claims_round59 import _claims


def test_a_denial_of_the_model_a_deal_follows_denies_no_deal():
    assert _claims("Иван Петров изключи търговското споразумение с Марония да е по модела на Зения.", "bg",
                   Иван_Петров="PER", Марония="LOC", Зения="LOC") == [
        ("negotiate", "asserts", ["Иван Петров", "Марония"], "Иван Петров")]
    # guard: a deal ruled out with no model named is still denied
    assert _claims("Иван Петров изключи търговското споразумение с Марония.", "bg",
                   Иван_Петров="PER", Марония="LOC") == [
        ("negotiate", "denies", ["Иван Петров", "Марония"], "Иван Петров")]


def test_a_denial_of_the_model_asserts_in_english():
    assert _claims("Tom Hale ruled out a trade deal with Maronia on the model of Zenia.", Tom_Hale="PER",
                   Maronia="LOC", Zenia="LOC") == [("negotiate", "asserts", ["Tom Hale", "Maronia"], "Tom Hale")]
    # guard: the model named before the deal leaves the denial as it is
    assert _claims("Tom Hale ruled out a trade deal with Maronia.", Tom_Hale="PER", Maronia="LOC") == [
        ("negotiate", "denies", ["Tom Hale", "Maronia"], "Tom Hale")]


def test_discussing_by_the_sides_of_a_named_negotiation_is_that_negotiation():
    text = ("Acme a Zenco minulý měsíc vyjednávali o nové smlouvě. "
            "V dalším kole se budou projednávat budoucí vztahy Acme se Zenco.")
    assert _claims(text, "cs", Acme="ORG", Zenco="ORG") == [
        ("negotiate", "asserts", ["Acme", "Zenco"], None), ("negotiate", "asserts", ["Acme", "Zenco"], None)]
    # guard: a talking verb of other parties stays a contact
    text = ("Acme a Zenco minulý měsíc vyjednávali o nové smlouvě. "
            "Petr Novák o tom hovořil s Janem Dvořákem.")
    out = _claims(text, "cs", Acme="ORG", Zenco="ORG", Petr_Novák="PER", Janem_Dvořákem="PER")
    assert all(c[0] == "contact" for c in out if "Petr Novák" in c[2])


def test_spouses_raising_children_together_cooperate_in_nothing():
    assert _claims("Manželé společně vychovávají pět dětí - tři má Masíh z prvního manželství, další dvě má s "
                   "Bibiovou.", "cs", Masíh="PER", Bibiovou="PER") == []
    assert _claims("Manželé Novákovi společně vychovávají pět dětí s Janou Dvořákovou.", "cs", Novákovi="PER",
                   Janou_Dvořákovou="PER") == []
    # guard: two named firms doing something together still cooperate
    assert _claims("Zenco a Acme společně vyvíjejí nový motor.", "cs", Zenco="ORG", Acme="ORG") == [
        ("cooperate", "asserts", ["Zenco", "Acme"], None)]
