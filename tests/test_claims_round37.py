"""Round 37 (issue 5): between whom, a second participants audit on real text. Names inside someone's
quoted words, the member of a membership change a topic noun owns, what a request asks for after
its content marker or through a role, a colleague noun, a relative clause's names and the two sides
named after "between" in a negotiation's sentence. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, parties) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, sorted(last(m) for m in c.participants)) for c in extract_claims(doc)]


def test_names_in_the_speakers_quote_are_no_parties():
    # the relation word stands after the quote, in the reporting clause: the speaker met the partner
    doc = make_doc("\"This pipeline makes Maronia much more vulnerable than it was,\" Tom Kranjc said after a "
                   "meeting with Lena Varga.", "en", names(Maronia="LOC", Tom_Kranjc="PER", Lena_Varga="PER"))
    assert _claims(doc) == [("meet", ["Kranjc", "Varga"])]
    # a quote whose opening mark the text lost still ends at its closing mark before ", said X"
    doc = make_doc("Фредония е против проекта. Ние го разглеждаме като подкопаващ сигурността на Марония\", "
                   "подчерта Том Кранц на съвместна пресконференция с колегата си Лена Варга.", "bg",
                   names(Фредония="LOC", Марония="LOC", Том_Кранц="PER", Лена_Варга="PER"))
    assert _claims(doc) == [("meet", ["Варга", "Кранц"])]


def test_quoted_name_is_no_quote():  # guard: a name in quotation marks is still a party
    doc = make_doc("Tomasz Nowak rozmawiał z „Acme Polska”.", "pl",
                   names(Tomasz_Nowak="PER", Acme_Polska="ORG"))
    assert _claims(doc) == [("contact", ["Nowak", "Polska"])]


def test_member_of_a_membership_change_owned_by_a_topic_noun_ru():
    # "the question of Fredonia's exit" is what she discussed, not with whom
    doc = make_doc("Лена Варга обсуждала вопрос выхода Фредонии из Акме.", "ru",
                   names(Лена_Варга="PER", Фредонии=("LOC", "Фредония"), Акме="ORG"))
    assert _claims(doc) == []
    # guard: negotiations on the exit are between the member and the union (round 20)
    doc = make_doc("Переговоры по выходу Фредонии из Акме продолжатся.", "ru",
                   names(Фредонии=("LOC", "Фредония"), Акме="ORG"))
    assert _claims(doc) == [("negotiate", ["Акме", "Фредония"])]


def test_name_after_a_request_content_marker_is_content_bg():
    doc = make_doc("Призовават Лена Варга да уволни главния съветник Том Кранц.", "bg",
                   names(Лена_Варга="PER", Том_Кранц="PER"))
    assert _claims(doc) == []


def test_role_holder_owning_what_is_asked_for_is_no_addressee():
    doc = make_doc("Lena Varga demanded the release of President Tom Kranjc.", "en",
                   names(Lena_Varga="PER", Tom_Kranjc="PER"))
    assert _claims(doc) == []


def test_colleague_noun_is_no_cooperation():
    doc = make_doc("Tomasz Nowak, bliski współpracownik Anny Kowalskiej, milczał.", "pl",
                   names(Tomasz_Nowak="PER", Anny_Kowalskiej=("PER", "Anna Kowalska")))
    assert _claims(doc) == []
    doc = make_doc("Tom Kranjc, a longtime collaborator of Lena Varga, kept silent.", "en",
                   names(Tom_Kranjc="PER", Lena_Varga="PER"))
    assert _claims(doc) == []


def test_relative_clause_names_are_no_parties_pl():
    doc = make_doc("Fredonia domaga się części uprawnień, jakie Acme odda Maronii.", "pl",
                   names(Fredonia="LOC", Acme="ORG", Maronii=("LOC", "Maronia")))
    assert _claims(doc) == []


def test_sides_after_between_in_a_negotiation_sentence_bg():
    # the sentence names the two sides after "between": they, not the earlier sentence's parties, negotiate
    first = ("Прави впечатление, че и трите институции - Акме, Бета и Гама, са категорични в позицията, че "
             "преговорите по втората фаза ще се развиват само ако правителството на Марония напълно спазва своята "
             "част от споразумението. ")
    parties = names(Акме="ORG", Бета="ORG", Гама="ORG", Марония="LOC", Фредония="LOC")
    doc = make_doc(first + "Окончателната форма на бъдещите отношения между Фредония и Марония ще бъде определена "
                   "във втория етап на преговорите.", "bg", parties)
    assert _claims(doc)[1:] == [("negotiate", ["Марония", "Фредония"])]
    # guard: a border between two neighbours names no sides (round 19)
    doc = make_doc(first + "Окончателната форма на границата между Фредония и Марония ще бъде определена във "
                   "втория етап на преговорите.", "bg", parties)
    assert ("negotiate", ["Марония", "Фредония"]) not in _claims(doc)


def test_speaker_confirming_a_deal_with_a_group_is_a_party():
    # the deal the speaker confirms is the speaker's own, with both partners
    doc = make_doc("Akme je potrdila dogovor s Betanom in Gamatom o nakupu cepiva.", "sl",
                   names(Akme="ORG", Betanom=("ORG", "Betan"), Gamatom=("ORG", "Gamat")))
    assert _claims(doc) == [("negotiate", ["Akme", "Betan", "Gamat"])]
    # guard: two sides after "between" are the pair, not the speaker's partners
    doc = make_doc("Akme je potrdila dogovor med Betanom in Gamatom o nakupu cepiva.", "sl",
                   names(Akme="ORG", Betanom=("ORG", "Betan"), Gamatom=("ORG", "Gamat")))
    assert _claims(doc) == [("negotiate", ["Betan", "Gamat"])]
