"""Round 42 (issue 5): relation words whose other party the sentence leaves implied. A reciprocal pronoun
("each other", "ze sobą", "med seboj") makes a coordinated subject both parties; a talk noun standing alone
in a document on a membership change is that change's negotiation; an agreement about the document's main
event is that change's; talks after a setting preposition inside an unnamed source's attribution took
place; a relation noun after a time bound in a request's clause is a claim of its own. Invented names."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names


# -- 1. a reciprocal pronoun: the coordinated subject is both parties --------------------------------

def test_talked_with_each_other_en():
    doc = make_doc("Tom Kranz and Lena Varga talked with each other by phone on Monday.", "en",
                   names(Tom_Kranz="PER", Lena_Varga="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Kranz", "Varga"], None)]
    doc = make_doc("Acme and Globex will cooperate with one another on the new plant.", "en",
                   names(Acme="ORG", Globex="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Acme", "Globex"], None)]


def test_reciprocal_after_the_verb_pl_sl_uk():
    doc = make_doc("Tomasz Nowak i Lena Varga rozmawiali ze sobą przez telefon.", "pl",
                   names(Tomasz_Nowak="PER", Lena_Varga="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Nowak", "Varga"], None)]
    doc = make_doc("Tom Kranz in Lena Varga sta se pogovarjala med seboj.", "sl",
                   names(Tom_Kranz="PER", Lena_Varga="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Kranz", "Varga"], None)]
    doc = make_doc("Том Кранц і Лена Варга поговорили між собою.", "uk", names(Том_Кранц="PER", Лена_Варга="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Варга", "Кранц"], None)]


def test_accused_each_other_of_sabotaging_the_talks_en_ru():
    # the talks are the text's own: both accusers are their parties, neither of them says it
    doc = make_doc("Fredonia and Maronia accused each other of sabotaging the talks.", "en",
                   names(Fredonia="LOC", Maronia="LOC"))
    assert claims_of(doc) == [("contact", "asserts", ["Fredonia", "Maronia"], None)]
    doc = make_doc("Фредония и Марония обвинили друг друга в срыве переговоров.", "ru",
                   names(Фредония="LOC", Марония="LOC"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Марония", "Фредония"], None)]


def test_reciprocal_needs_a_named_subject_group():
    # (guards) places after a preposition are no subject; a group with someone unnamed names no pair
    doc = make_doc("In Fredonia and Maronia, officials talked with each other on Monday.", "en",
                   names(Fredonia="LOC", Maronia="LOC"))
    assert claims_of(doc) == []
    doc = make_doc("Tom Kranz and his wife talked with each other on Monday.", "en", names(Tom_Kranz="PER"))
    assert claims_of(doc) == []


# -- 2. a talk noun standing alone in a document on a membership change ------------------------------

_EXIT_CS = "Odchod Fredonie z Unie Acme je naplánován na březen. "


def test_talks_alone_are_the_membership_negotiation_cs():
    doc = make_doc(_EXIT_CS + "Rozhovory obou týmů budou pokračovat i příští týden.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Acme", "Fredonie"], None)]


def test_talks_of_someone_else_or_with_a_partner_stay_unset_cs():
    # (guards) a sentence naming another person (not its speaker), a talk with its own partner (an interview), a talk on
    # another topic: not the membership change's negotiation
    doc = make_doc(_EXIT_CS + "Rozhovorů se zúčastnila i komisařka Anna Nováková.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme"), Anna_Nováková="PER"))
    assert claims_of(doc) == []
    doc = make_doc(_EXIT_CS + "Rozhovor s místopředsedkyní komise.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme")))
    assert claims_of(doc) == []
    doc = make_doc(_EXIT_CS + "Diskuse o příštím rozpočtu však teprve začínají.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme")))
    assert claims_of(doc) == []


def test_agreement_about_the_main_event_cs():
    # "dohoda" is any agreement unless its parties are named (round 23); one about the document's most
    # named event, in a document on a membership change, is that change's
    doc = make_doc(_EXIT_CS + "Fredexit je hlavní téma summitu. K dohodě o fredexitu chybí jen krůček.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme"), Fredexit=("MISC", "Fredexit"),
                         fredexitu=("MISC", "Fredexit")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Acme", "Fredonie"], None)]


# -- 3. talks in the setting of an unnamed source's saying -------------------------------------------

def test_after_the_talks_inside_an_unnamed_attribution_cs():
    doc = make_doc(_EXIT_CS + "Jeden z předních diplomatů po jednáních ve čtvrtek uvedl, že dohoda je daleko.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme")))
    assert ("negotiate", "asserts", ["Acme", "Fredonie"], None) in claims_of(doc)


# -- 4. a relation noun after a time bound in a request's clause -------------------------------------

def test_talks_after_a_time_bound_in_a_request_bg():
    # "before the start of the talks": when the request is made, no content of it
    doc = make_doc("Излизането на Фредония от Съюза Акме е насрочено за март. Яснота искат и от Акме преди началото на "
                   "преговорите.", "bg",
                   names(Фредония="LOC", Съюза_Акме=("ORG", "Акме"), Акме=("ORG", "Акме")))
    assert ("negotiate", "asserts", ["Акме", "Фредония"], None) in claims_of(doc)


def test_talks_as_what_is_asked_stay_content_ru():
    # (guard) "invited to talks": the talks are what the invitation offers, no claim of their own
    doc = make_doc("Выход Фредонии из Союза Акме намечен на март. Маронию пригласили на трехсторонние переговоры в Брюсселе.", "ru",
                   names(Фредонии=("LOC", "Фредония"), Союза_Акме=("ORG", "Акме"), Маронию=("LOC", "Марония")))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


def test_meeting_after_a_time_bound_in_a_request_bg():
    # "Това призова X преди среща с Y": the meeting with Y is when X made the call, X met Y
    doc = make_doc("Това призова депутатът Том Кранц преди среща с Лена Варга, информира агенцията.", "bg",
                   names(Том_Кранц="PER", Лена_Варга="PER"))
    assert ("meet", "asserts", ["Варга", "Кранц"], None) in claims_of(doc)


# -- 5. talks on the membership change are its two sides' -----------------------------------------

def test_talks_on_the_exit_are_the_sides_not_the_last_claim_cs_bg_en():
    doc = make_doc("Odchod Fredonie z Unie Acme je naplánován na březen. Premiér Tom Kranz ve středu jednal s Maronií "
                   "o obchodu. Jednání o odchodu se ale zadrhla.", "cs",
                   names(Fredonie="LOC", Unie_Acme=("ORG", "Unie Acme"), Tom_Kranz="PER", Maronií=("LOC", "Maronie")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Kranz", "Maronie"], None),
                              ("negotiate", "asserts", ["Acme", "Fredonie"], None)]
    doc = make_doc("Излизането на Фредония от Съюза Акме е насрочено за март. Премиерът Том Кранц преговаря с Марония "
                   "за търговията. Преговорите за излизането обаче са в задънена улица.", "bg",
                   names(Фредония="LOC", Съюза_Акме=("ORG", "Акме"), Том_Кранц="PER", Марония="LOC"))
    assert claims_of(doc)[-1] == ("negotiate", "asserts", ["Акме", "Фредония"], None)
    doc = make_doc("Freedonia's exit from the Union is due in March. Prime Minister Tom Kranz negotiated with Maronia "
                   "on trade on Monday. The talks on the withdrawal stalled, however.", "en",
                   names(Freedonia="LOC", Union="ORG", Tom_Kranz="PER", Maronia="LOC"))
    assert claims_of(doc)[-1] == ("negotiate", "asserts", ["Freedonia", "Union"], None)


def test_talks_on_the_exit_naming_someone_else_stay_unset_en():
    # (guard) a party the sentence names that is no side: another negotiation
    doc = make_doc("Freedonia's exit from the Union is due in March. Prime Minister Tom Kranz negotiated with Maronia "
                   "on trade on Monday. Maronia's talks on the withdrawal stalled, however.", "en",
                   names(Freedonia="LOC", Union="ORG", Tom_Kranz="PER", Maronia="LOC"))
    assert ("negotiate", "asserts", ["Freedonia", "Union"], None) not in claims_of(doc)
