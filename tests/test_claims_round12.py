"""Round 12 (issue 5): recall on unselected news. A bare institution noun in a headline names the
entity the article's first sentence links to it, and a visit verb whose subject a pro-drop language
left out (after a word of sequence: "Następnie", "Затем", "Potom") is about the person the text is
about. Invented names and short constructed sentences, several languages."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import claims_of, make_doc, orgs, people, places


# -- a headline's bare institution noun, linked by the first sentence after it -----------------------

def test_headline_institution_noun_names_the_body_of_the_lead_sl():
    text = ("Članice Zveze dosegle dogovor s parlamentom\n\n"
            "Kot so sporočili, je Zveza z Alpskim parlamentom dosegla okvirni dogovor o direktivi.")
    doc = make_doc(text, "sl", {"Zveze": ("ORG", "Zveza"), "Zveza": ("ORG", "Zveza"),
                                "Alpskim parlamentom": ("ORG", "Alpski parlament")})
    claims = claims_of(doc)
    assert claims[0] == ("negotiate", "asserts", ["Zveza", "parlament"], None)


def test_headline_noun_stays_unresolved_when_the_lead_links_two_bodies_cs():
    text = ("Unie se dohodla s parlamentem\n\n"
            "Zástupci Unie jednali s Horským parlamentem i s Nížinným parlamentem o nové směrnici.")
    doc = make_doc(text, "cs", {"Unie": ("ORG", "Unie"), "Horským parlamentem": ("ORG", "Horský parlament"),
                                "Nížinným parlamentem": ("ORG", "Nížinný parlament")})
    headline = [c for c in extract_claims(doc) if c.start == 0]
    assert headline == []


def test_a_sentence_with_a_full_stop_is_no_headline_sl():
    # the noun comes first in running text: nothing links "parlament" before it
    text = ("Zveza je dosegla dogovor s parlamentom. "
            "Kot so sporočili, je Zveza z Alpskim parlamentom dosegla okvirni dogovor.")
    doc = make_doc(text, "sl", {"Zveza": ("ORG", "Zveza"), "Alpskim parlamentom": ("ORG", "Alpski parlament")})
    first = [c for c in extract_claims(doc) if c.start == 0]
    assert first == []


# -- a visit with a dropped subject ------------------------------------------------------------------

def test_visit_after_a_word_of_sequence_has_the_dropped_subject_pl():
    text = "– To nieuniknione – stwierdził Jan Brzoza. Następnie pojechał do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Brzoza"), **places("Londynu")})
    assert claims_of(doc) == [("visit", "asserts", ["Brzoza", "Londynu"], None)]


def test_visit_with_a_dropped_subject_ru_and_cs():
    doc = make_doc("Игорь Сомов выступил в Брюсселе. Затем прилетел в Лондон.", "ru",
                   {**people("Игорь Сомов"), **places("Лондон", "Брюсселе")})
    assert claims_of(doc) == [("visit", "asserts", ["Лондон", "Сомов"], None)]
    doc = make_doc("Jan Kalina mluvil v Bruselu. Potom odjel do Londýna.", "cs",
                   {**people("Jan Kalina"), **places("Londýna", "Bruselu")})
    assert claims_of(doc) == [("visit", "asserts", ["Kalina", "Londýna"], None)]


def test_travellers_named_by_a_common_noun_visit_nothing_pl():
    # the subject is a common noun, not dropped: the visitor is unnamed
    text = "Jan Brzoza przemawiał w Brukseli. Pasażerowie pojechali do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Brzoza"), **places("Londynu", "Brukseli")})
    assert claims_of(doc) == []


def test_places_travelled_to_without_a_person_before_make_no_visit_ru():
    doc = make_doc("Затем прилетел в Лондон.", "ru", places("Лондон"))
    assert claims_of(doc) == []


def test_no_dropped_subject_in_english():
    doc = make_doc("John Hale spoke in Brussels. Then flew to London.", "en",
                   {**people("John Hale"), **places("London", "Brussels")})
    assert claims_of(doc) == []


# -- unnamed sources after "according to" --------------------------------------------------------------

def test_unnamed_source_ends_at_its_comma_en():
    # "experts" names nobody; the names after the comma are the content, both parties
    doc = make_doc("According to experts, Pfizo and BioNek are cooperating.", "en", orgs("Pfizo", "BioNek"))
    assert claims_of(doc) == [("cooperate", "asserts", ["BioNek", "Pfizo"], None)]


def test_owner_of_unnamed_sources_belongs_to_the_attribution_pl_ru():
    # "experts of WHX": WHX is whose experts they are, neither a party nor a named speaker
    doc = make_doc("Według ekspertów WHX Pfizo i BioNek współpracują.", "pl", orgs("WHX", "Pfizo", "BioNek"))
    assert claims_of(doc) == [("cooperate", "asserts", ["BioNek", "Pfizo"], None)]
    doc = make_doc("По словам экспертов ВОЗХ, Пфайзо сотрудничает с БиоНек.", "ru", orgs("ВОЗХ", "Пфайзо", "БиоНек"))
    assert claims_of(doc) == [("cooperate", "asserts", ["БиоНек", "Пфайзо"], None)]


# -- the name after an attribution opens its own group ---------------------------------------------------

def test_names_after_a_source_with_a_topic_like_preposition_are_parties_ru():
    # "по" of "по данным"/"по словам" governs the source only, not the coordinated names after the comma
    doc = make_doc("По данным ТАСХ, Пётр Лисов и Анна Смит встретились.", "ru",
                   {**people("Пётр Лисов", "Анна Смит"), **orgs("ТАСХ")})
    assert claims_of(doc) == [("meet", "asserts", ["Лисов", "Смит"], "ТАСХ")]
    doc = make_doc("По словам Сомова, Лисов и Смит встретились.", "ru", people("Сомова", "Лисов", "Смит"))
    assert claims_of(doc) == [("meet", "asserts", ["Лисов", "Смит"], "Сомова")]


def test_a_topic_preposition_before_a_group_still_governs_it_ru():
    text = "Иван Сомов встретился с Анной Смит. Они говорили о Лисове, Петрове и Смирнове."
    doc = make_doc(text, "ru", people("Иван Сомов", "Анной Смит", "Лисове", "Петрове", "Смирнове"))
    assert all("Петрове" not in c[2] for c in claims_of(doc))


# -- a common noun titling a name over adjectives ----------------------------------------------------------

def test_company_noun_before_adjectives_and_a_name_titles_it_pl():
    # "firmę farmaceutyczną BioNek" is BioNek, not the document's most salient other organisation
    text = ("Sojusz Gavix ogłosił plan. Gavix pomaga krajom. Według WHX szczepionka wyprodukowana wspólnie "
            "przez koncern Pfizo i niemiecką firmę farmaceutyczną BioNek jest bezpieczna.")
    doc = make_doc(text, "pl", orgs("Gavix", "WHX", "Pfizo", "BioNek"))
    assert claims_of(doc) == [("cooperate", "asserts", ["BioNek", "Pfizo"], "WHX")]


# -- coordinated agents of a directed relation ------------------------------------------------------------

def test_coordinated_agents_of_an_offer_are_all_parties_uk_ru():
    doc = make_doc("Олена Граб вийшла на волю. Франція та Іспанія вже запропонували їй притулок.", "uk",
                   {**places("Франція", "Іспанія"), **people("Олена Граб")})
    assert claims_of(doc) == [("invite", "asserts", sorted(["Граб", "Іспанія", "Франція"]), None)]
    doc = make_doc("Франция и Испания пригласили Анну Смит.", "ru",
                   {**places("Франция", "Испания"), **people("Анну Смит")})
    assert claims_of(doc) == [("invite", "asserts", ["Испания", "Смит", "Франция"], None)]


def test_coordinated_askers_of_nobody_named_make_no_request_bg():
    # a call for an action with no addressee: no claim among the callers
    doc = make_doc("Литва, Латвия и Полша призоваха да не се строи газопроводът.", "bg",
                   places("Литва", "Латвия", "Полша"))
    assert claims_of(doc) == []


# -- lexicon: the masculine past of "reach (an agreement)" in Slovene ---------------------------------------

def test_masculine_past_of_reaching_an_agreement_with_a_fronted_partner_sl():
    doc = make_doc("Svet Zveze je z Norveško dosegel okvirni dogovor.", "sl",
                   {"Svet Zveze": ("ORG", "Svet Zveze"), **places("Norveško")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Norveško", "Zveze"], None)]
