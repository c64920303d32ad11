"""Round 30 (issue 5): a partner fronted before the verb (/work/scratch/probe27-29.md). A trigger that
needs its partner preposition right after the verb ("mluvil* s", "говори* з") also matches the verb
alone when the same preposition and a capitalised word stand before it in its clause ("S X nikdy
nemluvil", "Kubát s X nikdy nemluvil", "„S X jsem mluvil …“"). Invented names."""

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


def test_partner_fronted_before_a_negated_verb_cs():
    doc = make_doc("Tomáš Kubát s Lenkou Machovou nikdy nemluvil, uvedl Marek Doležal.", "cs",
                   names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová"), Marek_Doležal="PER"))
    assert _claims(doc) == [("contact", "denies", ["Kubát", "Machová"], "Doležal")]
    doc = make_doc("S Lenkou Machovou Tomáš Kubát nikdy nemluvil.", "cs",
                   names(Lenkou_Machovou=("PER", "Lenka Machová"), Tomáš_Kubát="PER"))
    assert _claims(doc) == [("contact", "denies", ["Kubát", "Machová"], None)]


def test_partner_fronted_in_a_first_person_quote_cs():
    doc = make_doc("„S Lenkou Machovou jsem mluvil minulý týden,“ řekl Tomáš Kubát.", "cs",
                   names(Lenkou_Machovou=("PER", "Lenka Machová"), Tomáš_Kubát="PER"))
    assert _claims(doc) == [("contact", "asserts", ["Kubát", "Machová"], "Kubát")]


def test_talking_about_someone_is_no_contact():  # guard: unchanged behaviour
    doc = make_doc("Tomáš Kubát mluvil o Lence Machové, uvedl Marek Doležal.", "cs",
                   names(Tomáš_Kubát="PER", Lence_Machové=("PER", "Lenka Machová"), Marek_Doležal="PER"))
    assert _claims(doc) == []
    # a preposition in another clause is not the verb's partner
    doc = make_doc("Tomáš Kubát souhlasil s Lenkou Machovou, pak mluvil o ekonomice.", "cs",
                   names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová")))
    assert _claims(doc) == []
