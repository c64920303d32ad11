"""Precision round 8 (issue 5): shapes of wrong parties left by the earlier rounds, each rebuilt with
invented names. A capitalised role word inside an organisation's name ("the UN General Assembly") is
no role naming a person; "he"/"him" inside a speaker's own quote is someone other than the speaker;
a news outlet after a relation word of talking ("spoke to X", "разговаривал с X") is where the words
were said, not a contact partner."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc, names_of, speaker_of


def claims_of(doc):
    return [(c.relation, c.stance, sorted(names_of(doc, c.participants)), speaker_of(doc, c), sorted(names_of(doc, c.via)))
            for c in extract_claims(doc)]


# -- 1. a role word inside a capitalised name is no role -------------------------------------------

ASSEMBLY = {"Arno Veld": ("PER", "Arno Veld"), "Marta Kolb": ("PER", "Marta Kolb"), "Tarvo": ("ORG", "Tarvo"),
            "UN": ("ORG", "UN"), "Bolivia": ("LOC", "Bolivia"), "Peru": ("LOC", "Peru")}


def test_role_word_inside_an_organisation_name_is_not_a_person_en():
    # "General" is a military rank, and Arno Veld holds it; in "the UN General Assembly" it is a word
    # of the assembly's name, which asks, not the general
    text = "General Arno Veld commands the army. The UN General Assembly urged Bolivia to end the blockade."
    doc = make_doc(text, "en", ASSEMBLY)
    assert claims_of(doc) == [("request", "asserts", ["Bolivia", "UN"], None, [])]
    # the same with a general manager elsewhere in the text
    text = "Marta Kolb, the general manager of Tarvo, spoke first. Later the UN General Assembly urged Bolivia to end the blockade."
    doc = make_doc(text, "en", ASSEMBLY)
    assert claims_of(doc) == [("request", "asserts", ["Bolivia", "UN"], None, [])]


def test_title_before_a_name_or_a_verb_stays_a_role_en():
    names = {"Arno Veld": ("PER", "Arno Veld"), "NATO": ("ORG", "NATO"), "Tarvo": ("ORG", "Tarvo"),
             "Lina Ortiz": ("PER", "Lina Ortiz"), "Ivan Petrov": ("PER", "Ivan Petrov")}
    # an organisation's title before a person's name: the person holds it, and "the NATO Secretary
    # General" before a verb is that person
    text = "NATO Secretary General Arno Veld arrived. The NATO Secretary General said he met Lina Ortiz."
    doc = make_doc(text, "en", names)
    assert claims_of(doc) == [("meet", "asserts", ["Ortiz", "Veld"], None, [])]
    # a title of two role words after an organisation's name: "Deputy" is no word of a name, so the
    # organisation is not the one asked
    text = "President Ivan Petrov has instructed Tarvo Deputy CEO Arno Veld to collaborate on Friday."
    doc = make_doc(text, "en", names)
    assert claims_of(doc) == [("request", "asserts", ["Petrov", "Veld"], None, [])]


# -- 2. "him" in the speaker's own words is someone else --------------------------------------------

def test_object_pronoun_inside_a_quote_is_not_its_speaker_en():
    names = {"Ivan Petrov": ("PER", "Ivan Petrov"), "Oleg Sokolov": ("PER", "Oleg Sokolov")}
    text = "Oleg Sokolov arrived in Rome on Sunday. \"I will meet him tomorrow,\" said Ivan Petrov."
    doc = make_doc(text, "en", names)
    assert claims_of(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], "Petrov", [])]


def test_object_pronoun_inside_a_quote_is_not_its_speaker_ru():
    names = {"Иван Петров": ("PER", "Иван Петров"), "Олегом Соколовым": ("PER", "Олег Соколов"),
             "Петров": ("PER", "Петров")}
    text = "Иван Петров встретился с Олегом Соколовым. «Я встречусь с ним снова», — сказал Петров."
    doc = make_doc(text, "ru", names)
    assert ("meet", "asserts", ["Петров", "Соколов"], "Петров", []) in claims_of(doc)


def test_object_pronoun_in_a_quote_without_anyone_else_names_nobody_en():
    doc = make_doc("\"I will meet him soon,\" Ivan Petrov said.", "en", {"Ivan Petrov": ("PER", "Ivan Petrov")})
    assert claims_of(doc) == []


def test_speaker_named_inside_the_quote_is_another_voice_en():
    # '"X told me he had spoken with Y," Z said': "he" is X, who speaks inside the quote
    names = {"Ivan Petrov": ("PER", "Ivan Petrov"), "Oleg Sokolov": ("PER", "Oleg Sokolov"),
             "Lina Ortiz": ("PER", "Lina Ortiz")}
    text = "\"Ivan Petrov told me he had spoken with Oleg Sokolov,\" Lina Ortiz said."
    doc = make_doc(text, "en", names)
    assert [c[2] for c in claims_of(doc)] == [["Petrov", "Sokolov"]]


# -- 3. an outlet talked to relays, it is no partner ------------------------------------------------

OUTLET = {"Ivan Petrov": ("PER", "Ivan Petrov"), "Globex": ("ORG", "Globex")}


def test_outlet_named_as_a_relay_is_no_contact_partner_en():
    text = "According to Globex, the deal is close. Ivan Petrov spoke to Globex on Monday."
    assert claims_of(make_doc(text, "en", OUTLET)) == []
    text = "Ivan Petrov spoke to Globex on Monday. Globex reported record profits."
    assert claims_of(make_doc(text, "en", OUTLET)) == []
    # by a media noun next to its name
    text = "Ivan Petrov spoke to the news agency Globex on Monday."
    assert claims_of(make_doc(text, "en", OUTLET)) == []


def test_organisation_talked_to_is_a_partner_when_no_outlet_en():
    # nothing in the text makes Globex an outlet: talks with it are contact
    text = "Ivan Petrov spoke to Globex on Monday. Globex makes engines."
    assert claims_of(make_doc(text, "en", OUTLET)) == [("contact", "asserts", ["Globex", "Petrov"], None, [])]
    # a media noun of another sentence does not make it one ("… Globex. According to the newspaper …")
    text = "Ivan Petrov spoke to Globex on Monday. The newspaper said nothing."
    assert claims_of(make_doc(text, "en", OUTLET)) == [("contact", "asserts", ["Globex", "Petrov"], None, [])]


def test_outlet_named_as_a_relay_is_no_contact_partner_ru():
    names = {"Иван Петров": ("PER", "Иван Петров"), "РБК": ("ORG", "РБК")}
    text = "Иван Петров разговаривал с РБК в понедельник. Об этом сообщает РБК."
    assert [c[0] for c in claims_of(make_doc(text, "ru", names))] == []


# -- 4. the meeting in which a speaker spoke is told by the text, not by the speaker ----------------

def test_setting_of_the_saying_has_no_speaker_en():
    names = {"Ivan Petrov": ("PER", "Ivan Petrov"), "Oleg Sokolov": ("PER", "Oleg Sokolov")}
    text = "Security matters most, Ivan Petrov said during his meeting with Oleg Sokolov."
    assert claims_of(make_doc(text, "en", names)) == [("meet", "asserts", ["Petrov", "Sokolov"], None, [])]
    # what the speaker says happened keeps its speaker
    text = "Ivan Petrov said he met Oleg Sokolov."
    assert claims_of(make_doc(text, "en", names)) == [("meet", "asserts", ["Petrov", "Sokolov"], "Petrov", [])]


def test_setting_of_the_saying_has_no_speaker_bg():
    names = {"Иван Петров": ("PER", "Иван Петров"), "Олег Соколов": ("PER", "Олег Соколов")}
    text = "Сигурността е най-важна, посочи премиерът Иван Петров при срещата си с Олег Соколов."
    assert claims_of(make_doc(text, "bg", names)) == [("meet", "asserts", ["Петров", "Соколов"], None, [])]
    text = "Иван Петров каза, че се е срещнал с Олег Соколов."
    assert claims_of(make_doc(text, "bg", names)) == [("meet", "asserts", ["Петров", "Соколов"], "Петров", [])]
