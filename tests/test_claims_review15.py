"""Fixes from the review of rounds 40-46 (issue 5): constructions those rounds' rules misread. Invented names."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names


def test_reflexive_se_is_no_if_pt_it():
    # pt/it "se" is also the reflexive pronoun: "se recusou a negociar" stays a refusal (denial)
    doc = make_doc("Lula se recusou a negociar com Bolsonaro.", "pt", names(Lula="PER", Bolsonaro="PER"))
    assert [c[:2] for c in claims_of(doc)] == [("negotiate", "denies")]
    doc = make_doc("Renzi se ne è andato e non ha incontrato Salvini.", "it", names(Renzi="PER", Salvini="PER"))
    assert [c[:2] for c in claims_of(doc)] == [("meet", "denies")]


def test_conditional_written_with_a_comma_cs_ru():
    doc = make_doc("Petr řekl, že v případě, že se Trelko s Vantorem nedohodne, odejde.", "cs",
                   names(Trelko="ORG", Vantorem="ORG", Petr="PER"))
    assert [c[:2] for c in claims_of(doc)] == [("negotiate", "asserts")]
    doc = make_doc("Пётр сказал, что в случае, если Трелко не договорится с Вантором, он уйдёт.", "ru",
                   names(Трелко="ORG", Вантором="ORG", Пётр="PER"))
    assert [c[:2] for c in claims_of(doc)] == [("negotiate", "asserts")]


def test_reciprocal_subject_after_an_opening_phrase():
    doc = make_doc("On Monday, Tom Kranz and Lena Varga talked with each other.", "en",
                   names(Tom_Kranz="PER", Lena_Varga="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Kranz", "Varga"], None)]


def test_complementiser_that_is_no_demonstrative():
    # "said that talks with Varga …": new talks between the speaker's side and Varga, not "that" earlier call
    doc = make_doc("Tom Kranz held talks with Lena Varga. Petr Ivanov said that talks with Varga would start in May.",
                   "en", names(Tom_Kranz="PER", Lena_Varga="PER", Petr_Ivanov="PER", Varga="PER"))
    assert [c[2] for c in claims_of(doc)] == [["Kranz", "Varga"], ["Ivanov", "Varga"]]


def test_relation_noun_inside_a_partner_phrase_is_the_requests_content_ru():
    # "призвал X выступить с инициативой переговоров с Y": the talks are what is asked, no claim of their own
    doc = make_doc("Пётр Иванов призвал Лену Варгу выступить с инициативой переговоров с Томом Кранцем.", "ru",
                   names(Пётр_Иванов="PER", Лену_Варгу="PER", Томом_Кранцем="PER"))
    assert [c[0] for c in claims_of(doc)] == ["request"]


def test_elided_article_refers_back_fr():
    # "l'appel" (article glued to the noun) is the call told before, as "the call" is in English
    text = ("Tom Hale a eu un appel avec Ivan Petrov lundi.\n\n"
            "Rob Dunn et Jim Cole ont dit que l'appel avec Petrov était inquiétant.")
    doc = make_doc(text, "fr", names(Tom_Hale="PER", Ivan_Petrov="PER", Rob_Dunn="PER", Jim_Cole="PER",
                                     Petrov=("PER", "Ivan Petrov")))
    assert [c[2] for c in claims_of(doc)] == [["Hale", "Petrov"], ["Hale", "Petrov"]]
