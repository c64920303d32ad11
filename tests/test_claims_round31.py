"""Round 31 (issue 5): relation words the lexicons lacked, added to every language where the word is not
already a reporting verb. (1) Informing or briefing a person is a contact (`needs_person`: a person or a
role with its holder right after the verb); informing someone *that* something is so stays attribution.
(2) Parity of the twelve lexicons: a debate with a named opponent (de, fr, es, it, pt), a meal with
someone (de, fr, es, it, pt), a memorandum or letter of intent with a partner (de, fr, es, it), a treaty
or contract with a partner (it, pt), offers of asylum (it, pt), being received by a person (it, pt), a
summit (bg loanword "самит"), cs "rokování" (negotiations) and "sjednal s" (negotiated with). (3) Arriving in a country is a visit (fr
"arrivé en", as ru "прибыл в"). (4) Bringing a partner into a project or on board is cooperation (all twelve). Invented
names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names


# -- 1. informing someone -----------------------------------------------------------------------------

def test_informing_a_person_is_a_contact_en_de_uk_sl():
    doc = make_doc("Anton Berg informed Lidia Orlova about the decision on Monday.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Berg", "Orlova"], None)]
    doc = make_doc("Klaus Wendler informierte Sabine Kröger über die Entscheidung.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Kröger", "Wendler"], None)]
    doc = make_doc("Богдан Ковальчук поінформував Лідію Орлову про рішення.", "uk",
                   names(Богдан_Ковальчук="PER", Лідію_Орлову=("PER", "Лідія Орлова")))
    assert claims_of(doc) == [("contact", "asserts", ["Ковальчук", "Орлова"], None)]
    doc = make_doc("Janez Kovač je obvestil Mojco Zupan o odločitvi.", "sl",
                   names(Janez_Kovač="PER", Mojco_Zupan=("PER", "Mojca Zupan")))
    assert claims_of(doc) == [("contact", "asserts", ["Kovač", "Zupan"], None)]


def test_notifying_a_person_is_a_contact_ru_bg_pl_cs_it():
    doc = make_doc("Антон Берг уведомил Лидию Орлову о решении.", "ru",
                   names(Антон_Берг="PER", Лидию_Орлову=("PER", "Лидия Орлова")))
    assert claims_of(doc) == [("contact", "asserts", ["Берг", "Орлова"], None)]
    doc = make_doc("Антон Берг уведоми Лидия Орлова за решението.", "bg", names(Антон_Берг="PER", Лидия_Орлова="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Берг", "Орлова"], None)]
    doc = make_doc("Jan Kowalski powiadomił Adama Nowaka o decyzji.", "pl",
                   names(Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")))
    assert claims_of(doc) == [("contact", "asserts", ["Kowalski", "Nowak"], None)]
    doc = make_doc("Jan Novák zpravil Olega Sokolova o rozhodnutí.", "cs",
                   names(Jan_Novák="PER", Olega_Sokolova=("PER", "Oleg Sokolov")))
    assert claims_of(doc) == [("contact", "asserts", ["Novák", "Sokolov"], None)]
    doc = make_doc("Marco Rossi informò Giulia Bianchi della decisione.", "it",
                   names(Marco_Rossi="PER", Giulia_Bianchi="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Bianchi", "Rossi"], None)]


def test_informed_without_a_person_is_no_contact_en_de():
    """Guard: "informed sources", "informed that", "in informierten Kreisen" name no one informed."""
    doc = make_doc("According to informed sources, Peter Hale met Oleg Sokolov.", "en",
                   names(Peter_Hale="PER", Oleg_Sokolov="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Hale", "Sokolov"], None)]
    doc = make_doc("Anton Berg was informed that the talks had been postponed.", "en", names(Anton_Berg="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Wie es in informierten Kreisen hieß, traf Klaus Wendler Sabine Kröger.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Kröger", "Wendler"], None)]


def test_informing_an_organisation_is_left_to_the_object_rule_ru():
    """Guard (needs_person): an organisation notifying an organisation makes no contact here."""
    doc = make_doc("Компания Арктика уведомила компанию Стрелка о расторжении контракта.", "ru",
                   names(Арктика="ORG", Стрелка="ORG"))
    assert [c for c in claims_of(doc) if c[0] == "contact"] == []


# -- 2. parity of the lexicons ------------------------------------------------------------------------

def test_debate_with_a_named_opponent_is_a_meeting_de_fr_es_it_pt():
    for text, language, kinds, parties in [
        ("Klaus Wendler lieferte sich am Sonntag ein Fernsehduell mit Sabine Kröger.", "de",
         names(Klaus_Wendler="PER", Sabine_Kröger="PER"), ["Kröger", "Wendler"]),
        ("Pierre Morel a participé dimanche à un débat avec Claire Dubois.", "fr",
         names(Pierre_Morel="PER", Claire_Dubois="PER"), ["Dubois", "Morel"]),
        ("Javier Ortega participó el domingo en un debate con Lucía Marín.", "es",
         names(Javier_Ortega="PER", Lucía_Marín="PER"), ["Marín", "Ortega"]),
        ("Marco Rossi ha partecipato domenica a un dibattito con Giulia Bianchi.", "it",
         names(Marco_Rossi="PER", Giulia_Bianchi="PER"), ["Bianchi", "Rossi"]),
        ("João Silva participou no domingo num debate com Ana Costa.", "pt",
         names(João_Silva="PER", Ana_Costa="PER"), ["Costa", "Silva"]),
    ]:
        assert claims_of(make_doc(text, language, kinds)) == [("meet", "asserts", parties, None)], text


def test_meal_with_someone_is_a_meeting_de_fr_es_it_pt():
    for text, language, kinds, parties in [
        ("Klaus Wendler hatte am Freitag ein Abendessen mit Sabine Kröger.", "de",
         names(Klaus_Wendler="PER", Sabine_Kröger="PER"), ["Kröger", "Wendler"]),
        ("Pierre Morel a dîné vendredi avec Claire Dubois.", "fr",
         names(Pierre_Morel="PER", Claire_Dubois="PER"), ["Dubois", "Morel"]),
        ("Javier Ortega tuvo una cena con Lucía Marín.", "es",
         names(Javier_Ortega="PER", Lucía_Marín="PER"), ["Marín", "Ortega"]),
        ("Marco Rossi ha avuto una cena con Giulia Bianchi.", "it",
         names(Marco_Rossi="PER", Giulia_Bianchi="PER"), ["Bianchi", "Rossi"]),
        ("João Silva jantou com Ana Costa na sexta-feira.", "pt",
         names(João_Silva="PER", Ana_Costa="PER"), ["Costa", "Silva"]),
    ]:
        assert claims_of(make_doc(text, language, kinds)) == [("meet", "asserts", parties, None)], text


def test_memorandum_and_treaty_with_a_partner_are_negotiations_de_fr_es_it_pt():
    for text, language, kinds, parties in [
        ("Nordia unterzeichnete am Montag eine Absichtserklärung mit Vestland.", "de",
         names(Nordia="LOC", Vestland="LOC"), ["Nordia", "Vestland"]),
        ("La Nordie a signé lundi un protocole d'accord avec le Vestland.", "fr",
         names(Nordie="LOC", Vestland="LOC"), ["Nordie", "Vestland"]),
        ("Nordia firmó el lunes un memorando de entendimiento con Vestland.", "es",
         names(Nordia="LOC", Vestland="LOC"), ["Nordia", "Vestland"]),
        ("La Nordia ha firmato lunedì un memorandum d'intesa con il Vestland.", "it",
         names(Nordia="LOC", Vestland="LOC"), ["Nordia", "Vestland"]),
        ("Nordia ha firmato un trattato con Vestland.", "it", names(Nordia="LOC", Vestland="LOC"), ["Nordia", "Vestland"]),
        ("Nordia assinou um tratado com Vestland.", "pt", names(Nordia="LOC", Vestland="LOC"), ["Nordia", "Vestland"]),
    ]:
        assert claims_of(make_doc(text, language, kinds)) == [("negotiate", "asserts", parties, None)], text


def test_offer_of_asylum_and_being_received_it_pt():
    doc = make_doc("Il Vestland ha offerto asilo a Marco Rossi.", "it", names(Vestland="LOC", Marco_Rossi="PER"))
    assert claims_of(doc) == [("invite", "asserts", ["Rossi", "Vestland"], None)]
    doc = make_doc("O Vestland ofereceu asilo a João Silva.", "pt", names(Vestland="LOC", João_Silva="PER"))
    assert claims_of(doc) == [("invite", "asserts", ["Silva", "Vestland"], None)]
    doc = make_doc("Giulia Bianchi è stata ricevuta dal presidente Marco Rossi al Quirinale.", "it",
                   names(Giulia_Bianchi="PER", Marco_Rossi="PER", Quirinale="LOC"))
    assert claims_of(doc) == [("meet", "asserts", ["Bianchi", "Rossi"], None)]
    doc = make_doc("Ana Costa foi recebida pelo presidente João Silva no palácio.", "pt",
                   names(Ana_Costa="PER", João_Silva="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Costa", "Silva"], None)]


def test_summit_loanword_bg_and_rokovani_sjednal_cs():
    doc = make_doc("Антон Берг и Лидия Орлова ще участват в самита в Брюксел.", "bg",
                   names(Антон_Берг="PER", Лидия_Орлова="PER", Брюксел="LOC"))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Орлова"], None)]
    doc = make_doc("Самитът между Нордия и Вестланд ще бъде в петък.", "bg", names(Нордия="LOC", Вестланд="LOC"))
    assert claims_of(doc) == [("meet", "asserts", ["Вестланд", "Нордия"], None)]
    doc = make_doc("Rokování mezi Nordií a Vestlandem pokračují.", "cs",
                   names(Nordií=("LOC", "Nordie"), Vestlandem=("LOC", "Vestland")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Nordie", "Vestland"], None)]
    doc = make_doc("Jan Novák rokoval s Evou Dvořákovou o rozpočtu.", "cs",
                   names(Jan_Novák="PER", Evou_Dvořákovou=("PER", "Eva Dvořáková")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Dvořáková", "Novák"], None)]
    doc = make_doc("Jan Novák sjednal s Evou Dvořákovou nové podmínky.", "cs",
                   names(Jan_Novák="PER", Evou_Dvořákovou=("PER", "Eva Dvořáková")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Dvořáková", "Novák"], None)]


# -- 3. arriving in a place ---------------------------------------------------------------------------

def test_arriving_in_a_country_is_a_visit_fr():
    doc = make_doc("Pierre Morel est arrivé en Nordie lundi.", "fr", names(Pierre_Morel="PER", Nordie="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Morel", "Nordie"], None)]
    doc = make_doc("Claire Dubois est arrivée mardi en Nordie.", "fr", names(Claire_Dubois="PER", Nordie="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Dubois", "Nordie"], None)]


def test_arriving_at_an_agreement_is_no_visit_fr():
    """Guard: fr "arrivé à un accord" ("reached an agreement") is no visit ("arrivé à" is left out)."""
    doc = make_doc("Pierre Morel est arrivé à un accord avec Claire Dubois.", "fr",
                   names(Pierre_Morel="PER", Claire_Dubois="PER"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Dubois", "Morel"], None)]


# -- 4. bringing a partner into a project -------------------------------------------------------------

def test_bringing_a_partner_into_a_project_is_cooperation():
    for text, language, kinds, parties in [
        ("Компания Арктика привлекла к проекту московское бюро Стрелка.", "ru",
         names(Арктика="ORG", Стрелка="ORG"), ["Арктика", "Стрелка"]),
        ("Компанія Арктика залучила до проекту бюро Стрілка.", "uk", names(Арктика="ORG", Стрілка="ORG"), ["Арктика", "Стрілка"]),
        ("Компанията Арктика привлече към проекта бюрото Стрела.", "bg", names(Арктика="ORG", Стрела="ORG"), ["Арктика", "Стрела"]),
        ("Firma Arktika zaangażowała do projektu biuro Strzałka.", "pl", names(Arktika="ORG", Strzałka="ORG"), ["Arktika", "Strzałka"]),
        ("Firma Arktika zapojila do projektu kancelář Strela.", "cs", names(Arktika="ORG", Strela="ORG"), ["Arktika", "Strela"]),
        ("Podjetje Arktika je v projekt vključilo biro Strela.", "sl", names(Arktika="ORG", Strela="ORG"), ["Arktika", "Strela"]),
        ("Acme brought Globex on board for the pipeline.", "en", names(Acme="ORG", Globex="ORG"), ["Acme", "Globex"]),
        ("Acme holte Globex ins Boot.", "de", names(Acme="ORG", Globex="ORG"), ["Acme", "Globex"]),
        ("Acme a associé Globex au projet.", "fr", names(Acme="ORG", Globex="ORG"), ["Acme", "Globex"]),
        ("Acme incorporó a Globex al proyecto.", "es", names(Acme="ORG", Globex="ORG"), ["Acme", "Globex"]),
        ("Acme ha coinvolto Globex nel progetto.", "it", names(Acme="ORG", Globex="ORG"), ["Acme", "Globex"]),
        ("Acme trouxe Globex para o projeto.", "pt", names(Acme="ORG", Globex="ORG"), ["Acme", "Globex"]),
    ]:
        assert claims_of(make_doc(text, language, kinds)) == [("cooperate", "asserts", parties, None)], text
