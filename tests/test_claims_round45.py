"""Round 45 (issue 5): English relations and parties on real text, from the audit of the English claims.
A definite relation noun ("the July 25 call", "the call with Y") is the event the document told before, with
its parties; a possessive owner of a relation noun after a topic preposition made it ("grilled X on Y's call
with Z"); a partner preposition that ends its clause ("people I spoke to,") has a common noun for partner;
"called in" engages; the names of a clause set off by dashes are another clause's; a capitalised role word
inside an institution's name ("the General Assembly") and a role after an indefinite article name no one;
"we" of "X, Acme's chief executive," is Acme; a name in a compound modifier ("the Cole-era whistleblower")
or coordinated after a preposition ("a protégé of X and Y") is no subject. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names

N = dict(Tom_Hale="PER", Rob_Dunn="PER", Jim_Cole="PER", Ivan_Petrov="PER", Acme="ORG", Zenco="ORG",
         Maronia="LOC")


def _claims(text, **extra):
    doc = make_doc(text, "en", names(**{**N, **extra}))
    m = doc.mentions
    return [(c.relation, [m[p].text for p in c.participants], None if c.speaker is None else m[c.speaker].text)
            for c in extract_claims(doc)]


def test_definite_call_is_the_call_told_before():
    text = ("Rob Dunn listened in on Tom Hale's July 25 call with Ivan Petrov.\n\n"
            "Rob Dunn also said he was surprised that Jim Cole went straight to Acme about the July 25 call.\n\n"
            "However, he said the July 25 call made him realize Jim Cole still believed Zenco was corrupt.")
    assert [(r, p) for r, p, _ in _claims(text)] == [("contact", ["Tom Hale", "Ivan Petrov"])] * 3


def test_definite_call_with_its_own_partner():
    # "the call with Y": the call told before, not the speakers' call
    text = ("Tom Hale held a phone call with Ivan Petrov on Monday.\n\n"
            "Rob Dunn and Jim Cole said that the call with Petrov was not in line with the goals.")
    assert [p for _, p, _ in _claims(text, Petrov=("PER", "Ivan Petrov"))][-1] == ["Tom Hale", "Ivan Petrov"]


def test_definite_noun_after_two_different_calls_continues_the_last():
    # guard (passed before): two calls told with different parties give no referred parties; the sentence
    # continues the claim just made, as before
    text = ("Tom Hale had a call with Ivan Petrov. Rob Dunn had a call with Jim Cole.\n\n"
            "Acme said the call was short.")
    assert [p for _, p, _ in _claims(text)] == [["Tom Hale", "Ivan Petrov"], ["Rob Dunn", "Jim Cole"]] * 1 + [
        ["Rob Dunn", "Jim Cole"]]


def test_possessive_owner_after_topic_preposition():
    text = "Lawmakers grilled Rob Dunn on Tom Hale's July 25 phone call with Ivan Petrov."
    assert _claims(text) == [("contact", ["Tom Hale", "Ivan Petrov"], None)]
    text = "Lawmakers grilled Jim Cole, a top aide to Rob Dunn, on Tom Hale's phone call with Ivan Petrov."
    assert _claims(text) == [("contact", ["Tom Hale", "Ivan Petrov"], None)]


def test_stranded_partner_preposition_names_a_common_noun():
    assert _claims("But according to multiple people I spoke to, also at issue was Tom Hale's partner, "
                   "the writer Rob Dunn.") == []
    # guard: a name after the preposition is the partner
    assert _claims("Tom Hale spoke to Rob Dunn.") == [("contact", ["Tom Hale", "Rob Dunn"], None)]


def test_called_in_engages():
    assert _claims("Now the agency's Acme team has called in Zenco's Design Facility to assess the plan.",
                   Design_Facility="ORG") == []


def test_dashed_clause_names_no_party():
    text = ("What would have been the reaction had an official gone to the IG — but only after consulting "
            "secretly with the staff of Rob Dunn — to claim knowledge of a confidential Tom Hale phone call to "
            "Maronia's President Ivan Petrov?")
    assert [p for _, p, _ in _claims(text)] == [["Tom Hale", "Ivan Petrov"]]
    # guard: a dashed segment right after the relation word, or of names only, is its own
    assert _claims("Talks — between Tom Hale and Ivan Petrov — resumed on Monday.") == [
        ("contact", ["Tom Hale", "Ivan Petrov"], None)]


def test_role_word_inside_an_institution_name():
    text = ("Prime Minister Rob Dunn visited Maronia. \"We are going to the General Assembly and we will ask "
            "Acme to open an investigation,\" Tom Hale said.")
    assert _claims(text)[-1] == ("request", ["Tom Hale", "Acme"], "Tom Hale")


def test_we_of_a_role_owned_by_a_company():
    assert _claims("\"We are delighted with this collaboration with Zenco,\" said Tom Hale, Acme's chief executive.") \
        == [("cooperate", ["Acme", "Zenco"], "Tom Hale")]
    assert _claims("Tom Hale, Acme's chief executive, said: \"We are in talks with Zenco.\"") == [
        ("contact", ["Acme", "Zenco"], "Tom Hale")]
    # guard: "I" stays the person
    assert _claims("Tom Hale, Acme's chief executive, said: \"I am in talks with Zenco.\"") == [
        ("contact", ["Tom Hale", "Zenco"], "Tom Hale")]


def test_name_in_compound_modifier_is_no_speaker():
    text = ("Rob Dunn met Acme. The Cole-era whistleblower would then have claimed that he was told that Acme "
            "had a call with Zenco.")
    assert _claims(text, Cole="PER")[-1] == ("contact", ["Acme", "Zenco"], None)


def test_role_after_indefinite_article_names_no_one():
    text = "Rob Dunn, an official of the ministry, visited Maronia on Monday. On Tuesday Zenco met with a senior official in Acme."
    assert _claims(text, Acme="LOC") == [("visit", ["Rob Dunn", "Maronia"], None)]
