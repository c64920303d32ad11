"""Round 26 (issue 5): the second side of claims whose relation word names one party. (1) A clause of
place or time with no subject of its own ("…, gdzie spotka się z X", "…, při které se setká s X", "…, в
процессе которого посетит Y") is about the person the sentence opened with, who is the other party. (2) A
negotiation noun naming no party, in a document whose explicit negotiation paired a person with one of
the document's two sides (its membership change or its pair named with "between"), is between the two
sides, not between that person and a side. Invented names and short constructed sentences."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names  # `Name_With_Spaces="PER"` or `Inflected=("LOC", "Lemma")`


def test_where_clause_meeting_has_the_sentence_subject_for_party_pl():
    text = "W piątek Jan Kowalski będzie przebywał w Fredonii, gdzie spotka się z kanclerz Anną Nowak."
    doc = make_doc(text, "pl", names(Jan_Kowalski="PER", Fredonii=("LOC", "Fredonia"),
                                     Anną_Nowak=("PER", "Anna Nowak")))
    assert claims_of(doc) == [("meet", "asserts", ["Kowalski", "Nowak"], None)]


def test_clause_after_preposition_and_relative_pronoun_cs():
    # guard (passes before and after: Czech drops the subject, which already named her)
    text = "Nováková ve středu zahajuje svou návštěvu Fredonie, při které se setká s prezidentem Olegem Sokolovem."
    doc = make_doc(text, "cs", names(Nováková="PER", Fredonie=("LOC", "Fredonie"),
                                     Olegem_Sokolovem=("PER", "Oleg Sokolov")))
    found = claims_of(doc)
    assert ("meet", "asserts", ["Nováková", "Sokolov"], None) in found


def test_where_clause_talks_and_visit_ru():
    text = ("Петров уходит во вторник в европейское турне, в процессе которого посетит Фредонию, где его "
            "ожидают переговоры с Сидоровой.")
    doc = make_doc(text, "ru", names(Петров="PER", Фредонию=("LOC", "Фредония"),
                                     Сидоровой=("PER", "Сидорова")))
    found = claims_of(doc)
    assert ("visit", "asserts", ["Петров", "Фредония"], None) in found
    assert ("negotiate", "asserts", ["Петров", "Сидорова"], None) in found


def test_where_clause_owner_after_preposition_is_no_subject_bg():
    # guard (no claim before or after): "the husband and daughter of X" are the subject, not X
    text = ("Съпругът и дъщерята на Мария Петрова са я посетили, след завръщането си от Фредония, където "
            "бяха приети на аудиенция от Иван Сидоров.")
    doc = make_doc(text, "bg", names(Мария_Петрова="PER", Фредония="LOC", Иван_Сидоров="PER"))
    assert not any("Петрова" in parties for _, _, parties, _ in claims_of(doc))


def test_where_clause_with_its_own_subject_is_unchanged_pl():
    # guard (passes before and after): the clause names its own subject
    text = "Fredonia była ostatnim krajem, gdzie firma Aerofred nie miała umowy z pilotami."
    doc = make_doc(text, "pl", names(Fredonia="LOC", Aerofred="ORG"))
    assert claims_of(doc) == []


def test_two_people_before_the_comma_name_nobody_pl():
    # guard (no claim before or after): whose clause it is is unknown
    text = "Jan Kowalski i Piotr Wiśniewski byli w Fredonii, gdzie rozmawiano z Anną Nowak."
    doc = make_doc(text, "pl", names(Jan_Kowalski="PER", Piotr_Wiśniewski="PER", Fredonii=("LOC", "Fredonia"),
                                     Anną_Nowak=("PER", "Anna Nowak")))
    assert not any("Kowalski" in parties or "Wiśniewski" in parties for _, _, parties, _ in claims_of(doc))


_BG_SIDES = names(Иван_Петров="PER", Фредония="LOC", Атлантическия_съюз=("ORG", "Атлантически съюз"),
                  АС="ORG")


def test_talks_naming_no_party_are_the_sides_not_the_negotiator_bg():
    text = ("Иван Петров води преговори с Фредония за излизането на Фредония от АС. "
            "Банките вече подготвят плановете си. "
            "Официалните преговори за преходния период трябва да започнат през януари.")
    found = claims_of(make_doc(text, "bg", _BG_SIDES))
    assert found[0] == ("negotiate", "asserts", ["Петров", "Фредония"], None)
    assert found[1] == ("negotiate", "asserts", ["АС", "Фредония"], None)


def test_talks_naming_no_party_with_between_sides_bg():
    text = ("Банкерите искат яснота за отношенията между Фредония и Атлантическия съюз. "
            "Иван Петров ще води преговорите с АС. "
            "Банките вече подготвят плановете си. "
            "Приключването на първата фаза от преговорите вдъхна увереност на пазарите.")
    found = claims_of(make_doc(text, "bg", _BG_SIDES))
    assert found[-1] == ("negotiate", "asserts", ["Фредония", "съюз"], None)


def test_talks_after_two_people_keep_their_pair_bg():
    # guard (passes before and after): an earlier pair of two people is no person of a side
    text = ("Иван Петров води преговори с Олег Сидоров за излизането на Фредония от АС. "
            "Банките вече подготвят плановете си. "
            "Преговорите ще продължат през януари.")
    doc = make_doc(text, "bg", names(Иван_Петров="PER", Олег_Сидоров="PER", Фредония="LOC", АС="ORG"))
    found = claims_of(doc)
    assert found[-1] == ("negotiate", "asserts", ["Петров", "Сидоров"], None)
