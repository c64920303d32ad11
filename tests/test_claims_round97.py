"""Round 97 (issue 5): names of one entity count once in the document's membership sides
(`implied.membership_sides`): several organisations linked with one place by membership phrases ("Unia Zenkijska",
"UZ", "Wspólnota"), never named together in one phrase, are one union named several ways; the sides are the place and
the organisation name linked most often (then named most often). A name owned by a company noun that owns a thing
("вакцини Zencovac китайської компанії Acme") is the thing's maker, not a party (`participants._maker_of_thing`).
Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims

_TEXT = ("Jan Kowalski, minister ds. wyjścia Maronii z Unii Zenkijskiej, podał się do dymisji. Wyjście Maronii z UZ "
         "jest planowane na marzec. Rząd chce, by po wyjściu Maronii ze Wspólnoty handel był swobodny. Negocjacje trwają.")


def test_one_union_named_three_ways_gives_the_sides_of_bare_talks():
    # before: three organisation names, no sides; the bare "Negocjacje trwają" had no parties
    assert _claims(_TEXT, "pl", Jan_Kowalski="PER", Maronii="LOC", Unii_Zenkijskiej="ORG", UZ="ORG",
                   Wspólnoty="ORG") == [("negotiate", "asserts", ["Maronii", "Unii Zenkijskiej"], None)]


def test_two_members_are_not_one_body():
    # guard: two places leaving the same union are two members; which one negotiates is unknown
    text = _TEXT.replace("po wyjściu Maronii ze Wspólnoty", "po wyjściu Zenkii ze Wspólnoty")
    assert _claims(text, "pl", Jan_Kowalski="PER", Maronii="LOC", Zenkii="LOC", Unii_Zenkijskiej="ORG", UZ="ORG",
                   Wspólnoty="ORG") == []


def test_the_maker_of_the_deals_object_is_no_side():
    text = "Поки що Маронія має домовленість лише про закупівлю вакцини Zencovac китайської компанії Acme Biotech."
    assert _claims(text, "uk", Маронія="LOC", Zencovac="MISC", Acme_Biotech="ORG") == []
    # guard: the company as the partner of the deal stays a side
    text = "Маронія має домовленість з компанією Acme Biotech про закупівлю вакцини."
    assert _claims(text, "uk", Маронія="LOC", Acme_Biotech="ORG") == [
        ("negotiate", "asserts", ["Маронія", "Acme Biotech"], None)]
