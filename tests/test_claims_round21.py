"""Round 21 (issue 5): Bulgarian words the lexicons reached by accident make no claims: plural "молби" /
"молбите" (applications expected or received) and "помолете се" / "помолим се" (pray) are no requests;
"свързва" / "свързващ" without "се" (a pipeline connecting two countries) is no contact. The singular
"молба" of someone to someone, the verb "помоли" and "се свърза с X" (got in touch) stay. Invented
names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`

_TALKS = "Въпросът бе най-важният в преговорите между Фредония и Атлантическия съюз. "
_NAMES = dict(Фредония="LOC", Атлантическия_съюз=("ORG", "Атлантически съюз"))


def test_applications_are_no_request_bg():
    text = _TALKS + "Кабинетът очаква 3 млн. молби, след като Фредония напусне Атлантическия съюз."
    doc = make_doc(text, "bg", names(**_NAMES))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Фредония", "съюз"])]


def test_a_surge_of_applications_is_no_request_bg():
    text = _TALKS + "Кабинетът иска да се избегне скок на молбите, след като Фредония напусне Атлантическия съюз."
    doc = make_doc(text, "bg", names(**_NAMES))
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Фредония", "съюз"])]


def test_pray_is_no_request_bg():
    text = ("Адвокатът Иван Петров защитава Мария Иванова. "
            "Помолете се Бог да опази нея и нейния адвокат Иван Петров.")
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Мария_Иванова="PER", Бог="PER"))
    assert [c for c in claims_of(doc) if c[0] == "request"] == []


def test_a_request_of_one_to_another_stays_bg():
    # guard (passes before and after): the singular noun and the verb still make requests
    text = ("Фредония отправи молба към Руритания за помощ. "
            "Фредония помоли Руритания за помощ.")
    doc = make_doc(text, "bg", names(Фредония="LOC", Руритания="LOC"))
    assert [(c[0], c[1], sorted(c[2])) for c in claims_of(doc)] == [
        ("request", "asserts", ["Руритания", "Фредония"]), ("request", "asserts", ["Руритания", "Фредония"])]


def test_a_pipeline_connecting_two_countries_is_no_contact_bg():
    for text in ["Газопроводът Северен поток ще свързва Фредония и Руритания по дъното на морето.",
                 "Газопроводът, свързващ Фредония и Руритания, е готов."]:
        doc = make_doc(text, "bg", names(Фредония="LOC", Руритания="LOC"))
        assert claims_of(doc) == []


def test_getting_in_touch_stays_a_contact_bg():
    # guard (passes before and after): the reflexive verb, in either order, is a contact
    for text in ["Министър Иван Петров се свърза с Мария Иванова по телефона.",
                 "Иван Петров и Мария Иванова се свързаха по телефона."]:
        doc = make_doc(text, "bg", names(Иван_Петров="PER", Мария_Иванова="PER"))
        assert [(c[0], sorted(c[2])) for c in claims_of(doc)] == [("contact", ["Иванова", "Петров"])]
