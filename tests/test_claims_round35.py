"""Round 35 (issue 5): leftovers of rounds 31 and 33. (1) A reporting verb that is also a word of informing
(pl "poinformował", ru "проинформировал", cs "informoval", bg "информирал", fr "a informé", es "informó a",
it "ha informato", pt "informou") is the relation word when a person follows it as its object: a contact;
"X informed, that …" and ", informed spokesman X" stay reports. (2) Offers of talks or of a meeting are
invitations ("offer of talks", "nabídka jednání", "предложение о переговорах", …) and cs "pozvání" is one:
refused, they were made (invite/asserts maker -> refuser), also with the maker as the noun's owner before it
("turned down Y's offer of talks"). (3) Persuading someone is a request (all twelve lexicons), and a symmetric
relation noun in the setting of a request ("… during their meeting") is a claim of its own. Invented names
and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names

from storyline.claims import extract_claims


def directed(doc):
    """(relation, stance, participant surface texts in order) of each claim."""
    return [(c.relation, c.stance, [doc.mentions[m].text for m in c.participants]) for c in extract_claims(doc)]


# -- 1. a reporting verb of informing with a person as its object ---------------------------------------

def test_informing_a_person_with_a_reporting_verb_is_a_contact_pl_ru_cs_bg():
    doc = make_doc("Jan Kowalski poinformował Adama Nowaka o decyzji.", "pl",
                   names(Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")))
    assert claims_of(doc) == [("contact", "asserts", ["Kowalski", "Nowak"], None)]
    doc = make_doc("Антон Берг проинформировал Лидию Орлову о решении.", "ru",
                   names(Антон_Берг="PER", Лидию_Орлову=("PER", "Лидия Орлова")))
    assert claims_of(doc) == [("contact", "asserts", ["Берг", "Орлова"], None)]
    doc = make_doc("Jan Novák informoval Olega Sokolova o rozhodnutí.", "cs",
                   names(Jan_Novák="PER", Olega_Sokolova=("PER", "Oleg Sokolov")))
    assert claims_of(doc) == [("contact", "asserts", ["Novák", "Sokolov"], None)]
    doc = make_doc("Антон Берг е информирал Лидия Орлова за решението.", "bg", names(Антон_Берг="PER", Лидия_Орлова="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Берг", "Орлова"], None)]


def test_informing_a_person_with_a_reporting_verb_is_a_contact_fr_es_it_pt():
    doc = make_doc("Pierre Morel a informé Claire Dubois de la décision.", "fr", names(Pierre_Morel="PER", Claire_Dubois="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Dubois", "Morel"], None)]
    doc = make_doc("Javier Ortega informó a Lucía Marín de la decisión.", "es", names(Javier_Ortega="PER", Lucía_Marín="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Marín", "Ortega"], None)]
    doc = make_doc("Marco Rossi ha informato Giulia Bianchi della decisione.", "it", names(Marco_Rossi="PER", Giulia_Bianchi="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Bianchi", "Rossi"], None)]
    doc = make_doc("João Silva informou Ana Costa da decisão.", "pt", names(João_Silva="PER", Ana_Costa="PER"))
    assert claims_of(doc) == [("contact", "asserts", ["Costa", "Silva"], None)]


def test_informing_a_person_inside_a_report_keeps_the_outer_source_pl():
    doc = make_doc("Firma Arktika podaje, że prezes firmy Jan Kowalski poinformował ambasadora Adama Nowaka o planach.", "pl",
                   names(Arktika="ORG", Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")))
    assert claims_of(doc) == [("contact", "asserts", ["Kowalski", "Nowak"], "Arktika")]


def test_informing_verb_without_a_person_object_stays_a_report_pl_ru_cs_es():
    """Guard: "X informed that …" and ", informed spokesman X" keep X as the speaker of what is reported."""
    doc = make_doc("Jan Kowalski poinformował, że Adam Nowak spotkał się z Piotrem Zielińskim.", "pl",
                   names(Jan_Kowalski="PER", Adam_Nowak="PER", Piotrem_Zielińskim=("PER", "Piotr Zieliński")))
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Zieliński"], "Kowalski")]
    doc = make_doc("Adam Nowak spotkał się z Piotrem Zielińskim, poinformował rzecznik Jan Kowalski.", "pl",
                   names(Jan_Kowalski="PER", Adam_Nowak="PER", Piotrem_Zielińskim=("PER", "Piotr Zieliński")))
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Zieliński"], "Kowalski")]
    doc = make_doc("Антон Берг проинформировал, что Лидия Орлова встретилась с Олегом Соколовым.", "ru",
                   names(Антон_Берг="PER", Лидия_Орлова="PER", Олегом_Соколовым=("PER", "Олег Соколов")))
    assert claims_of(doc) == [("meet", "asserts", ["Орлова", "Соколов"], "Берг")]
    doc = make_doc("Jan Novák informoval, že se Oleg Sokolov setkal s Petrem Svobodou.", "cs",
                   names(Jan_Novák="PER", Oleg_Sokolov="PER", Petrem_Svobodou=("PER", "Petr Svoboda")))
    assert claims_of(doc) == [("meet", "asserts", ["Sokolov", "Svoboda"], "Novák")]
    doc = make_doc("Javier Ortega informó que Lucía Marín se reunió con Pedro Gil.", "es",
                   names(Javier_Ortega="PER", Lucía_Marín="PER", Pedro_Gil="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Gil", "Marín"], "Ortega")]


# -- 2. offers of talks and invitations, refused ------------------------------------------------------

def test_refused_offer_of_talks_is_an_invitation_by_its_owner_en():
    doc = make_doc("Peter Hale turned down Oleg Sokolov's offer of talks.", "en", names(Peter_Hale="PER", Oleg_Sokolov="PER"))
    assert directed(doc) == [("invite", "asserts", ["Oleg Sokolov", "Peter Hale"])]
    doc = make_doc("Peter Hale rejected an offer to meet from Oleg Sokolov.", "en", names(Peter_Hale="PER", Oleg_Sokolov="PER"))
    assert directed(doc) == [("invite", "asserts", ["Oleg Sokolov", "Peter Hale"])]


def test_refused_invitation_or_offer_is_an_invitation_cs_ru_pl_bg():
    doc = make_doc("Jan Novák odmítl pozvání Olega Sokolova.", "cs",
                   names(Jan_Novák="PER", Olega_Sokolova=("PER", "Oleg Sokolov")))
    assert directed(doc) == [("invite", "asserts", ["Olega Sokolova", "Jan Novák"])]
    doc = make_doc("Jan Novák odmítl nabídku jednání Olega Sokolova.", "cs",
                   names(Jan_Novák="PER", Olega_Sokolova=("PER", "Oleg Sokolov")))
    assert directed(doc) == [("invite", "asserts", ["Olega Sokolova", "Jan Novák"])]
    doc = make_doc("Антон Берг отверг предложение о переговорах Лидии Орловой.", "ru",
                   names(Антон_Берг="PER", Лидии_Орловой=("PER", "Лидия Орлова")))
    assert directed(doc) == [("invite", "asserts", ["Лидии Орловой", "Антон Берг"])]
    doc = make_doc("Jan Kowalski odrzucił propozycję rozmów Adama Nowaka.", "pl",
                   names(Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")))
    assert directed(doc) == [("invite", "asserts", ["Adama Nowaka", "Jan Kowalski"])]
    doc = make_doc("Антон Берг отхвърли предложението за преговори на Лидия Орлова.", "bg", names(Антон_Берг="PER", Лидия_Орлова="PER"))
    assert directed(doc) == [("invite", "asserts", ["Лидия Орлова", "Антон Берг"])]


def test_refused_offer_of_dialogue_is_an_invitation_fr_it_es_sl():
    doc = make_doc("Pierre Morel a rejeté l'offre de dialogue de Claire Dubois.", "fr", names(Pierre_Morel="PER", Claire_Dubois="PER"))
    assert directed(doc) == [("invite", "asserts", ["Claire Dubois", "Pierre Morel"])]
    doc = make_doc("Marco Rossi ha respinto l'offerta di dialogo di Giulia Bianchi.", "it",
                   names(Marco_Rossi="PER", Giulia_Bianchi="PER"))
    assert directed(doc) == [("invite", "asserts", ["Giulia Bianchi", "Marco Rossi"])]
    doc = make_doc("Javier Ortega rechazó la oferta de diálogo de Lucía Marín.", "es", names(Javier_Ortega="PER", Lucía_Marín="PER"))
    assert directed(doc) == [("invite", "asserts", ["Lucía Marín", "Javier Ortega"])]
    doc = make_doc("Janez Kovač je zavrnil ponudbo za pogovore Mojce Zupan.", "sl",
                   names(Janez_Kovač="PER", Mojce_Zupan=("PER", "Mojca Zupan")))
    assert directed(doc) == [("invite", "asserts", ["Mojce Zupan", "Janez Kovač"])]


# -- 3. persuading is a request; the meeting it happened at is a claim of its own -----------------------

def test_persuading_someone_is_a_request_en_ru_cs_de():
    doc = make_doc("Anton Berg persuaded Lidia Orlova to sign the contract.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert directed(doc) == [("request", "asserts", ["Anton Berg", "Lidia Orlova"])]
    doc = make_doc("Антон Берг убедил Лидию Орлову подписать контракт.", "ru",
                   names(Антон_Берг="PER", Лидию_Орлову=("PER", "Лидия Орлова")))
    assert directed(doc) == [("request", "asserts", ["Антон Берг", "Лидию Орлову"])]
    doc = make_doc("Jan Novák přesvědčil Olega Sokolova, aby podepsal smlouvu.", "cs",
                   names(Jan_Novák="PER", Olega_Sokolova=("PER", "Oleg Sokolov")))
    assert directed(doc) == [("request", "asserts", ["Jan Novák", "Olega Sokolova"])]
    doc = make_doc("Klaus Wendler überzeugte Sabine Kröger, den Vertrag zu unterschreiben.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"))
    assert directed(doc) == [("request", "asserts", ["Klaus Wendler", "Sabine Kröger"])]


def test_being_convinced_is_no_request_en_ru():
    """Guard: "is convinced that", "convinced X that …", "убедился" persuade no one to do anything."""
    doc = make_doc("Anton Berg is convinced that Lidia Orlova will sign the contract.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Anton Berg convinced Lidia Orlova that the plan would work.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Антон Берг убедился, что Лидия Орлова подпишет контракт.", "ru", names(Антон_Берг="PER", Лидия_Орлова="PER"))
    assert claims_of(doc) == []


def test_meeting_in_the_setting_of_a_request_is_its_own_claim_en_bg_pl():
    doc = make_doc("Anton Berg asked Lidia Orlova to drop the project during their meeting in April.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert directed(doc) == [("request", "asserts", ["Anton Berg", "Lidia Orlova"]),
                             ("meet", "asserts", ["Anton Berg", "Lidia Orlova"])]
    doc = make_doc("Антон Берг се опитвал да убеди Лидия Орлова да се откаже от проекта по време на тяхната среща през април.",
                   "bg", names(Антон_Берг="PER", Лидия_Орлова="PER"))
    assert [c[:2] for c in claims_of(doc)] == [("request", "asserts"), ("meet", "asserts")]
    doc = make_doc("Jan Kowalski próbował przekonać Adama Nowaka do rezygnacji z projektu podczas ich spotkania w kwietniu.", "pl",
                   names(Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")))
    assert claims_of(doc) == [("request", "asserts", ["Kowalski", "Nowak"], None), ("meet", "asserts", ["Kowalski", "Nowak"], None)]


def test_relation_asked_for_makes_no_claim_of_its_own_en():
    """Guard: what a request asks for ("to meet Y during the summit") stays its content: one claim."""
    doc = make_doc("Anton Berg asked Lidia Orlova to meet Oleg Sokolov during the summit.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Oleg_Sokolov="PER"))
    assert directed(doc) == [("request", "asserts", ["Anton Berg", "Lidia Orlova"])]


# -- 4. page furniture joined to a sentence: a photo credit, a vertical bar ------------------------------

def test_photo_credit_is_no_party_en_cs_ru():
    doc = make_doc("Negotiator Peter Hale. | Photo: Northwire The talks with Oleg Sokolov resumed on Monday.", "en",
                   names(Peter_Hale="PER", Northwire="ORG", Oleg_Sokolov="PER"))
    assert claims_of(doc) == []
    doc = make_doc("Vyjednavač Jan Novák. | foto: Severopress Rozhovory s Olegem Sokolovem pokračovaly v pondělí.", "cs",
                   names(Jan_Novák="PER", Severopress="ORG", Olegem_Sokolovem=("PER", "Oleg Sokolov")))
    assert claims_of(doc) == []
    doc = make_doc("Фото: Севпресс Переговоры с Олегом Соколовым возобновились в понедельник.", "ru",
                   names(Севпресс="ORG", Олегом_Соколовым=("PER", "Олег Соколов")))
    assert claims_of(doc) == []


def test_name_before_a_vertical_bar_is_no_party_en():
    doc = make_doc("Negotiator Peter Hale | The talks with Oleg Sokolov resumed on Monday.", "en",
                   names(Peter_Hale="PER", Oleg_Sokolov="PER"))
    assert claims_of(doc) == []
    # (guard: a bar after the relation's clause changes nothing)
    doc = make_doc("Peter Hale met Oleg Sokolov in Vienna | Photo gallery", "en", names(Peter_Hale="PER", Oleg_Sokolov="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Hale", "Sokolov"], None)]


def test_commonly_encountered_is_no_meeting_bg_pl():
    # "срещаното"/"spotykanym": the participle of "encounter" ("the most common name"), not of meeting someone
    doc = make_doc("Мохамед е било най-често срещаното име в Брюксел за миналата година, показват данни на "
                   "Статистическата служба.", "bg", names(Мохамед="PER", Брюксел="LOC", Статистическата_служба="ORG"))
    assert claims_of(doc) == []
    doc = make_doc("Mohamed był najczęściej spotykanym imieniem w Brukseli w zeszłym roku, wynika z danych Urzędu "
                   "Statystycznego.", "pl", names(Mohamed="PER", Brukseli=("LOC", "Bruksela"), Urzędu_Statystycznego="ORG"))
    assert claims_of(doc) == []
    # the verb itself still meets
    doc = make_doc("Антон Берг се срещна с Лидия Орлова.", "bg", names(Антон_Берг="PER", Лидия_Орлова="PER"))
    assert [c[0] for c in claims_of(doc)] == ["meet"]
