"""Round 10 (issue 5): parties and speakers named by a common noun. A document introduces a body once
by name with the noun it later uses alone ("the Irish airline Norlet … the airline", "Министерство
обороны Ирландии … министерство", "Norlet, the low-cost carrier, …"); the bare noun then names that
body when the document links exactly one entity to it before, and nothing when it links several or
an adjective makes it another body. Invented names, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc


def org(*texts: str) -> dict[str, tuple[str, str]]:
    return {t: ("ORG", t) for t in texts}


# -- a title links the noun: "авиакомпания Norlet" ------------------------------------------------

def test_title_links_an_organisation_noun_when_another_organisation_is_more_named_ru():
    # AESA is named more often than Norlet, so "the company" has no clear protagonist: only the
    # title "ирландской авиакомпании Norlet" says which airline "от авиакомпании" is
    text = ("Агентство AESA расследует забастовку ирландской авиакомпании Norlet. В AESA заявили, что AESA "
            "недовольна. Накануне AESA потребовала от авиакомпании обеспечить рейсы.")
    assert claims_of(make_doc(text, "ru", org("AESA", "Norlet"))) == [("request", "asserts", ["AESA", "Norlet"], None)]


def test_two_airlines_named_by_the_noun_leave_it_unresolved_en():
    text = ("The Irish airline Norlet and the German airline Skyra cancelled flights. Vexa held talks with "
            "the airline on Monday.")
    assert claims_of(make_doc(text, "en", org("Norlet", "Skyra", "Vexa"))) == []


# -- an apposition links the noun: "Norlet, the low-cost carrier, …" ------------------------------

def test_apposition_links_the_noun_en():
    text = ("Norlet, the low-cost carrier, cancelled flights. Talks between the union Vexa and the carrier "
            "resumed on Monday.")
    assert claims_of(make_doc(text, "en", org("Norlet", "Vexa"))) == [("contact", "asserts", ["Norlet", "Vexa"], None)]


# -- the name's own head word links the noun: "Министерство обороны Ирландии" ----------------------

def test_institution_named_by_its_head_noun_ru_en():
    text = ("Министерство обороны Ирландии опровергло слухи. Позже Иван Петров провёл переговоры с министерством.")
    doc = make_doc(text, "ru", {"Министерство обороны Ирландии": ("ORG", "Министерство обороны Ирландии"),
                                "Иван Петров": ("PER", "Иван Петров")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Ирландии", "Петров"], None)]
    text = "The Ministry of Defence denied the report. Ivan Petrov met with the ministry on Monday."
    doc = make_doc(text, "en", {"Ministry of Defence": ("ORG", "Ministry of Defence"), "Ivan Petrov": ("PER", "Ivan Petrov")})
    assert claims_of(doc) == [("meet", "asserts", ["Defence", "Petrov"], None)]


def test_institution_noun_never_named_so_names_nobody_bg_pl():
    # no court is named in the document: "съда", "sądem" stay common nouns (no party, no guess)
    text = "Иван Петров се срещна със съда в понеделник. Агенцията Norlet съобщи това."
    assert claims_of(make_doc(text, "bg", {"Иван Петров": ("PER", "Иван Петров"), "Norlet": ("ORG", "Norlet")})) == []
    text = "Firma Norlet prowadzi rozmowy z sądem."
    assert claims_of(make_doc(text, "pl", org("Norlet"))) == []


def test_adjective_before_the_noun_makes_it_another_body_sl_ru():
    # "Sodišče EU" links "sodišče": "s sodiščem" is that court, "s škotskim sodiščem" another one
    names = {"Sodišče EU": ("ORG", "Sodišče EU"), "Andrej Novak": ("PER", "Andrej Novak")}
    text = "Sodišče EU je odločilo o zadevi. Poslanec Andrej Novak se je sestal s sodiščem."
    assert claims_of(make_doc(text, "sl", names)) == [("meet", "asserts", ["EU", "Novak"], None)]
    text = "Sodišče EU je odločilo o zadevi. Poslanec Andrej Novak se je sestal s škotskim sodiščem."
    assert claims_of(make_doc(text, "sl", names)) == []
    names = {"Министерство обороны Ирландии": ("ORG", "Министерство обороны Ирландии"), "Иван Петров": ("PER", "Иван Петров")}
    text = "Министерство обороны Ирландии опровергло слухи. Иван Петров провёл переговоры с польским министерством."
    assert claims_of(make_doc(text, "ru", names)) == []


# -- governments: "the Pakistani government … the government" ---------------------------------------

def test_government_noun_linked_by_a_state_adjective_en_cs():
    text = ("The Pakistani government banned the rally in Pakistan. The TLP party held talks with the government "
            "on Monday.")
    doc = make_doc(text, "en", {"Pakistan": ("LOC", "Pakistan"), "TLP": ("ORG", "TLP")})
    assert claims_of(doc) == [("contact", "asserts", ["Pakistan", "TLP"], None)]
    text = "Pákistánská vláda zakázala shromáždění v Pákistánu. Strana TLP zahájila jednání s vládou."
    doc = make_doc(text, "cs", {"Pákistánu": ("LOC", "Pákistán"), "TLP": ("ORG", "TLP")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Pákistán", "TLP"], None)]


def test_bare_government_without_a_link_names_nobody_en():
    text = "The government banned the rally in Pakistan. The TLP party held talks with the government on Monday."
    assert claims_of(make_doc(text, "en", {"Pakistan": ("LOC", "Pakistan"), "TLP": ("ORG", "TLP")})) == []


# -- speakers: "the ministry said" -----------------------------------------------------------------

def test_bare_institution_noun_as_the_speaker_uk_en():
    text = ("Міністерство закордонних справ Польщі прокоментувало зустріч. Іван Петров зустрівся з Олегом "
            "Соколовим, заявило міністерство.")
    doc = make_doc(text, "uk", {"Міністерство закордонних справ Польщі": ("ORG", "Міністерство закордонних справ Польщі"),
                                "Іван Петров": ("PER", "Іван Петров"), "Олегом Соколовим": ("PER", "Олег Соколов")})
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Польщі")]
    text = ("The Ministry of Defence commented on Monday. Ivan Petrov met Oleg Sokolov in Geneva, the ministry said.")
    doc = make_doc(text, "en", {"Ministry of Defence": ("ORG", "Ministry of Defence"), "Ivan Petrov": ("PER", "Ivan Petrov"),
                                "Oleg Sokolov": ("PER", "Oleg Sokolov"), "Geneva": ("LOC", "Geneva")})
    assert claims_of(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], "Defence")]


def test_two_ministries_leave_the_speaker_unnamed_en():
    text = ("The Ministry of Defence and the Ministry of Finance commented. Ivan Petrov met Oleg Sokolov in Geneva, "
            "the ministry said.")
    doc = make_doc(text, "en", {"Ministry of Defence": ("ORG", "Ministry of Defence"), "Ministry of Finance": ("ORG", "Ministry of Finance"),
                                "Ivan Petrov": ("PER", "Ivan Petrov"), "Oleg Sokolov": ("PER", "Oleg Sokolov"),
                                "Geneva": ("LOC", "Geneva")})
    assert [c[3] for c in claims_of(doc)] == [None]


def test_state_adjective_government_as_the_speaker_en_ru():
    text = "Protests spread in Pakistan. Ivan Petrov met Oleg Sokolov in Lahore, the Pakistani government said."
    doc = make_doc(text, "en", {"Pakistan": ("LOC", "Pakistan"), "Ivan Petrov": ("PER", "Ivan Petrov"),
                                "Oleg Sokolov": ("PER", "Oleg Sokolov"), "Lahore": ("LOC", "Lahore")})
    assert claims_of(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], "Pakistan")]
    text = "В России начались протесты. Иван Петров встретился с Олегом Соколовым, заявили российские власти."
    doc = make_doc(text, "ru", {"России": ("LOC", "Россия"), "Иван Петров": ("PER", "Иван Петров"),
                                "Олегом Соколовым": ("PER", "Олег Соколов")})
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Россия")]


# -- a role owned by a state: the apposition that gave the role names the state too ----------------

def test_role_of_a_state_resolves_to_the_holder_whose_apposition_names_it_bg():
    # "Олег Соколов, държавен секретар по отношенията с Норвегия" holds the office "of Norway"; the
    # later "държавния секретар на Норвегия" is he, and Norway only says whose office it is
    text = ("Олег Соколов, държавен секретар по отношенията с Норвегия, пристигна в София. Иван Петров "
            "разговаря с държавния секретар на Норвегия за търговията.")
    doc = make_doc(text, "bg", {"Иван Петров": ("PER", "Иван Петров"), "Петров": ("PER", "Иван Петров"),
                                "Олег Соколов": ("PER", "Олег Соколов"), "Норвегия": ("LOC", "Норвегия")})
    contacts = [c for c in claims_of(doc) if c[0] == "contact"]
    assert contacts and all(c[2] == ["Петров", "Соколов"] for c in contacts)


def test_role_of_another_state_stays_unresolved_bg():
    # the holder's apposition names Norway: "секретаря на Швеция" is somebody else, nobody we can name
    text = ("Олег Соколов, държавен секретар по отношенията с Норвегия, пристигна в София. Иван Петров "
            "разговаря с държавния секретар на Швеция за търговията.")
    doc = make_doc(text, "bg", {"Иван Петров": ("PER", "Иван Петров"), "Петров": ("PER", "Иван Петров"),
                                "Олег Соколов": ("PER", "Олег Соколов"), "Норвегия": ("LOC", "Норвегия"),
                                "Швеция": ("LOC", "Швеция")})
    assert all("Соколов" not in c[2] for c in claims_of(doc) if c[0] == "contact")
