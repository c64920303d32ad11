"""Round 11 (issue 5): recall on unselected news. Long partner groups of role phrases, a relation
noun after a setting ("after the meeting, X praised the talks"), names that begin like a role noun,
deals with unnamed partners, first-person request verbs and role holders in parentheses, a request
repeated to others, a topic fronted before its reporting verb ("О встрече X и Y сообщил Z") and
agreements "reached with" a partner. Invented names and short constructed sentences, several
languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, people, places


# -- a coordinated partner group of role phrases runs past the usual window ------------------------

def test_long_partner_group_of_role_phrases_keeps_its_last_name_pl():
    text = ("Marek Zielny spotka się także m.in. z prezydentem Ukrainy Petrem Kowalem, "
            "sekretarzem ds. energii USA Rickiem Berrym.")
    doc = make_doc(text, "pl", {**people("Marek Zielny", "Petrem Kowalem", "Rickiem Berrym"), **places("Ukrainy", "USA")})
    assert claims_of(doc) == [("meet", "asserts", ["Berrym", "Kowalem", "Zielny"], None)]


def test_between_group_over_a_role_complement_and_an_apposition_sl():
    # "ministrom za energetiko X" (the role's own complement) and ", pristojnim za energetsko unijo,"
    # (a short phrase between commas before the holder) stay inside the group after "med"
    text = ("Prvi pogovori med ukrajinskim zunanjim ministrom Pavlom Kranjcem, ruskim ministrom za energetiko "
            "Aleksandrom Zorkom in podpredsednikom Evropske komisije, pristojnim za energetsko unijo, "
            "Marošom Hribarjem so potekali v torek.")
    doc = make_doc(text, "sl", {**people("Pavlom Kranjcem", "Aleksandrom Zorkom", "Marošom Hribarjem"),
                                "Evropske komisije": ("ORG", "Evropske komisije")})
    assert claims_of(doc) == [("contact", "asserts", ["Hribarjem", "Kranjcem", "Zorkom"], None)]


# -- a relation noun after a setting ("after the meeting") ------------------------------------------

def test_relation_noun_after_a_setting_makes_the_claim_sl():
    text = ("Pogovori med Ivanom Novakom in Petrom Kranjcem so potekali v torek. "
            "Kranjc je po srečanju ocenil pogovore kot pozitivne.")
    doc = make_doc(text, "sl", people("Ivanom Novakom", "Petrom Kranjcem", "Kranjc"))
    assert ("contact", "asserts", ["Kranjcem", "Novakom"], "Kranjc") in claims_of(doc)


def test_a_verb_after_a_setting_names_no_topic_as_parties_ru():
    # what the politicians discuss at the meeting is a topic: no talks between Washington and London
    text = "В ходе встречи политики обсудят укрепление отношений между Вашингтоном и Лондоном."
    doc = make_doc(text, "ru", places("Вашингтоном", "Лондоном"))
    assert claims_of(doc) == []


# -- a name that begins like a role noun is a name -------------------------------------------------

def test_surname_beginning_with_a_role_stem_is_a_name_sl():
    # "Šefranovič" begins with the role stem "šef*" (chief) but is no form of it
    text = "Šefranovič se je v torek sestal z Novakom."
    doc = make_doc(text, "sl", people("Šefranovič", "Novakom"))
    assert claims_of(doc) == [("meet", "asserts", ["Novakom", "Šefranovič"], None)]
    # a real inflected role noun the NER took for a name stays a noun: "Šefa" (of the chief)
    doc = make_doc("Šefa se je v torek sestal z Novakom.", "sl", people("Šefa", "Novakom"))
    assert all("Šefa" not in c[2] for c in claims_of(doc))


# -- a deal with an unnamed partner ----------------------------------------------------------------

def test_deals_with_countries_name_no_parties_bg_en():
    text = "Членството в съюза ще попречи на Лондон и на Великобритания да сключват търговски сделки с държави извън блока."
    doc = make_doc(text, "bg", places("Лондон", "Великобритания"))
    assert claims_of(doc) == []
    doc = make_doc("Britain and Norway will sign trade deals with countries outside the bloc.", "en",
                   places("Britain", "Norway"))
    assert claims_of(doc) == []
    doc = make_doc("Britain will sign a trade deal with Norway.", "en", places("Britain", "Norway"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Britain", "Norway"], None)]


# -- first-person request verbs; a role's holder in parentheses ------------------------------------

def test_first_person_request_verb_makes_the_speaker_the_asker_cs_ru():
    text = "„Žádám premiérku Spojeného království (Theresu Kovářovou), aby nám pomohla,“ řekl Masíh."
    doc = make_doc(text, "cs", {**people("Theresu Kovářovou", "Masíh"), **places("Spojeného království")})
    assert claims_of(doc) == [("request", "asserts", ["Kovářovou", "Masíh"], "Masíh")]
    text = "«Прошу президента Франции (Эмиля Лорана) о помощи», — сказал Иван Петров."
    doc = make_doc(text, "ru", {**people("Эмиля Лорана", "Иван Петров"), **places("Франции")})
    assert claims_of(doc) == [("request", "asserts", ["Лорана", "Петров"], "Петров")]


def test_a_noun_ending_like_a_first_person_verb_is_no_first_person_ru():
    # "визиту" ends like "прошу" but is a noun: the one who reports the visit is no party to it
    text = "Как сообщает агентство, Сандерс подчеркнула, что Трамп готов к визиту к Терезе Мэй."
    doc = make_doc(text, "ru", people("Сандерс", "Трамп", "Терезе Мэй"))
    assert [c[2] for c in claims_of(doc)] == [["Мэй", "Трамп"]]


def test_the_same_request_addressed_to_others_keeps_its_asker_cs():
    text = ("„Žádám Theresu Kovářovou o pomoc,“ řekl Masíh. Stejnou žádost adresoval i představitelům "
            "Kanady a USA.")
    doc = make_doc(text, "cs", {**people("Theresu Kovářovou", "Masíh"), **places("Kanady", "USA")})
    assert ("request", "asserts", ["Kanady", "Masíh", "USA"], None) in claims_of(doc)


# -- a topic fronted before its reporting verb -----------------------------------------------------

def test_fronted_topic_names_the_speaker_after_the_verb_ru_cs_pl():
    doc = make_doc("О встрече Петрова и Иванова сообщил Сидоров.", "ru", people("Петрова", "Иванова", "Сидоров"))
    assert claims_of(doc) == [("meet", "asserts", ["Иванова", "Петрова"], "Сидоров")]
    doc = make_doc("O schůzce Nováka s Perrym informoval tiskový odbor úřadu vlády.", "cs",
                   {**people("Nováka", "Perrym"), "tiskový odbor úřadu vlády": ("ORG", "tiskový odbor úřadu vlády")})
    assert claims_of(doc) == [("meet", "asserts", ["Nováka", "Perrym"], "vlády")]
    doc = make_doc("O spotkaniu Nowaka z Kowalem poinformował rzecznik rządu Piotr Zieliński.", "pl",
                   people("Nowaka", "Kowalem", "Piotr Zieliński"))
    assert claims_of(doc) == [("meet", "asserts", ["Kowalem", "Nowaka"], "Zieliński")]


# -- agreements "reached with" a partner ------------------------------------------------------------

def test_agreement_worked_out_with_a_partner_uk_ru():
    text = "Олена Коваль виступила на захист виробленого із Брюсселем проекту угоди."
    # (an inflected name before "проекту" modifies no noun: it is no name of the draft)
    doc = make_doc(text, "uk", {**people("Олена Коваль"), "Брюсселем": ("LOC", "Брюссель")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Брюссель", "Коваль"], None)]
    text = "Ирина Петрова защищала достигнутое с Брюсселем соглашение."
    doc = make_doc(text, "ru", {**people("Ирина Петрова"), "Брюсселем": ("LOC", "Брюссель")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Брюссель", "Петрова"], None)]
