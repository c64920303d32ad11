"""Round 89 (issue 5): the fresh audit's relation and stance causes. An agreement verb whose content is a cooperate
word right after it ("agreed to cooperate", "домовилися співпрацювати") is the cooperation; joining the letter or
statement of others is cooperation with them (not joining it denies it); a negated relation in the main clause after a
sentence-opening condition ("If you do it, these are no longer talks") is weighed, not denied. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


# -- 1. agreed to cooperate (extract._agreed_to_cooperate) ------------------------------------------------------------

def test_an_agreement_to_cooperate_is_cooperation_uk():
    assert _claims("З 2018 року Зенко працювала з компанією Акме над щепленням, тож у березні вони домовилися "
                   "співпрацювати в роботі над вакциною.", "uk", Зенко="ORG", Акме="ORG") == [
        ("cooperate", "asserts", ["Акме", "Зенко"], None)]


def test_an_agreement_to_cooperate_is_cooperation_ru_bg():
    assert _claims("Зенко и Акме договорились сотрудничать.", "ru", Зенко="ORG", Акме="ORG") == [
        ("cooperate", "asserts", ["Зенко", "Акме"], None)]
    assert _claims("Зенко и Акме се договориха да си сътрудничат.", "bg", Зенко="ORG", Акме="ORG") == [
        ("cooperate", "asserts", ["Зенко", "Акме"], None)]


def test_an_agreement_on_something_else_stays_a_deal():
    # guard: an agreement on something else is the deal; English ("agreed to") cooperated before too
    assert _claims("Зенко і Акме домовилися про ціни.", "uk", Зенко="ORG", Акме="ORG") == [
        ("negotiate", "asserts", ["Зенко", "Акме"], None)]
    assert _claims("Zenco and Acme agreed to cooperate on the vaccine.", Zenco="ORG", Acme="ORG") == [
        ("cooperate", "asserts", ["Zenco", "Acme"], None)]


# -- 2. joining a letter ([relations.cooperate] triggers) ---------------------------------------------------------------

def test_not_joining_the_letter_of_others_denies_cooperation_cs():
    assert _claims("Vláda Jana Nováka se v roce 2015 nepřipojila k dopisu Zenska, Borovie a dalších zemí proti "
                   "projektu.", "cs", Jana_Nováka="PER", Zenska="LOC", Borovie="LOC") == [
        ("cooperate", "denies", ["Jana Nováka", "Zenska", "Borovie"], None)]


def test_a_letter_sent_stays_contact_cs():
    # guard: a letter to someone is contact
    assert _claims("Jan Novák poslal dopis Petru Černému.", "cs", Jan_Novák="PER", Petru_Černému="PER") == [
        ("contact", "asserts", ["Jan Novák", "Petru Černému"], None)]


# -- 3. the consequent of a condition (stance._conditional_consequent) ----------------------------------------------

def test_a_negation_after_a_sentence_opening_condition_denies_nothing_bg():
    assert _claims("Ако Марония напусне, това вече не са преговори със Зенко.", "bg", Марония="LOC", Зенко="ORG") == [
        ("negotiate", "asserts", ["Марония", "Зенко"], None)]


def test_a_plain_negation_still_denies_bg():
    # guard: no condition
    assert _claims("Марония вече не води преговори със Зенко.", "bg", Марония="LOC", Зенко="ORG") == [
        ("negotiate", "denies", ["Марония", "Зенко"], None)]
