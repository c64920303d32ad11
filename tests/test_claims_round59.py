"""Round 59 (issue 5): the parties of requests and directed relations the wrong way round. A request whose content
opens (a marker: "to", "да", "aby", "чтобы") before any name after the request word asks none of the names after
it ("urged the authorities in X to release Y": Y is whom it is about; the authorities in X are X's, the asked);
the rest of a role phrase whose dismissal or release is demanded (its adjectives, its organisation, its holder in
apposition) is what the request is about; a name after a topic preposition of several words ("по отношению к X",
"w stosunku do X") is the content; the place right after a visit noun with the person named after it is where, the
person the visitor; an agency's sign-off "/X" closing a paragraph is no party. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language="en", **entities):
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants], None if c.speaker is None else m[c.speaker].text)
            for c in extract_claims(doc)]


def test_a_request_whose_content_opens_before_any_name_asks_none_of_them():
    assert _claims("Tom Hale urged to grant asylum to Anna Bell.", Tom_Hale="PER", Anna_Bell="PER") == []
    # the authorities in a place are that place's: the place is the one asked
    assert _claims("Tom Hale urged the authorities in Maronia to release Anna Bell.", Tom_Hale="PER", Maronia="LOC",
                   Anna_Bell="PER") == [("request", "asserts", ["Tom Hale", "Maronia"], None)]
    assert _claims("Папа Иван Петров призова властите в Марония да освободят осъдената Мария Стоянова.", "bg",
                   Иван_Петров="PER", Марония="LOC", Мария_Стоянова="PER") == [
        ("request", "asserts", ["Иван Петров", "Марония"], None)]
    # guard: the one asked named before the marker stays, the content after it goes
    assert _claims("Иван Петров призова Марония да освободи Мария Стоянова.", "bg", Иван_Петров="PER",
                   Марония="LOC", Мария_Стоянова="PER") == [("request", "asserts", ["Иван Петров", "Марония"], None)]


def test_the_role_phrase_a_request_is_about_is_no_asked():
    assert _claims("Acme domaga się dymisji burmistrza nyskiego z Zenco, Jana Nowaka, który się zaszczepił.", "pl",
                   Acme="ORG", Zenco="ORG", Jana_Nowaka="PER") == []
    assert _claims("Acme domaga się dymisji starosty z Zenco.", "pl", Acme="ORG", Zenco="ORG") == []
    assert _claims("Acme demanded the resignation of the mayor, Tom Hale, from Zenco.", Acme="ORG", Zenco="ORG",
                   Tom_Hale="PER") == []


def test_a_name_after_a_topic_preposition_of_several_words_is_the_content():
    assert _claims("Иван Петров заявил, что это требует от Марии Стояновой более жесткой позиции по отношению к Акме.",
                   "ru", Иван_Петров="PER", Марии_Стояновой="PER", Акме="ORG") == []


def test_the_person_named_after_a_visit_to_a_place_is_the_visitor():
    assert _claims("12 ноября во время визита в Париж по случаю юбилея перемирия премьер-министр Канады Иван Петров "
                   "дал интервью касательно позиции его страны.", "ru", Париж="LOC", Канады="LOC",
                   Иван_Петров="PER") == [("visit", "asserts", ["Иван Петров", "Париж"], None)]
    assert _claims("During his visit to Maronia, prime minister Tom Hale gave an interview.", Maronia="LOC",
                   Tom_Hale="PER") == [("visit", "asserts", ["Tom Hale", "Maronia"], None)]


def test_an_agency_sign_off_is_no_party():
    assert _claims("Tom Hale met Anna Bell in Maronia. /Zenco", Tom_Hale="PER", Anna_Bell="PER", Maronia="LOC",
                   Zenco="ORG") == [("meet", "asserts", ["Tom Hale", "Anna Bell"], None)]
    assert _claims("Мария Стоянова може да подготви Марония за липса на споразумение с Акме. /Зенко", "bg",
                   Мария_Стоянова="PER", Марония="LOC", Акме="ORG", Зенко="ORG")[0][2] == [
        "Мария Стоянова", "Марония", "Акме"]
