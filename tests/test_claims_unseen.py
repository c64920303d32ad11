"""Claim extraction mechanisms for ordinary news the lexicons were not tuned on (issue 5, dev3):
trade unions named by a bare noun, negated outcomes, statements to the press, relative clauses,
datelines, descriptive possessives, coordinations with a repeated preposition, role holders named
after their organisation, joint action and deals. Sentences are constructed, not copied."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc, names_of, speaker_of

ORGS_EN = {
    "Lufthansa": ("ORG", "Lufthansa"), "Boeing": ("ORG", "Boeing"), "Airbus": ("ORG", "Airbus"),
    "Qantas": ("ORG", "Qantas"), "Pfizer": ("ORG", "Pfizer"), "BioNTech": ("ORG", "BioNTech"),
    "Cockpit": ("ORG", "Cockpit"), "Germany": ("LOC", "Germany"), "Austria": ("LOC", "Austria"),
    "Italy": ("LOC", "Italy"), "Paris": ("LOC", "Paris"), "Lahore": ("LOC", "Lahore"),
    "DUBAI": ("LOC", "Dubai"), "United Arab Emirates": ("LOC", "United Arab Emirates"),
    "Imran Khan": ("PER", "Imran Khan"), "Nawaz Sharif": ("PER", "Nawaz Sharif"),
    "Donald Trump": ("PER", "Donald Trump"),
}


def test_bare_union_noun_is_the_union_the_document_names_cs():
    text = ("Piloti z odborového svazu Cockpit hlasovali pro stávku. "
            "Lufthansa zahájila jednání s odbory o platech.")
    names = {"Cockpit": ("ORG", "Cockpit"), "Lufthansa": ("ORG", "Lufthansa")}
    doc = make_doc(text, "cs", names)
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate"  # "jednání" is negotiations, as "переговоры"
    assert names_of(doc, claim.participants) == {"Lufthansa", "Cockpit"}


def test_union_of_a_companys_workers_is_not_that_company_ru():
    # "профсоюз пилотов Lufthansa" is the union of Lufthansa's pilots: Lufthansa is no union, so "the
    # union" in the next sentence names nobody
    text = ("Профсоюз пилотов Lufthansa объявил забастовку. Lufthansa заявила, что готова к диалогу. "
            "Lufthansa ведёт переговоры с профсоюзом.")
    doc = make_doc(text, "ru", {"Lufthansa": ("ORG", "Lufthansa")})
    assert extract_claims(doc) == []


def test_union_introduced_by_name_is_resolved_ru():
    text = "Профсоюз Forsa объявил о забастовке. Руководство Lufthansa провело переговоры с профсоюзом."
    doc = make_doc(text, "ru", {"Forsa": ("ORG", "Forsa"), "Lufthansa": ("ORG", "Lufthansa")})
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate" and names_of(doc, claim.participants) == {"Lufthansa", "Forsa"}


def test_no_progress_in_talks_is_no_denial():
    doc = make_doc("There was no progress in the talks between Lufthansa and Boeing.", "en", ORGS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation in ("contact", "negotiate") and claim.stance == "asserts"
    text = "Профсоюз заявил, что не было никакого прогресса в переговорах Lufthansa с Boeing."
    doc = make_doc(text, "ru", {"Lufthansa": ("ORG", "Lufthansa"), "Boeing": ("ORG", "Boeing")})
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate" and claim.stance == "asserts"
    # a negated relation is still a denial
    doc = make_doc("Переговоры Lufthansa с Boeing не велись.", "ru",
                   {"Lufthansa": ("ORG", "Lufthansa"), "Boeing": ("ORG", "Boeing")})
    [claim] = extract_claims(doc)
    assert claim.stance == "denies"


def test_talking_to_the_press_is_how_it_was_said_cs():
    text = "Karel Novák v nedávném rozhovoru novinářům řekl, že se Jan Dvořák setkal s Petrem Pavlem."
    names = {"Karel Novák": ("PER", "Karel Novák"), "Jan Dvořák": ("PER", "Jan Dvořák"),
             "Petrem Pavlem": ("PER", "Petr Pavel")}
    doc = make_doc(text, "cs", names)
    [claim] = extract_claims(doc)
    assert claim.relation == "meet" and speaker_of(doc, claim) == "Novák"
    assert names_of(doc, claim.participants) == {"Dvořák", "Pavel"}


def test_relative_pronoun_is_the_subject_of_a_request():
    # "яка вимагає": the vaccine requires, not Ukraine (a name before the relative clause belongs to
    # the main clause)
    text = "Україна отримає вакцину від Pfizer, яка вимагає зберігання за Цельсієм."
    names = {"Україна": ("LOC", "Україна"), "Pfizer": ("ORG", "Pfizer"), "Цельсієм": ("PER", "Цельсій")}
    assert extract_claims(make_doc(text, "uk", names)) == []
    # a named antecedent is the one who asks
    doc = make_doc("Imran Khan, who had returned from Paris, asked Donald Trump for help.", "en", ORGS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "request" and names_of(doc, claim.participants) == {"Khan", "Trump"}


def test_relative_pronoun_with_an_inflected_name_inside_cs():
    # the protesters demanded; Novák is the object of the release they demanded
    text = "Demonstranti, kteří kromě propuštění Nováka požadovali i odvolání Babiše, zablokovali silnice."
    doc = make_doc(text, "cs", {"Nováka": ("PER", "Novák"), "Babiše": ("PER", "Babiš")})
    assert extract_claims(doc) == []


def test_dateline_places_are_no_parties():
    text = "DUBAI, United Arab Emirates — Airbus signed a deal with Qantas on Wednesday."
    doc = make_doc(text, "en", ORGS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate"
    assert names_of(doc, claim.participants) == {"Airbus", "Qantas"}


def test_a_great_deal_is_no_deal():
    doc = make_doc("Airbus and Qantas spent a great deal of money on fuel.", "en", ORGS_EN)
    assert extract_claims(doc) == []


def test_possessive_owner_of_a_description_is_no_party():
    doc = make_doc("Germany's flag carrier Lufthansa met Boeing.", "en", ORGS_EN)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"Lufthansa", "Boeing"}


def test_coordinated_places_with_a_repeated_preposition_are_places():
    doc = make_doc("Lufthansa negotiated with pilots in Germany, Austria and in Italy.", "en", ORGS_EN)
    assert extract_claims(doc) == []


def test_person_named_after_the_organisation_of_a_role_is_the_speaker_ru():
    text = "Lufthansa провела переговоры с Boeing, заявил глава Verdi Франк Вернеке."
    names = {"Lufthansa": ("ORG", "Lufthansa"), "Boeing": ("ORG", "Boeing"), "Verdi": ("ORG", "Verdi"),
             "Франк Вернеке": ("PER", "Франк Вернеке")}
    doc = make_doc(text, "ru", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Вернеке"
    assert names_of(doc, claim.participants) == {"Lufthansa", "Boeing"}


def test_joint_action_is_cooperation():
    doc = make_doc("The vaccine was developed jointly by Pfizer and BioNTech.", "en", ORGS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "cooperate" and names_of(doc, claim.participants) == {"Pfizer", "BioNTech"}
    text = "Szczepionkę opracowały wspólnie firmy Pfizer i BioNTech."
    doc = make_doc(text, "pl", {"Pfizer": ("ORG", "Pfizer"), "BioNTech": ("ORG", "BioNTech")})
    [claim] = extract_claims(doc)
    assert claim.relation == "cooperate" and names_of(doc, claim.participants) == {"Pfizer", "BioNTech"}


def test_present_tense_speech_verb_attributes_a_quote():
    text = "“We are glad to work with Qantas,” adds Guillaume Faury, the head of Airbus."
    names = dict(ORGS_EN, **{"Guillaume Faury": ("PER", "Guillaume Faury")})
    doc = make_doc(text, "en", names)
    [claim] = extract_claims(doc)
    assert claim.relation == "cooperate" and speaker_of(doc, claim) == "Faury"


def test_government_named_by_its_states_adjective():
    text = "Protests spread across Pakistan. The Pakistani government reached a deal with Tehreek-e-Labbaik."
    names = {"Pakistan": ("LOC", "Pakistan"), "Tehreek-e-Labbaik": ("ORG", "Tehreek-e-Labbaik")}
    doc = make_doc(text, "en", names)
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate" and names_of(doc, claim.participants) == {"Pakistan", "Tehreek-e-Labbaik"}
    text = "Протесты охватили Пакистан. Пакистанские власти договорились с Техрик-э-Лабаик."
    names = {"Пакистан": ("LOC", "Пакистан"), "Техрик-э-Лабаик": ("ORG", "Техрик-э-Лабаик")}
    doc = make_doc(text, "ru", names)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"Пакистан", "Техрик-э-Лабаик"}


def test_unnamed_authorities_do_not_make_the_speaker_a_party():
    # the authorities negotiated, not the speaker: with no state to name them by there is no claim
    text = "Imran Khan said that the authorities held talks with Tehreek-e-Labbaik."
    names = {"Imran Khan": ("PER", "Imran Khan"), "Tehreek-e-Labbaik": ("ORG", "Tehreek-e-Labbaik")}
    assert extract_claims(make_doc(text, "en", names)) == []


def test_name_after_a_relational_role_is_its_owner_ru():
    # "адвокат Новака" is Novak's lawyer: Novak did not ask; the lawyer is nobody the text names
    names = {"Новака": ("PER", "Новак"), "Нидерландов": ("LOC", "Нидерланды"), "Франции": ("LOC", "Франция")}
    doc = make_doc("Адвокат Новака обратился к властям Нидерландов и Франции с просьбой.", "ru", names)
    assert extract_claims(doc) == []
    # with a possessive, the name after the role holds it
    names = {"Новак": ("PER", "Новак"), "Ивана Петрова": ("PER", "Иван Петров"), "Иван Петров": ("PER", "Иван Петров"),
             "Нидерландов": ("LOC", "Нидерланды")}
    doc = make_doc("Новак в тюрьме. Его адвокат Иван Петров обратился к властям Нидерландов с просьбой.", "ru", names)
    [claim] = extract_claims(doc)
    assert claim.relation == "request" and names_of(doc, claim.participants) == {"Петров", "Нидерланды"}


def test_addressee_of_a_request_after_u_ru():
    names = {"Иван Петров": ("PER", "Иван Петров"), "Великобритании": ("LOC", "Великобритания")}
    doc = make_doc("Иван Петров попросил убежище у Великобритании.", "ru", names)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"Петров", "Великобритания"}


def test_two_names_before_a_request_are_not_asker_and_asked_pl():
    text = "Opozycyjna wobec rządu Donalda Tuska partia PiS wezwała do wprowadzenia lockdownu."
    names = {"Donalda Tuska": ("PER", "Donald Tusk"), "PiS": ("ORG", "PiS")}
    assert extract_claims(make_doc(text, "pl", names)) == []


def test_place_before_a_journey_is_not_the_traveller_pl():
    text = "W Polsce odwołane loty odczują pasażerowie podróżujący do Gdańska."
    names = {"Polsce": ("LOC", "Polska"), "Gdańska": ("LOC", "Gdańsk")}
    assert extract_claims(make_doc(text, "pl", names)) == []


def test_connectivity_is_no_contact_bg():
    text = "Новата линия ще подобри свързаността между София и Варна."
    names = {"София": ("LOC", "София"), "Варна": ("LOC", "Варна")}
    assert extract_claims(make_doc(text, "bg", names)) == []


def test_inflected_name_before_a_request_is_not_the_asker_cs():
    # Novák is the one to be hanged, not the one who demands
    text = "Demonstranti kromě oběšení Nováka požadují i odvolání Babiše."
    doc = make_doc(text, "cs", {"Nováka": ("PER", "Novák"), "Babiše": ("PER", "Babiš")})
    assert extract_claims(doc) == []


def test_place_after_a_preposition_and_an_adjective_is_a_place_pl():
    # Europe is where the law should hold, not whom the union asks
    text = "Związek zawodowy Solidarność domaga się, by w całej Europie obowiązywało prawo lokalne."
    names = {"Solidarność": ("ORG", "Solidarność"), "Europie": ("LOC", "Europa")}
    assert extract_claims(make_doc(text, "pl", names)) == []


def test_request_to_a_group_with_no_asker_is_no_claim_cs():
    text = "Karel Novák požádal o pomoc. Stejnou žádost poslal také představitelům Francie a Německa."
    names = {"Karel Novák": ("PER", "Karel Novák"), "Francie": ("LOC", "Francie"), "Německa": ("LOC", "Německo")}
    doc = make_doc(text, "cs", names)
    assert [c for c in extract_claims(doc) if {doc.mentions[p].text for p in c.participants} == {"Francie", "Německa"}] == []


def test_speaker_before_a_relative_clause_and_accusation_verb():
    text = "Imran Khan, who had returned from Paris, accused Nawaz Sharif of meeting Donald Trump in secret."
    doc = make_doc(text, "en", ORGS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "meet" and speaker_of(doc, claim) == "Khan"
    assert names_of(doc, claim.participants) == {"Sharif", "Trump"}


def test_denial_after_talks_as_the_setting_is_not_of_the_talks_pl():
    text = "W trakcie rokowań z Boeingiem Lufthansa kategorycznie wykluczyła podwyżki."
    names = {"Boeingiem": ("ORG", "Boeing"), "Lufthansa": ("ORG", "Lufthansa")}
    doc = make_doc(text, "pl", names)
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate" and claim.stance == "asserts"


def test_a_relation_noun_with_a_negated_occurrence_is_denied():
    cases = [
        ("en", "A meeting between Biden and Putin is not planned, Peskov said.",
         {"Biden": ("PER", "Biden"), "Putin": ("PER", "Putin"), "Peskov": ("PER", "Peskov")}),
        ("ru", "Встреча Путина и Байдена не планируется, заявил Песков.",
         {"Путина": ("PER", "Путин"), "Байдена": ("PER", "Байден"), "Песков": ("PER", "Песков")}),
        ("de", "Ein Treffen zwischen Scholz und Putin sei nicht geplant, sagte Hebestreit.",
         {"Scholz": ("PER", "Scholz"), "Putin": ("PER", "Putin"), "Hebestreit": ("PER", "Hebestreit")}),
        ("fr", "Une rencontre entre Macron et Poutine n'aura pas lieu, a déclaré Peskov.",
         {"Macron": ("PER", "Macron"), "Poutine": ("PER", "Poutine"), "Peskov": ("PER", "Peskov")}),
    ]
    for language, text, names in cases:
        doc = make_doc(text, language, names)
        [claim] = extract_claims(doc)
        assert claim.relation == "meet" and claim.stance == "denies", (language, claim)


def test_a_negated_predicate_that_is_not_about_occurrence_denies_nothing():
    text = "The meeting between Biden and Putin was not easy, Peskov said."
    doc = make_doc(text, "en", {"Biden": ("PER", "Biden"), "Putin": ("PER", "Putin"), "Peskov": ("PER", "Peskov")})
    [claim] = extract_claims(doc)
    assert claim.stance == "asserts"


LEADERS_EN = {
    "Olaf Scholz": ("PER", "Olaf Scholz"), "Volodymyr Zelensky": ("PER", "Volodymyr Zelensky"),
    "Emmanuel Macron": ("PER", "Emmanuel Macron"), "Macron": ("PER", "Macron"), "Xi": ("PER", "Xi"),
    "Russia": ("LOC", "Russia"), "Fumio Kishida": ("PER", "Fumio Kishida"), "Joe Biden": ("PER", "Joe Biden"),
    "Japanese": ("MISC", "Japanese"), "Tokyo": ("LOC", "Tokyo"), "Britain": ("LOC", "Britain"),
    "Canada": ("LOC", "Canada"), "Italy": ("LOC", "Italy"), "US": ("LOC", "US"),
}


def test_his_office_speaks_for_the_person_the_sentence_is_about():
    text = ("Emmanuel Macron spoke about the summit. "
            "Olaf Scholz spoke by phone with Volodymyr Zelensky on Monday, his office said.")
    doc = make_doc(text, "en", LEADERS_EN)
    claim = next(c for c in extract_claims(doc) if "Zelensky" in names_of(doc, c.participants))
    assert speaker_of(doc, claim) == "Scholz"  # not Macron, who spoke last


def test_a_request_is_between_the_asker_and_the_asked_not_what_is_asked():
    doc = make_doc("Macron urged Xi to press Russia to end the war.", "en", LEADERS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "request" and names_of(doc, claim.participants) == {"Macron", "Xi"}
    doc = make_doc("Macron asked Britain, Canada, Italy and the US to send aid.", "en", LEADERS_EN)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"Macron", "Britain", "Canada", "Italy", "US"}


def test_an_indefinite_spokesman_is_an_unnamed_source():
    text = ("Emmanuel Macron spoke about the summit. "
            "Fumio Kishida has invited Joe Biden to visit Tokyo, according to a Japanese government spokesman.")
    doc = make_doc(text, "en", LEADERS_EN)
    claim = next(c for c in extract_claims(doc) if c.relation == "invite")
    assert speaker_of(doc, claim) is None  # neither "Japanese" nor the last speaker
    doc = make_doc("Emmanuel Macron spoke. A government spokesman said Fumio Kishida will meet Joe Biden.", "en", LEADERS_EN)
    claim = next(c for c in extract_claims(doc) if c.relation == "meet")
    assert speaker_of(doc, claim) is None


def test_to_host_is_to_meet_but_a_show_host_is_nobody():
    doc = make_doc("Joe Biden will host Fumio Kishida next month.", "en", LEADERS_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "meet" and names_of(doc, claim.participants) == {"Biden", "Kishida"}
    doc = make_doc("Joe Biden laughed at what host Fumio Kishida said.", "en", LEADERS_EN)
    assert extract_claims(doc) == []


def test_an_institution_after_a_locative_preposition_speaks_ru_bg():
    names = {"Путин": ("PER", "Путин"), "Моди": ("PER", "Моди"), "Маском": ("PER", "Маск"),
             "Кремле": ("ORG", "Кремль"), "Москве": ("LOC", "Москва")}
    for text in ("Путин провел телефонный разговор с Моди, сообщили в Кремле.",
                 "В Кремле опровергли сообщения о том, что Путин встречался с Маском."):
        doc = make_doc(text, "ru", names)
        [claim] = extract_claims(doc)
        assert speaker_of(doc, claim) == "Кремль", text
    # a place where something happened is no speaker, and a named subject stays the speaker
    doc = make_doc("В Москве Путин встретился с Моди.", "ru", names)
    assert [speaker_of(doc, c) for c in extract_claims(doc)] == [None]
    doc = make_doc("Путин заявил в Кремле, что встретится с Моди.", "ru", names)
    assert [speaker_of(doc, c) for c in extract_claims(doc)] == ["Путин"]
    bg = {"Кремъл": ("ORG", "Кремъл"), "Путин": ("PER", "Путин"), "Моди": ("PER", "Моди")}
    doc = make_doc("Путин е разговарял с Моди, съобщиха от Кремъл.", "bg", bg)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Кремъл"


DIPLOMACY_EN = {
    "Antony Blinken": ("PER", "Antony Blinken"), "Wang Yi": ("PER", "Wang Yi"),
    "State Department": ("ORG", "State Department"), "Russia": ("LOC", "Russia"), "China": ("LOC", "China"),
    "Kremlin": ("ORG", "Kremlin"), "Putin": ("PER", "Putin"), "Zelensky": ("PER", "Zelensky"),
}


def test_an_organisation_with_an_article_after_the_statement_is_its_source():
    text = "Antony Blinken met with Wang Yi on the sidelines of the summit, the State Department said."
    doc = make_doc(text, "en", DIPLOMACY_EN)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Department"
    assert names_of(doc, claim.participants) == {"Blinken", "Yi"}  # the source is no party


def test_a_speech_verb_before_to_commits_and_its_subjects_are_the_parties():
    doc = make_doc("Russia and China have pledged to deepen their cooperation in energy.", "en", DIPLOMACY_EN)
    [claim] = extract_claims(doc)
    assert claim.relation == "cooperate" and names_of(doc, claim.participants) == {"Russia", "China"}


def test_no_plans_to_meet_is_a_denial():
    doc = make_doc("The Kremlin said there were no plans for Putin to meet Zelensky.", "en", DIPLOMACY_EN)
    [claim] = extract_claims(doc)
    assert (claim.relation, claim.stance, speaker_of(doc, claim)) == ("meet", "denies", "Kremlin")


def test_a_relation_in_an_embedded_question_is_not_asserted():
    names = {"Putin": ("PER", "Putin"), "Erdogan": ("PER", "Erdogan"), "Peskov": ("PER", "Peskov")}
    doc = make_doc("Peskov declined to comment on whether Putin would meet Erdogan.", "en", names)
    assert extract_claims(doc) == []
    ru = {"Путин": ("PER", "Путин"), "Эрдоганом": ("PER", "Эрдоган"), "Песков": ("PER", "Песков")}
    doc = make_doc("Песков не сказал, встретится ли Путин с Эрдоганом.", "ru", ru)
    assert extract_claims(doc) == []
    doc = make_doc("Peskov said Putin would meet Erdogan.", "en", names)  # a plain statement still is one
    assert [c.relation for c in extract_claims(doc)] == ["meet"]


def test_signing_an_agreement_is_a_deal_between_the_signatories():
    doc = make_doc("Turkey and Russia signed an agreement on gas supplies.", "en",
                   {"Turkey": ("LOC", "Turkey"), "Russia": ("LOC", "Russia")})
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate" and names_of(doc, claim.participants) == {"Turkey", "Russia"}


def test_a_verb_after_a_comma_does_not_take_the_contents_subject_ru_uk():
    # "заявили" (they said) has no subject of its own here: Putin is what is reported about
    for language, text, names in [
        ("ru", "Путин не встречался с Маском, заявили в Кремле.", {"Путин": ("PER", "Путин"), "Маском": ("PER", "Маск")}),
        ("uk", "Путін не зустрічався з Маском, заявили в Кремлі.", {"Путін": ("PER", "Путін"), "Маском": ("PER", "Маск")}),
    ]:
        doc = make_doc(text, language, names)
        [claim] = extract_claims(doc)
        assert claim.stance == "denies" and len(names_of(doc, claim.participants)) == 2 and speaker_of(doc, claim) is None
    # a name set off by commas right before the verb is its subject
    doc = make_doc("Путин не встречался с Маском, заявил Песков.", "ru",
                   {"Путин": ("PER", "Путин"), "Маском": ("PER", "Маск"), "Песков": ("PER", "Песков")})
    assert [speaker_of(doc, c) for c in extract_claims(doc)] == ["Песков"]


def test_czech_negation_glued_to_the_relation_verb_is_a_denial_not_a_lost_claim():
    names = {"Pavel": ("PER", "Pavel"), "Zelenským": ("PER", "Zelenský"), "Fiala": ("PER", "Fiala"),
             "Scholzem": ("PER", "Scholz"), "ČTK": ("ORG", "ČTK")}
    doc = make_doc("Pavel se nesetkal se Zelenským.", "cs", names)
    [claim] = extract_claims(doc)
    assert (claim.relation, claim.stance) == ("meet", "denies")
    assert names_of(doc, claim.participants) == {"Pavel", "Zelenský"} and speaker_of(doc, claim) is None
    doc = make_doc("Fiala jednal se Scholzem o migraci, uvedla ČTK.", "cs", names)
    [claim] = extract_claims(doc)
    assert (claim.relation, speaker_of(doc, claim)) == ("negotiate", "ČTK")
    assert extract_claims(make_doc("Jednalo se o migraci, uvedla ČTK.", "cs", names)) == []  # "it was about"


def test_a_role_after_a_comma_and_before_a_reporting_verb_is_its_own_clause():
    # "Lavrov, the spokesman said" is not Lavrov being the spokesman
    en = {"Blinken": ("PER", "Blinken"), "Lavrov": ("PER", "Lavrov")}
    for text in ("Blinken will not meet Lavrov, the spokesman said.", "Blinken will not meet Lavrov, said a spokesman."):
        doc = make_doc(text, "en", en)
        [claim] = extract_claims(doc)
        assert speaker_of(doc, claim) is None and claim.stance == "denies", text
    pl = {"Sikorski": ("PER", "Sikorski"), "Ławrowem": ("PER", "Ławrow")}
    doc = make_doc("Sikorski nie spotka się z Ławrowem, powiedział rzecznik.", "pl", pl)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) is None
    # a real apposition still names the role's holder
    doc = make_doc("Lavrov, the foreign minister, said he met Blinken.", "en", en)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Lavrov"


def test_an_outlet_told_something_relays_it_and_is_no_party():
    names = {"Putin": ("PER", "Putin"), "Trump": ("PER", "Trump"), "Peskov": ("PER", "Peskov"),
             "Interfax": ("ORG", "Interfax"), "Reuters": ("ORG", "Reuters")}
    doc = make_doc("Peskov told Interfax that Putin and Trump had spoken by phone, Reuters reported.", "en", names)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"Putin", "Trump"} and speaker_of(doc, claim) == "Peskov"
    assert [doc.mentions[v].text for v in claim.via] == ["Reuters", "Interfax"]  # outermost first
    ru = {"Песков": ("PER", "Песков"), "РИА Новости": ("ORG", "РИА Новости"), "Путин": ("PER", "Путин"),
          "Трамп": ("PER", "Трамп")}
    doc = make_doc("Песков сказал РИА Новости, что Путин и Трамп не разговаривали.", "ru", ru)
    [claim] = extract_claims(doc)
    assert claim.stance == "denies" and names_of(doc, claim.participants) == {"Путин", "Трамп"}
    assert [doc.mentions[v].text for v in claim.via] == ["РИА Новости"]


def test_a_clause_without_a_subject_continues_the_subject_of_the_claim_before_it():
    en = {"Putin": ("PER", "Putin"), "Xi": ("PER", "Xi"), "Beijing": ("LOC", "Beijing")}
    doc = make_doc("Putin visited Beijing, where talks with Xi were held.", "en", en)
    parties = [names_of(doc, c.participants) for c in extract_claims(doc)]
    assert parties == [{"Putin", "Beijing"}, {"Putin", "Xi"}]
    bg = {"Желязков": ("PER", "Желязков"), "Шолц": ("PER", "Шолц"), "Берлин": ("LOC", "Берлин")}
    doc = make_doc("Премиерът Желязков ще посети Берлин, където ще разговаря с Шолц.", "bg", bg)
    assert {"Желязков", "Шолц"} in [names_of(doc, c.participants) for c in extract_claims(doc)]
    # never the place visited as the one who talks
    assert all(names_of(doc, c.participants) != {"Берлин", "Шолц"} for c in extract_claims(doc))


def test_the_owner_of_a_relation_noun_is_a_party():
    names = {"Putin": ("PER", "Putin"), "Trump": ("PER", "Trump"), "Alaska": ("LOC", "Alaska"),
             "Dubai": ("LOC", "Dubai"), "Emirates": ("ORG", "Emirates"), "Boeing": ("ORG", "Boeing")}
    doc = make_doc("Trump's meeting with Putin in Alaska ended without a deal.", "en", names)
    assert [names_of(doc, c.participants) for c in extract_claims(doc)] == [{"Trump", "Putin"}]
    doc = make_doc("Dubai's flagship carrier Emirates signed a deal with Boeing.", "en", names)
    assert [names_of(doc, c.participants) for c in extract_claims(doc)] == [{"Emirates", "Boeing"}]  # not Dubai


def test_a_refusal_denies_the_relation_but_not_across_a_but_clause():
    names = {"Orban": ("PER", "Orban"), "Zelensky": ("PER", "Zelensky")}
    doc = make_doc("Orban refused to meet Zelensky.", "en", names)
    assert [c.stance for c in extract_claims(doc)] == ["denies"]
    doc = make_doc("Orban refused to comment, but said he met Zelensky.", "en", names)
    assert [c.stance for c in extract_claims(doc)] == ["asserts"]
    ru = {"Орбан": ("PER", "Орбан"), "Зеленским": ("PER", "Зеленский")}
    doc = make_doc("Орбан отказался встречаться с Зеленским.", "ru", ru)
    assert [c.stance for c in extract_claims(doc)] == ["denies"]


def test_an_organisation_beginning_the_content_is_no_addressee():
    names = {"Lavrov": ("PER", "Lavrov"), "NATO": ("ORG", "NATO"), "Russia": ("LOC", "Russia")}
    doc = make_doc("Lavrov said NATO and Russia held talks.", "en", names)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"NATO", "Russia"} and claim.via == []


def test_a_named_subject_after_the_verb_beats_the_place_it_spoke_in_ru():
    names = {"Путин": ("PER", "Путин"), "Моди": ("PER", "Моди"), "Москве": ("LOC", "Москва")}
    doc = make_doc("Встреча с Моди была полезной, заявил в Москве Путин.", "ru", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Путин"


def test_a_denied_contact_in_the_subjunctive_es_pt_it():
    names = {"Kremlin": ("ORG", "Kremlin"), "Cremlino": ("ORG", "Cremlino"),
             "Putin": ("PER", "Putin"), "Musk": ("PER", "Musk")}
    for language, text in [("es", "El Kremlin negó que Putin hablara con Musk."),
                           ("pt", "O Kremlin negou que Putin falasse com Musk."),
                           ("it", "Il Cremlino ha smentito che Putin parlasse con Musk.")]:
        doc = make_doc(text, language, names)
        [claim] = extract_claims(doc)
        assert (claim.relation, claim.stance) == ("contact", "denies"), language
        assert names_of(doc, claim.participants) == {"Putin", "Musk"}, language


def test_an_auxiliary_before_a_trailing_reporting_verb_sl():
    names = {"Golob": ("PER", "Golob"), "Macronom": ("PER", "Macron"), "STA": ("ORG", "STA"), "Janša": ("PER", "Janša")}
    doc = make_doc("Golob se je srečal z Macronom v Parizu, je poročala STA.", "sl", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "STA" and names_of(doc, claim.participants) == {"Golob", "Macron"}
    doc = make_doc("Golob se je srečal z Macronom, je dejal Janša.", "sl", names)
    assert [speaker_of(doc, c) for c in extract_claims(doc)] == ["Janša"]


def test_they_in_a_quote_after_a_claim_and_he_added_is_the_last_speaker():
    names = {"Putin": ("PER", "Putin"), "Musk": ("PER", "Musk"), "Peskov": ("PER", "Peskov")}
    text = ("Peskov said the only contact between Putin and Musk was a phone call about space. "
            "\"They have never met,\" he added.")
    doc = make_doc(text, "en", names)
    claims = extract_claims(doc)
    assert [(c.relation, c.stance, speaker_of(doc, c)) for c in claims] == [
        ("contact", "asserts", "Peskov"), ("meet", "denies", "Peskov")]
    assert names_of(doc, claims[1].participants) == {"Putin", "Musk"}


def test_since_late_2022_is_a_bound_not_the_event_time():
    from storyline.dates.event_time import event_time

    found = event_time("Musk has been in contact with Putin since late 2022.", "en", "2024-10-25")
    assert found is not None and found.when is None
    assert event_time("They met in late 2022.", "en", "2024-10-25").when == "2022"


def test_a_relative_clause_between_a_speaker_and_its_verb_is_a_claim_of_its_own():
    names = {"Blinken": ("PER", "Blinken"), "Wang": ("PER", "Wang"), "Munich": ("LOC", "Munich")}
    doc = make_doc("Blinken, who met Wang in Munich, said the talks were constructive.", "en", names)
    assert [(c.relation, names_of(doc, c.participants)) for c in extract_claims(doc)] == [("meet", {"Blinken", "Wang"})]


def test_an_outlet_told_without_that_still_relays():
    names = {"Sullivan": ("PER", "Sullivan"), "Reuters": ("ORG", "Reuters"), "China": ("LOC", "China"), "US": ("LOC", "US")}
    doc = make_doc("Sullivan told Reuters the US would not negotiate with China.", "en", names)
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"US", "China"} and [doc.mentions[v].text for v in claim.via] == ["Reuters"]


def test_a_negated_denial_leaves_the_relation_possible():
    en = {"Peskov": ("PER", "Peskov"), "Putin": ("PER", "Putin"), "Trump": ("PER", "Trump")}
    doc = make_doc("Peskov did not rule out a meeting between Putin and Trump.", "en", en)
    assert [c.stance for c in extract_claims(doc)] == ["asserts"]
    ru = {"Ушаков": ("PER", "Ушаков"), "Путина": ("PER", "Путин"), "Трампа": ("PER", "Трамп")}
    doc = make_doc("Ушаков не исключил встречи Путина и Трампа.", "ru", ru)
    assert [c.stance for c in extract_claims(doc)] == ["asserts"]


def test_a_second_predicate_after_and_continues_the_subject():
    en = {"Putin": ("PER", "Putin"), "Xi": ("PER", "Xi"), "Beijing": ("LOC", "Beijing")}
    doc = make_doc("Putin visited Beijing and met Xi.", "en", en)
    assert [(c.relation, names_of(doc, c.participants)) for c in extract_claims(doc)] == [
        ("visit", {"Putin", "Beijing"}), ("meet", {"Putin", "Xi"})]
    bg = {"Желязков": ("PER", "Желязков"), "Шолц": ("PER", "Шолц"), "Берлин": ("LOC", "Берлин")}
    doc = make_doc("Желязков пристигна в Берлин и разговаря с Шолц.", "bg", bg)
    assert {"Желязков", "Шолц"} in [names_of(doc, c.participants) for c in extract_claims(doc)]


def test_a_but_clause_with_its_own_voice_is_its_own_claim_on_the_same_relation():
    names = {"Putin": ("PER", "Putin"), "Trump": ("PER", "Trump"), "Kremlin": ("ORG", "Kremlin")}
    doc = make_doc("Trump claimed he spoke with Putin, but the Kremlin said no such call took place.", "en", names)
    assert [(c.stance, speaker_of(doc, c), names_of(doc, c.participants)) for c in extract_claims(doc)] == [
        ("asserts", "Trump", {"Trump", "Putin"}), ("denies", "Kremlin", {"Trump", "Putin"})]
