"""Round 18 (issue 5, speakers): broad shapes that fire on unannotated text, each checked on the
2,100 unannotated documents before it was kept. Words that merely begin like a denial cue are none
("изключително", "отрицательным"); "не менее часа", "no less than" negate nothing; a denial cue
after the relation word with an object of its own rejects that object, not the relation; cs
"přiznala", ru "объяснил" are speech; a reporting verb with a dropped subject closing a quote ("„…,“
dodal") is the one who spoke last or the person the text is about, and after a plain comma the
person opening the sentence; a role chain stops at a headline or paragraph break. Invented names
and short constructed sentences, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, orgs, people, places


# -- words that only begin like a denial cue ---------------------------------------------------------

def test_intensifier_is_no_denial_bg():
    doc = make_doc("Срещата на Иван Петров с Георги Иванов беше изключително полезна.", "bg",
                   people("Иван Петров", "Георги Иванов"))
    assert claims_of(doc) == [("meet", "asserts", ["Иванов", "Петров"], None)]


def test_negative_adjective_is_no_denial_ru():
    doc = make_doc("Итог переговоров Ивана Петрова с Сергеем Ивановым оказался отрицательным.", "ru",
                   people("Ивана Петрова", "Сергеем Ивановым"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Ивановым", "Петрова"], None)]


# -- "no less than" negates nothing ---------------------------------------------------------------

def test_no_less_than_is_no_negation_ru_uk():
    doc = make_doc("Иван Петров не менее часа беседовал с Сергеем Ивановым.", "ru",
                   people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("contact", "asserts", ["Ивановым", "Петров"], None)]
    doc = make_doc("Іван Петров не менше години розмовляв з Сергієм Івановим.", "uk",
                   people("Іван Петров", "Сергієм Івановим"))
    assert claims_of(doc) == [("contact", "asserts", ["Івановим", "Петров"], None)]


# -- a denial cue with an object of its own ---------------------------------------------------------

def test_rejecting_another_object_does_not_deny_the_relation_pl_bg():
    doc = make_doc("Mimo negocjacji z Piotrem Kowalskim rząd Jana Nowaka zdołał odrzucić poprawki opozycji.", "pl",
                   people("Piotrem Kowalskim", "Jana Nowaka"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Kowalskim", "Nowaka"], None)]
    doc = make_doc("Иван Петров настоява Европейският съюз да преразгледа решението си, след като отхвърли плановете му.",
                   "bg", {**people("Иван Петров"), **orgs("Европейският съюз")})
    assert [c[1] for c in claims_of(doc)] == ["asserts"]


def test_a_time_word_after_a_denial_cue_is_no_object_of_its_own_en_pl():
    doc = make_doc("A meeting between John Smith and Peter Brown took place, Tom Varley denied yesterday.", "en",
                   people("John Smith", "Peter Brown", "Tom Varley"))
    assert claims_of(doc) == [("meet", "denies", ["Brown", "Smith"], "Varley")]
    doc = make_doc("Spotkanie Jana Nowaka z Piotrem Kowalskim odbyło się, czemu zaprzeczył wczoraj rzecznik.", "pl",
                   people("Jana Nowaka", "Piotrem Kowalskim"))
    assert [c[1] for c in claims_of(doc)] == ["denies"]


def test_denial_pointing_back_still_denies_en():
    # guard: "which Smith later denied" has no object of its own
    doc = make_doc("Peter Brown met John Smith, which Smith later denied.", "en",
                   people("Peter Brown", "John Smith", "Smith"))
    assert [c[1] for c in claims_of(doc)] == ["denies"]


# -- speech verbs ---------------------------------------------------------------------------------

def test_admitting_and_explaining_are_speech_cs_ru():
    doc = make_doc("Jana Nováková přiznala, že se setkala s Petrem Dvořákem.", "cs",
                   people("Jana Nováková", "Petrem Dvořákem"))
    assert claims_of(doc) == [("meet", "asserts", ["Dvořákem", "Nováková"], "Nováková")]
    doc = make_doc("Иван Петров объяснил, что встретился с Сергеем Ивановым.", "ru",
                   people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("meet", "asserts", ["Ивановым", "Петров"], "Петров")]


def test_adding_and_pointing_out_are_speech_bg_ru_sl():
    doc = make_doc("Иван Петров допълни, че се е срещнал с Георги Иванов.", "bg", people("Иван Петров", "Георги Иванов"))
    assert claims_of(doc) == [("meet", "asserts", ["Иванов", "Петров"], "Петров")]
    doc = make_doc("Иван Петров изтъкна, че ще преговаря с Георги Иванов.", "bg", people("Иван Петров", "Георги Иванов"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Иванов", "Петров"], "Петров")]
    doc = make_doc("Иван Петров проинформировал, что встретился с Сергеем Ивановым.", "ru",
                   people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("meet", "asserts", ["Ивановым", "Петров"], "Петров")]
    doc = make_doc("Janez Novak pojasni, da se je sestal s Petrom Kovačem.", "sl", people("Janez Novak", "Petrom Kovačem"))
    assert claims_of(doc) == [("meet", "asserts", ["Kovačem", "Novak"], "Novak")]


# -- a dropped subject closing a quote or after a comma -------------------------------------------------

def test_quote_closed_by_a_verb_without_subject_is_the_person_the_text_is_about_cs_sl():
    text = ("Jan Novák si uvědomuje, že jednání budou těžká. "
            "„Proto počítáme s úspěchem jednání s Petrem Dvořákem,“ dodal.")
    doc = make_doc(text, "cs", people("Jan Novák", "Petrem Dvořákem"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Dvořákem", "Novák"], "Novák")]
    text = "Jan Novak se zaveda, da bodo pogajanja težka. »Sodelujemo s Petrom Kovačem,« je dejal."
    doc = make_doc(text, "sl", people("Jan Novak", "Petrom Kovačem"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Kovačem", "Novak"], "Novak")]


def test_quote_closed_by_a_verb_without_subject_takes_no_one_word_people_name_cs():
    # guard: "Čechů" (a people the recogniser took for a person) is never named in full: nobody
    text = "Přijelo mnoho Čechů. „Počítáme s úspěchem jednání s Petrem Dvořákem,“ dodala."
    doc = make_doc(text, "cs", people("Čechů", "Petrem Dvořákem"))
    # (with no speaker the talks have one named party: no claim; "Čechů" as the speaker would make one)
    assert claims_of(doc) == []


def test_verb_after_a_comma_without_subject_is_the_sentence_subject_cs():
    text = "Jana Nováková loni při návštěvě Vídně, kde jednala o obchodu, řekla, že se setká s Petrem Dvořákem."
    doc = make_doc(text, "cs", {**people("Jana Nováková", "Petrem Dvořákem"), **places("Vídně")})
    assert ("meet", "asserts", ["Dvořákem", "Nováková"], "Nováková") in claims_of(doc)


# -- a role chain stops at a headline break -------------------------------------------------------------

def test_role_chain_stops_at_a_headline_break_en():
    text = ("Croatia's foreign minister urges EU to sanction former German chancellor Ivan Petrov\n\n"
            "Croatia's foreign minister Marko Babic urged the EU to sanction former German chancellor Ivan Petrov.")
    doc = make_doc(text, "en", {**people("Ivan Petrov", "Marko Babic"), **orgs("EU"), **places("Croatia")})
    # the headline's minister is Babic (the role of the next paragraph), never the chancellor named before the break
    assert claims_of(doc) == [("request", "asserts", ["Babic", "EU"], None)] * 2
