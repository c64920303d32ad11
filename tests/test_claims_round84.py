"""Round 84 (issue 5): the end audit's open wrong entities and not-a-claim items. A visit verb with a dropped subject
takes the place after it over an auxiliary, "also" and a place noun ("Obiskal je tudi mesto X", lexicon
``additive_particles``), and a relative clause about that place does not end it; a talk with an unnamed source owned by
a name ("źródło z X, z którym rozmawiała Y") has no named partner; the government owning the role of a visitor ("szefowa
X rządu przyjechała") is no visitor. Invented names."""

from __future__ import annotations

from test_claims_round82 import _ordered


def test_a_dropped_subject_visits_the_place_after_also_and_a_place_noun_sl():
    text = ("Janez Novak je v četrtek prispel v Marovijo. Obiskal je tudi mesto Zenkograd, kjer je skrajnež ubil dva "
            "človeka.")
    claims = _ordered(text, "sl", Janez_Novak="PER", Marovijo=("LOC", "Marovija"), Zenkograd="LOC")
    assert claims == [("visit", ["Janez Novak", "Marovijo"]), ("visit", ["Janez Novak", "Zenkograd"])]


def test_a_dropped_subject_visits_the_place_after_the_auxiliary_sl():
    text = "Janez Novak je v četrtek prispel v Marovijo. Obiskal je Zenkograd."
    claims = _ordered(text, "sl", Janez_Novak="PER", Marovijo=("LOC", "Marovija"), Zenkograd="LOC")
    assert ("visit", ["Janez Novak", "Zenkograd"]) in claims


def test_a_subject_before_the_visit_verb_stays_the_visitor_sl():
    # guard: a named subject, the place after "tudi" is still the place visited
    text = "Janez Novak je obiskal tudi mesto Zenkograd."
    assert _ordered(text, "sl", Janez_Novak="PER", Zenkograd="LOC") == [("visit", ["Janez Novak", "Zenkograd"])]


def test_a_talk_with_an_unnamed_source_of_a_body_is_no_contact_pl():
    text = "Według źródła z Zenco, z którym rozmawiała Acme Jan Kowal ma przedstawić nowy plan budżetu."
    assert _ordered(text, "pl", Zenco="ORG", Acme="ORG", Jan_Kowal="PER") == []


def test_the_government_owning_the_visitors_role_is_no_visitor_pl():
    # ("maroniańskiego" is the adjective of the place Maronia the document names)
    text = "Maronia i Zenkia są sąsiadami. Szefowa maroniańskiego rządu przyjechała do Zenkii z jednodniową wizytą roboczą."
    assert _ordered(text, "pl", Maronia="LOC", Zenkia="LOC", Zenkii=("LOC", "Zenkia")) == []


def test_the_government_itself_stays_the_visitor_pl():
    # guard: no role before the government noun
    text = "Delegacja rządu Maronii przyjechała do Zenkii."
    claims = _ordered(text, "pl", Maronii=("LOC", "Maronia"), Zenkii=("LOC", "Zenkia"))
    assert claims == [("visit", ["Maronii", "Zenkii"])]


def test_a_companys_journeys_are_no_visit_cs():
    text = "Letecká společnost Zenco si na cestách do Maronie účtuje i přikrývky."
    assert _ordered(text, "cs", Zenco="ORG", Maronie=("LOC", "Maronie")) == []


def test_a_person_on_a_journey_stays_a_visitor_cs():
    # guard: a person, not a company named by a company noun
    text = "Jan Novák je na cestě do Maronie."
    assert _ordered(text, "cs", Jan_Novák="PER", Maronie=("LOC", "Maronie")) == [("visit", ["Jan Novák", "Maronie"])]


def test_a_verb_final_partner_phrase_of_common_nouns_is_an_unnamed_partner_cs():
    # the document's sides (Maronie, Zenkie) are not the partners of "se všemi zeměmi … jednat"
    text = ("Maronie vyjednává se Zenkií o odchodu. Samostatní Maroňané budou muset se všemi zeměmi mimo společenství "
            "jednat od samého začátku.")
    claims = _ordered(text, "cs", Maronie="LOC", Zenkií=("LOC", "Zenkie"))
    assert claims == [("negotiate", ["Maronie", "Zenkií"])]


def test_a_partner_named_before_a_verb_final_verb_stays_cs():
    # guard: a name after the preposition is the partner
    text = "Maronie bude muset se Zenkií ještě dlouho jednat."
    claims = _ordered(text, "cs", Maronie="LOC", Zenkií=("LOC", "Zenkie"))
    assert claims == [("negotiate", ["Maronie", "Zenkií"])]
