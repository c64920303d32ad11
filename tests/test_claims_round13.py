"""Round 13 (issue 5): a relation verb joined by "and" to a first verb whose subject a pro-drop
language left out after a word of sequence ("Następnie wsiadł do pociągu i pojechał do Londynu")
shares that dropped subject: the person the text is about; a relation noun listed among other
common nouns ("concerts, meetings and exhibitions") is a kind of event and takes no implied
parties. Invented names and short constructed sentences, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, orgs, people, places


def test_visit_verb_coordinated_after_a_word_of_sequence_pl():
    text = "Jan Nowak przemawiał w Sejmie. Następnie wsiadł do pociągu i pojechał do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **places("Sejmie", "Londynu")})
    assert claims_of(doc) == [("visit", "asserts", ["Londynu", "Nowak"], None)]


def test_visit_verb_coordinated_after_a_word_of_sequence_ru():
    text = "Иван Петров выступил в Думе. Затем сел в самолёт и прилетел в Лондон."
    doc = make_doc(text, "ru", {**people("Иван Петров"), **places("Думе", "Лондон")})
    assert claims_of(doc) == [("visit", "asserts", ["Лондон", "Петров"], None)]


def test_visit_verb_coordinated_after_a_word_of_sequence_cs():
    text = "Jan Novák vystoupil v Brně. Potom nastoupil do vlaku a odjel do Prahy."
    doc = make_doc(text, "cs", {**people("Jan Novák"), **places("Brně", "Prahy")})
    assert claims_of(doc) == [("visit", "asserts", ["Novák", "Prahy"], None)]


def test_without_a_word_of_sequence_the_visitor_stays_unnamed_pl():
    text = "Jan Nowak przemawiał w Sejmie. Wsiadł do pociągu i pojechał do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **places("Sejmie", "Londynu")})
    assert claims_of(doc) == []


def test_a_named_object_of_the_first_verb_blocks_the_dropped_subject_pl():
    # "spotkał Piotra Zielińskiego": a name right after the first verb, outside a prepositional phrase
    text = "Jan Nowak przemawiał w Sejmie. Następnie spotkał Piotra Zielińskiego i pojechał do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Nowak", "Piotra Zielińskiego"), **places("Sejmie", "Londynu")})
    assert [c for c in claims_of(doc) if c[0] == "visit"] == []


def test_a_common_noun_subject_of_the_first_verb_is_no_dropped_subject_pl():
    text = "Jan Nowak przemawiał w Sejmie. Następnie pasażerowie wsiedli do pociągu i pojechali do Londynu."
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **places("Sejmie", "Londynu")})
    assert claims_of(doc) == []


def test_a_named_subject_of_the_first_verb_is_the_visitor_pl():
    text = ("Jan Nowak przemawiał w Sejmie. "
            "Następnie Piotr Zieliński wsiadł do pociągu i pojechał do Londynu.")
    doc = make_doc(text, "pl", {**people("Jan Nowak", "Piotr Zieliński"), **places("Sejmie", "Londynu")})
    assert claims_of(doc) == [("visit", "asserts", ["Londynu", "Zieliński"], None)]


# -- a relation noun in an enumeration of common nouns ----------------------------------------------

def test_meeting_listed_among_other_events_takes_no_implied_parties_en():
    text = "John Smith met the Better Future Trust. The organisers plan concerts, meetings and exhibitions."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Better Future Trust")})
    assert claims_of(doc) == [("meet", "asserts", ["Smith", "Trust"], None)]


def test_meeting_listed_among_other_events_takes_no_implied_parties_pl():
    text = ("Jan Nowak spotkał się z Fundacją Lepsza Przyszłość. Jej organizatorzy planują przygotowanie "
            "specjalnych spotkań, koncertów oraz publikację reklam w mediach.")
    doc = make_doc(text, "pl", {**people("Jan Nowak"), **orgs("Fundacją Lepsza Przyszłość")})
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Przyszłość"], None)]


def test_a_parenthetical_word_between_commas_is_no_enumeration_en():
    # no closing conjunction: "the meeting" still refers back to the meeting just named
    text = "John Smith met the Better Future Trust. The meeting, however, ended early."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Better Future Trust")})
    assert claims_of(doc) == [("meet", "asserts", ["Smith", "Trust"], None)] * 2


def test_two_relation_words_joined_by_and_keep_their_implied_parties_en():
    text = "John Smith met the Better Future Trust. The meetings and talks will continue."
    doc = make_doc(text, "en", {**people("John Smith"), **orgs("Better Future Trust")})
    assert len(claims_of(doc)) == 2
