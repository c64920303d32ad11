"""Round 41 (issue 5): relation words the lexicons lacked, general across languages (lexicons only).
(1) A joint project or product of two parties, and co-owners, are cooperation. (2) Partners in a project,
financial partners and coalition partners cooperate with the party they are partners of (not a bare
"partner": a firm's partner is a role, "our partners" names nobody). (3) A televised debate or duel of two
candidates is a meeting of the two (a parliamentary or public debate is not). (4) en: recording in the
studio with a producer is working with them. Invented names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names


# -- 1. joint projects and products, co-owners ---------------------------------------------------------

def test_joint_project_or_product_is_cooperation_ru_en():
    doc = make_doc("Компании Трелко и Вантор реализуют совместный проект в Сибири.", "ru",
                   names(Трелко="ORG", Вантор="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Вантор", "Трелко"], None)]
    doc = make_doc("Trelko and Vantor presented a joint product for hospitals.", "en", names(Trelko="ORG", Vantor="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Trelko", "Vantor"], None)]


def test_co_owners_cooperate_en_ru_pl():
    doc = make_doc("Anton Berg and Oleg Sokolov are co-owners of the club.", "en",
                   names(Anton_Berg="PER", Oleg_Sokolov="PER"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Berg", "Sokolov"], None)]
    doc = make_doc("Антон Берг и Олег Соколов — совладельцы клуба.", "ru", names(Антон_Берг="PER", Олег_Соколов="PER"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Берг", "Соколов"], None)]
    doc = make_doc("Jan Kowalski jest współwłaścicielem firmy Trelko.", "pl", names(Jan_Kowalski="PER", Trelko="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Kowalski", "Trelko"], None)]


# -- 2. partners in a project, financial and coalition partners ----------------------------------------

def test_partners_in_a_project_cooperate_pl_ru_bg():
    doc = make_doc("Partnerami firmy Trelko w tym projekcie są Vantor i Duxa.", "pl",
                   names(Trelko="ORG", Vantor="ORG", Duxa="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Duxa", "Trelko", "Vantor"], None)]
    doc = make_doc("Европейские партнеры по проекту — компании Вантор и Дукса.", "ru", names(Вантор="ORG", Дукса="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Вантор", "Дукса"], None)]
    doc = make_doc("Европейски партньори по проекта са германските компании Унипер и Винтерсхал.", "bg",
                   names(Унипер="ORG", Винтерсхал="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Винтерсхал", "Унипер"], None)]


def test_financial_partners_cooperate_en_cs():
    doc = make_doc("Vantor and Duxa are financial partners of Trelko.", "en", names(Trelko="ORG", Vantor="ORG", Duxa="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Duxa", "Vantor"], None)]
    doc = make_doc("Trelko, Vantor a Duxa jsou finančními partnery projektu.", "cs",
                   names(Trelko="ORG", Vantor="ORG", Duxa="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Duxa", "Trelko", "Vantor"], None)]


def test_coalition_partners_cooperate_de_en():
    doc = make_doc("Die Volkspartei und ihr Koalitionspartner, die Bürgerliste, lehnten den Antrag ab.", "de",
                   names(Volkspartei="ORG", Bürgerliste="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Bürgerliste", "Volkspartei"], None)]
    doc = make_doc("The Liberal Party and its coalition partner, the Farmers Union, voted for the bill.", "en",
                   names(Liberal_Party="ORG", Farmers_Union="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Party", "Union"], None)]


def test_partner_without_a_project_is_no_cooperation_de_pl():
    """Guard: a firm looking for partners, a law firm's partner (a role), sanctions against a project's
    partners, talking with partners unnamed: no cooperation between named parties."""
    doc = make_doc("Trelko sucht neue Partner für das Werk in Linz.", "de", names(Trelko="ORG", Linz="LOC"))
    assert claims_of(doc) == []
    doc = make_doc("Jan Kowalski, partner w kancelarii Trelko, skomentował wyrok.", "pl",
                   names(Jan_Kowalski="PER", Trelko="ORG"))
    assert claims_of(doc) == []
    doc = make_doc("Sankcje mogą objąć partnerów projektu gazociągu z Rakwii do Bonalii.", "pl",
                   names(Rakwii=("LOC", "Rakwia"), Bonalii=("LOC", "Bonalia")))
    assert claims_of(doc) == []
    doc = make_doc("Rzecznik Trelko powiedział, że firma rozmawia z partnerami w Europie.", "pl",
                   names(Trelko="ORG", Europie=("LOC", "Europa")))
    assert claims_of(doc) == []


# -- 3. televised debates -------------------------------------------------------------------------------

def test_televised_debate_is_a_meeting_en_ru_cs_de():
    doc = make_doc("In their first TV debate on Tuesday, Anton Berg and Oleg Sokolov attacked each other.", "en",
                   names(Anton_Berg="PER", Oleg_Sokolov="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Berg", "Sokolov"], None)]
    doc = make_doc("Антон Берг и Олег Соколов сойдутся в теледебатах в среду.", "ru",
                   names(Антон_Берг="PER", Олег_Соколов="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Берг", "Соколов"], None)]
    doc = make_doc("Jan Novák a Petr Svoboda se utkali v televizní debatě.", "cs", names(Jan_Novák="PER", Petr_Svoboda="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Svoboda"], None)]
    doc = make_doc("Im TV-Duell griffen Klaus Wendler und Sabine Kröger einander an.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Kröger", "Wendler"], None)]


def test_parliamentary_debate_is_no_meeting_pl():
    """Guard: speaking in a parliament's debate is no encounter of two."""
    doc = make_doc("Posłowie Jan Kowalski i Adam Nowak zabrali głos w debacie nad budżetem.", "pl",
                   names(Jan_Kowalski="PER", Adam_Nowak="PER"))
    assert claims_of(doc) == []


# -- 4. in the studio with a producer --------------------------------------------------------------------

def test_in_the_studio_with_a_producer_is_cooperation_en():
    doc = make_doc("Anton Berg said the Blue Owls have been in the studio with producer Oleg Sokolov.", "en",
                   names(Anton_Berg="PER", Oleg_Sokolov="PER", Blue_Owls="ORG"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Owls", "Sokolov"], "Berg")]
