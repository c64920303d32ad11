"""Precision of participants and speakers on unseen text (issue 5): shapes of wrong claims found by
running the pipeline on pages outside every annotated split. Each test builds its own sentences
with invented names: a place after a place preposition, a country modifying a group noun, "deal" as
a bargain, "the company" and offices, places as visitors, outlets in the dative, participle clauses
and calls for action, lower-case phrases taken for names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc, names_of, speaker_of


def summaries(doc):
    return [(c.relation, c.stance, sorted(names_of(doc, c.participants))) for c in extract_claims(doc)]


# -- 1. a place after a place preposition is where, not who; the subject pronoun is the party ------

EN_PARK = {"Mark Dalton": ("PER", "Mark Dalton"), "Victor Hale": ("PER", "Victor Hale"), "Hale": ("PER", "Hale"),
           "Hyde Park": ("LOC", "Hyde Park")}


def test_place_after_around_is_no_party_and_the_subject_pronoun_is_en():
    text = ("Mark Dalton was a frequent guest of Victor Hale. "
            "He was photographed having long chats with Hale while strolling around Hyde Park.")
    doc = make_doc(text, "en", EN_PARK)
    [claim] = extract_claims(doc)
    assert claim.relation == "contact"
    # "he" is not Hale (the partner of his own verb), so the last other person: Dalton
    assert names_of(doc, claim.participants) == {"Dalton", "Hale"}


def test_place_after_a_place_preposition_is_no_party_ru_cs_pl():
    names = {"Марк Далтон": ("PER", "Марк Далтон"), "Виктора Хейла": ("PER", "Виктор Хейл"),
             "Хейлом": ("PER", "Хейл"), "Москвы-реки": ("LOC", "Москва-река")}
    text = "Марк Далтон гостил у Виктора Хейла. Он подолгу беседовал с Хейлом, прогуливаясь вдоль Москвы-реки."
    doc = make_doc(text, "ru", names)
    assert summaries(doc) == [("contact", "asserts", ["Далтон", "Хейл"])]
    names = {"Marek Dalton": ("PER", "Marek Dalton"), "Viktorem Halem": ("PER", "Viktor Hale"),
             "Vltavy": ("LOC", "Vltava")}
    doc = make_doc("Marek Dalton mluvil s Viktorem Halem podél Vltavy.", "cs", names)
    assert summaries(doc) == [("contact", "asserts", ["Dalton", "Hale"])]
    # a dropped subject leaves one party: no claim, rather than the park as the other
    names = {"Marek Dalton": ("PER", "Marek Dalton"), "Wiktora Hale'a": ("PER", "Wiktor Hale"),
             "Halem": ("PER", "Hale"), "Łazienek": ("LOC", "Łazienki")}
    text = "Marek Dalton gościł u Wiktora Hale'a. Rozmawiał z Halem, spacerując wokoło Łazienek."
    assert extract_claims(make_doc(text, "pl", names)) == []


# -- 2. a country modifying a group noun is not the actor ------------------------------------------

def test_country_modifying_a_group_noun_is_not_the_requester_en():
    names = {"UK": ("LOC", "United Kingdom"), "Interpol": ("ORG", "Interpol"), "EU": ("ORG", "European Union"),
             "Arctic Council": ("ORG", "Arctic Council")}
    assert extract_claims(make_doc("The UK prosecutors are asking Interpol to question her.", "en", names)) == []
    assert extract_claims(make_doc("EU diplomats urged the Arctic Council to send observers.", "en", names)) == []
    # the country itself still acts
    doc = make_doc("The UK urged the Arctic Council to send observers.", "en", names)
    assert summaries(doc) == [("request", "asserts", ["Council", "Kingdom"])]


def test_group_noun_owned_by_a_name_is_an_unnamed_source_en_ru():
    names = {"UK": ("LOC", "United Kingdom"), "Interpol": ("ORG", "Interpol"), "Hooli": ("ORG", "Hooli"),
             "Globex": ("ORG", "Globex"), "Initech": ("ORG", "Initech")}
    # "the UK prosecutors said": someone unnamed speaks, and the UK is no party
    doc = make_doc("The UK prosecutors said Globex held talks with Initech.", "en", names)
    [claim] = extract_claims(doc)
    assert claim.speaker is None and names_of(doc, claim.participants) == {"Globex", "Initech"}
    # "Hooli's critics said": Hooli belongs to the attribution, not to the request's content
    doc = make_doc("Hooli's critics said the prosecutors are asking Interpol to question her.", "en", names)
    assert extract_claims(doc) == []
    names = {"США": ("LOC", "США"), "Globex": ("ORG", "Globex"), "Initech": ("ORG", "Initech")}
    doc = make_doc("Юристы США заявили, что Globex провела переговоры с Initech.", "ru", names)
    [claim] = extract_claims(doc)
    assert claim.speaker is None and names_of(doc, claim.participants) == {"Globex", "Initech"}


# -- 3. "deal" as a bargain is no agreement between parties ----------------------------------------

EN_SHOP = {"Streamly": ("ORG", "Streamly"), "Vidora": ("ORG", "Vidora"), "Tubeo": ("ORG", "Tubeo"),
           "Zenith Buds": ("MISC", "Zenith Buds"), "Orbit Watch": ("MISC", "Orbit Watch"),
           "Boeing": ("ORG", "Boeing"), "Qantas": ("ORG", "Qantas"), "Lufthansa": ("ORG", "Lufthansa")}


def test_a_deal_in_the_commercial_sense_is_no_negotiation_en():
    text = "A much better deal is to subscribe to the Streamly, Vidora, and Tubeo bundle."
    assert extract_claims(make_doc(text, "en", EN_SHOP)) == []
    text = "Weekend Deals: New Holiday Deals Are Online, Including Zenith Buds and Orbit Watch"
    assert extract_claims(make_doc(text, "en", EN_SHOP)) == []


def test_a_deal_with_a_partner_or_made_by_organisations_is_a_negotiation_en():
    doc = make_doc("Boeing announced a new deal with Qantas.", "en", EN_SHOP)
    assert summaries(doc) == [("negotiate", "asserts", ["Boeing", "Qantas"])]
    doc = make_doc("Lufthansa and Boeing signed the deal on Monday.", "en", EN_SHOP)
    assert summaries(doc) == [("negotiate", "asserts", ["Boeing", "Lufthansa"])]


def test_products_and_the_group_a_company_employs_are_no_parties():
    # the addressee is the pilots (unnamed), not their airline; the pipeline is a thing
    names = {"Aerounion": ("ORG", "Aerounion"), "Aerolot": ("ORG", "Aerolot")}
    text = "Aerolot отменил рейсы. Согласно призыву Aerounion к пилотам Aerolot, стачка начнется в среду."
    assert extract_claims(make_doc(text, "ru", names)) == []
    # a name after a group noun that is not their employer is the group's own name
    names = {"CAPA": ("ORG", "CAPA"), "Aerolotem": ("ORG", "Aerolot"), "Aerolot": ("ORG", "Aerolot")}
    text = "Aerolot odwołał loty. Stowarzyszenie czeskich pilotów CAPA przerwało rozmowy z Aerolotem."
    doc = make_doc(text, "pl", names)
    assert summaries(doc) == [("contact", "asserts", ["Aerolot", "CAPA"])]
    names = {"Sven Kask": ("PER", "Sven Kask"), "Amber Link": ("ORG", "Amber Link"),
             "Baltic Energy": ("ORG", "Baltic Energy")}
    text = "Sven Kask demanded that Baltic Energy halt the Amber Link pipeline."
    doc = make_doc(text, "en", names)
    assert [names_of(doc, c.participants) for c in extract_claims(doc)] == [{"Kask", "Energy"}]
    names = {"Свен Каск": ("PER", "Свен Каск"), "Amber Link": ("ORG", "Amber Link")}
    text = "Свен Каск потребовал прекратить прокладку газопровода Amber Link."
    assert extract_claims(make_doc(text, "ru", names)) == []


# -- 4. "the company" is a company, never an office ------------------------------------------------

def test_the_company_is_not_an_authority_en():
    names = {"Ohio Attorney General": ("ORG", "Ohio Attorney General"), "Globex": ("ORG", "Globex"),
             "Tom Reed": ("PER", "Tom Reed")}
    text = ("The Ohio Attorney General is investigating Globex. The Ohio Attorney General said Tom Reed had "
            "sold shares. He later asked the company to unwind the agreement.")
    assert extract_claims(make_doc(text, "en", names)) == []  # Globex is named once: unclear
    text = ("The Ohio Attorney General is investigating Globex. The Ohio Attorney General said Globex misled "
            "investors. Tom Reed later asked the company to unwind the agreement.")
    doc = make_doc(text, "en", names)
    assert summaries(doc) == [("request", "asserts", ["Globex", "Reed"])]


def test_the_company_is_not_a_ministry_pl():
    names = {"Ministerstwo Finansów": ("ORG", "Ministerstwo Finansów"), "Polkomu": ("ORG", "Polkom"),
             "Polkom": ("ORG", "Polkom"), "Jan Nowak": ("PER", "Jan Nowak"), "Jana Nowaka": ("PER", "Jan Nowak")}
    text = ("Ministerstwo Finansów bada sprawę Polkomu. Ministerstwo Finansów przesłuchało Jana Nowaka. "
            "Ministerstwo Finansów czeka. Jan Nowak poprosił spółkę o zwrot pieniędzy.")
    assert extract_claims(make_doc(text, "pl", names)) == []
    text = ("Ministerstwo Finansów bada sprawę Polkomu. Ministerstwo Finansów przesłuchało Jana Nowaka. "
            "Polkom milczy. Jan Nowak poprosił spółkę o zwrot pieniędzy.")
    doc = make_doc(text, "pl", names)
    assert summaries(doc) == [("request", "asserts", ["Nowak", "Polkom"])]


# -- 5. a place is not the visitor when a pronoun is the subject -----------------------------------

def test_place_is_not_the_visitor_of_a_pronoun_subject_en():
    names = {"Aspen": ("LOC", "Aspen"), "Maroon Bells": ("LOC", "Maroon Bells"), "Tom Reed": ("PER", "Tom Reed")}
    text = "Aspen is lovely and one place we hadn't yet visited were the Maroon Bells."
    assert extract_claims(make_doc(text, "en", names)) == []
    doc = make_doc("Tom Reed hadn't yet visited the Maroon Bells.", "en", names)
    assert summaries(doc) == [("visit", "denies", ["Bells", "Reed"])]
    # whatever type the recogniser gives the earlier name, the pronoun is the visitor
    names = {"Aspen": ("PER", "Aspen"), "Maroon Bells": ("LOC", "Maroon Bells"), "Tom Reed": ("PER", "Tom Reed")}
    text = ("Of all the times we have been to Aspen, one place we hadn't yet visited were the Maroon Bells.")
    assert extract_claims(make_doc(text, "en", names)) == []
    # a name coordinated with the pronoun is a visitor
    doc = make_doc("Tom Reed and I visited the Maroon Bells.", "en", names)
    assert summaries(doc) == [("visit", "asserts", ["Bells", "Reed"])]


# -- 6. an outlet told it is the addressee, the subject after it the speaker -----------------------

def test_outlet_in_the_dative_is_no_speaker_pl():
    names = {"Wiedniu": ("LOC", "Wiedeń"), "Aerolotem": ("ORG", "Aerolot"), "Nordpress": ("ORG", "Nordpress"),
             "Aerounion": ("ORG", "Aerounion")}
    text = ("\"Prowadzimy w Wiedniu negocjacje z Aerolotem\" - oznajmiła w piątek agencji Nordpress "
            "rzeczniczka związku zawodowego Aerounion.")
    doc = make_doc(text, "pl", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Aerounion"  # the union, owner of the spokeswoman's role
    assert names_of(doc, claim.via) == {"Nordpress"}
    assert names_of(doc, claim.participants) == {"Aerounion", "Aerolot"}
    # a longer description of the union between the role and its name
    text = ("\"Prowadzimy w Wiedniu negocjacje z Aerolotem\" - oznajmiła agencji Nordpress rzeczniczka "
            "związku zawodowego personelu pokładowego linii Aerounion.")
    doc = make_doc(text, "pl", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Aerounion" and names_of(doc, claim.via) == {"Nordpress"}


def test_outlet_in_the_dative_is_no_speaker_ru():
    names = {"Aerolot": ("ORG", "Aerolot"), "Nordpress": ("ORG", "Nordpress"), "Aerounion": ("ORG", "Aerounion")}
    text = "«Мы ведем переговоры с Aerolot», — сообщила агентству Nordpress пресс-секретарь профсоюза Aerounion."
    doc = make_doc(text, "ru", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Aerounion" and names_of(doc, claim.via) == {"Nordpress"}


def test_outlet_before_an_owned_role_is_the_addressee_ru_and_an_organisation_before_a_role_is_no_speaker_en():
    names = {"Nordpress": ("ORG", "Nordpress"), "Минтранса": ("ORG", "Минтранс"), "Иван Сидоров": ("PER", "Иван Сидоров"),
             "Globex": ("ORG", "Globex"), "Initech": ("ORG", "Initech")}
    text = "Globex провела переговоры с Initech, заявил Nordpress пресс-секретарь Минтранса Иван Сидоров."
    doc = make_doc(text, "ru", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Сидоров" and names_of(doc, claim.via) == {"Nordpress"}
    assert names_of(doc, claim.participants) == {"Globex", "Initech"}
    names = {"Hooli": ("ORG", "Hooli"), "Gavin Belson": ("PER", "Gavin Belson"),
             "Globex": ("ORG", "Globex"), "Initech": ("ORG", "Initech")}
    doc = make_doc("Globex held talks with Initech, said Hooli CEO Gavin Belson.", "en", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Belson" and claim.via == []
    assert names_of(doc, claim.participants) == {"Globex", "Initech"}


# -- 7. a name in a participle clause is not the agent; a call for an action has no addressee ------

def test_participle_clause_and_call_for_action_invent_no_party_ru():
    names = {"Еврокомиссии": ("ORG", "Европейская комиссия"), "Еврокомиссию": ("ORG", "Европейская комиссия"),
             "Lufthansa": ("ORG", "Lufthansa")}
    text = ("Lufthansa обратилась к Еврокомиссии с жалобой. Ранее сообщалось, что профсоюзы, объединяющие "
            "пилотов Lufthansa, призвали к стачке.")
    doc = make_doc(text, "ru", names)
    assert summaries(doc) == [("request", "asserts", ["Lufthansa", "комиссия"])]  # only the first sentence
    text = "Профсоюзы, представляющие пилотов Lufthansa, призвали Еврокомиссию вмешаться."
    assert extract_claims(make_doc(text, "ru", names)) == []


def test_participle_clause_and_call_for_action_invent_no_party_pl_en():
    names = {"Komisji Europejskiej": ("ORG", "Komisja Europejska"), "Lufthansy": ("ORG", "Lufthansa"),
             "Lufthansa": ("ORG", "Lufthansa")}
    text = ("Lufthansa zwróciła się do Komisji Europejskiej. Związkowcy, reprezentujący pilotów Lufthansy, "
            "wezwali do strajku.")
    doc = make_doc(text, "pl", names)
    assert [s[0] for s in summaries(doc)] == ["request"]
    names = {"European Commission": ("ORG", "European Commission"), "Lufthansa": ("ORG", "Lufthansa")}
    text = ("Lufthansa appealed to the European Commission. The unions, which represent Lufthansa pilots, "
            "urged the European Commission to act.")
    doc = make_doc(text, "en", names)
    assert [s[0] for s in summaries(doc)] == ["request"]


# -- 8. participants are names, never lower-case common-noun phrases -------------------------------

def test_lower_case_phrase_is_no_participant_cs_pl():
    names = {"Jan Dvořák": ("PER", "Jan Dvořák"),
             "rakouské pravoslavné církve": ("ORG", "rakouská pravoslavná církev")}
    text = "Ministr Jan Dvořák se sešel se zástupci rakouské pravoslavné církve."
    assert extract_claims(make_doc(text, "cs", names)) == []
    names = {"Jan Nowak": ("PER", "Jan Nowak"), "kościoła katolickiego": ("ORG", "kościół katolicki")}
    text = "Jan Nowak spotkał się z przedstawicielami kościoła katolickiego."
    assert extract_claims(make_doc(text, "pl", names)) == []
    # a capitalised name still counts, and a one-word lower-case name ("ver.di") too
    names = {"Jan Nowak": ("PER", "Jan Nowak"), "ver.di": ("ORG", "ver.di")}
    doc = make_doc("Jan Nowak spotkał się z przedstawicielami ver.di.", "pl", names)
    assert summaries(doc) == [("meet", "asserts", ["Nowak", "ver.di"])]


# -- further shapes of the same pages: names that name, pleas, things and contents -----------------

EN_MISC = {"Astrolab": ("ORG", "Astrolab"), "Nova Probe": ("ORG", "Nova Probe"),
           "Globex Bank": ("ORG", "Globex Bank"), "High Tribunal": ("ORG", "High Tribunal"),
           "Denver": ("LOC", "Denver"), "Mara Quinn": ("PER", "Mara Quinn"), "Quinn": ("PER", "Quinn"),
           "Reed": ("PER", "Reed"), "Lena Ortiz": ("PER", "Lena Ortiz"), "Ortiz": ("PER", "Ortiz"),
           "Moldova": ("LOC", "Moldova"), "Karl Brandt": ("PER", "Karl Brandt"), "Brandt": ("PER", "Brandt"),
           "Igor Sokol": ("PER", "Igor Sokol")}


def test_called_as_naming_is_no_call_en():
    doc = make_doc("Astrolab is building a lander called Nova Probe, which will fly in 2030.", "en", EN_MISC)
    assert extract_claims(doc) == []
    doc = make_doc("Astrolab called Nova Probe on Monday.", "en", EN_MISC)  # a call
    assert summaries(doc) == [("contact", "asserts", ["Astrolab", "Probe"])]


def test_a_plea_in_court_and_a_place_modifying_a_person_make_no_request_en():
    text = "A Denver man pleaded guilty to charges that he had threatened Mara Quinn, prosecutors said."
    assert extract_claims(make_doc(text, "en", EN_MISC)) == []


def test_a_name_modifying_a_decision_is_no_party_en():
    text = "Globex Bank discussed the High Tribunal ruling at length."
    assert extract_claims(make_doc(text, "en", EN_MISC)) == []
    doc = make_doc("Globex Bank discussed the ruling with the High Tribunal.", "en", EN_MISC)
    assert summaries(doc) == [("contact", "asserts", ["Bank", "Tribunal"])]


def test_asking_for_something_has_no_addressee_en_pl():
    text = "Quinn asked for leniency during Reed's sentencing in a letter."
    assert extract_claims(make_doc(text, "en", EN_MISC)) == []
    names = {"Jan Nowak": ("PER", "Jan Nowak"), "Kowalskiego": ("PER", "Kowalski")}
    text = "Jan Nowak poprosił o łagodny wyrok dla Kowalskiego."
    assert extract_claims(make_doc(text, "pl", names)) == []
    # the addressee after what is asked for still counts: "молба за помощ към Канада"
    names = {"Иван Петров": ("PER", "Иван Петров"), "Канада": ("LOC", "Канада")}
    doc = make_doc("Иван Петров се обърна с молба за помощ към Канада.", "bg", names)
    assert summaries(doc) == [("request", "asserts", ["Канада", "Петров"])]


def test_the_content_of_a_request_is_no_party_en():
    text = "Ortiz said she knew of no attempt to urge Moldova to investigate Karl Brandt."
    assert extract_claims(make_doc(text, "en", EN_MISC)) == []
    doc = make_doc("Lena Ortiz urged Moldova to investigate Karl Brandt.", "en", EN_MISC)
    assert summaries(doc) == [("request", "asserts", ["Moldova", "Ortiz"])]


def test_owner_of_a_described_role_is_no_party_en():
    text = "Lena Ortiz tried to work with Brandt's personal lawyer, Igor Sokol."
    doc = make_doc(text, "en", EN_MISC)
    assert summaries(doc) == [("cooperate", "asserts", ["Ortiz", "Sokol"])]


def test_places_after_a_visit_word_have_no_visitor_pl_ru():
    names = {"Belgii": ("LOC", "Belgia"), "Portugalii": ("LOC", "Portugalia"), "Hiszpanii": ("LOC", "Hiszpania")}
    text = "Strajk uderzy w podróżujących z i do Belgii, Portugalii i Hiszpanii."
    assert extract_claims(make_doc(text, "pl", names)) == []
    names = {"Италию": ("LOC", "Италия"), "Бельгию": ("LOC", "Бельгия"), "Путин": ("PER", "Путин")}
    text = "Пассажирам, запланировавшим поездки в Италию и Бельгию, стоит волноваться."
    assert extract_claims(make_doc(text, "ru", names)) == []
    doc = make_doc("Путин посетил Италию и Бельгию.", "ru", names)  # a named visitor still visits
    assert summaries(doc) == [("visit", "asserts", ["Бельгия", "Италия", "Путин"])]


def test_the_company_owning_a_role_is_no_party_cs_en():
    # "the chief of the company met X": the company owns the role, it did not meet X
    names = {"Aerolot": ("ORG", "Aerolot"), "Janou Novou": ("PER", "Jana Nová")}
    text = "Aerolot ruší lety. Aerolot tvrdí opak. Šéf společnosti se setkal s ministryní Janou Novou."
    assert extract_claims(make_doc(text, "cs", names)) == []
    text = "Aerolot ruší lety. Aerolot tvrdí opak. Společnost se setkala s ministryní Janou Novou."
    doc = make_doc(text, "cs", names)
    assert summaries(doc) == [("meet", "asserts", ["Aerolot", "Nová"])]


def test_a_complement_clause_after_the_relation_word_holds_no_party_bg_en():
    names = {"Келер": ("PER", "Анна Келер"), "Дрейк": ("PER", "Сам Дрейк"), "Австрия": ("LOC", "Австрия"),
             "Keller": ("PER", "Anna Keller"), "Drake": ("PER", "Sam Drake"), "Austria": ("LOC", "Austria")}
    text = "При срещата си с Келер през май Дрейк казал на канцлерката, че Австрия трябва да промени позицията си."
    doc = make_doc(text, "bg", names)
    assert summaries(doc) == [("meet", "asserts", ["Дрейк", "Келер"])]
    text = "At the meeting with Keller in May, Drake told her, that Austria must change its position."
    doc = make_doc(text, "en", names)
    assert [names_of(doc, c.participants) for c in extract_claims(doc)] == [{"Keller", "Drake"}]


def test_a_call_with_an_infinitive_has_no_addressee_ru_pl_uk():
    names = {"Сальваторе": ("PER", "Сальваторе"), "Пабло Ортис": ("PER", "Пабло Ортис"),
             "Ортиса": ("PER", "Пабло Ортис"), "Европу": ("LOC", "Европа")}
    text = "Пабло Ортис вышел из тюрьмы. Лидер партии Сальваторе призвал отправить в отставку правительство Ортиса."
    assert extract_claims(make_doc(text, "ru", names)) == []
    doc = make_doc("Сальваторе призвал Европу отправить гуманитарную помощь.", "ru", names)  # the one asked is named
    assert summaries(doc) == [("request", "asserts", ["Европа", "Сальваторе"])]
    names = {"Jan Nowak": ("PER", "Jan Nowak"), "Kowalskiego": ("PER", "Kowalski")}
    assert extract_claims(make_doc("Jan Nowak zaapelował uwolnić Kowalskiego.", "pl", names)) == []
    names = {"Іван Петренко": ("PER", "Іван Петренко"), "Шевченка": ("PER", "Шевченко")}
    assert extract_claims(make_doc("Іван Петренко закликав звільнити Шевченка.", "uk", names)) == []


def test_names_a_topic_noun_takes_as_partners_are_no_parties_ru_bg_en():
    names = {"Дрейк": ("PER", "Дрейк"), "Веной": ("LOC", "Вена"), "Прагой": ("LOC", "Прага")}
    text = "На встрече Дрейк обсудит развитие отношений между Веной и Прагой."
    assert extract_claims(make_doc(text, "ru", names)) == []
    names = {"Келер": ("PER", "Келер"), "Словения": ("LOC", "Словения"), "Дрейк": ("PER", "Дрейк")}
    text = "На срещата Келер обсъди границата със Словения."
    assert extract_claims(make_doc(text, "bg", names)) == []
    doc = make_doc("Келер обсъди с Дрейк границата със Словения.", "bg", names)  # its own partner
    assert summaries(doc) == [("contact", "asserts", ["Дрейк", "Келер"])]
    names = {"Drake": ("PER", "Drake"), "Vienna": ("LOC", "Vienna"), "Prague": ("LOC", "Prague")}
    text = "At the meeting, Drake will discuss relations between Vienna and Prague."
    assert extract_claims(make_doc(text, "en", names)) == []
    # the relation word's own topic, with nobody else named, still names its parties
    doc = make_doc("Negotiations on relations between Vienna and Prague resumed.", "en", names)
    assert summaries(doc) == [("negotiate", "asserts", ["Prague", "Vienna"])]


def test_a_plural_role_names_no_person_pl_en():
    # "the state premiers will meet the chancellor": not the document's most named person
    names = {"Tomasz Lis": ("PER", "Tomasz Lis"), "Lis": ("PER", "Lis"), "Anną Keller": ("PER", "Anna Keller")}
    text = ("Tomasz Lis pisze o szczepieniach. Lis dodaje, że premierzy landów mają we wtorek spotkać się "
            "z kanclerz Anną Keller.")
    assert extract_claims(make_doc(text, "pl", names)) == []
    names = {"Tom Reed": ("PER", "Tom Reed"), "Reed": ("PER", "Reed"), "Anna Keller": ("PER", "Anna Keller")}
    text = "Tom Reed writes about vaccines. Reed adds that the state ministers will meet Anna Keller on Tuesday."
    assert extract_claims(make_doc(text, "en", names)) == []
