"""Round 17 (issue 5, parties and relations on dev5's shapes): talks with no parties of their own in
a document about a state leaving or joining a union are between the two (exit and accession are
negotiated); a street address is a venue, no party; a place owning a group of residents or citizens
is no party; two names joined by a hyphen before a relation noun are its parties ("US-China trade
talks"); a mediator is a party besides the two sides it mediates between; a debate with a named
opponent is a meeting; future forms of travelling to a place are visits; bg "подкани" is a request;
a second predicate after "and" and a reflexive particle is a clause of its own; meeting with criticism
or opposition is no meeting; a place owning a topic noun ("the border of X") is what is talked about. Invented names and
short constructed sentences, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, people, places, orgs
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`


# -- talks implied by a membership phrase -----------------------------------------------------------

def test_talks_in_a_document_on_an_exit_are_between_the_member_and_the_union_en():
    text = ("Freedonia's exit from the Atlantic Union is set for March. "
            "The negotiations will resume next week, officials said.")
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Freedonia", "Union"])]


def test_talks_in_a_document_on_an_exit_bg_cs_ru():
    text = "Излизането на Руритания от АС е насрочено за март. Преговорите ще продължат следващата седмица."
    doc = make_doc(text, "bg", names(Руритания="LOC", АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руритания"])]
    text = "Odchod Ruritánie z AU je naplánován na březen. Jednání budou pokračovat příští týden."
    doc = make_doc(text, "cs", names(Ruritánie=("LOC", "Ruritánie"), AU="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["AU", "Ruritánie"])]
    text = "Выход Руритании из АС назначен на март. Переговоры продолжатся на следующей неделе."
    doc = make_doc(text, "ru", names(Руритании=("LOC", "Руритания"), АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руритания"])]


def test_a_side_named_in_the_sentence_is_completed_with_the_other_pl():
    text = "Wyjście Rurytanii z UA zaplanowano na marzec. Negocjacje z UA będą trudne."
    doc = make_doc(text, "pl", names(Rurytanii=("LOC", "Rurytania"), UA="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Rurytania", "UA"])]


def test_an_exit_naming_only_the_union_is_of_the_state_named_before_it_bg_ru():
    text = ("Руритания иска повече време, но излизането от АС е насрочено за март. "
            "Преговорите ще продължат следващата седмица.")
    doc = make_doc(text, "bg", names(Руритания="LOC", АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руритания"])]
    text = "Руритания просит больше времени, но выход из АС назначен на март. Переговоры продолжатся в среду."
    doc = make_doc(text, "ru", names(Руритания="LOC", АС="ORG"))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["АС", "Руритания"])]


def test_an_exit_naming_only_the_union_after_a_place_phrase_names_no_member_en():
    text = "In Brussels, the exit from the Atlantic Union was discussed. The negotiations will resume."
    doc = make_doc(text, "en", names(Brussels="LOC", Atlantic_Union="ORG"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


def test_no_membership_phrase_no_implied_talks_en():
    text = "Freedonia and the Atlantic Union disagree on fishing. The negotiations will resume next week."
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG"))
    assert claims_of(doc) == []


def test_two_exits_leave_the_talks_without_parties_en():
    text = ("Freedonia's exit from the Atlantic Union and Sylvania's accession to the Northern League are "
            "both planned. The negotiations will resume next week.")
    doc = make_doc(text, "en", names(Freedonia="LOC", Atlantic_Union="ORG", Sylvania="LOC", Northern_League="ORG"))
    assert claims_of(doc) == []


def test_two_names_of_one_body_are_no_sides_pl():
    # "Unii" and "Wspólnoty" in two phrases: one organisation named twice, no member named
    text = "Wyjście z Unii to problem. Wyjście ze Wspólnoty zaplanowano na marzec. Negocjacje trwają."
    doc = make_doc(text, "pl", names(Unii=("ORG", "Unia"), Wspólnoty=("ORG", "Wspólnota")))
    assert claims_of(doc) == []


def test_a_person_of_one_side_is_not_completed_with_the_sides_ru():
    text = "Выход Руритании из АС назначен на март. Иван Петров назвал переговоры трудными."
    doc = make_doc(text, "ru", names(Руритании=("LOC", "Руритания"), АС="ORG", Иван_Петров="PER"))
    assert [c for c in claims_of(doc) if c[0] == "negotiate"] == []


# -- venues and groups of people ----------------------------------------------------------------------

def test_a_street_address_is_a_venue_en_bg():
    doc = make_doc("John Smith met Paul Brown at 12 Linden Street.", "en",
                   names(John_Smith="PER", Paul_Brown="PER", Linden_Street="LOC"))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Brown", "Smith"])]
    doc = make_doc("Срещата на Иван Петров и Георги Иванов с банкери на Липова улица 12 продължи час.", "bg",
                   names(Иван_Петров="PER", Георги_Иванов="PER", Липова_улица="LOC"))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Иванов", "Петров"])]


def test_a_date_after_a_partner_is_no_house_number_ru_pl_en():
    doc = make_doc("Руритания начала переговоры с Фредонией 10 марта.", "ru",
                   names(Руритания="LOC", Фредонией=("LOC", "Фредония")))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Руритания", "Фредония"])]
    doc = make_doc("Rurytania rozpoczęła negocjacje z Fredonią 10 marca.", "pl",
                   names(Rurytania="LOC", Fredonią=("LOC", "Fredonia")))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Fredonia", "Rurytania"])]
    doc = make_doc("Ruritania began talks with Freedonia 10 days ago.", "en", places("Ruritania", "Freedonia"))
    assert [c[:3] for c in claims_of(doc)] == [("contact", "asserts", ["Freedonia", "Ruritania"])]


def test_residents_of_a_town_are_no_party_pl_ru_cs():
    doc = make_doc("Jan Nowak spotkał się z mieszkańcami Zielonej Doliny.", "pl",
                   names(Jan_Nowak="PER", Zielonej_Doliny=("LOC", "Zielona Dolina")))
    assert claims_of(doc) == []
    doc = make_doc("Иван Петров встретился с жителями Зеленогорска.", "ru",
                   names(Иван_Петров="PER", Зеленогорска=("LOC", "Зеленогорск")))
    assert claims_of(doc) == []
    doc = make_doc("Jan Novák se setkal s obyvateli Zelené Lhoty.", "cs",
                   names(Jan_Novák="PER", Zelené_Lhoty=("LOC", "Zelená Lhota")))
    assert claims_of(doc) == []


def test_a_place_owning_a_topic_noun_is_what_is_talked_about_cs_bg_ru():
    doc = make_doc("Na summitu by premiérka Jana Nováková ráda pokročila s otázkou hranice Zelené Lhoty.", "cs",
                   names(Jana_Nováková="PER", Zelené_Lhoty=("LOC", "Zelená Lhota")))
    assert claims_of(doc) == []
    doc = make_doc("На срещата Иван Петров ще обсъди границата на Руритания.", "bg", names(Иван_Петров="PER", Руритания="LOC"))
    assert claims_of(doc) == []
    doc = make_doc("На встрече Иван Петров обсудит вопрос границы Руритании.", "ru",
                   names(Иван_Петров="PER", Руритании=("LOC", "Руритания")))
    assert claims_of(doc) == []


def test_a_topic_nouns_owner_and_partner_are_no_parties_cs():
    doc = make_doc("Obchody Ruritánska se Sylvánií odsoudil při setkání s Petrem Svobodou Jan Novák.", "cs",
                   names(Ruritánska=("LOC", "Ruritánsko"), Sylvánií=("LOC", "Sylvánie"), Petrem_Svobodou=("PER", "Petr Svoboda"),
                         Jan_Novák="PER"))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Novák", "Svoboda"])]


# -- parties of a relation noun -----------------------------------------------------------------------

def test_names_joined_by_a_hyphen_before_the_relation_noun_en():
    doc = make_doc("A muddled view of Freedonia-Sylvania trade talks weighs on markets.", "en",
                   places("Freedonia", "Sylvania"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Freedonia", "Sylvania"], None)]
    doc = make_doc("The Acme-Globex deal could start a trend.", "en", orgs("Acme", "Globex"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Acme", "Globex"], None)]


def test_a_dash_with_spaces_or_one_hyphenated_name_is_no_pair_en():
    doc = make_doc("Freedonia - trade talks will resume.", "en", places("Freedonia"))
    assert claims_of(doc) == []
    doc = make_doc("Nova-Freedonia trade talks will resume.", "en", places("Nova-Freedonia"))
    assert claims_of(doc) == []


def test_a_mediator_is_a_party_bg_ru_en_pl_cs():
    doc = make_doc("Франция е готова да посредничи между Италия и Испания.", "bg", places("Франция", "Италия", "Испания"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Испания", "Италия", "Франция"], None)]
    doc = make_doc("Франция готова быть посредником между Италией и Испанией.", "ru",
                   names(Франция="LOC", Италией=("LOC", "Италия"), Испанией=("LOC", "Испания")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Испания", "Италия", "Франция"], None)]
    doc = make_doc("France is ready to mediate between Italy and Spain.", "en", places("France", "Italy", "Spain"))
    assert claims_of(doc) == [("negotiate", "asserts", ["France", "Italy", "Spain"], None)]
    doc = make_doc("Francja chce pośredniczyć między Włochami a Hiszpanią.", "pl",
                   names(Francja="LOC", Włochami=("LOC", "Włochy"), Hiszpanią=("LOC", "Hiszpania")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Francja", "Hiszpania", "Włochy"], None)]
    doc = make_doc("Francie je připravena zprostředkovat mezi Itálií a Španělskem.", "cs",
                   names(Francie="LOC", Itálií=("LOC", "Itálie"), Španělskem=("LOC", "Španělsko")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Francie", "Itálie", "Španělsko"], None)]


def test_the_average_between_two_places_is_no_mediation_es_it():
    doc = make_doc("La media entre Ruritania y Freedonia es del 3 por ciento.", "es", places("Ruritania", "Freedonia"))
    assert claims_of(doc) == []
    doc = make_doc("La media tra Ruritania e Freedonia è del 3 per cento.", "it", places("Ruritania", "Freedonia"))
    assert claims_of(doc) == []
    doc = make_doc("Ruritania medeia entre Freedonia e Sylvania.", "pt", places("Ruritania", "Freedonia", "Sylvania"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Freedonia", "Ruritania", "Sylvania"], None)]


def test_talks_between_two_sides_do_not_take_the_subject_en():
    doc = make_doc("France welcomed the talks between Italy and Spain.", "en", places("France", "Italy", "Spain"))
    assert [c[:3] for c in claims_of(doc)] == [("contact", "asserts", ["Italy", "Spain"])]


def test_a_debate_with_an_opponent_is_a_meeting_en_ru_pl_cs_bg():
    doc = make_doc("LONDON — The party changed its account name during a televised debate between "
                   "Prime Minister John Smith and opposition leader Paul Brown.", "en",
                   names(John_Smith="PER", Paul_Brown="PER"))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Brown", "Smith"])]
    doc = make_doc("В дебатах с Сергеем Ивановым Иван Петров говорил о налогах.", "ru",
                   names(Иван_Петров="PER", Сергеем_Ивановым=("PER", "Сергей Иванов")))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Иванов", "Петров"])]
    doc = make_doc("Jan Nowak wygrał debatę z Piotrem Kowalskim.", "pl",
                   names(Jan_Nowak="PER", Piotrem_Kowalskim=("PER", "Piotr Kowalski")))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Kowalski", "Nowak"])]
    doc = make_doc("Jan Novák vyhrál debatu s Petrem Svobodou.", "cs",
                   names(Jan_Novák="PER", Petrem_Svobodou=("PER", "Petr Svoboda")))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Novák", "Svoboda"])]
    doc = make_doc("Иван Петров спечели дебата с Георги Иванов.", "bg", people("Иван Петров", "Георги Иванов"))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Иванов", "Петров"])]


def test_a_debate_on_a_topic_is_no_meeting_en():
    doc = make_doc("The debate on taxes lasted for hours, John Smith said.", "en", people("John Smith"))
    assert claims_of(doc) == []


# -- vocabulary ---------------------------------------------------------------------------------------

def test_future_travel_to_a_place_is_a_visit_uk_pl_cs_bg():
    doc = make_doc("Наступного тижня Іван Петренко поїде до Варшави.", "uk",
                   names(Іван_Петренко="PER", Варшави=("LOC", "Варшава")))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Варшава", "Петренко"])]
    doc = make_doc("W przyszłym tygodniu Jan Nowak pojedzie do Pragi.", "pl",
                   names(Jan_Nowak="PER", Pragi=("LOC", "Praga")))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Nowak", "Praga"])]
    doc = make_doc("Příští týden Jan Novák poletí do Varšavy.", "cs",
                   names(Jan_Novák="PER", Varšavy=("LOC", "Varšava")))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Novák", "Varšava"])]
    doc = make_doc("Следващата седмица Иван Петров ще отиде в Прага.", "bg", names(Иван_Петров="PER", Прага="LOC"))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Петров", "Прага"])]


def test_urging_someone_is_a_request_bg():
    doc = make_doc("Иван Петров подкани Георги Иванов да размисли.", "bg", people("Иван Петров", "Георги Иванов"))
    assert [c[:3] for c in claims_of(doc)] == [("request", "asserts", ["Иванов", "Петров"])]


def test_a_diplomatic_adjective_is_no_diplomat_cs_ru_pl():
    # "diplomatická", "дипломатические", "dyplomatyczny" are adjectives, not the role noun "diplomat":
    # they name no diplomat of the document as a party or a speaker
    doc = make_doc("Do Prahy přijel diplomat Petr Svoboda. Diplomatická jednání s Karlem Dvořákem budou pokračovat.",
                   "cs", names(Petr_Svoboda="PER", Karlem_Dvořákem=("PER", "Karel Dvořák")))
    assert claims_of(doc) == []
    doc = make_doc("В Москву прибыл дипломат Иван Петров. Дипломатические переговоры с Сергеем Ивановым продолжатся.",
                   "ru", names(Иван_Петров="PER", Сергеем_Ивановым=("PER", "Сергей Иванов")))
    assert claims_of(doc) == []
    doc = make_doc("Do Warszawy przyjechał dyplomata Piotr Kowalski. Jan Nowak w dyplomatyczny sposób potwierdził "
                   "spotkanie z Adamem Zielińskim.", "pl",
                   names(Piotr_Kowalski="PER", Jan_Nowak="PER", Adamem_Zielińskim=("PER", "Adam Zieliński")))
    assert claims_of(doc) == [("meet", "confirms", ["Nowak", "Zieliński"], None)]


def test_meeting_with_criticism_or_opposition_is_no_meeting_pl_cs_ru_en():
    doc = make_doc("Anna Nowak spotkała się ze sprzeciwem Londynu.", "pl", names(Anna_Nowak="PER", Londynu=("LOC", "Londyn")))
    assert claims_of(doc) == []
    doc = make_doc("Plan Jana Nowaka spotkał się z ostrą krytyką Piotra Kowalskiego.", "pl",
                   names(Jana_Nowaka=("PER", "Jan Nowak"), Piotra_Kowalskiego=("PER", "Piotr Kowalski")))
    assert claims_of(doc) == []
    doc = make_doc("Návrh Jana Nováka se setkal s odporem Petra Svobody.", "cs",
                   names(Jana_Nováka=("PER", "Jan Novák"), Petra_Svobody=("PER", "Petr Svoboda")))
    assert claims_of(doc) == []
    doc = make_doc("Предложение Ивана Петрова встретило критику Сергея Иванова.", "ru",
                   names(Ивана_Петрова=("PER", "Иван Петров"), Сергея_Иванова=("PER", "Сергей Иванов")))
    assert claims_of(doc) == []
    doc = make_doc("John Smith's plan met with fierce opposition from Paul Brown.", "en", people("John Smith", "Paul Brown"))
    assert claims_of(doc) == []
    # (a meeting with someone stays one)
    doc = make_doc("Jan Novák se setkal s Petrem Svobodou.", "cs", names(Jan_Novák="PER", Petrem_Svobodou=("PER", "Petr Svoboda")))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Novák", "Svoboda"])]


# -- clauses ------------------------------------------------------------------------------------------

def test_a_trip_for_talks_and_a_meeting_are_three_claims_of_the_traveller_bg():
    text = "Иван Петров отиде в Прага за разговори с Георги Иванов и се срещна в Бърно с Петър Стоянов."
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Прага="LOC", Георги_Иванов="PER", Бърно="LOC",
                                     Петър_Стоянов="PER"))
    assert [c[:3] for c in claims_of(doc)] == [("visit", "asserts", ["Петров", "Прага"]),
                                               ("contact", "asserts", ["Иванов", "Петров"]),
                                               ("meet", "asserts", ["Петров", "Стоянов"])]
