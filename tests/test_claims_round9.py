"""Recall on unseen text, round 9 (issue 5): shapes of missed and wrong claims found on the tuning
splits dev2, dev3 and dev4, each rebuilt here with invented names in several languages. A short
parenthesis after a name ("X (ANO)") does not end its clause; offers of asylum, help or a post are
invitations; treaties and contracts with/between parties are negotiations; travelling to a place is
a visit, and whom one travels with is a companion; an inflected place
right after an organisation's name is whose it is; a clause opened by "where"/"kde" or "because"/
"saj" is no part of the relation's clause; a bare "the union"/"the company" as a subject speaks for
the organisation the document names; a confirmation or denial with its own "that"-clause after the
relation word is about that clause; a second relation word with "between" has its own parties."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc, names_of, speaker_of


def claims_of(doc):
    return [(c.relation, c.stance, sorted(names_of(doc, c.participants)), speaker_of(doc, c), sorted(names_of(doc, c.via)))
            for c in extract_claims(doc)]


def names(**kinds: str | tuple[str, str]) -> dict[str, tuple[str, str]]:
    """Mentions for make_doc: text -> type, or text -> (type, lemma) for an inflected form."""
    return {text.replace("_", " "): (kind, text.replace("_", " ")) if isinstance(kind, str) else kind
            for text, kind in kinds.items()}


# -- 1. a parenthesis right after a name says who it is ---------------------------------------------

def test_party_affiliation_in_parentheses_keeps_the_subject_cs():
    doc = make_doc("Premiér Jan Novák (ANO) se ve středu setká s americkým ministrem Olegem Sokolovem.", "cs",
                   {"Jan Novák": ("PER", "Jan Novák"), "ANO": ("ORG", "ANO"), "Olegem Sokolovem": ("PER", "Oleg Sokolov")})
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Sokolov"], None, [])]


def test_abbreviation_in_parentheses_is_no_party_of_its_own_pl_en():
    doc = make_doc("Komisja Europejska (KE) prowadzi rozmowy z Norwegią.", "pl",
                   {"Komisja Europejska": ("ORG", "Komisja Europejska"), "KE": ("ORG", "Komisja Europejska"),
                    "Norwegią": ("LOC", "Norwegia")})
    assert claims_of(doc) == [("contact", "asserts", ["Europejska", "Norwegia"], None, [])]
    doc = make_doc("Ivan Petrov (62) met Oleg Sokolov in Geneva.", "en",
                   {"Ivan Petrov": ("PER", "Ivan Petrov"), "Oleg Sokolov": ("PER", "Oleg Sokolov"), "Geneva": ("LOC", "Geneva")})
    assert claims_of(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], None, [])]


def test_parenthesis_that_is_no_apposition_still_ends_the_clause_en():
    # "(Reuters) - …" after a dateline place is no description of the place's name: nothing changes,
    # and a parenthetical remark between two sentences' worth of names keeps them apart
    doc = make_doc("Ivan Petrov arrived (he had been ill for a week) and Oleg Sokolov met Lina Ortiz.", "en",
                   {"Ivan Petrov": ("PER", "Ivan Petrov"), "Oleg Sokolov": ("PER", "Oleg Sokolov"),
                    "Lina Ortiz": ("PER", "Lina Ortiz")})
    assert [c[2] for c in claims_of(doc)] == [["Ortiz", "Sokolov"]]


# -- 2. offers of asylum, help or a post are invitations (CAMEO 03) ---------------------------------

def test_offer_of_asylum_is_an_invitation_in_many_languages():
    cases = [
        ("en", "Italy offered asylum to Lina Ortiz on Monday.", {"Italy": "LOC", "Lina_Ortiz": "PER"}, ["Italy", "Ortiz"]),
        ("ru", "Иван Петров предложил убежище для Лины Ортис.",
         {"Иван_Петров": "PER", "Лины_Ортис": ("PER", "Лина Ортис")}, ["Ортис", "Петров"]),
        ("bg", "Иван Петров предложи убежище на Лина Ортис.", {"Иван_Петров": "PER", "Лина_Ортис": "PER"}, ["Ортис", "Петров"]),
        ("uk", "Іван Петров запропонував притулок Лині Ортіс.",
         {"Іван_Петров": "PER", "Лині_Ортіс": ("PER", "Ліна Ортіс")}, ["Ортіс", "Петров"]),
        ("pl", "Jan Nowak zaoferował azyl Linie Ortiz.", {"Jan_Nowak": "PER", "Linie_Ortiz": ("PER", "Lina Ortiz")}, ["Nowak", "Ortiz"]),
        ("cs", "Jan Novák nabídl azyl Lině Ortizové.", {"Jan_Novák": "PER", "Lině_Ortizové": ("PER", "Lina Ortizová")}, ["Novák", "Ortizová"]),
        ("sl", "Janez Novak je ponudil azil Lini Ortiz.", {"Janez_Novak": "PER", "Lini_Ortiz": ("PER", "Lina Ortiz")}, ["Novak", "Ortiz"]),
        ("de", "Hans Müller hat Lina Ortiz Asyl angeboten.", {"Hans_Müller": "PER", "Lina_Ortiz": "PER"}, ["Müller", "Ortiz"]),
        ("fr", "Jean Dupont a offert l'asile à Lina Ortiz.", {"Jean_Dupont": "PER", "Lina_Ortiz": "PER"}, ["Dupont", "Ortiz"]),
        ("es", "Juan Pérez ofreció asilo a Lina Ortiz.", {"Juan_Pérez": "PER", "Lina_Ortiz": "PER"}, ["Ortiz", "Pérez"]),
    ]
    for language, text, kinds, parties in cases:
        doc = make_doc(text, language, names(**kinds))
        assert claims_of(doc) == [("invite", "asserts", parties, None, [])], (language, claims_of(doc))


def test_offer_of_help_or_a_post_is_an_invitation_with_its_source_ru_cs():
    doc = make_doc("Иван Петров предложил помощь для Лины Ортис, пишет портал Вести.", "ru",
                   names(Иван_Петров="PER", Лины_Ортис=("PER", "Лина Ортис"), Вести="ORG"))
    assert claims_of(doc) == [("invite", "asserts", ["Ортис", "Петров"], "Вести", [])]
    doc = make_doc("Premiér Jan Novák nabídl funkci zmocněnce pro očkování Olegu Sokolovovi.", "cs",
                   names(Jan_Novák="PER", Olegu_Sokolovovi=("PER", "Oleg Sokolov")))
    assert claims_of(doc) == [("invite", "asserts", ["Novák", "Sokolov"], None, [])]


def test_speech_verb_opening_a_relation_phrase_is_no_attribution_bg():
    # bg "предложи" (proposed) is a reporting verb; "предложи помощ" (offered help) is the relation,
    # so the subject is a party, not the speaker
    doc = make_doc("Италия предложи помощ на Лина Ортис.", "bg", names(Италия="LOC", Лина_Ортис="PER"))
    assert claims_of(doc) == [("invite", "asserts", ["Италия", "Ортис"], None, [])]


def test_offering_without_anyone_offered_to_is_no_claim_en():
    doc = make_doc("Ivan Petrov offered to help with the harvest.", "en", names(Ivan_Petrov="PER"))
    assert claims_of(doc) == []


# -- 3. treaties and contracts between parties are negotiations --------------------------------------

def test_treaty_between_parties_is_a_negotiation_in_many_languages():
    cases = [
        ("uk", "Строки транзитних договорів між Газпромом і Нафтогазом обговорять у середу.",
         {"Газпромом": ("ORG", "Газпром"), "Нафтогазом": ("ORG", "Нафтогаз")}, ["Газпром", "Нафтогаз"]),
        ("ru", "Условия договора между Газпромом и Нафтогазом обсудят в среду.",
         {"Газпромом": ("ORG", "Газпром"), "Нафтогазом": ("ORG", "Нафтогаз")}, ["Газпром", "Нафтогаз"]),
        ("en", "The treaty between Norway and Iceland expires in May.", {"Norway": "LOC", "Iceland": "LOC"}, ["Iceland", "Norway"]),
        ("pl", "Umowa między Orlenem a Gazpromem wygasa w maju.",
         {"Orlenem": ("ORG", "Orlen"), "Gazpromem": ("ORG", "Gazprom")}, ["Gazprom", "Orlen"]),
        ("de", "Der Vertrag zwischen Norwegen und Island läuft im Mai aus.", {"Norwegen": "LOC", "Island": "LOC"}, ["Island", "Norwegen"]),
        ("es", "El tratado entre Noruega e Islandia vence en mayo.", {"Noruega": "LOC", "Islandia": "LOC"}, ["Islandia", "Noruega"]),
    ]
    for language, text, kinds, parties in cases:
        doc = make_doc(text, language, names(**kinds))
        assert claims_of(doc) == [("negotiate", "asserts", parties, None, [])], (language, claims_of(doc))


def test_inflected_place_after_an_organisation_is_its_owner_uk_ru():
    # "Нафтогаз України" is Naftogaz of Ukraine: Ukraine is no third party
    doc = make_doc("Строки договорів між Газпромом і Нафтогазом України обговорять у середу.", "uk",
                   names(Газпромом=("ORG", "Газпром"), Нафтогазом=("ORG", "Нафтогаз"), України=("LOC", "Україна")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Газпром", "Нафтогаз"], None, [])]
    doc = make_doc("Глава МВД Италии встретился с Иваном Петровым.", "ru",
                   names(МВД=("ORG", "МВД"), Италии=("LOC", "Италия"), Иваном_Петровым=("PER", "Иван Петров")))
    assert [c[2] for c in claims_of(doc)] != [["МВД", "Италия", "Петров"]]


# -- 4. travelling to a place is a visit; a companion is no visitor ---------------------------------

def test_travelling_to_a_place_is_a_visit_en_pl_ru():
    doc = make_doc("Ivan Petrov flew to Tokyo on Monday.", "en", names(Ivan_Petrov="PER", Tokyo="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Petrov", "Tokyo"], None, [])]
    doc = make_doc("Jan Nowak pojechał do Londynu w poniedziałek.", "pl",
                   names(Jan_Nowak="PER", Londynu=("LOC", "Londyn")))
    assert claims_of(doc) == [("visit", "asserts", ["Londyn", "Nowak"], None, [])]
    doc = make_doc("Иван Петров прибыл в Токио в понедельник.", "ru", names(Иван_Петров="PER", Токио="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Петров", "Токио"], None, [])]


def test_companion_after_the_place_is_not_the_visitor_pl_en():
    # the one travelling is not named in the sentence: no visit, rather than the companion as visitor
    doc = make_doc("Następnie pojechał do Londynu na lunch z Lina Ortiz.", "pl",
                   names(Londynu=("LOC", "Londyn"), Lina_Ortiz="PER"))
    assert all(c[0] != "visit" for c in claims_of(doc))
    doc = make_doc("Ivan Petrov travelled to Rome with Lina Ortiz.", "en", names(Ivan_Petrov="PER", Rome="LOC", Lina_Ortiz="PER"))
    assert claims_of(doc) == [("visit", "asserts", ["Petrov", "Rome"], None, [])]


# -- 6. "where" and "because" clauses are clauses of their own ---------------------------------------

def test_place_named_before_where_is_no_party_cs_en():
    doc = make_doc("Německo bylo poslední zemí, kde Ryanair smlouvu s piloty neměl.", "cs",
                   names(Německo="LOC", Ryanair="ORG"))
    assert claims_of(doc) == []
    doc = make_doc("Norway was the last country, where Ryanair signed a treaty with the pilots.", "en",
                   names(Norway="LOC", Ryanair="ORG"))
    assert claims_of(doc) == []


def test_because_clause_names_no_party_of_the_main_clause_sl_pl():
    doc = make_doc("Janez Novak ni izključil dogovora med podjetjem Gazprom in Naftogazom, saj so s predstavnikom EU govorili o tem.",
                   "sl", names(Janez_Novak="PER", Gazprom="ORG", Naftogazom=("ORG", "Naftogaz"), EU="ORG"))
    assert ("negotiate", "asserts", ["Gazprom", "Naftogaz"], "Novak", []) in claims_of(doc)
    assert all("EU" not in c[2] for c in claims_of(doc) if c[0] == "negotiate")


# -- 7. "the union said", "the company said" ---------------------------------------------------------

def test_bare_union_noun_speaks_for_the_documents_union_cs_en():
    doc = make_doc("Odborový svaz Cockpit vede jednání s Ryanairem. \"Ryanair hraje v jednáních o čas,\" uvedl svaz.", "cs",
                   names(Cockpit="ORG", Ryanairem=("ORG", "Ryanair"), Ryanair="ORG"))
    assert claims_of(doc)[-1] == ("negotiate", "asserts", ["Cockpit", "Ryanair"], "Cockpit", [])
    doc = make_doc("The union Vereinigung Cockpit called a strike. Ryanair will meet Cockpit on Monday, the union said.",
                   "en", names(Vereinigung_Cockpit=("ORG", "Cockpit"), Cockpit=("ORG", "Cockpit"), Ryanair="ORG"))
    assert claims_of(doc) == [("meet", "asserts", ["Cockpit", "Ryanair"], "Cockpit", [])]
    # no union named in the document: "the union" names nobody
    doc = make_doc("Ryanair will meet Lina Ortiz on Monday, the union said.", "en", names(Ryanair="ORG", Lina_Ortiz="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Ortiz", "Ryanair"], None, [])]


def test_bare_company_noun_speaks_for_the_protagonist_bg():
    text = ("Ryanair отмени полети. Ryanair обяви нови цени. Ryanair ще преговаря с Forsa, съобщи компанията.")
    doc = make_doc(text, "bg", names(Ryanair="ORG", Forsa="ORG"))
    assert claims_of(doc)[-1][3] == "Ryanair"


def test_company_noun_without_a_protagonist_names_no_speaker_en():
    doc = make_doc("Ivan Petrov met Lina Ortiz in Rome, the company said.", "en", names(Ivan_Petrov="PER", Lina_Ortiz="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Ortiz", "Petrov"], None, [])]


# -- 8. a confirmation with a content clause of its own ----------------------------------------------

def test_admission_after_the_relation_word_is_about_its_own_clause_ru_en():
    doc = make_doc("Ранее сообщалось, что Лина Ортис в письме Ивану Петрову призналась, что была удивлена его решением.", "ru",
                   names(Лина_Ортис="PER", Ивану_Петрову=("PER", "Иван Петров")))
    assert claims_of(doc) == [("contact", "asserts", ["Ортис", "Петров"], None, [])]
    doc = make_doc("Lina Ortiz met Ivan Petrov in May and confirmed that she would resign.", "en",
                   names(Lina_Ortiz="PER", Ivan_Petrov="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Ortiz", "Petrov"], None, [])]
    # a confirmation of the relation itself still counts
    doc = make_doc("Lina Ortiz met Ivan Petrov in May, Oleg Sokolov confirmed.", "en",
                   names(Lina_Ortiz="PER", Ivan_Petrov="PER", Oleg_Sokolov="PER"))
    assert claims_of(doc) == [("meet", "confirms", ["Ortiz", "Petrov"], "Sokolov", [])]


# -- 9. a relation word between the subject and its reporting verb -----------------------------------

def test_letter_or_meeting_between_subject_and_speech_verb_is_a_relation_ru_pl():
    doc = make_doc("Лина Ортис в письме Ивану Петрову заявила, что была удивлена.", "ru",
                   names(Лина_Ортис="PER", Ивану_Петрову=("PER", "Иван Петров")))
    assert claims_of(doc) == [("contact", "asserts", ["Ортис", "Петров"], "Ортис", [])]
    doc = make_doc("Лина Ортис в ходе встречи с Иваном Петровым заявила, что была удивлена.", "ru",
                   names(Лина_Ортис="PER", Иваном_Петровым=("PER", "Иван Петров")))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Ортис", "Петров"])]
    doc = make_doc("Lina Ortiz w rozmowie z Ivanem Petrovem powiedziała, że była zaskoczona.", "pl",
                   names(Lina_Ortiz="PER", Ivanem_Petrovem=("PER", "Ivan Petrov")))
    assert [c[:3] for c in claims_of(doc)] == [("contact", "asserts", ["Ortiz", "Petrov"])]


def test_relation_word_in_the_speakers_title_is_no_relation_bg_en():
    # the cooperation is in the envoy's title, an apposition between commas
    doc = make_doc("Кирил Петров, пратеник на Иван Соколов по въпросите на икономическото сътрудничество, заяви, че е доволен.",
                   "bg", names(Кирил_Петров="PER", Иван_Соколов="PER"))
    assert claims_of(doc) == []
    # an interview given to an outlet is how it was said
    doc = make_doc("Lina Ortiz w rozmowie z agencją PAP powiedziała, że była zaskoczona.", "pl",
                   names(Lina_Ortiz="PER", PAP="ORG"))
    assert claims_of(doc) == []


# -- 10. a later relation word with "between" has parties of its own ---------------------------------

def test_relation_word_with_between_after_another_takes_its_own_parties_en_sl():
    # the meeting only sets the scene: it makes no claim of its own and lends the later agreement
    # none of the parties after "between"
    text = "Ivan Petrov met Lina Ortiz on Monday. After the meeting Petrov did not rule out an agreement between Gazprom and Naftogaz."
    doc = make_doc(text, "en", names(Ivan_Petrov="PER", Petrov="PER", Lina_Ortiz="PER", Gazprom="ORG", Naftogaz="ORG"))
    assert claims_of(doc) == [("meet", "asserts", ["Ortiz", "Petrov"], None, []),
                              ("negotiate", "asserts", ["Gazprom", "Naftogaz"], "Petrov", [])]
    text = "Janez Novak se je srečal s Petrom Kosom. Novak po koncu srečanja ni izključil možnosti dogovora med podjetjem Gazprom in Naftogazom."
    doc = make_doc(text, "sl", names(Janez_Novak="PER", Novak="PER", Petrom_Kosom=("PER", "Peter Kos"), Gazprom="ORG",
                                     Naftogazom=("ORG", "Naftogaz")))
    assert claims_of(doc) == [("meet", "asserts", ["Kos", "Novak"], None, []),
                              ("negotiate", "asserts", ["Gazprom", "Naftogaz"], "Novak", [])]


# -- 11. "cooperation of X with Y": the noun's owner and partner are its parties --------------------

def test_genitive_owner_and_partner_of_a_relation_noun_are_its_parties_slavic():
    cases = [
        ("ru", "Иван Петров ушел в отставку из-за несогласия со стратегией сотрудничества России с Китаем.",
         {"Иван_Петров": "PER", "России": ("LOC", "Россия"), "Китаем": ("LOC", "Китай")}, ["Китай", "Россия"]),
        ("uk", "Іван Петров пішов у відставку через незгоду із стратегією співпраці Британії з ЄС.",
         {"Іван_Петров": "PER", "Британії": ("LOC", "Британія"), "ЄС": "ORG"}, ["ЄС", "Британія"]),
        ("pl", "Jan Nowak skrytykował plan współpracy Polski z Niemcami.",
         {"Jan_Nowak": "PER", "Polski": ("LOC", "Polska"), "Niemcami": ("LOC", "Niemcy")}, ["Niemcy", "Polska"]),
        ("cs", "Jan Novák kritizoval spolupráci Česka s Německem.",
         {"Jan_Novák": "PER", "Česka": ("LOC", "Česko"), "Německem": ("LOC", "Německo")}, ["Německo", "Česko"]),
    ]
    for language, text, kinds, parties in cases:
        doc = make_doc(text, language, names(**kinds))
        assert claims_of(doc) == [("cooperate", "asserts", parties, None, [])], (language, claims_of(doc))


def test_subject_of_a_relation_verb_stays_a_party_ru():
    # a verb has no owner: "обсудил Россию с Китаем" is Petrov's talk with China
    doc = make_doc("Иван Петров сотрудничает с Китаем и Индией.", "ru",
                   names(Иван_Петров="PER", Китаем=("LOC", "Китай"), Индией=("LOC", "Индия")))
    assert [c[2] for c in claims_of(doc)] == [["Индия", "Китай", "Петров"]]


# -- 12. a government after "with" is a partner: the speaker is the other party ---------------------

def test_government_named_by_its_adjective_after_with_is_the_speakers_partner_bg_cs_pl_ru():
    cases = [
        ("bg", 'Пакистан е далеч. "Водим разговори с пакистанското правителство", каза Джъстин Трюдо.',
         {"Джъстин_Трюдо": "PER", "Пакистан": "LOC"}, ("contact", ["Пакистан", "Трюдо"], "Трюдо")),
        ("cs", 'Pákistán je daleko. "Vedeme jednání s pákistánskou vládou," řekl Justin Trudeau.',
         {"Justin_Trudeau": "PER", "Pákistán": "LOC"}, ("negotiate", ["Pákistán", "Trudeau"], "Trudeau")),
        ("pl", 'Pakistan jest daleko. "Prowadzimy rozmowy z pakistańskim rządem" - powiedział Justin Trudeau.',
         {"Justin_Trudeau": "PER", "Pakistan": "LOC"}, ("contact", ["Pakistan", "Trudeau"], "Trudeau")),
        ("ru", "Пакистан далеко. «Ведем переговоры с пакистанским правительством», — сказал Джастин Трюдо.",
         {"Джастин_Трюдо": "PER", "Пакистан": "LOC"}, ("negotiate", ["Пакистан", "Трюдо"], "Трюдо")),
    ]
    for language, text, kinds, (relation, parties, speaker) in cases:
        doc = make_doc(text, language, names(**kinds))
        assert claims_of(doc) == [(relation, "asserts", parties, speaker, [])], (language, claims_of(doc))


# -- 13. a list of partners introduced by their offices ----------------------------------------------

def test_partner_list_with_long_office_phrases_keeps_every_partner_pl_en():
    doc = make_doc("Jan Nowak spotka się z prezydentem Ukrainy Petrem Poroszenką, sekretarzem ds. energii USA Rickiem Perrym.", "pl",
                   names(Jan_Nowak="PER", Ukrainy=("LOC", "Ukraina"), Petrem_Poroszenką=("PER", "Petro Poroszenko"),
                         USA="LOC", Rickiem_Perrym=("PER", "Rick Perry")))
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Perry", "Poroszenko"], None, [])]
    # the state owning an office with one more word before the role ("US energy secretary") is no party
    doc = make_doc("Ivan Petrov will meet Ukraine's president Petro Poroshenko, US energy secretary Rick Perry and others.", "en",
                   names(Ivan_Petrov="PER", Ukraine="LOC", Petro_Poroshenko="PER", US="LOC", Rick_Perry="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Perry", "Petrov", "Poroshenko"], None, [])]


# -- 14. quotes in »…« and a reporting verb after its auxiliary --------------------------------------

def test_reversed_guillemets_quote_is_attributed_to_the_speaker_after_it_sl_de():
    people = names(Janezom_Novakom=("PER", "Janez Novak"), Oleg_Sokolov="PER")
    for text in ("»S Janezom Novakom smo se srečali,« je dejal Oleg Sokolov.",
                 "„S Janezom Novakom smo se srečali,“ je dejal Oleg Sokolov."):
        doc = make_doc(text, "sl", people)
        assert claims_of(doc) == [("meet", "asserts", ["Novak", "Sokolov"], "Sokolov", [])], text
    # a quoted phrase closing the sentence: the speaker after it speaks for the whole sentence
    doc = make_doc("Pogovori med Janezom Novakom in Olegom Sokolovom so potekali v »racionalnem vzdušju,« je dodal Peter Altmaier.",
                   "sl", names(Janezom_Novakom=("PER", "Janez Novak"), Olegom_Sokolovom=("PER", "Oleg Sokolov"),
                               Peter_Altmaier="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Novak", "Sokolov"], "Altmaier", [])]
    doc = make_doc("»Wir haben uns mit Hans Müller getroffen«, sagte Olaf Berg.", "de", names(Hans_Müller="PER", Olaf_Berg="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Müller"], "Berg", [])]


def test_russian_guillemets_still_open_and_close_ru():
    doc = make_doc("«Я встретился с Иваном Петровым», — сказал Олег Соколов.", "ru",
                   names(Иваном_Петровым=("PER", "Иван Петров"), Олег_Соколов="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Соколов", [])]


def test_trip_and_a_meal_or_talks_with_someone_there_are_two_relations_pl_en():
    doc = make_doc("Jan Nowak pojechał do Londynu na lunch z Liną Ortiz.", "pl",
                   names(Jan_Nowak="PER", Londynu=("LOC", "Londyn"), Liną_Ortiz=("PER", "Lina Ortiz")))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Londyn", "Nowak"]), ("meet", "asserts", ["Nowak", "Ortiz"])]
    doc = make_doc("Ivan Petrov flew to Rome for talks with Lina Ortiz.", "en", names(Ivan_Petrov="PER", Rome="LOC", Lina_Ortiz="PER"))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Petrov", "Rome"]), ("contact", "asserts", ["Ortiz", "Petrov"])]


def test_speaker_who_spoke_after_talks_with_two_people_is_their_party_sl_en():
    people = names(Michel_Barnier="PER", Davidom_Davisom=("PER", "David Davis"), Thereso_May=("PER", "Theresa May"),
                   David_Davis="PER", Theresa_May="PER")
    doc = make_doc("»Nastopil je čas izbire,« je dejal Michel Barnier po pogovorih z Davidom Davisom in Thereso May.", "sl", people)
    assert claims_of(doc) == [("contact", "asserts", ["Barnier", "Davis", "May"], None, [])]
    doc = make_doc("\"The time has come,\" Michel Barnier said after talks with David Davis and Theresa May.", "en", people)
    assert claims_of(doc) == [("contact", "asserts", ["Barnier", "Davis", "May"], None, [])]


# -- 15. reporting verbs in the present tense ---------------------------------------------------------

def test_present_tense_reporting_verb_after_the_content_names_the_speaker_sl_uk_pl_ru():
    cases = [
        ("sl", "Janez Novak se je srečal z Olegom Sokolovom, pravi Lina Ortiz.",
         {"Janez_Novak": "PER", "Olegom_Sokolovom": ("PER", "Oleg Sokolov"), "Lina_Ortiz": "PER"}, ["Novak", "Sokolov"]),
        ("uk", "Іван Петров зустрівся з Олегом Соколовим, каже Ліна Ортіс.",
         {"Іван_Петров": "PER", "Олегом_Соколовим": ("PER", "Олег Соколов"), "Ліна_Ортіс": "PER"}, ["Петров", "Соколов"]),
        ("pl", "Jan Nowak spotkał się z Olegiem Sokołowem, podkreśla Lina Ortiz.",
         {"Jan_Nowak": "PER", "Olegiem_Sokołowem": ("PER", "Oleg Sokołow"), "Lina_Ortiz": "PER"}, ["Nowak", "Sokołow"]),
        ("ru", "Иван Петров встретился с Олегом Соколовым, заявляет Лина Ортис.",
         {"Иван_Петров": "PER", "Олегом_Соколовым": ("PER", "Олег Соколов"), "Лина_Ортис": "PER"}, ["Петров", "Соколов"]),
    ]
    for language, text, kinds, parties in cases:
        doc = make_doc(text, language, names(**kinds))
        speaker = list(kinds)[-1].split("_")[-1]  # the surname of the last name listed
        assert claims_of(doc) == [("meet", "asserts", parties, speaker, [])], (language, claims_of(doc))


# -- 16. talks on X's exit from (or accession to) Y are between X and Y ------------------------------

def test_talks_on_a_members_exit_or_accession_are_between_member_and_body_in_many_languages():
    cases = [
        ("ru", "Переговоры по выходу Англии из ЕС должны продлиться до конца осени.",
         {"Англии": ("LOC", "Англия"), "ЕС": "ORG"}, ("negotiate", ["Англия", "ЕС"])),
        ("en", "Talks on Britain's exit from the EU will last until autumn.", {"Britain": "LOC", "EU": "ORG"},
         ("negotiate", ["Britain", "EU"])),  # (round 20: talks about a membership change are negotiations)
        ("bg", "Преговорите за излизането на Великобритания от ЕС продължават.", {"Великобритания": "LOC", "ЕС": "ORG"},
         ("negotiate", ["Великобритания", "ЕС"])),
        ("pl", "Rozmowy o przystąpieniu Ukrainy do NATO ruszą w maju.", {"Ukrainy": ("LOC", "Ukraina"), "NATO": "ORG"},
         ("negotiate", ["NATO", "Ukraina"])),
        ("cs", "Jednání o odchodu Británie z EU pokračují.", {"Británie": "LOC", "EU": "ORG"}, ("negotiate", ["Británie", "EU"])),
        ("de", "Die Verhandlungen über den Austritt Großbritanniens aus der EU gehen weiter.",
         {"Großbritanniens": ("LOC", "Großbritannien"), "EU": "ORG"}, ("negotiate", ["EU", "Großbritannien"])),
        ("fr", "Les négociations sur la sortie du Royaume-Uni de l'UE continuent.", {"Royaume-Uni": "LOC", "UE": "ORG"},
         ("negotiate", ["Royaume-Uni", "UE"])),
    ]
    for language, text, kinds, (relation, parties) in cases:
        doc = make_doc(text, language, names(**kinds))
        assert claims_of(doc) == [(relation, "asserts", parties, None, [])], (language, claims_of(doc))


def test_someone_talking_about_an_exit_is_no_negotiation_en():
    doc = make_doc("Theresa May talked about the exit of Britain from the EU.", "en", names(Theresa_May="PER", Britain="LOC", EU="ORG"))
    assert claims_of(doc) == []


# -- 17. a stance verb whose subject stands before the relation word is about something else --------

def test_confirmation_after_a_call_its_parties_held_is_no_confirmation_of_the_call_bg():
    doc = make_doc("Президентът Владимир Путин и канцлерът Ангела Меркел в телефонен разговор са потвърдили позициите си.", "bg",
                   names(Владимир_Путин="PER", Ангела_Меркел="PER"))
    assert [c[:3] for c in claims_of(doc)] == [("contact", "asserts", ["Меркел", "Путин"])]


# -- 18. a dropped subject is the person the text is about --------------------------------------------

def test_verb_without_a_subject_in_a_pro_drop_language_is_about_the_protagonist_cs_ru_pl_bg():
    cases = [
        ("cs", "Jan Novák přijel v pondělí do Prahy. S Olegem Sokolovem se sešel v úterý.",
         {"Jan_Novák": "PER", "Prahy": ("LOC", "Praha"), "Olegem_Sokolovem": ("PER", "Oleg Sokolov")}, ["Novák", "Sokolov"]),
        ("ru", "Иван Петров прилетел в понедельник в Москву. Во вторник встретился с Олегом Соколовым.",
         {"Иван_Петров": "PER", "Москву": ("LOC", "Москва"), "Олегом_Соколовым": ("PER", "Олег Соколов")}, ["Петров", "Соколов"]),
        ("pl", "Jan Nowak przyleciał w poniedziałek do Warszawy. We wtorek spotkał się z Olegiem Sokołowem.",
         {"Jan_Nowak": "PER", "Warszawy": ("LOC", "Warszawa"), "Olegiem_Sokołowem": ("PER", "Oleg Sokołow")}, ["Nowak", "Sokołow"]),
        ("bg", "Иван Петров пристигна в понеделник в София. Във вторник се срещна с Олег Соколов.",
         {"Иван_Петров": "PER", "София": "LOC", "Олег_Соколов": "PER"}, ["Петров", "Соколов"]),
    ]
    for language, text, kinds, parties in cases:
        doc = make_doc(text, language, names(**kinds))
        assert ("meet", "asserts", parties, None, []) in claims_of(doc), (language, claims_of(doc))


def test_a_noun_subject_or_a_relation_noun_takes_no_dropped_subject_cs_en():
    # "Delegace" is the subject: nobody we can name met Sokolov
    doc = make_doc("Jan Novák přijel v pondělí do Prahy. Delegace se v úterý sešla s Olegem Sokolovem.", "cs",
                   names(Jan_Novák="PER", Prahy=("LOC", "Praha"), Olegem_Sokolovem=("PER", "Oleg Sokolov")))
    assert all(c[0] != "meet" for c in claims_of(doc))
    # English names its subjects: a headline-like fragment takes nobody
    doc = make_doc("Ivan Petrov arrived in Rome on Monday. On Tuesday met with Oleg Sokolov.", "en",
                   names(Ivan_Petrov="PER", Rome="LOC", Oleg_Sokolov="PER"))
    assert all(c[0] != "meet" for c in claims_of(doc))


def test_profit_in_a_country_is_no_arrival_ru_uk():
    # "прибыль" (profit) and "прибуток" share the stem of "прибыл"/"прибув" (arrived)
    doc = make_doc("Газпром получил прибыль в России.", "ru", names(Газпром="ORG", России=("LOC", "Россия")))
    assert claims_of(doc) == []
    doc = make_doc("Нафтогаз отримав прибуток в Україні.", "uk", names(Нафтогаз="ORG", Україні=("LOC", "Україна")))
    assert claims_of(doc) == []


# -- 19. "from the Kremlin they said": an institution after an origin preposition speaks -------------

def test_institution_after_from_next_to_a_subjectless_reporting_verb_is_the_source_ru_uk():
    doc = make_doc("Из Кремля сообщили, что Иван Петров встретился с Олегом Соколовым.", "ru",
                   names(Кремля=("ORG", "Кремль"), Иван_Петров="PER", Олегом_Соколовым=("PER", "Олег Соколов")))
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Кремль", [])]
    doc = make_doc("З Кремля повідомили, що Іван Петров зустрівся з Олегом Соколовим.", "uk",
                   names(Кремля=("ORG", "Кремль"), Іван_Петров="PER", Олегом_Соколовим=("PER", "Олег Соколов")))
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Кремль", [])]


def test_as_they_said_from_an_institution_with_an_auxiliary_sl_ru():
    doc = make_doc("Kot so sporočili iz Sveta EU, je Romunija z Evropskim parlamentom dosegla dogovor o direktivi.", "sl",
                   names(Sveta_EU=("ORG", "Svet EU"), Romunija="LOC", Evropskim_parlamentom=("ORG", "Evropski parlament")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Romunija", "parlament"], "EU", [])]
    doc = make_doc("Как сообщили в Совете ЕС, Румыния достигла соглашения с Европарламентом.", "ru",
                   names(Совете_ЕС=("ORG", "Совет ЕС"), Румыния="LOC", Европарламентом=("ORG", "Европарламент")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Европарламент", "Румыния"], "ЕС", [])]
