"""Round 14 (issue 5): an organisation after a preposition and a noun of premises ("в представництві
ЄС") is where, not a party; a coordination cut by the window after a word of taking part keeps its
last member; "we" of a person whose role phrase names their organisation is that organisation;
person pronouns agree in gender with the persons the text marks; a role the document does not
resolve names nobody when the protagonist is already a party; a second past-tense predicate joined
by "and" takes its own objects; "their partnership" in a sentence naming no person is that of the
two states or organisations it names. Invented names and short constructed sentences, several
languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, orgs, people, places


# -- an organisation after a noun of premises is the venue --------------------------------------------

def test_organisation_after_a_premises_noun_is_the_venue_uk():
    text = "У переговорах у представництві ЄС в Берліні візьме участь міністр Іван Петренко."
    doc = make_doc(text, "uk", {**people("Іван Петренко"), **orgs("ЄС"), **places("Берліні")})
    assert claims_of(doc) == []


def test_organisation_after_a_premises_noun_is_the_venue_pl():
    text = "W rozmowach w siedzibie Komisji Europejskiej w Berlinie weźmie udział minister Jan Nowak."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **orgs("Komisji Europejskiej"), **places("Berlinie")})
    assert claims_of(doc) == []


def test_organisation_after_a_premises_noun_is_the_venue_cs():
    text = "Jednání na velvyslanectví Evropské unie v Berlíně se zúčastní ministr Jan Novák."
    doc = make_doc(text, "cs", {**people("Jan Novák"), **orgs("Evropské unie"), **places("Berlíně")})
    assert claims_of(doc) == []


def test_organisation_after_a_premises_noun_is_the_venue_de():
    text = "An den Gesprächen in der Vertretung der Europäischen Union in Berlin nimmt Minister Hans Müller teil."
    doc = make_doc(text, "de", {**people("Hans Müller"), **orgs("Europäischen Union"), **places("Berlin")})
    assert claims_of(doc) == []


def test_organisation_after_partner_preposition_is_still_a_party_uk():
    text = "Міністр Іван Петренко провів переговори з ЄС у Берліні."
    doc = make_doc(text, "uk", {**people("Іван Петренко"), **orgs("ЄС"), **places("Берліні")})
    assert claims_of(doc) == [("negotiate", "asserts", ["ЄС", "Петренко"], None)]


# -- a coordination after a word of taking part runs past the window -------------------------------

def test_long_role_phrase_keeps_the_second_member_of_the_group_uk():
    text = ("У консультаціях 17 липня в представництві ЄС в Берліні також візьмуть участь міністр "
            "енергетики РФ Олександр Новак та представники Газпрому.")
    doc = make_doc(text, "uk", {**people("Олександр Новак"), **orgs("Газпрому", "ЄС"), **places("Берліні", "РФ")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Газпрому", "Новак"], None)]


def test_long_role_phrase_keeps_the_second_member_of_the_group_ru():
    text = ("В консультациях 17 июля в представительстве ЕС в Берлине также примут участие министр "
            "энергетики РФ Александр Новак и представители Газпрома.")
    doc = make_doc(text, "ru", {**people("Александр Новак"), **orgs("Газпрома", "ЕС"), **places("Берлине", "РФ")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Газпрома", "Новак"], None)]


# -- "we" of a person speaking for the organisation of their role phrase ---------------------------

def test_we_of_a_manager_is_the_company_of_his_role_phrase_en():
    text = "“We are delighted with this collaboration with Beta Systems”, says John Smith, head of sales at Alpha Corp."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Beta Systems", "Alpha Corp")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Corp", "Systems"], "Smith")]


def test_i_of_a_manager_stays_the_person_en():
    text = "“I am delighted with this collaboration with Beta Systems”, says John Smith, head of sales at Alpha Corp."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Beta Systems", "Alpha Corp")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Smith", "Systems"], "Smith")]


def test_we_without_an_organisation_in_the_role_phrase_is_the_speaker_en():
    text = "“We are delighted with this collaboration with Beta Systems”, says John Smith."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Beta Systems", "Alpha Corp")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Smith", "Systems"], "Smith")]


def test_we_of_a_chief_executive_named_before_his_title_en():
    text = "Alpha Corp chief executive John Smith said: “We will cooperate with Beta Systems.”"
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Beta Systems", "Alpha Corp")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Corp", "Systems"], "Smith")]


def test_we_of_a_director_is_the_company_ru():
    text = "«Мы рады сотрудничеству с компанией Бета», — заявил Иван Петров, директор по продажам Альфа Групп."
    doc = make_doc(text, "ru", {**people("Иван Петров"), **orgs("Бета", "Альфа Групп")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Бета", "Групп"], "Петров")]


def test_we_of_a_spokesman_is_the_company_de():
    text = "„Wir freuen uns auf die Zusammenarbeit mit Beta“, sagte Hans Müller, Sprecher von Alpha."
    doc = make_doc(text, "de", {**people("Hans Müller"), **orgs("Beta", "Alpha")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Alpha", "Beta"], "Müller")]


def test_our_of_a_spokesman_is_the_company_pl():
    text = "„Nasza współpraca z firmą Beta się rozwija” – powiedział Jan Nowak, rzecznik spółki Alfa."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **orgs("Beta", "Alfa")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Alfa", "Beta"], "Nowak")]


def test_we_of_a_spokesman_is_the_company_fr():
    text = "„Nous coopérons avec Beta“, a déclaré Jean Dupont, porte-parole d’Alpha."
    doc = make_doc(text, "fr", {**people("Jean Dupont"), **orgs("Beta", "Alpha")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Alpha", "Beta"], "Dupont")]


def test_a_first_person_plural_verb_of_a_spokesman_is_the_company_pl():
    text = "„Rozmawiamy z firmą Beta” – powiedział Jan Nowak, rzecznik spółki Alfa."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **orgs("Beta", "Alfa")})
    assert claims_of(doc) == [("contact", "asserts", ["Alfa", "Beta"], "Nowak")]


def test_a_first_person_plural_verb_of_a_director_is_the_company_ru():
    text = "«Сотрудничаем с компанией Бета», — заявил Иван Петров, директор по продажам Альфа Групп."
    doc = make_doc(text, "ru", {**people("Иван Петров"), **orgs("Бета", "Альфа Групп")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Бета", "Групп"], "Петров")]


# -- gender agreement of person pronouns ------------------------------------------------------------

def test_she_is_not_the_man_the_verbs_mark_ru():
    text = "Анна Смирнова прилетела в Берлин. Иван Петров заявил журналистам, что она встретилась с Олегом Сидоровым."
    doc = make_doc(text, "ru", {**people("Анна Смирнова", "Иван Петров", "Олегом Сидоровым"), **places("Берлин")})
    assert claims_of(doc) == [("visit", "asserts", ["Берлин", "Смирнова"], None),
                              ("meet", "asserts", ["Сидоровым", "Смирнова"], "Петров")]


def test_she_is_not_the_man_the_verbs_mark_pl():
    text = ("Anna Nowak przyjechała do Berlina. Jan Kowalski powiedział dziennikarzom, że ona spotkała się "
            "z Piotrem Zielińskim.")
    doc = make_doc(text, "pl", {**people("Anna Nowak", "Jan Kowalski", "Piotrem Zielińskim"), **places("Berlina")})
    assert claims_of(doc) == [("visit", "asserts", ["Berlina", "Nowak"], None),
                              ("meet", "asserts", ["Nowak", "Zielińskim"], "Kowalski")]


def test_she_is_not_the_man_the_verbs_mark_cs():
    text = "Anna Nováková přijela do Berlína. Jan Novák řekl novinářům, že ona se setkala s Petrem Svobodou."
    doc = make_doc(text, "cs", {**people("Anna Nováková", "Jan Novák", "Petrem Svobodou"), **places("Berlína")})
    assert claims_of(doc) == [("visit", "asserts", ["Berlína", "Nováková"], None),
                              ("meet", "asserts", ["Nováková", "Svobodou"], "Novák")]


def test_she_is_not_the_man_the_verbs_mark_uk():
    text = ("Ганна Коваленко прилетіла до Берліна. Іван Петренко заявив журналістам, що вона зустрілася "
            "з Олегом Сидоренком.")
    doc = make_doc(text, "uk", {**people("Ганна Коваленко", "Іван Петренко", "Олегом Сидоренком"), **places("Берліна")})
    assert claims_of(doc) == [("visit", "asserts", ["Берліна", "Коваленко"], None),
                              ("meet", "asserts", ["Коваленко", "Сидоренком"], "Петренко")]


def test_she_is_not_the_man_an_auxiliary_verb_marks_bg():
    text = ("Анна Иванова пристигна в Берлин. Иван Петров е заявил пред журналисти, че тя се е срещнала "
            "с Олег Сидоров.")
    doc = make_doc(text, "bg", {**people("Анна Иванова", "Иван Петров", "Олег Сидоров"), **places("Берлин")})
    assert claims_of(doc) == [("visit", "asserts", ["Берлин", "Иванова"], None),
                              ("meet", "asserts", ["Иванова", "Сидоров"], "Петров")]


def test_she_is_not_the_man_a_title_marks_en():
    text = "Mrs Ann Smith arrived in Berlin. Mr John Brown told reporters that she had met Peter Green."
    doc = make_doc(text, "en", {**people("Ann Smith", "John Brown", "Peter Green"), **places("Berlin")})
    assert claims_of(doc) == [("meet", "asserts", ["Green", "Smith"], "Brown")]


def test_she_may_be_a_speaker_the_text_does_not_mark_en():
    # English marks no gender on verbs: without a title the speaker stays what "she" names
    text = "Ann Smith arrived in Berlin. John Brown told reporters that she had met Peter Green."
    doc = make_doc(text, "en", {**people("Ann Smith", "John Brown", "Peter Green"), **places("Berlin")})
    assert claims_of(doc) == [("meet", "asserts", ["Brown", "Green"], "Brown")]


def test_she_is_not_the_man_a_title_marks_fr():
    text = "Madame Marie Dupont est arrivée à Berlin. Monsieur Jean Martin a déclaré qu’elle avait rencontré Pierre Durand."
    doc = make_doc(text, "fr", {**people("Marie Dupont", "Jean Martin", "Pierre Durand"), **places("Berlin")})
    assert claims_of(doc) == [("meet", "asserts", ["Dupont", "Durand"], "Martin")]


# -- a role that names nobody new ------------------------------------------------------------------

def test_role_does_not_fall_back_on_the_next_most_salient_person_bg():
    text = ("Тръмп е поискал Германия да спре газопровода, съобщава Бизнес Нюз. Според изданието при срещата "
            "си с Меркел през април Тръмп казал на канцлерката, че Германия трябва да спре. Тръмп ще се срещне "
            "с Путин. Путин мълчи.")
    doc = make_doc(text, "bg", {**people("Тръмп", "Меркел", "Путин"), **places("Германия"), **orgs("Бизнес Нюз")})
    meetings = [c for c in claims_of(doc) if c[0] == "meet"]
    assert meetings == [("meet", "asserts", ["Меркел", "Тръмп"], "Нюз"), ("meet", "asserts", ["Путин", "Тръмп"], None)]


def test_role_does_not_fall_back_on_the_next_most_salient_person_en():
    text = ("Trump asked Germany to stop the pipeline, Business News reports. According to the paper, at a "
            "meeting with Merkel in April Trump told the chancellor that Germany must stop. Trump will meet "
            "Putin. Putin is silent.")
    doc = make_doc(text, "en", {**people("Trump", "Merkel", "Putin"), **places("Germany"), **orgs("Business News")})
    first_meeting = [c for c in claims_of(doc) if c[0] == "meet"][0]
    assert "Putin" not in first_meeting[2] and {"Merkel", "Trump"} <= set(first_meeting[2])


# -- a second predicate joined by "and" --------------------------------------------------------------

def test_objects_of_a_second_past_tense_verb_are_no_parties_ru():
    text = "На закрытой встрече Иван Петров раскритиковал Олега Сидорова и похвалил министра Павла Смирнова."
    doc = make_doc(text, "ru", {**people("Иван Петров", "Олега Сидорова", "Павла Смирнова")})
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Сидорова"], None)]


def test_objects_of_a_second_past_tense_verb_are_no_parties_pl():
    text = "Na zamkniętym spotkaniu Jan Nowak skrytykował Piotra Zielińskiego i pochwalił ministra Adama Wiśniewskiego."
    doc = make_doc(text, "pl", {**people("Jan Nowak", "Piotra Zielińskiego", "Adama Wiśniewskiego")})
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Zielińskiego"], None)]


def test_objects_of_a_second_past_tense_verb_are_no_parties_cs():
    text = "Na uzavřeném setkání Jan Novák kritizoval Petra Svobodu a pochválil ministra Karla Dvořáka."
    doc = make_doc(text, "cs", {**people("Jan Novák", "Petra Svobodu", "Karla Dvořáka")})
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Svobodu"], None)]


def test_a_coordinated_role_noun_is_no_second_verb_ru():
    # "послом" ends like a verb's past tense would not, and a role noun is never a predicate
    text = "Иван Петров встретился с Олегом Сидоровым и послом Павлом Смирновым."
    doc = make_doc(text, "ru", {**people("Иван Петров", "Олегом Сидоровым", "Павлом Смирновым")})
    assert claims_of(doc) == [("meet", "asserts", ["Петров", "Сидоровым", "Смирновым"], None)]


# -- "their partnership" of the two states a sentence names ----------------------------------------

def test_their_partnership_is_of_the_two_states_named_bg():
    text = ("Полша ще запази добрите отношения с Литва, тъй като те отговарят на интересите на двете държави "
            "и на стратегическото им партньорство в НАТО.")
    doc = make_doc(text, "bg", {**places("Полша", "Литва"), **orgs("НАТО")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Литва", "Полша"], None)]


def test_their_cooperation_is_of_the_two_states_named_ru():
    text = ("Польша сохранит хорошие отношения с Литвой, так как они отвечают интересам двух стран и их "
            "сотрудничеству в НАТО.")
    doc = make_doc(text, "ru", {**places("Польша", "Литвой"), **orgs("НАТО")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Литвой", "Польша"], None)]


def test_their_cooperation_is_of_the_two_states_named_pl():
    text = ("Polska zachowa dobre stosunki z Litwą, ponieważ służą one interesom obu państw i ich współpracy "
            "w NATO.")
    doc = make_doc(text, "pl", {**places("Polska", "Litwą"), **orgs("NATO")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Litwą", "Polska"], None)]


def test_their_cooperation_is_of_the_two_states_named_en():
    text = "Poland will keep good relations with Lithuania, as they serve both states and their cooperation in NATO."
    doc = make_doc(text, "en", {**places("Poland", "Lithuania"), **orgs("NATO")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Lithuania", "Poland"], None)]


def test_their_cooperation_with_three_states_named_stays_unresolved_pl():
    text = "Polska, Litwa i Łotwa zachowają dobre stosunki, a ich współpraca w NATO będzie trwać."
    doc = make_doc(text, "pl", {**places("Polska", "Litwa", "Łotwa"), **orgs("NATO")})
    assert claims_of(doc) == []


# -- an organisation naming a vehicle is no traveller -----------------------------------------------

def test_organisation_after_a_vehicle_noun_is_no_visitor_pl():
    text = "Jan Nowak przemawiał w Sejmie. Następnie wsiadł do pociągu Eurostar i pojechał do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **orgs("Eurostar"), **places("Sejmie", "Londynu")})
    assert claims_of(doc) == [("visit", "asserts", ["Londynu", "Nowak"], None)]


def test_organisation_after_a_vehicle_noun_is_no_visitor_cs():
    text = "Jan Novák vystoupil v Brně. Potom nastoupil do vlaku RegioJet a odjel do Prahy."
    doc = make_doc(text, "cs", {**people("Jan Novák"), **orgs("RegioJet"), **places("Brně", "Prahy")})
    assert claims_of(doc) == [("visit", "asserts", ["Novák", "Prahy"], None)]


def test_organisation_before_a_vehicle_noun_is_no_visitor_en():
    text = "John Smith took a Eurostar train and travelled to London."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Eurostar"), **places("London")})
    assert claims_of(doc) == [("visit", "asserts", ["London", "Smith"], None)]


# -- signing an agreement or a memorandum ---------------------------------------------------------------

def test_two_signatories_of_an_agreement_negotiate_ru():
    text = "Иван Петров и Олег Сидоров подписали торговое соглашение."
    doc = make_doc(text, "ru", {**people("Иван Петров", "Олег Сидоров")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Петров", "Сидоров"], None)]


def test_two_signatories_of_a_memorandum_negotiate_bg():
    text = "Иван Петров и Георги Иванов подписаха меморандум."
    doc = make_doc(text, "bg", {**people("Иван Петров", "Георги Иванов")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Иванов", "Петров"], None)]


def test_two_signatories_of_an_agreement_negotiate_pl():
    text = "Jan Nowak i Piotr Zieliński podpisali porozumienie."
    doc = make_doc(text, "pl", {**people("Jan Nowak", "Piotr Zieliński")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Nowak", "Zieliński"], None)]


def test_two_signatories_of_an_agreement_negotiate_sl():
    text = "Janez Novak in Peter Kranjc sta podpisala sporazum."
    doc = make_doc(text, "sl", {**people("Janez Novak", "Peter Kranjc")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Kranjc", "Novak"], None)]


def test_a_memorandum_with_a_partner_uk():
    text = "Іван Петренко підписав меморандум з Олегом Сидоренком."
    doc = make_doc(text, "uk", {**people("Іван Петренко", "Олегом Сидоренком")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Петренко", "Сидоренком"], None)]


def test_one_signatory_makes_no_claim_ru():
    text = "Президент Иван Петров подписал соглашение."
    doc = make_doc(text, "ru", {**people("Иван Петров")})
    assert claims_of(doc) == []


# -- a joint press conference ---------------------------------------------------------------------------

def test_joint_press_conference_is_a_meeting_en():
    text = "John Smith and Peter Brown held a joint press conference in Geneva."
    doc = make_doc(text, "en", {**people("John Smith", "Peter Brown"), **places("Geneva")})
    assert claims_of(doc) == [("meet", "asserts", ["Brown", "Smith"], None)]


def test_joint_press_conference_is_a_meeting_pl():
    text = "Jan Nowak i Piotr Zieliński zorganizowali wspólną konferencję prasową."
    doc = make_doc(text, "pl", {**people("Jan Nowak", "Piotr Zieliński")})
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Zieliński"], None)]


def test_joint_press_conference_is_a_meeting_bg():
    text = "Иван Петров и Георги Иванов дадоха съвместна пресконференция."
    doc = make_doc(text, "bg", {**people("Иван Петров", "Георги Иванов")})
    assert claims_of(doc) == [("meet", "asserts", ["Иванов", "Петров"], None)]


def test_a_press_conference_of_one_person_is_no_meeting_en():
    text = "John Smith held a press conference in Geneva."
    doc = make_doc(text, "en", {**people("John Smith"), **places("Geneva")})
    assert claims_of(doc) == []


# -- a rescheduled event takes its new time --------------------------------------------------------------

def _times(text: str, language: str, names: dict, published: str) -> list[tuple]:
    from storyline.claims import extract_claims

    return [(c.relation, c.when) for c in extract_claims(make_doc(text, language, names, published))]


def test_postponed_meeting_takes_the_new_month_en():
    text = "The meeting between John Smith and Peter Brown planned for December was postponed to January."
    assert _times(text, "en", people("John Smith", "Peter Brown"), "2018-11-20") == [("meet", "2019-01")]


def test_postponed_meeting_takes_the_new_month_pl():
    text = "Spotkanie Jana Nowaka z Piotrem Zielińskim zaplanowane na grudzień zostało przełożone na styczeń."
    assert _times(text, "pl", people("Jana Nowaka", "Piotrem Zielińskim"), "2018-11-20") == [("meet", "2019-01")]


def test_postponed_meeting_takes_the_new_month_cs():
    text = "Schůzka Jana Nováka s Petrem Svobodou plánovaná na prosinec byla odložena na leden."
    assert _times(text, "cs", people("Jana Nováka", "Petrem Svobodou"), "2018-11-20") == [("meet", "2019-01")]


def test_postponed_meeting_takes_the_new_month_ru():
    text = "Запланированная на декабрь встреча Ивана Петрова с Олегом Сидоровым перенесена на январь."
    assert _times(text, "ru", people("Ивана Петрова", "Олегом Сидоровым"), "2018-11-20") == [("meet", "2019-01")]


def test_until_still_bounds_a_period_en():
    text = "John Smith met Peter Brown in December and they will keep talking until January."
    assert _times(text, "en", people("John Smith", "Peter Brown"), "2018-12-20") == [("meet", "2018-12")]


# -- a consortium or joint venture of named members ---------------------------------------------------------

def test_members_forming_a_consortium_cooperate_bg():
    text = "Газпром, OMV и Shell създадоха консорциум."
    doc = make_doc(text, "bg", orgs("Газпром", "OMV", "Shell"))
    assert claims_of(doc) == [("cooperate", "asserts", ["OMV", "Shell", "Газпром"], None)]


def test_members_forming_a_consortium_cooperate_pl():
    text = "Gazprom, OMV i Shell utworzyły konsorcjum."
    doc = make_doc(text, "pl", orgs("Gazprom", "OMV", "Shell"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Gazprom", "OMV", "Shell"], None)]


def test_a_joint_venture_with_a_partner_en():
    text = "Alpha Corp formed a joint venture with Beta Systems."
    doc = make_doc(text, "en", orgs("Alpha Corp", "Beta Systems"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Corp", "Systems"], None)]


def test_the_name_of_a_consortium_is_no_member_cs():
    text = "Gerhard Schröder je předsedou výboru akcionářů konsorcia Nord Stream AG."
    doc = make_doc(text, "cs", {**people("Gerhard Schröder"), **orgs("Nord Stream AG")})
    assert claims_of(doc) == []


# -- a list of subjects longer than the window before the verb ---------------------------------------------

def test_a_long_list_of_signatories_keeps_its_first_member_ru():
    text = "В 2015 году Газпром, E.ON, Wintershall, Shell, OMV и Engie подписали соглашение о реализации проекта."
    doc = make_doc(text, "ru", orgs("Газпром", "E.ON", "Wintershall", "Shell", "OMV", "Engie"))
    assert claims_of(doc) == [("negotiate", "asserts", ["E.ON", "Engie", "OMV", "Shell", "Wintershall", "Газпром"], None)]


def test_a_long_list_of_signatories_keeps_its_first_member_en():
    text = "In 2015 Gazprom, E.ON, Wintershall, Shell, OMV and Engie signed an agreement."
    doc = make_doc(text, "en", orgs("Gazprom", "E.ON", "Wintershall", "Shell", "OMV", "Engie"))
    assert claims_of(doc) == [("negotiate", "asserts", ["E.ON", "Engie", "Gazprom", "OMV", "Shell", "Wintershall"], None)]


def test_a_long_list_of_signatories_keeps_its_first_member_pl():
    text = "W 2015 roku Gazprom, E.ON, Wintershall, Shell, OMV i Engie podpisały porozumienie."
    doc = make_doc(text, "pl", orgs("Gazprom", "E.ON", "Wintershall", "Shell", "OMV", "Engie"))
    assert claims_of(doc) == [("negotiate", "asserts", ["E.ON", "Engie", "Gazprom", "OMV", "Shell", "Wintershall"], None)]
