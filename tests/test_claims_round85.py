"""Round 85 (issue 5): recall of claims whose sentence states the relation and names both sides. A deal noun whose
relative clause names who concludes it with whom ("the final deal that X reaches with Y") is presupposed by an
embedded question around it ("a vote on whether to approve the deal that X reaches with Y"): the question asks about
something done to the deal, the deal's negotiation is asserted; the "or not" of such a question's alternative ("дали
да бъде одобрена или не финалната сделка") negates nothing after it. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_a_deal_concluded_in_a_relative_clause_is_presupposed_by_a_question_bg():
    text = ("Те настояваха за вот дали да бъде одобрена или не финалната сделка, която премиерът Иван Петров "
            "постигне с Марония.")
    assert _claims(text, "bg", Иван_Петров="PER", Марония="LOC") == [
        ("negotiate", "asserts", ["Иван Петров", "Марония"], None)]


def test_a_deal_concluded_in_a_relative_clause_is_presupposed_by_a_question_en():
    text = "They demanded a vote on whether to approve the final deal that Tom Hale reaches with Maronia."
    assert _claims(text, Tom_Hale="PER", Maronia="LOC") == [("negotiate", "asserts", ["Tom Hale", "Maronia"], None)]


def test_the_or_not_of_a_question_negates_nothing_ru():
    text = ("Они требовали голосования о том, одобрять ли или нет окончательное соглашение, которое премьер Иван Петров "
            "заключит с Маронией.")
    assert _claims(text, "ru", Иван_Петров="PER", Маронией="LOC") == [
        ("negotiate", "asserts", ["Иван Петров", "Маронией"], None)]


def test_guards_questions_and_either_or_keep_their_reading():
    # guard: a relation asked about without a concluding relative clause is still not asserted
    assert _claims("Не е ясно дали Иван Петров ще постигне сделка с Марония.", "bg", Иван_Петров="PER",
                   Марония="LOC") == []
    assert _claims("They asked whether Tom Hale would meet Maronia.", Tom_Hale="PER", Maronia="LOC") == []
    # guard: "или не …, или …" with no question word is "either not …, or …": the negation stays
    assert _claims("Иван Петров каза, че или не е сключил сделка с Марония, или тя е тайна.", "bg",
                   Иван_Петров="PER", Марония="LOC") == [("negotiate", "denies", ["Иван Петров", "Марония"], "Иван Петров")]
    assert _claims("Иван Петров не се срещна с Марония.", "bg", Иван_Петров="PER", Марония="LOC") == [
        ("meet", "denies", ["Иван Петров", "Марония"], None)]
