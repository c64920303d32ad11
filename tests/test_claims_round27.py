"""Round 27 (issue 5): plain constructions that failed on constructed probes. (1) "X met / called Y and Z":
the subject of a singular relation verb is a party beside its coordinated object. (2) Receiving a visitor
("received Y", "was received by Y", "принял Y", "byla přijata Y") is a meeting when a person is the object
or the passive agent. (3) A verb with a dropped subject after "there" or opening its sentence ("Там
встретился с Y", "Spotkał się tam z Y") is about the person the text is about. (4) Locative forms of
relative weeks and months ("на прошлой неделе", "w zeszłym tygodniu", "v minulém týdnu"). (5) A speaker
introduced by a role phrase with a complement ("заявил пресс-секретарь правительства N", "said government
spokesman N") is the speaker, no party. (6) "did not discuss sanctions" denies a topic, not contact. (7) "X
met Y, but did not meet Z" is a second claim, a denial. (8) "…, заявил его пресс-секретарь": an unnamed
source, not the owner. (9) "A spokesman for X denied that he had spoken with Y": X is "he". Invented
names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names

from storyline.claims import extract_claims


def _when_texts(doc) -> list[str | None]:
    return [c.when_text for c in extract_claims(doc)]


# -- 1. a coordinated object of a relation verb -------------------------------------------------------

def test_called_two_people_keeps_the_caller_en():
    doc = make_doc("Anton Berg called Lidia Orlova and Peter Hale on Friday.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Peter_Hale="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Berg", "Hale", "Orlova"], None)]


def test_met_two_people_in_reported_clause_en():
    doc = make_doc("Mark Dalton said on Monday that Anton Berg had met Lidia Orlova and Peter Hale.", "en",
                   names(Mark_Dalton="PER", Anton_Berg="PER", Lidia_Orlova="PER", Peter_Hale="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Hale", "Orlova"], "Dalton")]


def test_dative_coordinated_object_ru_uk():
    doc = make_doc("Антон Берг позвонил Лидии Орловой и Петру Соколову в пятницу.", "ru",
                   names(Антон_Берг="PER", Лидии_Орловой=("PER", "Лидия Орлова"), Петру_Соколову=("PER", "Петр Соколов")))
    assert claims_of(doc) == [("contact", "asserts", ["Берг", "Орлова", "Соколов"], None)]
    doc = make_doc("Богдан Ковальчук зателефонував Лідії Орловій та Петру Гнатюку в п'ятницю.", "uk",
                   names(Богдан_Ковальчук="PER", Лідії_Орловій=("PER", "Лідія Орлова"), Петру_Гнатюку=("PER", "Петро Гнатюк")))
    assert claims_of(doc) == [("contact", "asserts", ["Гнатюк", "Ковальчук", "Орлова"], None)]


def test_coordinated_object_de_sl_fr_es():
    doc = make_doc("Klaus Wendler traf Sabine Kröger und Jörg Hartmann in Wien.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER", Jörg_Hartmann="PER", Wien="LOC"))
    assert claims_of(doc) == [("meet", "asserts", ["Hartmann", "Kröger", "Wendler"], None)]
    doc = make_doc("Janez Kovač je v petek poklical Mojco Zupan in Marka Horvata.", "sl",
                   names(Janez_Kovač="PER", Mojco_Zupan=("PER", "Mojca Zupan"), Marka_Horvata=("PER", "Marko Horvat")))
    assert claims_of(doc) == [("contact", "asserts", ["Horvat", "Kovač", "Zupan"], None)]
    doc = make_doc("Pierre Morel a rencontré Claire Dubois et Luc Girard à Vienne.", "fr",
                   names(Pierre_Morel="PER", Claire_Dubois="PER", Luc_Girard="PER", Vienne="LOC"))
    assert claims_of(doc) == [("meet", "asserts", ["Dubois", "Girard", "Morel"], None)]
    doc = make_doc("Javier Ortega llamó a Lucía Marín y a Pablo Serrano el viernes.", "es",
                   names(Javier_Ortega="PER", Lucía_Marín="PER", Pablo_Serrano="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Marín", "Ortega", "Serrano"], None)]


def test_plural_verb_takes_the_group_after_it_as_subject_ru():
    # guard (passes before and after): a plural verb's group after it is its subject, nobody else's
    doc = make_doc("По словам Марка Долгова, в понедельник встретились Антон Берг и Лидия Орлова.", "ru",
                   names(Марка_Долгова=("PER", "Марк Долгов"), Антон_Берг="PER", Лидия_Орлова="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Орлова"], "Долгов")]


def test_relation_noun_with_coordinated_owners_is_unchanged_en():
    # guard (passes before and after): "talks of X and Y" are X's and Y's, not the speaker's
    doc = make_doc("Anton Berg said the talks of Lidia Orlova and Peter Hale failed.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Peter_Hale="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Hale", "Orlova"], "Berg")]


# -- 2. receiving a visitor ---------------------------------------------------------------------------

def test_received_active_and_passive_en():
    people = names(Anton_Berg="PER", Lidia_Orlova="PER")
    doc = make_doc("Anton Berg received Lidia Orlova at the presidential palace on Monday.", "en", people)
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Orlova"], None)]
    doc = make_doc("Lidia Orlova was received by Anton Berg at the presidential palace.", "en", people)
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Orlova"], None)]


def test_received_things_are_no_meeting_en():
    # guard (no claim before or after): a letter, someone's letter
    people = names(Anton_Berg="PER", Lidia_Orlova="PER")
    assert claims_of(make_doc("Anton Berg received a letter from Lidia Orlova.", "en", people)) == []
    assert claims_of(make_doc("Anton Berg received Lidia Orlova's letter.", "en", people)) == []


def test_received_ru_bg_uk():
    doc = make_doc("Антон Берг принял Лидию Орлову в Кремле в понедельник.", "ru",
                   names(Антон_Берг="PER", Лидию_Орлову=("PER", "Лидия Орлова")))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Орлова"], None)]
    doc = make_doc("Лидия Орлова была принята Антоном Бергом в Кремле.", "ru",
                   names(Лидия_Орлова="PER", Антоном_Бергом=("PER", "Антон Берг")))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Орлова"], None)]
    doc = make_doc("Зорница Пеева беше приета от Антон Берг в президентството.", "bg",
                   names(Зорница_Пеева="PER", Антон_Берг="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Пеева"], None)]
    doc = make_doc("Богдан Ковальчук прийняв Лідію Орлову в понеділок.", "uk",
                   names(Богдан_Ковальчук="PER", Лідію_Орлову=("PER", "Лідія Орлова")))
    assert claims_of(doc) == [("meet", "asserts", ["Ковальчук", "Орлова"], None)]


def test_received_pl_cs_sl():
    doc = make_doc("Zofia Marczak została przyjęta przez Jana Kowalskiego w Pałacu Prezydenckim.", "pl",
                   names(Zofia_Marczak="PER", Jana_Kowalskiego=("PER", "Jan Kowalski")))
    assert claims_of(doc) == [("meet", "asserts", ["Kowalski", "Marczak"], None)]
    doc = make_doc("Tomáš Kubát v pondělí přijal Lenku Machovou na Pražském hradě.", "cs",
                   names(Tomáš_Kubát="PER", Lenku_Machovou=("PER", "Lenka Machová")))
    assert claims_of(doc) == [("meet", "asserts", ["Kubát", "Machová"], None)]
    doc = make_doc("Lenka Machová byla přijata Tomášem Kubátem na Pražském hradě.", "cs",
                   names(Lenka_Machová="PER", Tomášem_Kubátem=("PER", "Tomáš Kubát")))
    assert claims_of(doc) == [("meet", "asserts", ["Kubát", "Machová"], None)]
    doc = make_doc("Janez Kovač je v ponedeljek sprejel Mojco Zupan.", "sl",
                   names(Janez_Kovač="PER", Mojco_Zupan=("PER", "Mojca Zupan")))
    assert claims_of(doc) == [("meet", "asserts", ["Kovač", "Zupan"], None)]


def test_received_passive_de_es_fr():
    doc = make_doc("Sabine Kröger wurde von Klaus Wendler im Kanzleramt empfangen.", "de",
                   names(Sabine_Kröger="PER", Klaus_Wendler="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Kröger", "Wendler"], None)]
    doc = make_doc("Lucía Marín fue recibida por Javier Ortega en el palacio.", "es",
                   names(Lucía_Marín="PER", Javier_Ortega="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Marín", "Ortega"], None)]
    doc = make_doc("Claire Dubois a été reçue par Pierre Morel à l'Élysée.", "fr",
                   names(Claire_Dubois="PER", Pierre_Morel="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Dubois", "Morel"], None)]


def test_receiving_without_a_person_host_or_guest_is_no_meeting_ru_bg():
    # guard (no claim before or after): a decision taken by X (X the subject after the verb); a state
    # taking someone in; a law adopted
    doc = make_doc("Это решение принял Антон Берг после разговора.", "ru", names(Антон_Берг="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Фредония е готова да приеме пакистанката Мария Петрова.", "bg",
                   names(Фредония="LOC", пакистанката="PER", Мария_Петрова="PER"))
    # round 47: no meeting; a state ready to take someone in invites them (annotation guidelines)
    assert [c[0] for c in claims_of(doc)] == ["invite"]


# -- 3. a dropped subject after "there" or opening the sentence -----------------------------------------

def test_there_met_is_about_the_text_person_ru_bg():
    doc = make_doc("Антон Берг прибыл в Берлин в воскресенье. Там встретился с Лидией Орловой.", "ru",
                   names(Антон_Берг="PER", Берлин="LOC", Лидией_Орловой=("PER", "Лидия Орлова")))
    assert ("meet", "asserts", ["Берг", "Орлова"], None) in claims_of(doc)
    doc = make_doc("Антон Берг пристигна в Берлин в неделя. Там се срещна със Зорница Пеева.", "bg",
                   names(Антон_Берг="PER", Берлин="LOC", Зорница_Пеева="PER"))
    assert ("meet", "asserts", ["Берг", "Пеева"], None) in claims_of(doc)


def test_verb_opening_the_sentence_pl_cs_es():
    doc = make_doc("Jan Kowalski przyjechał do Berlina w niedzielę. Spotkał się tam z Adamem Nowakiem.", "pl",
                   names(Jan_Kowalski="PER", Berlina=("LOC", "Berlin"), Adamem_Nowakiem=("PER", "Adam Nowak")))
    assert ("meet", "asserts", ["Kowalski", "Nowak"], None) in claims_of(doc)
    doc = make_doc("Tomáš Kubát přiletěl do Berlína. Setkal se tam s Lenkou Machovou.", "cs",
                   names(Tomáš_Kubát="PER", Berlína=("LOC", "Berlín"), Lenkou_Machovou=("PER", "Lenka Machová")))
    assert ("meet", "asserts", ["Kubát", "Machová"], None) in claims_of(doc)
    doc = make_doc("Javier Ortega llegó a Berlín el domingo. Allí se reunió con Lucía Marín.", "es",
                   names(Javier_Ortega="PER", Berlín="LOC", Lucía_Marín="PER"))
    assert ("meet", "asserts", ["Marín", "Ortega"], None) in claims_of(doc)


def test_verb_opening_the_sentence_with_a_subject_after_it_pl():
    # guard (passes before and after): a role after the partner is the verb's own subject
    doc = make_doc("Jan Kowalski przyjechał do Berlina w niedzielę. Spotkał się z Adamem Nowakiem premier Fredonii.",
                   "pl", names(Jan_Kowalski="PER", Berlina=("LOC", "Berlin"), Adamem_Nowakiem=("PER", "Adam Nowak"),
                               Fredonii=("LOC", "Fredonia")))
    assert not any(relation == "meet" and "Kowalski" in parties for relation, _, parties, _ in claims_of(doc))


def test_clause_cut_after_a_conjunction_is_no_sentence_opening_sl():
    # guard (no claim before or after): "ni" splits the clause before "sestal"; the verb does not open
    # its sentence, so the negated meeting is not read as an asserted one
    doc = make_doc("Janez Kovač se med obiskom ni sestal z Mojco Zupan.", "sl",
                   names(Janez_Kovač="PER", Mojco_Zupan=("PER", "Mojca Zupan")))
    assert ("meet", "asserts", ["Kovač", "Zupan"], None) not in claims_of(doc)


# -- 4. locative forms of a relative week or month --------------------------------------------------------

def test_last_week_and_month_in_the_locative_ru_pl_cs():
    cases = [
        ("Антон Берг встретился с Лидией Орловой на прошлой неделе.", "ru",
         names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова")), "прошлой неделе"),
        ("Антон Берг встретился с Лидией Орловой в прошлом месяце.", "ru",
         names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова")), "прошлом месяце"),
        ("Jan Kowalski rozmawiał z Adamem Nowakiem w zeszłym tygodniu.", "pl",
         names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak")), "zeszłym tygodniu"),
        ("Jan Kowalski zadzwonił do Adama Nowaka w zeszłym miesiącu.", "pl",
         names(Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")), "zeszłym miesiącu"),
        ("Tomáš Kubát v minulém týdnu hovořil s Lenkou Machovou.", "cs",
         names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová")), "minulém týdnu"),
    ]
    for text, language, people, expected in cases:
        found = _when_texts(make_doc(text, language, people, published="2026-11-20"))
        assert len(found) == 1 and found[0] is not None and expected in found[0], (text, found)


# -- 5. a speaker's role phrase with a complement, after the reporting verb ------------------------------

def test_role_with_complement_after_the_verb_is_the_speaker_ru_bg_uk_pl():
    doc = make_doc("Антон Берг встретился с Лидией Орловой, заявил пресс-секретарь правительства Марк Долгов.", "ru",
                   names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова"), Марк_Долгов="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Орлова"], "Долгов")]
    doc = make_doc("Антон Берг се срещна със Зорница Пеева, заяви говорителят на правителството Марк Долев.", "bg",
                   names(Антон_Берг="PER", Зорница_Пеева="PER", Марк_Долев="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Пеева"], "Долев")]
    doc = make_doc("Богдан Ковальчук зустрівся з Лідією Орловою, заявив речник уряду Марко Дорош.", "uk",
                   names(Богдан_Ковальчук="PER", Лідією_Орловою=("PER", "Лідія Орлова"), Марко_Дорош="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Ковальчук", "Орлова"], "Дорош")]
    doc = make_doc("Jan Kowalski rozmawiał z Adamem Nowakiem, powiedział rzecznik rządu Marek Lis.", "pl",
                   names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak"), Marek_Lis="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Kowalski", "Nowak"], "Lis")]


def test_role_with_complement_after_the_verb_is_the_speaker_fr_es():
    doc = make_doc("Pierre Morel a rencontré Claire Dubois, a indiqué le porte-parole du gouvernement Marc Duval.", "fr",
                   names(Pierre_Morel="PER", Claire_Dubois="PER", Marc_Duval="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Dubois", "Morel"], "Duval")]
    doc = make_doc("Javier Ortega se reunió con Lucía Marín, afirmó el portavoz del Gobierno Marcos Duarte.", "es",
                   names(Javier_Ortega="PER", Lucía_Marín="PER", Marcos_Duarte="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Marín", "Ortega"], "Duarte")]


def test_role_before_the_named_speaker_en():
    people = names(Anton_Berg="PER", Lidia_Orlova="PER", Mark_Dalton="PER")
    doc = make_doc("Anton Berg met Lidia Orlova on Monday, government spokesman Mark Dalton said.", "en", people)
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Orlova"], "Dalton")]
    doc = make_doc("Anton Berg met Lidia Orlova on Monday, spokesman Mark Dalton said.", "en", people)
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Orlova"], "Dalton")]


def test_speaker_before_a_meeting_of_theirs_stays_a_party_bg():
    # guard (passes before and after): "said X before a meeting with Y": X meets Y
    doc = make_doc("Фредония трябва да напусне съюза, заяви в понеделник депутатът от парламента Иван Петров "
                   "преди среща с преговарящия Олег Сидоров.", "bg",
                   names(Фредония="LOC", Иван_Петров="PER", Олег_Сидоров="PER"))
    assert ("meet", "asserts", ["Петров", "Сидоров"], "Петров") in claims_of(doc)


# -- 6. a negated topic verb ----------------------------------------------------------------------------

def test_did_not_discuss_a_topic_denies_no_contact_en_ru_bg_uk():
    doc = make_doc("Anton Berg and Lidia Orlova did not discuss sanctions, Mark Dalton said.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Mark_Dalton="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Антон Берг и Лидия Орлова не обсуждали санкции, заявил Марк Долгов.", "ru",
                   names(Антон_Берг="PER", Лидия_Орлова="PER", Марк_Долгов="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Антон Берг и Зорница Пеева не са обсъждали санкциите, заяви Марк Долев.", "bg",
                   names(Антон_Берг="PER", Зорница_Пеева="PER", Марк_Долев="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Богдан Ковальчук і Лідія Орлова не обговорювали санкції, заявив Марко Дорош.", "uk",
                   names(Богдан_Ковальчук="PER", Лідія_Орлова="PER", Марко_Дорош="PER"))
    assert claims_of(doc) == []


def test_did_not_talk_about_a_topic_pl_cs_de():
    doc = make_doc("Jan Kowalski i Adam Nowak nie rozmawiali o sankcjach.", "pl", names(Jan_Kowalski="PER", Adam_Nowak="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Tomáš Kubát a Lenka Machová nejednali o sankcích, řekl Marek Doležal.", "cs",
                   names(Tomáš_Kubát="PER", Lenka_Machová="PER", Marek_Doležal="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Klaus Wendler und Sabine Kröger haben nicht über Sanktionen gesprochen, sagte Martin Dohle.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER", Martin_Dohle="PER"))
    assert claims_of(doc) == []


def test_negated_contact_with_a_partner_still_denies_en_pl():
    # guard (passes before and after)
    doc = make_doc("Anton Berg did not talk to Lidia Orlova, Mark Dalton said.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Mark_Dalton="PER"))
    assert claims_of(doc) == [("contact", "denies", ["Berg", "Orlova"], "Dalton")]
    doc = make_doc("Jan Kowalski nie rozmawiał z Adamem Nowakiem.", "pl",
                   names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak")))
    assert claims_of(doc) == [("contact", "denies", ["Kowalski", "Nowak"], None)]


# -- 7. "X met Y, but did not meet Z" -------------------------------------------------------------------

def test_contrasting_negated_clause_is_a_denial_en_pl():
    doc = make_doc("Anton Berg met Lidia Orlova, but did not meet Peter Hale.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Peter_Hale="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Orlova"], None), ("meet", "denies", ["Berg", "Hale"], None)]
    doc = make_doc("Jan Kowalski spotkał się z Adamem Nowakiem, ale nie spotkał się z Zofią Marczak.", "pl",
                   names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak"), Zofią_Marczak=("PER", "Zofia Marczak")))
    assert claims_of(doc) == [("meet", "asserts", ["Kowalski", "Nowak"], None),
                              ("meet", "denies", ["Kowalski", "Marczak"], None)]


def test_contrasting_negated_clause_with_fronted_partner_cs_uk():
    doc = make_doc("Tomáš Kubát se setkal s Lenkou Machovou, ale s Pavlem Šimkem se nesetkal.", "cs",
                   names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová"), Pavlem_Šimkem=("PER", "Pavel Šimek")))
    assert claims_of(doc) == [("meet", "asserts", ["Kubát", "Machová"], None),
                              ("meet", "denies", ["Kubát", "Šimek"], None)]
    doc = make_doc("Богдан Ковальчук зустрівся з Лідією Орловою, але не зустрівся з Петром Гнатюком.", "uk",
                   names(Богдан_Ковальчук="PER", Лідією_Орловою=("PER", "Лідія Орлова"), Петром_Гнатюком=("PER", "Петро Гнатюк")))
    assert claims_of(doc) == [("meet", "asserts", ["Ковальчук", "Орлова"], None),
                              ("meet", "denies", ["Гнатюк", "Ковальчук"], None)]


def test_contrast_with_the_same_parties_is_no_second_claim_uk():
    # guard (passes before and after): negotiating, but not agreed yet — the talks are the one claim
    doc = make_doc("Уряд Фредонії вже веде переговори з Acme і Globex, проте поки ні про що не домовився.", "uk",
                   names(Фредонії=("LOC", "Фредонія"), Acme="ORG", Globex="ORG"))
    assert [stance for _, stance, _, _ in claims_of(doc)] == ["asserts"]


# -- 8. "his spokesman" after the reporting verb ---------------------------------------------------------

def test_possessive_role_after_the_verb_is_an_unnamed_source_ru_bg_pl_cs_uk():
    cases = [
        ("Антон Берг никогда не разговаривал с Лидией Орловой, заявил его пресс-секретарь.", "ru",
         names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова")), ["Берг", "Орлова"]),
        ("Антон Берг никога не е разговарял със Зорница Пеева, заяви неговият говорител.", "bg",
         names(Антон_Берг="PER", Зорница_Пеева="PER"), ["Берг", "Пеева"]),
        ("Jan Kowalski nigdy nie rozmawiał z Adamem Nowakiem, powiedział jego rzecznik.", "pl",
         names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak")), ["Kowalski", "Nowak"]),
        ("Tomáš Kubát nikdy nemluvil s Lenkou Machovou, uvedl jeho mluvčí.", "cs",
         names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová")), ["Kubát", "Machová"]),
        ("Богдан Ковальчук ніколи не розмовляв з Лідією Орловою, заявив його речник.", "uk",
         names(Богдан_Ковальчук="PER", Лідією_Орловою=("PER", "Лідія Орлова")), ["Ковальчук", "Орлова"]),
    ]
    for text, language, people, parties in cases:
        assert claims_of(make_doc(text, language, people)) == [("contact", "denies", parties, None)], text


# -- 9. "A spokesman for X denied that he …" ------------------------------------------------------------

def test_spokesman_for_x_denied_that_he_en_bg_de():
    doc = make_doc("A spokesman for Anton Berg denied that he had spoken with Lidia Orlova.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert claims_of(doc) == [("contact", "denies", ["Berg", "Orlova"], None)]
    doc = make_doc("Говорителят на Антон Берг опроверга съобщенията, че той е разговарял със Зорница Пеева.", "bg",
                   names(Антон_Берг="PER", Зорница_Пеева="PER"))
    assert claims_of(doc) == [("contact", "denies", ["Берг", "Пеева"], None)]
    doc = make_doc("Ein Sprecher von Klaus Wendler dementierte Berichte, wonach er mit Sabine Kröger gesprochen habe.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"))
    assert claims_of(doc) == [("contact", "denies", ["Kröger", "Wendler"], None)]


# -- lexicon gaps the probes showed ----------------------------------------------------------------------

def test_calling_and_having_been_somewhere_fr_cs_ru():
    doc = make_doc("Pierre Morel a appelé Claire Dubois vendredi.", "fr", names(Pierre_Morel="PER", Claire_Dubois="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Dubois", "Morel"], None)]
    doc = make_doc("Tomáš Kubát v pátek zatelefonoval Lence Machové.", "cs",
                   names(Tomáš_Kubát="PER", Lence_Machové=("PER", "Lenka Machová")))
    assert claims_of(doc) == [("contact", "asserts", ["Kubát", "Machová"], None)]
    doc = make_doc("Лидия Орлова побывала в Москве, где встретилась с Антоном Бергом.", "ru",
                   names(Лидия_Орлова="PER", Москве=("LOC", "Москва"), Антоном_Бергом=("PER", "Антон Берг")))
    assert ("visit", "asserts", ["Москва", "Орлова"], None) in claims_of(doc)


def test_calling_for_something_is_no_contact_fr():
    # guard (no claim before or after)
    doc = make_doc("Pierre Morel a appelé à la retenue.", "fr", names(Pierre_Morel="PER"))
    assert claims_of(doc) == []
