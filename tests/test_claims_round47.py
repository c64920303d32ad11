"""Round 47 (issue 5): requests and invitations on unseen text. The one asked after an asked-preposition
("потребовать от X"); a call for an action whose addressee, a body a name owns, follows what is asked
("с требованием … к властям X обращались Y"); the named members of an unnamed group after an inclusion
marker ("several countries, including X and Y, offered asylum to Z"); being ready to take someone in
("готовы принять X"; not "готовы принять меры"); the state owning a government noun as the subject or
object ("Правительство X пригласило Y", "the government of X"); "X wants Y to"; "offered X Y a job";
the subject of a request's content clause ("požaduje, aby X …") is the one asked. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(text, language, **kinds):
    doc = make_doc(text, language, names(**kinds))
    m = doc.mentions
    return [(c.relation, [m[p].text for p in c.participants]) for c in extract_claims(doc)]


def test_asked_preposition_names_the_one_asked():
    assert _claims("Акме хочет потребовать от Маронии гарантий поставок.", "ru",
                   Акме="ORG", Маронии=("LOC", "Марония")) == [("request", ["Акме", "Маронии"])]
    assert _claims("Acme domaga się od Maronii gwarancji dostaw.", "pl",
                   Acme="ORG", Maronii=("LOC", "Maronia")) == [("request", ["Acme", "Maronii"])]


def test_addressee_body_after_what_is_asked():
    text = "С просьбой отменить приговор к властям Маронии обратился Иван Петров."
    # (round 78: the asker Petrov first — the addressee after "к" is the one asked, though it comes first)
    assert _claims(text, "ru", Маронии=("LOC", "Марония"), Иван_Петров="PER") == [
        ("request", ["Иван Петров", "Маронии"])]


def test_members_of_an_unnamed_group_make_the_offer():
    text = "Several countries, including Maronia and Zenobia, have offered asylum to Anna Kowal."
    assert _claims(text, "en", Maronia="LOC", Zenobia="LOC", Anna_Kowal="PER") == [
        ("invite", ["Maronia", "Zenobia", "Anna Kowal"])]
    text = "Już kilka krajów zaoferowało pomoc Annie Kowal, w tym Maronia i Zenobia."
    assert _claims(text, "pl", Annie_Kowal=("PER", "Anna Kowal"), Maronia="LOC", Zenobia="LOC") == [
        ("invite", ["Maronia", "Zenobia", "Annie Kowal"])]
    text = "Janě Novákové již několik zemí nabídlo azyl, mimo jiné Marónie či Zenobie."
    assert _claims(text, "cs", Janě_Novákové=("PER", "Jana Nováková"), Marónie="LOC", Zenobie="LOC") == [
        ("invite", ["Marónie", "Zenobie", "Janě Novákové"])]


def test_members_after_a_named_agent_are_invited():
    # guard (passed before): a named inviter keeps the members as the ones invited
    text = "Tom Hale invited several leaders, including Rob Dunn and Jim Cole."
    assert _claims(text, "en", Tom_Hale="PER", Rob_Dunn="PER", Jim_Cole="PER") == [
        ("invite", ["Tom Hale", "Rob Dunn", "Jim Cole"])]


def test_ready_to_take_someone_in_invites_them():
    assert _claims("Власти Маронии готовы принять Анну Иванову и ее семью.", "ru", Маронии=("LOC", "Марония"),
                   Анну_Иванову=("PER", "Анна Иванова")) == [("invite", ["Маронии", "Анну Иванову"])]
    assert _claims("Maronia is ready to receive Tom Hale.", "en", Maronia="LOC", Tom_Hale="PER") == [
        ("invite", ["Maronia", "Tom Hale"])]
    # no person taken in: no invitation
    assert _claims("Власти Маронии готовы принять меры против Акме.", "ru", Маронии=("LOC", "Марония"),
                   Акме="ORG") == []
    assert _claims("Maronia is ready to receive the shipment from Acme.", "en", Maronia="LOC", Acme="ORG") == []


def test_state_owning_a_government_noun_is_a_party():
    assert _claims("Правительство Маронии пригласило Анну Иванову.", "ru", Маронии=("LOC", "Марония"),
                   Анну_Иванову=("PER", "Анна Иванова")) == [("invite", ["Маронии", "Анну Иванову"])]
    assert _claims("Rząd Maronii zaprosił Annę Kowal.", "pl", Maronii=("LOC", "Maronia"),
                   Annę_Kowal=("PER", "Anna Kowal")) == [("invite", ["Maronii", "Annę Kowal"])]
    assert _claims("Tom Hale appealed to the government of Maronia to release the prisoners.", "en",
                   Tom_Hale="PER", Maronia="LOC") == [("request", ["Tom Hale", "Maronia"])]


def test_wants_someone_to():
    assert _claims("Acme wants Maronia to lift the sanctions.", "en", Acme="ORG", Maronia="LOC") == [
        ("request", ["Acme", "Maronia"])]
    assert _claims("Tom Hale wanted Rob Dunn to resign.", "en", Tom_Hale="PER", Rob_Dunn="PER") == [
        ("request", ["Tom Hale", "Rob Dunn"])]
    # a thing wanted, with a name in what it should do: no one asked
    assert _claims("Acme wants the deal to include Maronia.", "en", Acme="ORG", Maronia="LOC") == []
    # a passive infinitive: the one named is what is wanted done to, not who is asked
    assert _claims("Tom Hale wants Rob Dunn to be disciplined.", "en", Tom_Hale="PER", Rob_Dunn="PER") == []


def test_offer_of_a_job_to_a_two_word_name():
    assert _claims("Tom Hale offered Rob Dunn a job.", "en", Tom_Hale="PER", Rob_Dunn="PER") == [
        ("invite", ["Tom Hale", "Rob Dunn"])]


def test_subject_of_the_content_clause_is_asked():
    assert _claims("Představitelé EU požadují, aby Marónie zaručila práva občanů.", "cs",
                   EU="ORG", Marónie="LOC") == [("request", ["EU", "Marónie"])]
    assert _claims("Иван Петров потребовал, чтобы Марония отменила санкции против Акме.", "ru",
                   Иван_Петров="PER", Марония="LOC", Акме="ORG") == [("request", ["Иван Петров", "Марония"])]
