"""Round 46 (issue 5): a document's negotiation and the deal it is about. A singular deal or agreement noun
(lexicon ``deal_nouns``: "the deal", "споразумението", "porozumienie") in a document whose negotiation sides
are established (its explicit negotiations, its membership change, its "between" pair) is that negotiation,
when its sentence names one of those sides (or one says it) and no one else; a deal with a party of its own, a
plural, consent ("with the agreement of"), a person's deal or a deal naming neither side is not. Invented
names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names

N = dict(Freedonia="LOC", Ruritania="LOC", Union="ORG", Tom_Hale="PER")
TALKS = "Freedonia and the Union began negotiations on Monday.\n\n"
EXIT = "Freedonia's exit from the Union is due in March.\n\n"


def _claims(text, language="en", **extra):
    doc = make_doc(text, language, names(**{**N, **extra}))
    m = doc.mentions
    return [(c.relation, [m[p].text for p in c.participants], None if c.speaker is None else m[c.speaker].text)
            for c in extract_claims(doc)]


def test_bare_deal_after_an_explicit_negotiation():
    assert [(r, sorted(p), s) for r, p, s in _claims(TALKS + "The deal must still be approved by the Union.")[1:]] == [
        ("negotiate", ["Freedonia", "Union"], None)]
    # guard (passed before): a deal naming neither side is any deal ("The agreement was criticised by farmers")
    assert _claims(TALKS + "The deal must still be approved by parliament.")[1:] == []


def test_agreement_in_a_document_on_a_membership_change():
    assert _claims(EXIT + "Freedonia approved the agreement on Monday.") == [
        ("negotiate", ["Freedonia", "Union"], None)]


def test_agreement_naming_one_side_with_the_between_pair():
    text = "Relations between Freedonia and the Union are tense.\n\nThe Union says the agreement must still be approved."
    assert [(r, sorted(p), s) for r, p, s in _claims(text)] == [("negotiate", ["Freedonia", "Union"], "Union")]
    # a pair named only with "between" needs a side named in the sentence (an aside, a comparison)
    assert _claims("Relations between Freedonia and the Union are tense.\n\nThe agreement must still be approved.") == []


def test_a_side_saying_it_names_it():
    assert [(r, sorted(p), s) for r, p, s in _claims(TALKS + "The agreement is close, the Union said.")[1:]] == [
        ("negotiate", ["Freedonia", "Union"], "Union")]
    # guard: another speaker names neither side
    assert _claims(TALKS + "Tom Hale said the agreement was close.")[1:] == []


def test_bulgarian_and_polish_deal_nouns():
    bg = dict(Фридония="LOC", Съюза="ORG")
    text = "Излизането на Фридония от Съюза предстои през март.\n\nФридония иска споразумението да бъде одобрено."
    assert _claims(text, "bg", **bg) == [("negotiate", ["Фридония", "Съюза"], None)]
    pl = dict(Freedonia="LOC", Unia="ORG")
    text = "Freedonia i Unia rozpoczęły negocjacje w poniedziałek.\n\nPorozumienie musi jeszcze zatwierdzić Unia."
    assert [(r, sorted(p), s) for r, p, s in _claims(text, "pl", **pl)[1:]] == [("negotiate", ["Freedonia", "Unia"], None)]


def test_guards_another_deal_plural_consent_person():
    # guards (passed before): a deal with a party of its own, a plural, consent, a person's deal
    for sentence in ["The deal with Ruritania must still be approved by parliament.", "Trade agreements are complex.",
                     "With the agreement of the Union, the ship docked in the port.", "Tom Hale's deal was rejected."]:
        assert _claims(TALKS + sentence)[1:] == [], sentence
    bg = dict(Фридония="LOC", Съюза="ORG", Руритания="LOC")
    for sentence in ["Споразумението с Руритания трябва да бъде одобрено.", "Търговските споразумения са сложни."]:
        assert _claims("Излизането на Фридония от Съюза предстои през март.\n\n" + sentence, "bg", **bg) == [], sentence
    pl = dict(Freedonia="LOC", Unia="ORG")
    text = "Freedonia i Unia rozpoczęły negocjacje w poniedziałek.\n\nW porozumieniu z rządem ustalono nowe zasady."
    assert _claims(text, "pl", **pl)[1:] == []


def test_guard_person_in_the_established_pair():
    # guard: a person negotiated for a side the document does not name; the deal's parties are unknown
    assert _claims("Tom Hale held negotiations with the Union.\n\nThe Union says the agreement must be approved.")[1:] == []
