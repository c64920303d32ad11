"""Round 34 (issue 5): parties that are not arguments of the relation (participant precision). A name
in the sentence is no party when it only owns the relation's real argument (a role in an apposition,
an office, a common-noun partner, what a request asks for), stands in another predicate, or is the
dateline's outlet; one person is never two parties. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, stance, parties, speaker) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, c.stance, sorted(last(m) for m in c.participants),
             None if c.speaker is None else last(c.speaker)) for c in extract_claims(doc)]


def test_states_owning_an_office_are_no_parties_bg():
    # the partner is the (unnamed) secretary of state; the country's name split in two is whose office
    doc = make_doc("По време на разговора си с държавния секретар на Обединеното Кралство Фредония и Северна "
                   "Марония българският премиер отбеляза, че ще работят заедно.", "bg",
                   names(Фредония="LOC", Северна_Марония="LOC"))
    assert _claims(doc) == []


def test_owner_of_a_role_in_an_apposition_is_no_party():
    doc = make_doc("Lena Varga met Tom Kranjc, an adviser to Acmex, in Brussels.", "en",
                   names(Lena_Varga="PER", Tom_Kranjc="PER", Acmex="ORG"))
    assert _claims(doc) == [("meet", "asserts", ["Kranjc", "Varga"], None)]
    # an acronym the recogniser typed as a person is an owner too; "discussed evidence" names no partner
    doc = make_doc("Dr. Tomaž Kranjc , zdravniški svetovalec ACMEX, razpravljal o dokazih za prenos okužbe.", "sl",
                   names(Tomaž_Kranjc="PER", ACMEX="PER"))
    assert _claims(doc) == []


def test_owner_of_a_common_noun_partner_is_no_party():
    doc = make_doc("Uruchamiamy w kwietniu połączenie z Fredonii do Dubaju, obsługujemy lotniska w Rosji, rozmawiamy "
                   "z krajami byłej Maronii.", "pl",
                   names(Fredonii=("LOC", "Fredonia"), Maronii=("LOC", "Maronia")))
    assert _claims(doc) == []
    doc = make_doc("Tom Nowak held talks with the countries of the former Maronia.", "en",
                   names(Tom_Nowak="PER", Maronia="LOC"))
    assert _claims(doc) == []
    doc = make_doc("Том Новак разговаря със семейството на Анна Берг.", "bg",
                   names(Том_Новак="PER", Анна_Берг="PER"))
    assert _claims(doc) == []


def test_named_partners_stay_parties():  # guard: unchanged behaviour
    doc = make_doc("Tomasz Nowak rozmawiał z Anną Kowalską.", "pl",
                   names(Tomasz_Nowak="PER", Anną_Kowalską=("PER", "Anna Kowalska")))
    assert _claims(doc) == [("contact", "asserts", ["Kowalska", "Nowak"], None)]
    # an inflected person right after a common noun is its apposition, not its owner
    doc = make_doc("Tomáš Kubát jednal se svým protějškem Lenkou Machovou.", "cs",
                   names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová")))
    assert _claims(doc) == [("negotiate", "asserts", ["Kubát", "Machová"], None)]
    doc = make_doc("Том Новак разговаря с правителството на Марония.", "bg", names(Том_Новак="PER", Марония="LOC"))
    assert _claims(doc) == [("contact", "asserts", ["Марония", "Новак"], None)]


def test_second_predicate_after_an_unnamed_partner_ru():
    doc = make_doc("Грот разослал письма в несколько немецких компаний и намекнул на возможность введения санкций "
                   "со стороны Фредонии.", "ru", names(Грот="PER", Фредонии=("LOC", "Фредония")))
    assert _claims(doc) == []


def test_quoted_group_asked_with_no_asker():
    doc = make_doc("Регулаторът е наредил временното спиране на новата политика на “Акмекс” и “Глобекс”.", "bg",
                   names(Акмекс="ORG", Глобекс="ORG"))
    assert _claims(doc) == []
    doc = make_doc("The regulator ordered “Acmex” and “Globex” to suspend the policy.", "en",
                   names(Acmex="ORG", Globex="ORG"))
    assert _claims(doc) == []


def test_dateline_outlet_is_no_party_ru():
    doc = make_doc("Фредония\n\n, 14:56 АКМЕ 12 ноября во время визита в Париж премьер-министр Фредонии Том Грот "
                   "дал интервью.", "ru",
                   names(АКМЕ="ORG", Париж="LOC", Фредонии=("LOC", "Фредония"), Том_Грот="PER", Фредония="LOC"))
    assert not any("АКМЕ" in parties for _, _, parties, _ in _claims(doc))


def test_organisation_owning_a_role_over_adjectives_is_no_party_pl():
    doc = make_doc("Przewoźnik Acmex walczy z pilotami. Szef Acmexu Tom Kranjc jest twardy. Anna Berg spotkała się "
                   "z szefem irlandzkiego przewoźnika w Brukseli.", "pl",
                   names(Acmex="ORG", Acmexu=("ORG", "Acmex"), Tom_Kranjc="PER", Anna_Berg="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Kranjc"], None)]


def test_one_person_is_one_party_pl():
    doc = make_doc("„Powiedziałam to jasno panu Kowalskiemu” – oświadczyła Anna Berg po spotkaniu z Tomaszem "
                   "Kowalskim.", "pl",
                   names(Kowalskiemu=("PER", "Kowalskiemu"), Anna_Berg="PER",
                         Tomaszem_Kowalskim=("PER", "Tomaszem Kowalskim")))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Kowalskim"], None)]
    # guard: two first names are two people
    doc = make_doc("Jarosław Nowacki spotkał się z Lechem Nowackim.", "pl",
                   names(Jarosław_Nowacki="PER", Lechem_Nowackim=("PER", "Lechem Nowackim")))
    assert _claims(doc) == [("meet", "asserts", ["Nowacki", "Nowackim"], None)]


def test_what_a_request_asks_for_is_no_addressee_pl():
    doc = make_doc("Solidarna Fredonia żąda dymisji Tomasza Nowaka.", "pl",
                   names(Solidarna_Fredonia="ORG", Tomasza_Nowaka=("PER", "Tomasz Nowak")))
    assert _claims(doc) == []
    doc = make_doc("Партията Акмекс поиска оставката на Том Грот.", "bg", names(Акмекс="ORG", Том_Грот="PER"))
    assert _claims(doc) == []


def test_object_of_a_verb_after_a_meeting_noun_is_no_party():
    doc = make_doc("Šéf Bílého domu již v červenci na summitu NATO obvinil Fredonii, že je zajatcem Ruska.", "cs",
                   names(NATO="ORG", Fredonii=("LOC", "Fredonie"), Ruska=("LOC", "Rusko")))
    assert _claims(doc) == []
    doc = make_doc("Том Грот на саммите НАТО раскритиковал Фредонию.", "ru",
                   names(Том_Грот="PER", НАТО="ORG", Фредонию=("LOC", "Фредония")))
    assert _claims(doc) == [("meet", "asserts", ["Грот", "НАТО"], None)]
    # guard (round 14): with the subject between, the meeting's own parties stay
    doc = make_doc("Английские СМИ писали, что на закрытой встрече Том Грот строго раскритиковал Анну Берг и "
                   "похвалил Ивана Петрова.", "ru",
                   names(Том_Грот="PER", Анну_Берг=("PER", "Анна Берг"), Ивана_Петрова=("PER", "Иван Петров")))
    assert _claims(doc) == [("meet", "asserts", ["Берг", "Грот"], None)]


def test_relative_clause_about_a_common_noun_takes_no_names_before_it():
    doc = make_doc("Fredonija je predpisala kazni za podjetja, ki sodelujejo z Acmexom.", "sl",
                   names(Fredonija="LOC", Acmexom=("ORG", "Acmex")))
    assert _claims(doc) == []
    doc = make_doc("To pochodzący z Fredonii naukowiec, który współpracował z Uniwersytetem Acmex.", "pl",
                   names(Fredonii=("LOC", "Fredonia"), Uniwersytetem_Acmex=("ORG", "Uniwersytet Acmex")))
    assert _claims(doc) == []


def test_named_antecedent_of_a_relative_clause_stays_a_party():  # guard: unchanged behaviour
    doc = make_doc("Anna Berg, która w Soczi spotka się z Tomaszem Nowakiem, przyjechała wczoraj.", "pl",
                   names(Anna_Berg="PER", Soczi="LOC", Tomaszem_Nowakiem=("PER", "Tomasz Nowak")))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Nowak"], None)]
    doc = make_doc("Fredonia, która prowadzi rozmowy z Maronią, milczy.", "pl",
                   names(Fredonia="LOC", Maronią=("LOC", "Maronia")))
    assert _claims(doc) == [("contact", "asserts", ["Fredonia", "Maronia"], None)]
