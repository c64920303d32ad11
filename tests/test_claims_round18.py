"""Round 18 (issue 5, parties: broad shapes checked on unannotated text): a visit in the setting of its
speaker's own saying ("said X during a visit to Y") has the speaker for visitor, as round 15's "said X
during his meeting with Y" has the speaker for a party; a partner named after a possessive and a role
("after a meeting with his Ukrainian counterpart X", "с украинския си колега X", "со своим коллегой X")
is still the relation's partner, so the speaker of the saying it is the setting of is the other party.
Invented names and short constructed sentences, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`


# -- a visit in the setting of its speaker's saying ---------------------------------------------------

def test_visit_in_the_setting_of_the_saying_has_the_speaker_for_visitor_en():
    text = "It is a good decision, Tom Varley said during a visit to Springhaven."
    doc = make_doc(text, "en", names(Tom_Varley="PER", Springhaven="LOC"))
    # the text itself tells of the visit: no speaker, the visitor and the place
    assert claims_of(doc) == [("visit", "asserts", ["Springhaven", "Varley"], None)]


def test_visit_in_the_setting_of_the_saying_pl_ru_bg_cs():
    text = "To dobra decyzja - stwierdził Jan Wolny podczas wizyty w Zalesiu."
    doc = make_doc(text, "pl", names(Jan_Wolny="PER", Zalesiu=("LOC", "Zalesie")))
    assert claims_of(doc) == [("visit", "asserts", ["Wolny", "Zalesie"], None)]
    text = "Это хорошее решение, заявил Иван Верхов во время визита в Заречье."
    doc = make_doc(text, "ru", names(Иван_Верхов="PER", Заречье="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Верхов", "Заречье"], None)]
    text = "Това е добро решение, каза Иван Горов по време на посещението си в Заречие."
    doc = make_doc(text, "bg", names(Иван_Горов="PER", Заречие="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Горов", "Заречие"], None)]
    text = "Je to dobré rozhodnutí, řekl Jan Horák během návštěvy Zálesí."
    doc = make_doc(text, "cs", names(Jan_Horák="PER", Zálesí="LOC"))
    assert claims_of(doc) == [("visit", "asserts", ["Horák", "Zálesí"], None)]


def test_a_visit_the_speaker_speaks_about_is_not_their_own_en():
    # guard (passes before and after): a visit in the content, not the setting, names no visitor
    text = "Tom Varley said that tourists travelling to Springhaven should book early."
    doc = make_doc(text, "en", names(Tom_Varley="PER", Springhaven="LOC"))
    assert claims_of(doc) == []


# -- a partner after a possessive and a role ----------------------------------------------------------

def test_meeting_with_a_counterpart_as_the_setting_of_the_saying_bg():
    text = "Това обяви премиерът Ларс Горов след среща с украинския си колега Иван Петрушев."
    doc = make_doc(text, "bg", names(Ларс_Горов="PER", Иван_Петрушев="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Горов", "Петрушев"], None)]


def test_meeting_with_a_counterpart_as_the_setting_of_the_saying_en_cs_pl_ru():
    text = "Tom Varley said this after a meeting with his Ukrainian counterpart Ivan Dorsk."
    doc = make_doc(text, "en", names(Tom_Varley="PER", Ivan_Dorsk="PER"))
    assert claims_of(doc) == [("meet", "asserts", ["Dorsk", "Varley"], None)]
    text = "Jan Horák to řekl po setkání se svým ruským protějškem Ivanem Sokolem."
    doc = make_doc(text, "cs", names(Jan_Horák="PER", Ivanem_Sokolem=("PER", "Ivan Sokol")))
    assert claims_of(doc) == [("meet", "asserts", ["Horák", "Sokol"], None)]
    text = "Jan Wolny powiedział to po spotkaniu ze swoim ukraińskim odpowiednikiem Iwanem Sokołem."
    doc = make_doc(text, "pl", names(Jan_Wolny="PER", Iwanem_Sokołem=("PER", "Iwan Sokół")))
    assert claims_of(doc) == [("meet", "asserts", ["Sokół", "Wolny"], None)]
    text = "Иван Верхов заявил это после встречи со своим украинским коллегой Петром Сокольским."
    doc = make_doc(text, "ru", names(Иван_Верхов="PER", Петром_Сокольским=("PER", "Петр Сокольский")))
    assert claims_of(doc) == [("meet", "asserts", ["Верхов", "Сокольский"], None)]


def test_three_words_before_the_partner_still_end_the_partner_phrase_en():
    # guard (passes before and after): more than two other words between "with" and a name
    text = "Tom Varley said this after a meeting with the new and very young team of Ivan Dorsk."
    doc = make_doc(text, "en", names(Tom_Varley="PER", Ivan_Dorsk="PER"))
    assert [c for c in claims_of(doc) if c[0] == "meet" and c[3] is None] == []
