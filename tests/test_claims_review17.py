"""Review 17 (issue 5) of rounds 61-66 and the sentence splitter: a refusal to leave the relation keeps it; a slow
negotiation with a partner stays a negotiation; a negotiator's own contact verb is no role phrase; words of founding
are not the founder's noun nor "on the basis"; a dash and a speech verb in lower case after a closing quote go on with
the quote's sentence; frequent content words of the stop-lists open no glued sentence. Invented names."""

from __future__ import annotations

from storyline.sentences.split import split_sentences
from test_claims_round63 import _claims


def _sentences(text, language):
    return [text[s.start : s.end] for s in split_sentences(text, language)]


# -- 1. stance: refusing to leave the relation keeps it ----------------------------------------------------------------

def test_a_refusal_to_leave_the_talks_denies_nothing():
    assert _claims("Zenco will refuse to leave the talks with Acme.", Zenco="ORG", Acme="ORG") == [
        ("contact", "asserts", ["Zenco", "Acme"], None)]
    assert _claims("Зенко откажется выйти из переговоров с Акме.", "ru", Зенко="ORG", Акме="ORG") == [
        ("negotiate", "asserts", ["Зенко", "Акме"], None)]
    assert _claims("Zenco odmítne opustit jednání s Acme.", "cs", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]
    # guard: a refusal of the relation itself still denies it
    assert _claims("Zenco plans to refuse to negotiate with Acme.", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "denies", ["Zenco", "Acme"], None)]


# -- 2. relation words -------------------------------------------------------------------------------------------------

def test_slow_talks_with_a_partner_are_talks_cs():
    # the plural "pomalá jednání" is talks, not conduct
    assert _claims("Zenco si stěžuje na pomalá jednání s Acme.", "cs", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]
    assert _claims("Zenco kritizovalo průběh pomalých jednání s Acme.", "cs", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]
    # guard: the singular after an adjective of manner stays conduct (round 66)
    assert _claims("Zenco kritizovalo pomalé jednání vlády.", "cs", Zenco="ORG") == []


def test_a_negotiators_own_contact_verb_is_a_contact_with_its_time():
    assert _claims("EU negotiator Tom Hale spoke with Ann Lee on Monday.", "en", published="2020-03-04", EU="ORG",
                   Tom_Hale="PER", Ann_Lee="PER") == [("contact", "asserts", ["Tom Hale", "Ann Lee"], "2020-03-02")]
    assert _claims("Vyjednavač Jan Novák v pondělí telefonoval s Petrem Malým.", "cs", published="2020-03-04",
                   Jan_Novák="PER", Petrem_Malým=("PER", "Petr Malý")) == [
        ("contact", "asserts", ["Jan Novák", "Petrem Malým"], "2020-03-02")]


# -- 3. event time: words of founding ----------------------------------------------------------------------------------

def test_a_founder_and_a_basis_are_no_founding():
    assert _claims("El fundador Tom Hale el lunes se reunió con Ann Lee.", "es", published="2020-03-04",
                   Tom_Hale="PER", Ann_Lee="PER") == [("meet", "asserts", ["Tom Hale", "Ann Lee"], "2020-03-02")]
    assert _claims("На основании решения в понедельник Зенко встретилась с Акме.", "ru", published="2020-03-04",
                   Зенко="ORG", Акме="ORG") == [("meet", "asserts", ["Зенко", "Акме"], "2020-03-02")]
    # guard: a founding's own time stays its own
    assert _claims("Zenco, founded in 2000, met Acme.", published="2020-03-04", Zenco="ORG", Acme="ORG") == [
        ("meet", "asserts", ["Zenco", "Acme"], None)]


# -- 4. the sentence splitter ------------------------------------------------------------------------------------------

def test_a_dash_and_a_lowercase_verb_after_a_closing_quote_go_on():
    assert _sentences("„Ще дойдем.“ – каза той. После си тръгна.", "bg") == [
        "„Ще дойдем.“ – каза той.", "После си тръгна."]
    assert _sentences("«Придём.» – сказал он. Потом ушёл.", "ru") == ["«Придём.» – сказал он.", "Потом ушёл."]
    assert _sentences("„Przyjdziemy.” – powiedział. Potem wyszedł.", "pl") == [
        "„Przyjdziemy.” – powiedział.", "Potem wyszedł."]
    # guard: a dash before a capital, or a new quote, opens a sentence
    assert _sentences("„Přijdeme.“ – Novák pak odešel.", "cs") == ["„Přijdeme.“", "– Novák pak odešel."]


def test_content_words_of_the_stop_lists_open_no_glued_sentence():
    assert _sentences("Издание Новое Время сообщило об этом.", "ru") == ["Издание Новое Время сообщило об этом."]
    assert _sentences("Podle listu Lidové Město patří k nejstarším.", "cs") == [
        "Podle listu Lidové Město patří k nejstarším."]
    # guard: a function word still opens a glued sentence
    assert _sentences("Об этом пишет газета Зенко В понедельник министр уехал.", "ru") == [
        "Об этом пишет газета Зенко", "В понедельник министр уехал."]


def test_a_date_before_the_organisation_noun_is_no_count():
    # round 61's counted group ("19 airlines") took a date or a year for a count: the protagonist was lost
    lead = "Zenco is a large airline. Zenco flies to Paris. "
    assert _claims(lead + "In 2020 the airline signed a deal with Acme.", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], "2020")]
    lead_ru = "Зенко — крупная авиакомпания. Зенко летает в Париж. "
    assert _claims(lead_ru + "5 мая авиакомпания заключила соглашение с Акме.", "ru", Зенко="ORG", Акме="ORG") == [
        ("negotiate", "asserts", ["Зенко", "Акме"], None)]
    lead_pl = "Zenco to duży przewoźnik. Zenco lata do Paryża. "
    assert _claims(lead_pl + "5 maja przewoźnik zawarł umowę z Acme.", "pl", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]


def test_a_group_noun_owned_by_a_name_speaks_for_it():
    # round 62's unnamed group ("Zebrani … przywódcy potwierdzili") also took "Przywódcy Maronii"
    assert _claims("Przywódcy Maronii potwierdzili, że chcą współpracy z Zenco.", "pl", Maronii=("LOC", "Maronia"),
                   Zenco="ORG") == [("cooperate", "confirms", ["Maronii", "Zenco"], None)]
