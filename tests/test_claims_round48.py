"""Round 48 (issue 5): a second relation word inside one clause. A phrase of an invitation naming its
maker ("at the invitation of Y", "по покана на Y", "na zaproszenie Y", "na pozvání Y", "по приглашению Y")
is an adjunct of another relation's clause: a claim of its own between Y and that relation's agent, and Y
is no party of the other relation; a request made in the setting of a meeting ("during the meeting with Y,
X urged Z to …") is a claim of its own besides the meeting; a relation noun right after a details noun with
no party of its own ("Details of the deal are not known") makes no claim. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language, **kinds):
    doc = make_doc(text, language, names(**kinds))
    m = doc.mentions
    return sorted((c.relation, sorted(m[p].text for p in c.participants)) for c in extract_claims(doc))


def test_invitation_phrase_after_a_visit_is_an_invitation_too():
    assert _claims("Tom Hale visited Maronia at the invitation of Rob Dunn.", "en",
                   Tom_Hale="PER", Maronia="LOC", Rob_Dunn="PER") == [
        ("invite", ["Rob Dunn", "Tom Hale"]), ("visit", ["Maronia", "Tom Hale"])]
    assert _claims("Иван Петров посети Марония по покана на Петър Иванов.", "bg",
                   Иван_Петров="PER", Марония="LOC", Петър_Иванов="PER") == [
        ("invite", ["Иван Петров", "Петър Иванов"]), ("visit", ["Иван Петров", "Марония"])]
    assert _claims("Jan Kowal odwiedził Maronię na zaproszenie Piotra Nowaka.", "pl", Jan_Kowal="PER",
                   Maronię=("LOC", "Maronia"), Piotra_Nowaka=("PER", "Piotr Nowak")) == [
        ("invite", ["Jan Kowal", "Piotra Nowaka"]), ("visit", ["Jan Kowal", "Maronię"])]
    assert _claims("Jan Novák navštívil Maronii na pozvání Petra Dvořáka.", "cs", Jan_Novák="PER",
                   Maronii=("LOC", "Maronia"), Petra_Dvořáka=("PER", "Petr Dvořák")) == [
        ("invite", ["Jan Novák", "Petra Dvořáka"]), ("visit", ["Jan Novák", "Maronii"])]
    assert _claims("Иван Петров посетил Маронию по приглашению Петра Иванова.", "ru", Иван_Петров="PER",
                   Маронию=("LOC", "Марония"), Петра_Иванова=("PER", "Петр Иванов")) == [
        ("invite", ["Иван Петров", "Петра Иванова"]), ("visit", ["Иван Петров", "Маронию"])]


def test_invitation_phrase_opening_the_sentence():
    assert _claims("По покана на Петър Иванов Иван Петров посети Марония.", "bg",
                   Иван_Петров="PER", Марония="LOC", Петър_Иванов="PER") == [
        ("invite", ["Иван Петров", "Петър Иванов"]), ("visit", ["Иван Петров", "Марония"])]
    assert _claims("Na zaproszenie Piotra Nowaka Jan Kowal odwiedził Maronię.", "pl", Jan_Kowal="PER",
                   Maronię=("LOC", "Maronia"), Piotra_Nowaka=("PER", "Piotr Nowak")) == [
        ("invite", ["Jan Kowal", "Piotra Nowaka"]), ("visit", ["Jan Kowal", "Maronię"])]


def test_inviter_is_no_party_of_the_meeting():
    assert _claims("Tom Hale met Rob Dunn in Maronia at the invitation of Jim Cole.", "en",
                   Tom_Hale="PER", Maronia="LOC", Rob_Dunn="PER", Jim_Cole="PER") == [
        ("invite", ["Jim Cole", "Tom Hale"]), ("meet", ["Rob Dunn", "Tom Hale"])]


def test_invited_is_a_person_not_the_place():
    # no other relation word: the sentence's subject was invited, not the place it came to
    assert _claims("Tom Hale came to Maronia at the invitation of Rob Dunn.", "en",
                   Tom_Hale="PER", Maronia="LOC", Rob_Dunn="PER") == [("invite", ["Rob Dunn", "Tom Hale"])]


def test_invitation_phrase_without_a_named_maker():
    # guard (passed before): no one named after the phrase, no invitation
    assert _claims("Tom Hale visited Maronia at the invitation of his counterpart.", "en",
                   Tom_Hale="PER", Maronia="LOC") == [("visit", ["Maronia", "Tom Hale"])]


def test_request_in_the_setting_of_a_meeting():
    text = "По време на срещата си с Петър Иванов Иван Петров призова Марония да отмени санкциите."
    assert _claims(text, "bg", Иван_Петров="PER", Петър_Иванов="PER", Марония="LOC") == [
        ("meet", ["Иван Петров", "Петър Иванов"]), ("request", ["Иван Петров", "Марония"])]
    text = "Podczas spotkania z Piotrem Nowakiem Jan Kowal wezwał Maronię do zniesienia sankcji."
    assert _claims(text, "pl", Jan_Kowal="PER", Piotrem_Nowakiem=("PER", "Piotr Nowak"),
                   Maronię=("LOC", "Maronia")) == [
        ("meet", ["Jan Kowal", "Piotrem Nowakiem"]), ("request", ["Jan Kowal", "Maronię"])]
    text = "Во время встречи с Петром Ивановым Иван Петров призвал Маронию отменить санкции."
    assert _claims(text, "ru", Иван_Петров="PER", Петром_Ивановым=("PER", "Петр Иванов"),
                   Маронию=("LOC", "Марония")) == [
        ("meet", ["Иван Петров", "Петром Ивановым"]), ("request", ["Иван Петров", "Маронию"])]


def test_request_after_a_meeting_with_no_partner():
    # guard (passed before): a meeting naming no partner stays the setting; the request is made
    assert _claims("After the meeting, Tom Hale urged Zenobia to lift the sanctions.", "en",
                   Tom_Hale="PER", Zenobia="LOC") == [("request", ["Tom Hale", "Zenobia"])]


def test_details_of_a_relation_make_no_claim():
    text = "Acme se dohodla s Betou na nové smlouvě. Detaily dohody nejsou známy, uvedla agentura Gama."
    assert _claims(text, "cs", Acme="ORG", Betou=("ORG", "Beta"), Gama="ORG") == [("negotiate", ["Acme", "Betou"])]
    # guard (passed before): details of a relation between named parties still tell that relation
    assert _claims("Details of the meeting between Tom Hale and Rob Dunn were not disclosed.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER") == [("meet", ["Rob Dunn", "Tom Hale"])]


def test_invitation_verb_after_a_relative_clause_keeps_its_subject():
    text = "Janez Novak je na razpravo, ki bo v sredo, povabil tudi Marka Kranjca."
    assert _claims(text, "sl", Janez_Novak="PER", Marka_Kranjca=("PER", "Marko Kranjec")) == [
        ("invite", ["Janez Novak", "Marka Kranjca"])]
