"""Round 66 (issue 5): relation words that are no relation, and relations read wrongly, on real text. Bargaining power
("siła negocjacyjna", "bargaining power", "переговорная сила") is a market position, no talks; Czech "jednání" after an
adjective of manner or lawfulness ("příliš pomalého jednání", "protiprávní jednání") is acting or conduct; Russian
"увидеть в" is seeing something in a thing, no meeting; a contact word with a partner right after a negotiator's
role noun ("главный переговорщик Y в диалоге с Z") is that negotiation, a role with no event time; a letter with a demand whose addressee
stands before the noun ("X adresovalo Y otevřený dopis s výzvou") is a request. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language="en", published=None, **entities):
    doc = make_doc(text, language, names(**entities), published=published)
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants])
            for c in extract_claims(doc)]


# -- 1. words that are no relation ----------------------------------------------------------------------------------

def test_bargaining_power_is_no_negotiation():
    assert _claims("Transakcja wzmocni siłę negocjacyjną spółki Zenco wobec firmy Acme.", "pl",
                   Zenco="ORG", Acme="ORG") == []
    assert _claims("The merger would strengthen the bargaining power of Zenco against Acme.",
                   Zenco="ORG", Acme="ORG") == []
    assert _claims("Сделка усилит переговорную силу компании Зенко в отношениях с Акме.", "ru",
                   Зенко="ORG", Акме="ORG") == []
    assert _claims("Die Fusion stärkt die Verhandlungsmacht von Zenco gegenüber Acme.", "de",
                   Zenco="ORG", Acme="ORG") == []
    # guard: the talks themselves stay
    assert _claims("Zenco prowadzi negocjacje z firmą Acme.", "pl", Zenco="ORG", Acme="ORG") == [
        ("negotiate", "asserts", ["Zenco", "Acme"])]


def test_czech_jednani_as_conduct_is_no_negotiation():
    assert _claims("Zenco a Acme čelí nařčení z příliš pomalého jednání.", "cs", Zenco="ORG", Acme="ORG") == []
    assert _claims("Petr Novák kritizoval nezákonné jednání Maronie.", "cs", Petr_Novák="PER", Maronie="LOC") == []
    # guard: talks with a partner stay
    assert _claims("Petr Novák zahájil jednání s Maronií.", "cs", Petr_Novák="PER", Maronií="LOC") == [
        ("negotiate", "asserts", ["Petr Novák", "Maronií"])]


def test_seeing_something_in_a_thing_is_no_meeting():
    assert _claims("Мария Петрова увидела в отставке Ивана Сидорова контуры кризиса.", "ru",
                   Мария_Петрова="PER", Ивана_Сидорова="PER") == []
    # guard: seeing each other with a partner is a meeting
    assert _claims("Мария Петрова увиделась в Москве с Иваном Сидоровым.", "ru", Мария_Петрова="PER",
                   Москве="LOC", Иваном_Сидоровым="PER")[0][0] == "meet"


# -- 2. relations read wrongly --------------------------------------------------------------------------------------

def test_a_dialogue_in_a_negotiators_role_phrase_is_the_negotiation():
    assert _claims("Иван Сидоров был главным переговорщиком Марони в диалоге с Зенко об условиях выхода.", "ru",
                   Иван_Сидоров="PER", Марони="LOC", Зенко="LOC") == [
        ("negotiate", "asserts", ["Иван Сидоров", "Зенко"])]
    assert _claims("Piotr Nowak był głównym negocjatorem Maronii w rozmowach z Zenco o warunkach wyjścia.", "pl",
                   Piotr_Nowak="PER", Maronii="LOC", Zenco="LOC") == [("negotiate", "asserts", ["Piotr Nowak", "Zenco"])]
    # (uk: the standard "переговірник" is a negotiate word, as "переговорник" was)
    assert _claims("Іван Петренко був головним переговірником Маронії в діалозі з Зенко щодо умов виходу.", "uk",
                   Іван_Петренко="PER", Маронії="LOC", Зенко="LOC") == [("negotiate", "asserts", ["Іван Петренко", "Зенко"])]
    # a role the sentence describes: the time is its predicate's (the resignation's), not the negotiation's
    doc = make_doc("19 июня 2017 года о своей отставке объявил Иван Сидоров, являвшийся главным переговорщиком Марони "
                   "в диалоге с Зенко.", "ru", names(Иван_Сидоров="PER", Марони="LOC", Зенко="LOC"))
    assert [(c.relation, c.when) for c in extract_claims(doc)] == [("negotiate", None)]
    # guard: a dialogue with no negotiator before it stays a contact
    assert _claims("Иван Сидоров находится в диалоге с Зенко.", "ru", Иван_Сидоров="PER", Зенко="LOC") == [
        ("contact", "asserts", ["Иван Сидоров", "Зенко"])]


def test_a_letter_with_a_demand_to_an_addressee_before_the_noun_is_a_request():
    # the addressee, inflected, between the verb and the letter noun; the sender opens the sentence
    assert _claims("Zenco v úterý adresovalo Maronii otevřený dopis s výzvou k zastavení projektu.", "cs",
                   Zenco="ORG", Maronii=("LOC", "Maronie")) == [("request", "asserts", ["Zenco", "Maronii"])]
    assert _claims("Зенко во вторник направило Маронии открытое письмо с требованием остановить проект.", "ru",
                   Зенко="ORG", Маронии=("LOC", "Марония")) == [("request", "asserts", ["Зенко", "Маронии"])]
    assert _claims("Zenco je v torek Maroniji poslalo odprto pismo z zahtevo za ustavitev projekta.", "sl",
                   Zenco="ORG", Maroniji=("LOC", "Maronija")) == [("request", "asserts", ["Zenco", "Maroniji"])]
    # guard: a letter with no demand stays a contact
    assert _claims("Zenco v úterý adresovalo Maronii otevřený dopis.", "cs", Zenco="ORG",
                   Maronii=("LOC", "Maronie")) == [("contact", "asserts", ["Zenco", "Maronii"])]
