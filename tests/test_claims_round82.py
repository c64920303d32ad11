"""Round 82 (issue 5): the audit's not-a-claim items and wrong entities for a side. Unnamed members of a parliament or
party ("sedm poslanců Evropského parlamentu", "posłów Partii X", "MPs of X") act for themselves: the body owning
them is no party (like round 78's kin); a call for an action fronted before the request verb ("К забастовке призвали
X") has no addressee. Invented names."""

from __future__ import annotations

from test_claims_round78 import _ordered


def test_unnamed_members_of_a_party_are_no_negotiator_pl():
    text = "Mimo konieczności negocjacji z grupą proeuropejskich posłów Partii Zenkowej rząd Anny Kowal przetrwał."
    claims = _ordered(text, "pl", Partii_Zenkowej=("ORG", "Partia Zenkowa"), Anny_Kowal=("PER", "Anna Kowal"))
    assert claims == []


def test_unnamed_members_of_a_party_met_are_no_party_pl():
    assert _ordered("Zenkowa spotkała się z posłami Partii Maronii.", "pl", Zenkowa="PER",
                    Partii_Maronii=("ORG", "Partia Maronii")) == []


def test_the_party_itself_stays_a_negotiator_pl():
    # guard: no member noun, the party negotiates
    text = "Mimo konieczności negocjacji z Partią Zenkową rząd Anny Kowal przetrwał."
    claims = _ordered(text, "pl", Partią_Zenkową=("ORG", "Partia Zenkowa"), Anny_Kowal=("PER", "Anna Kowal"))
    assert claims and all("Partią Zenkową" in parties for _, parties in claims)


def test_a_fronted_call_for_a_strike_has_no_addressee_ru():
    text = ("К самой мощной забастовке в истории Зенко призвали профсоюзы пилотов из пяти стран — Маронии, "
            "Зенкии и Акмии.")
    claims = _ordered(text, "ru", Зенко="ORG", Маронии=("LOC", "Марония"), Зенкии=("LOC", "Зенкия"),
                      Акмии=("LOC", "Акмия"))
    assert claims == []



def test_unnamed_staff_of_a_body_are_no_visitor_bg():
    text = "Правилото, че служителите на Зенко трябва да пътуват до Марония, трябва да бъде отменено."
    assert _ordered(text, "bg", Зенко="ORG", Марония="LOC") == []


def test_the_body_itself_stays_the_visitor_bg():
    # guard: no staff noun, the body travels
    text = "Правилото, че Зенко трябва да пътува до Марония, трябва да бъде отменено."
    assert _ordered(text, "bg", Зенко="ORG", Марония="LOC") == [("visit", ["Зенко", "Марония"])]
