"""Round 63 (issue 5): stance, event time and relation words on real text. A plan to refuse (the infinitive or future
of a refusal verb: "планирует отказаться продлевать соглашение с Y") denies the relation, unless the refusal is
what a request asks ("призвал Y отказаться от …"); Slovene negates the past with "niso", "nismo", … ("še niso
bila"); a time after a relative clause closed by a comma is of the clause that holds the relation ("talks on the
terms on which Z will leave, began on 19 June 2017"), a time inside a relative clause closed before the relation
word is that clause's ("Y, who voted in the referendum of 2016, …, supported cooperation with Z"); a letter to X
with a demand ("писмо до X с искане за …") is a request. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language="en", published=None, **entities):
    doc = make_doc(text, language, names(**entities), published=published)
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants], c.when)
            for c in extract_claims(doc)]


# -- 1. stance ------------------------------------------------------------------------------------------------------

def test_a_plan_to_refuse_denies_the_relation():
    assert _claims("Власти Марони заявили, что планируют отказаться продлевать соглашение с компанией Вестгаз.", "ru",
                   Марони="LOC", Вестгаз="ORG") == [("negotiate", "denies", ["Марони", "Вестгаз"], None)]
    assert _claims("Rząd Maronii zamierza odmówić rozmów z Zenco.", "pl", Maronii="LOC", Zenco="ORG") == [
        ("contact", "denies", ["Maronii", "Zenco"], None)]
    assert _claims("Zenco plans to refuse to negotiate with Acme.", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "denies", ["Zenco", "Acme"], None)]


def test_a_refusal_that_a_request_asks_for_denies_nothing():
    # a denial cue right after a word of asking is what is asked: the request was made
    assert _claims("Tom Hale urged Zenco to deny it.", Tom_Hale="PER", Zenco="ORG") == [
        ("request", "asserts", ["Tom Hale", "Zenco"], None)]
    assert _claims("Иван Петров призвал Зенко опровергнуть это.", "ru", Иван_Петров="PER", Зенко="ORG") == [
        ("request", "asserts", ["Иван Петров", "Зенко"], None)]
    # guard: the refusal is what is asked; the request itself was made
    assert _claims("Иван Петров призвал Зенко отказаться от проекта.", "ru", Иван_Петров="PER", Зенко="ORG") == [
        ("request", "asserts", ["Иван Петров", "Зенко"], None)]
    # a letter's relative clause asking for a refusal: the letters were sent
    assert _claims("Иван Петров разослал письма Марии Стояновой, в которых призвал отказаться от проекта.", "ru",
                   Иван_Петров="PER", Марии_Стояновой="PER")[0][:2] == ("contact", "asserts")


def test_the_slovene_negated_past_denies():
    assert _claims("Maronija in Zenco se niso pogajali.", "sl", Maronija="LOC", Zenco="ORG") == [
        ("negotiate", "denies", ["Maronija", "Zenco"], None)]
    assert _claims("Pogajanja med Maronijo in Zenco včeraj še niso bila.", "sl", Maronijo="LOC", Zenco="ORG") == [
        ("negotiate", "denies", ["Maronijo", "Zenco"], None)]
    # guard: a negated predicate with a complement says how the talks were, not that there were none
    assert _claims("Pogajanja med Maronijo in Zenco niso bila lahka.", "sl", Maronijo="LOC", Zenco="ORG") == [
        ("negotiate", "asserts", ["Maronijo", "Zenco"], None)]


# -- 2. event time --------------------------------------------------------------------------------------------------

def test_a_time_after_a_closed_relative_clause_is_the_relations():
    assert _claims("Переговоры между Марони и Зенко по условиям, на которых Марони выйдет из союза, начались "
                   "19 июня 2017 года.", "ru", Марони="LOC", Зенко="ORG") == [
        ("negotiate", "asserts", ["Марони", "Зенко"], "2017-06-19")]
    assert _claims("Разговорите между Марония и Зенко относно условията, по които Марония ще напусне съюза, започнаха "
                   "на 19 юни 2017 г.", "bg", Марония="LOC", Зенко="ORG") == [
        ("contact", "asserts", ["Марония", "Зенко"], "2017-06-19")]
    # guard: a list inside the relative clause keeps the time there
    assert _claims("Tom Hale met Anna Bell, who visited Paris, Rome and Berlin in 2016.", Tom_Hale="PER",
                   Anna_Bell="PER", Paris="LOC", Rome="LOC", Berlin="LOC")[0][3] is None


def test_a_time_inside_a_relative_clause_closed_before_the_relation_word_is_that_clauses():
    assert _claims("Minister Anna Nowak, która w referendum z 2016 roku zagłosowała za członkostwem, opowiadała się "
                   "za utrzymaniem współpracy Maronii z Zenco.", "pl", Anna_Nowak="PER", Maronii="LOC",
                   Zenco="ORG") == [("cooperate", "asserts", ["Maronii", "Zenco"], None)]
    assert _claims("Anna Bell, who voted in the referendum of 2016, met Tom Hale.", Anna_Bell="PER",
                   Tom_Hale="PER") == [("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    # guard: a time in the relation's own clause stays
    assert _claims("Anna Bell, who voted in the referendum, met Tom Hale in 2016.", Anna_Bell="PER",
                   Tom_Hale="PER") == [("meet", "asserts", ["Anna Bell", "Tom Hale"], "2016")]


# -- 3. a letter with a demand --------------------------------------------------------------------------------------

def test_a_letter_with_a_demand_is_a_request():
    assert _claims("Зенко изпрати писмо до Мария Стоянова с искане за бързо решение.", "bg", Зенко="ORG",
                   Мария_Стоянова="PER") == [("request", "asserts", ["Зенко", "Мария Стоянова"], None)]
    assert _claims("Zenco sent a letter to Anna Bell with a demand for a quick decision.", Zenco="ORG",
                   Anna_Bell="PER") == [("request", "asserts", ["Zenco", "Anna Bell"], None)]
    # guard: a letter without one stays a contact
    assert _claims("Zenco sent a letter to Anna Bell about a quick decision.", Zenco="ORG", Anna_Bell="PER") == [
        ("contact", "asserts", ["Zenco", "Anna Bell"], None)]


def test_a_time_right_after_another_events_word_is_that_events():
    assert _claims("The agreement between Zenco and Acme expires in 2022.", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]
    assert _claims("Dohoda mezi Zenco a Acme vyprší v roce 2022.", "cs", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], None)]
    # guard: the relation's own time stays
    assert _claims("Zenco and Acme signed an agreement in 2022.", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"], "2022")]
