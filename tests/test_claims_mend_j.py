"""Round 48 (mend, issue 5): a list of three places or more with no conjunction ("visited Xaria,
Yelm, Zorn.") keeps its last place; a city and its region ("Springfield, Ohio.") still gives the
city only. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    def name(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, sorted(name(p) for p in c.participants)) for c in extract_claims(doc)]


def test_list_of_places_without_conjunction_keeps_the_last_en():
    doc = make_doc("Tom Kranz visited Xaria, Yelmor, Zornia.", "en",
                   names(Tom_Kranz="PER", Xaria="LOC", Yelmor="LOC", Zornia="LOC"))
    assert _claims(doc) == [("visit", ["Kranz", "Xaria", "Yelmor", "Zornia"])]


def test_city_and_region_still_gives_the_city_en():
    # guard: two places, the second after a comma and ending the sentence, is a city and its region
    doc = make_doc("Tom Kranz visited Springfield, Ohio.", "en",
                   names(Tom_Kranz="PER", Springfield="LOC", Ohio="LOC"))
    assert _claims(doc) == [("visit", ["Kranz", "Springfield"])]
