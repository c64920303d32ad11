"""Round 38 (issue 5): relation words of another sense, an audit on real text. Being met with
laughter, applause or silence (a reaction), a "judgement call" or a "contact page", a task or purchase
order, Slovene "skupno" before an amount ("in total") and Czech "jednání" of a body (its session) are
no relation between parties. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, parties) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, sorted(last(m) for m in c.participants)) for c in extract_claims(doc)]


def test_met_with_laughter_is_no_meeting():
    doc = make_doc("После отставки Тома Кранца речь Лены Варги встретили дружным хохотом.", "ru",
                   names(Тома_Кранца="PER", Лены_Варги="PER"))
    assert _claims(doc) == []
    doc = make_doc("The speech of Lena Varga about Tom Kranjc was met with loud laughter.", "en",
                   names(Lena_Varga="PER", Tom_Kranjc="PER"))
    assert _claims(doc) == []
    doc = make_doc("Projev Leny Vargové o Tomu Kranjcovi se setkal s bouřlivým potleskem.", "cs",
                   names(Leny_Vargové="PER", Tomu_Kranjcovi="PER"))
    assert _claims(doc) == []


def test_met_with_a_person_is_still_a_meeting():  # guard
    doc = make_doc("Лену Варгу встретили Том Кранц и его коллеги.", "ru", names(Лену_Варгу="PER", Том_Кранц="PER"))
    assert _claims(doc) == [("meet", ["Варгу", "Кранц"])]


def test_judgement_call_and_contact_page_are_no_contact():
    doc = make_doc("Tom Kranjc made a judgement call with Lena Varga.", "en",
                   names(Tom_Kranjc="PER", Lena_Varga="PER"))
    assert _claims(doc) == []
    doc = make_doc("Acme Systems has a contact page with Borex Labs.", "en",
                   names(Acme_Systems="ORG", Borex_Labs="ORG"))
    assert _claims(doc) == []


def test_task_order_is_no_request():
    doc = make_doc("Acme Space awarded task orders to Borex Labs and Zentro Dynamics.", "en",
                   names(Acme_Space="ORG", Borex_Labs="ORG", Zentro_Dynamics="ORG"))
    assert _claims(doc) == []


def test_skupno_before_an_amount_is_in_total_sl():
    doc = make_doc("Acme je skupno položil čez 80 odstotkov cevi med Maronijo in Fredonijo.", "sl",
                   names(Acme="ORG", Maronijo="LOC", Fredonijo="LOC"))
    assert [r for r, _ in _claims(doc)] == []


def test_session_of_a_body_is_no_negotiation_cs():
    doc = make_doc("Na jednání vlády Tom Kranjc kritizoval Lenu Vargovou.", "cs",
                   names(Tom_Kranjc="PER", Lenu_Vargovou="PER"))
    assert _claims(doc) == []
    # guard: negotiating with a partner still is
    doc = make_doc("Tom Kranjc o tom jednal s Lenou Vargovou.", "cs", names(Tom_Kranjc="PER", Lenou_Vargovou="PER"))
    assert _claims(doc) == [("negotiate", ["Kranjc", "Vargovou"])]


def test_visiting_a_website_is_no_visit():
    doc = make_doc("Gledalci Maronije vse več obiskujejo tudi spletne videoteke, kot sta Acme in Borex.", "sl",
                   names(Maronije="LOC", Acme="ORG", Borex="ORG"))
    assert _claims(doc) == []
    doc = make_doc("Tom Kranjc visited the website of Acme Labs.", "en", names(Tom_Kranjc="PER", Acme_Labs="ORG"))
    assert _claims(doc) == []
    doc = make_doc("Том Кранц посетил сайт компании Акме.", "ru", names(Том_Кранц="PER", Акме="ORG"))
    assert _claims(doc) == []


def test_visiting_a_person_is_still_a_visit():  # guard
    doc = make_doc("Tom Kranjc visited Lena Varga in Maronia.", "en",
                   names(Tom_Kranjc="PER", Lena_Varga="PER", Maronia="LOC"))
    assert [r for r, _ in _claims(doc)] == ["visit"]


def test_a_lecture_talk_and_a_press_office_are_no_contact():
    doc = make_doc("Video: In this talk presented at the 2016 Acmemed conference, Lena Varga, a professor at Borex "
                   "University, discusses her research.", "en",
                   names(Acmemed="ORG", Lena_Varga="PER", Borex_University="ORG"))
    assert _claims(doc) == []
    doc = make_doc("Peng Varga — project manager for communications on Sales Day and PR director of Borex, the retail "
                   "site owned by Acme Group — responded to the allegations.", "en",
                   names(Peng_Varga="PER", Borex="ORG", Acme_Group="ORG"))
    assert _claims(doc) == []


def test_meet_in_court_is_no_meeting_pl():
    doc = make_doc("„Panie Kranc, spotkamy się w sądzie” – napisała Lena Warga.", "pl",
                   names(Kranc="PER", Lena_Warga="PER"))
    assert "meet" not in [r for r, _ in _claims(doc)]
