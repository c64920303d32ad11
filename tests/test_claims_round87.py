"""Round 87 (issue 5): no name from another sentence for a side the sentence gives as an unnamed group. A relation
noun followed (within six words, a participle's comma allowed, before any name) by a plural noun of people or
bodies that no name owns ("a letter sent to 55 leaders", "partner negocjacji w imieniu swoich pracowników") has its
own side, unnamed: the document's established parties are not filled in; "they" opening a sentence after a sentence
that speaks of an unnamed group of people (and names none of the last claim's parties) is that group, not the
parties of the claim before. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language="en", **entities):
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, sorted(m[p].text for p in c.participants)) for c in extract_claims(doc)]


def test_a_letter_to_unnamed_leaders_takes_no_established_pair_bg():
    text = ("Иван Петров проведе телефонен разговор с Мария Стоянова. "
            "Президентът заяви, че уважава народите в писмо, изпратено до 55 лидера на страни от континента.")
    claims = _claims(text, "bg", Иван_Петров="PER", Мария_Стоянова="PER")
    assert claims == [("contact", ["Иван Петров", "Мария Стоянова"])]


def test_negotiations_on_behalf_of_unnamed_workers_take_no_established_pair_pl():
    text = ("Acme rozpoczęła negocjacje z Zenco. "
            "Dopiero w ubiegłym roku linia wyraziła gotowość uznania związków jako partnera negocjacji w imieniu swoich pracowników.")
    claims = _claims(text, "pl", Acme="ORG", Zenco="ORG")
    assert claims == [("negotiate", ["Acme", "Zenco"])]


def test_a_group_named_by_its_owner_still_takes_the_established_pair_ru():
    # guard: "members of Zenco" name their group; the talks are the document's
    text = ("Acme провела переговоры с Zenco. "
            "Ввиду отсутствия прогресса на переговорах 96% опрошенных членов Zenco высказались за забастовку.")
    claims = _claims(text, "ru", Acme="ORG", Zenco="ORG")
    assert claims == [("negotiate", ["Acme", "Zenco"]), ("negotiate", ["Acme", "Zenco"])]


def test_they_after_a_sentence_about_unnamed_people_is_that_group_ru():
    text = ("Acme предложила Zenco встретиться 7 августа. На прошлой неделе прошли протесты. "
            "Сначала не вышли на работу пилоты в Марони, а затем бастовал персонал. "
            "Они требуют повышения зарплат.")
    claims = _claims(text, "ru", Acme="ORG", Zenco="ORG", Марони="LOC")
    assert ("request", ["Acme", "Zenco"]) not in claims


def test_they_after_the_claim_itself_stays_its_parties_ru():
    # guard: no sentence about other people between: "they" are the parties just named
    text = "Acme предложила Zenco встретиться 7 августа. Они требуют повышения зарплат."
    claims = _claims(text, "ru", Acme="ORG", Zenco="ORG")
    assert ("request", ["Acme", "Zenco"]) in claims


def test_a_deal_whose_subject_is_the_relative_of_an_untagged_company_takes_no_pair_uk():
    text = ("У грудні Acme домовився з компанією Zenco про 1,8 млн доз вакцини. "
            "Посередником виступив харківський “Лекхім”, який заявив, що уклав угоду на п’ять млн доз вакцини.")
    claims = _claims(text, "uk", Acme="ORG", Zenco="ORG")
    assert claims == [("negotiate", ["Acme", "Zenco"])]


def test_a_deal_whose_subject_is_the_relative_of_a_named_party_stays_uk():
    # guard: the relative's antecedent is a name: the claim continues with it
    text = ("У грудні Acme домовився з компанією Zenco про 1,8 млн доз вакцини. "
            "Посередником виступив Zenco, який заявив, що уклав угоду на п’ять млн доз вакцини.")
    claims = _claims(text, "uk", Acme="ORG", Zenco="ORG")
    assert len(claims) == 2
