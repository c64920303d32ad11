"""Round 99 (issue 5): a side taken from another sentence where the sentence names its own. A negotiator noun's holder
negotiates with the side its own clause names after it (`_Extraction._addressed_side`), not the document's other side;
a bare body noun before the relation word in its clause ("the Commission intends to hold talks with X") is the
relation's own side, unnamed (`implied.unnamed_group_before`): the document's established parties are not filled in.
Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims
from test_claims_round59 import _claims as _full_claims


def test_negotiator_noun_takes_the_side_its_clause_names():
    text = ("Преговорите между Фредония и Съюза започнаха в понеделник. Времето беше хубаво. "
            "Главният преговарящ на Съюза Иван Петров предложи на Мария Стоянова нов срок.")
    found = _claims(text, "bg", Фредония="LOC", Съюза=("ORG", "Съюз"), Иван_Петров="PER", Мария_Стоянова="PER")
    assert ("negotiate", ["Иван Петров", "Мария Стоянова"]) in found
    assert ("negotiate", ["Иван Петров", "Фредония"]) not in found
    text = ("Talks between Freedonia and the Union began on Monday. The weather was fine. "
            "The Union's chief negotiator Tom Hale warned Maronia on Friday.")
    found = _claims(text, "en", Freedonia="LOC", Union="ORG", Tom_Hale="PER", Maronia="LOC")
    assert ("negotiate", ["Maronia", "Tom Hale"]) in found


def test_negotiator_noun_with_no_side_in_its_clause_keeps_the_documents():
    # guard (round 54): nothing named after the holder in its clause: the document's other side
    assert ("negotiate", ["Иван Петров", "Фредония"]) in _claims(
        "Преговорите между Фредония и Съюза започнаха в понеделник. Времето беше хубаво. "
        "Главният преговарящ на Съюза Иван Петров ще информира министрите в петък.", "bg",
        Фредония="LOC", Съюза=("ORG", "Съюз"), Иван_Петров="PER")


def test_a_bare_body_noun_before_the_relation_word_is_its_own_side():
    text = ("Переговоры между Маронией и Зенкией начались в понедельник. Погода была хорошей. "
            "Комиссия намерена в ближайшее время провести переговоры с Маронией о газопроводе.")
    found = _full_claims(text, "ru", Маронией=("LOC", "Марония"), Зенкией=("LOC", "Зенкия"))
    assert [c for c in found if c[0] == "negotiate"] == [("negotiate", "asserts", ["Маронией", "Зенкией"], None)]
    # guard: the body noun after a partner preposition is the partner phrase's ("talks with the commission")
    text = ("Переговоры между Маронией и Зенкией начались в понедельник. Погода была хорошей. "
            "Марония намерена в ближайшее время провести переговоры.")
    found = _full_claims(text, "ru", Маронией=("LOC", "Марония"), Зенкией=("LOC", "Зенкия"), Марония="LOC")
    assert len([c for c in found if c[0] == "negotiate"]) == 2
