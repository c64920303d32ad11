"""A review of session 20 (issue 5): helpers that took a sentence's or clause's exclusive end (``stop``) for its last
token and read one token past it, into the next sentence. Each test fails on the code before the fix. Invented
names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_a_setting_visit_in_a_documents_last_sentence_without_a_full_stop_sl():
    # round 73's visitor after the places read the token after the sentence: IndexError at the end of the text
    text = "Marta Novak je govorila. Po jalovih obiskih v Maroni in Boreliji je premierka"
    assert _claims(text, "sl", Marta_Novak="PER", Maroni=("LOC", "Marona"), Boreliji=("LOC", "Borelija")) == [
        ("visit", "asserts", ["Maroni", "Boreliji"], None)]


def test_an_agent_preposition_opening_the_next_sentence_is_no_agent_pl_bg():
    # round 105's passive read the first token of the next sentence: its "przez" / "от" made the participle's
    # invitation an agent's, and the invited an inviter
    assert _claims("Na konferencję zostali zaproszeni premier Maronii Jan Nowak oraz szef Zenco Piotr Kowal. "
                   "Przez ostatni tydzień padał deszcz.", "pl",
                   Maronii="LOC", Jan_Nowak="PER", Zenco="ORG", Piotr_Kowal="PER") == []
    assert _claims("На събитието са поканени премиерът на Марония Иван Петров и шефът на Акме Петър Стоянов. "
                   "От години вали дъжд.", "bg",
                   Марония="LOC", Иван_Петров="PER", Акме="ORG", Петър_Стоянов="PER") == []


def test_the_members_of_an_unnamed_group_are_read_in_its_sentence_only_pl():
    # round 47's members after an inclusion marker were read up to the first token of the next sentence (here after
    # a paragraph break): the place that sentence names is no member of the group that offers
    text = "Już kilka krajów zaoferowało pomoc Annie Kowal, w tym\n\nMaronia."
    assert _claims(text, "pl", Annie_Kowal=("PER", "Anna Kowal"), Maronia="LOC") == []
    # guard: members inside the sentence still make the offer
    text = "Już kilka krajów zaoferowało pomoc Annie Kowal, w tym Maronia i Zenobia."
    assert _claims(text, "pl", Annie_Kowal=("PER", "Anna Kowal"), Maronia="LOC", Zenobia="LOC") == [
        ("invite", "asserts", ["Maronia", "Zenobia", "Annie Kowal"], None)]
