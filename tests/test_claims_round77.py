"""Round 77 (issue 5): relation words the attribution covers, and names taken for outlets. A relation word right
after a coordinated subject and before its reporting verb ("X, Y и Z съвместно се обявиха срещу …") is the subjects'
joint relation, left out of the attribution; a conversation with a person right after the reporting verb ("заяви в
разговор с премиера X Y") is the saying's setting, its person the partner and no subject; cs "novinářského" (a
journalist's) is no media noun, so the party before it is no outlet. Invented names."""

from __future__ import annotations

from storyline.claims import extract as _extract
from test_claims_round63 import make_doc, names
from test_claims_round74 import _claims


# -- 1. a joint relation word between a coordinated subject and its reporting verb --------------------------------------

def test_a_joint_word_after_coordinated_states_before_their_verb_is_their_relation():
    assert _claims("Освен това Марония, Борелия и Зения съвместно се обявиха срещу строителството на газопровода.",
                   "bg", Марония="LOC", Борелия="LOC", Зения="LOC") == [
        ("cooperate", "asserts", ["Борелия", "Зения", "Марония"], None)]
    assert _claims("Maronie, Borelie a Zenie společně oznámily nesouhlas s plynovodem.", "cs",
                   Maronie="LOC", Borelie="LOC", Zenie="LOC") == [
        ("cooperate", "asserts", ["Borelie", "Maronie", "Zenie"], None)]


def test_guard_a_lone_subject_before_a_joint_word_has_no_partner():
    # guard: one state alone names no second side ("jointly" with someone unnamed)
    assert _claims("Освен това Марония съвместно се обяви срещу строителството на газопровода.", "bg",
                   Марония="LOC") == []


# -- 2. a conversation with a person right after the reporting verb --------------------------------------------------

def test_a_conversation_with_a_person_after_the_verb_is_the_setting_not_the_subject():
    text = "Все още не сме постигнали победа над вируса, заяви в разговор с премиера Иван Петров маронският премиер Ли Зен."
    assert _claims(text, "bg", Иван_Петров="PER", Ли_Зен="PER") == [
        ("contact", "asserts", ["Иван Петров", "Ли Зен"], "Ли Зен")]


def test_guard_an_interview_with_an_outlet_after_the_verb_stays_an_interview():
    # guard: the agency is the outlet that relays it, no partner
    text = "Все още не сме постигнали победа над вируса, заяви в разговор с агенция Зенко маронският премиер Ли Зен."
    assert _claims(text, "bg", Зенко="ORG", Ли_Зен="PER") == []
    # guard: a journalist it was said to is the interviewer, no partner
    text = "Все още не сме постигнали победа над вируса, заяви в разговор с журналиста Иван Петров маронският премиер Ли Зен."
    assert not any(c[0] == "contact" for c in _claims(text, "bg", Иван_Петров="PER", Ли_Зен="PER"))


# -- 3. a journalist's adjective is no media noun ----------------------------------------------------------------------

def test_a_journalists_adjective_makes_no_outlet():
    doc = make_doc("Hnutí Zenco je z novinářského hlediska zajímavé. Spojenectví se Zenco a Acme skončilo.", "cs",
                   names(Zenco="ORG", Acme="ORG"))
    ctx = _extract._Extraction(doc, _extract.load_lexicon("cs")).primary
    assert "zenco" not in {n.lower() for n in ctx.outlet_names()}
