"""Round 101 (issue 5): parties — the organisation whose rules a relation follows ("trade on the rules of the WTO",
lexicon ``rule_nouns``) is what the relation is about, no party; a place right after an organisation's name over one
owner word ("the Independence Party of Maronia") belongs to the organisation's name, no side of its own.
Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_the_owner_of_rules_is_no_party():
    assert _claims("Londýn s Bruselem neuzavřel dohodu a Marónie s Zencem by obchodovaly na základě pravidel "
                   "Acme Organizace.", "cs", Londýn="LOC", Bruselem="LOC", Marónie="LOC", Zencem="ORG",
                   Acme_Organizace="ORG") == [
        ("negotiate", "asserts", ["Londýn", "Bruselem", "Marónie", "Zencem"], None)]
    assert _claims("Maronia and Zenco negotiated a deal under the rules of the Acme Organisation.", Maronia="LOC",
                   Zenco="ORG", Acme_Organisation="ORG") == [("negotiate", "asserts", ["Maronia", "Zenco"], None)]


def test_a_place_in_an_organisations_name_is_no_side():
    assert _claims("Миналата седмица Иван Петров проведе разговори с някои от членовете на Партията за независимост на "
                   "Марония - партията, която организира референдума.", "bg",
                   Иван_Петров="PER", Партията_за_независимост="ORG", Марония="LOC") == [
        ("contact", "asserts", ["Иван Петров", "Партията за независимост"], None)]
    # guard: a place named in its own right after the organisation stays a side
    assert _claims("Иван Петров проведе разговори с Акме и Марония.", "bg", Иван_Петров="PER", Акме="ORG",
                   Марония="LOC") == [("contact", "asserts", ["Иван Петров", "Акме", "Марония"], None)]


def test_a_model_words_partner_is_the_model_not_a_side():
    assert _claims("Мария Стоянова изключи търговското споразумение с Акме да е по модела с Марония и Зенко.", "bg",
                   Мария_Стоянова="PER", Акме="ORG", Марония="LOC", Зенко="ORG") == [
        ("negotiate", "asserts", ["Мария Стоянова", "Акме"], "Мария Стоянова")]


def test_separation_from_a_body_is_what_is_asked():
    # "раздяла с X" (separation from X) is a topic noun: X is what the letter asks about, no addressee
    assert _claims("Депутати изпратиха писмо до Мария Стоянова с искане за бърза раздяла с Акме.", "bg",
                   Мария_Стоянова="PER", Акме="ORG") == []


def test_us_right_after_a_request_word_is_the_one_asked():
    assert _claims("- Ciekawe, że ambasador Jan Kowal prosi nas o numery telefonów Tomasza Lisa - powiedział Adam "
                   "Nowak.", "pl", Jan_Kowal="PER", Tomasza_Lisa="PER", Adam_Nowak="PER") == [
        ("request", "asserts", ["Jan Kowal", "Adam Nowak"], "Adam Nowak")]
    assert _claims('"The ambassador John Doe asked us for his number," said Tom Hale.', John_Doe="PER",
                   Tom_Hale="PER") == [("request", "asserts", ["John Doe", "Tom Hale"], "Tom Hale")]
    # guard: "we ask X" keeps the speaker the asker
    assert _claims('"We asked John Doe for his number," said Tom Hale.', John_Doe="PER", Tom_Hale="PER") == [
        ("request", "asserts", ["Tom Hale", "John Doe"], "Tom Hale")]
