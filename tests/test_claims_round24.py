"""Round 24 (issue 5): speakers of claims already found. A source that is a group is nobody the
document names: a role noun with a plural reporting verb ("Депутатите заявиха, че …", "Ministrowie
powiedzieli, że …", "…, заявили депутаты") is an unnamed group, not the person who spoke last; the
press in general ("Според британски медии", "По данным СМИ", "podle médií"; lexicon ``group_media``)
is no outlet the document named earlier. Invented names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`


def test_plural_role_subject_is_no_earlier_speaker_bg():
    text = ("„Ще осигурим подходящ анализ“, каза Иван Петров. "
            "Депутатите заявиха, че ще подкрепят споразумението между Фредония и Силвания.")
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Фредония="LOC", Силвания="LOC"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Силвания", "Фредония"], None)]


def test_singular_role_subject_still_names_the_holder_bg():
    # guard (passes before and after): one minister speaking is the minister the document names
    text = ("Министърът на външните работи Иван Петров пристигна вчера. "
            "Министърът заяви, че ще подкрепи споразумението между Фредония и Силвания.")
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Фредония="LOC", Силвания="LOC"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Силвания", "Фредония"], "Петров")]


def test_plural_role_subject_before_the_verb_pl():
    text = ("„To ważny krok” – powiedział Jan Nowak. "
            "Ministrowie powiedzieli, że rozmowy między Fredonią a Silwanią będą kontynuowane.")
    doc = make_doc(text, "pl", names(Jan_Nowak="PER", Fredonią=("LOC", "Fredonia"), Silwanią=("LOC", "Silwania")))
    assert [speaker for *_, speaker in claims_of(doc)] == [None]


def test_plural_role_subject_after_the_verb_ru():
    text = "«Это важный шаг», сказал Иван Петров. Переговоры между Фредонией и Силванией продолжатся, заявили депутаты."
    doc = make_doc(text, "ru", names(Иван_Петров="PER", Фредонией=("LOC", "Фредония"), Силванией=("LOC", "Силвания")))
    assert claims_of(doc) == [("negotiate", "asserts", ["Силвания", "Фредония"], None)]


def test_media_in_general_is_no_outlet_named_before_bg():
    text = ("Иван Петров ще посети Фредония, предаде Агенция Вести. "
            "Според британски медии Иван Петров ще се срещне с Олег Соколов.")
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Олег_Соколов="PER", Фредония="LOC", Агенция_Вести="ORG"))
    assert claims_of(doc) == [("visit", "asserts", ["Петров", "Фредония"], "Вести"),
                              ("meet", "asserts", ["Петров", "Соколов"], None)]


def test_media_in_general_is_no_outlet_named_before_ru():
    text = ("Иван Петров посетит Фредонию, сообщает агентство Вести. "
            "По данным СМИ, Иван Петров встретится с Олегом Соколовым.")
    doc = make_doc(text, "ru", names(Иван_Петров="PER", Олегом_Соколовым=("PER", "Олег Соколов"),
                                     Фредонию=("LOC", "Фредония"), Вести="ORG"))
    assert claims_of(doc)[-1] == ("meet", "asserts", ["Петров", "Соколов"], None)


def test_media_in_general_is_no_outlet_named_before_cs():
    text = ("Jan Novák navštíví Fredonii, uvedla agentura Vesti. "
            "Jan Novák se podle místních médií setká s Olegem Sokolovem.")
    doc = make_doc(text, "cs", names(Jan_Novák="PER", Olegem_Sokolovem=("PER", "Oleg Sokolov"),
                                     Fredonii=("LOC", "Fredonie"), Vesti="ORG"))
    assert claims_of(doc)[-1] == ("meet", "asserts", ["Novák", "Sokolov"], None)


def test_a_media_noun_for_one_outlet_is_still_that_outlet_bg():
    # guard (passes before and after): "изданието" (the outlet) is the outlet named before
    text = ("Иван Петров ще посети Фредония, предаде Агенция Вести. "
            "Според изданието Иван Петров ще се срещне с Олег Соколов.")
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Олег_Соколов="PER", Фредония="LOC", Агенция_Вести="ORG"))
    assert claims_of(doc)[-1] == ("meet", "asserts", ["Петров", "Соколов"], "Вести")
