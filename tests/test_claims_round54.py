"""Round 54 (issue 5): negotiations on unseen text (dev7). A negotiator noun with its holder named ("the Union's
chief negotiator X": X negotiates with the other side); a membership phrase spoiled by another person's role
coordinated with the member ("виходу Фредонії і глава Альдбанку"); talks "between" two parties of a negotiation the
document told; the infinitive and present forms of reaching an agreement ("двете страни трябва да постигнат
съгласие"). Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_negotiator_noun_with_its_holder_negotiates_with_the_other_side():
    assert ("negotiate", ["Иван Петров", "Фредония"]) in _claims(
        "Преговорите между Фредония и Съюза започнаха в понеделник. Времето беше хубаво. "
        "Главният преговарящ на Съюза Иван Петров ще информира министрите в петък.", "bg",
        Фредония="LOC", Съюза=("ORG", "Съюз"), Иван_Петров="PER")
    assert ("negotiate", ["Freedonia", "Tom Hale"]) in _claims(
        "Talks between Freedonia and the Union began on Monday. The weather was fine. "
        "The Union's chief negotiator Tom Hale will brief the ministers on Friday.", "en",
        Freedonia="LOC", Union="ORG", Tom_Hale="PER")


def test_negotiator_noun_as_partner_or_speaker_makes_no_negotiation_of_its_own():
    # guards: the holder met someone (the sentence tells that relation), or says something (how it was said)
    assert ("negotiate", ["Иван Петров", "Фредония"]) not in _claims(
        "Преговорите между Фредония и Съюза започнаха в понеделник. Времето беше хубаво. "
        "Петър Иванов се срещна с главния преговарящ на Съюза Иван Петров в петък.", "bg",
        Фредония="LOC", Съюза=("ORG", "Съюз"), Иван_Петров="PER", Петър_Иванов="PER")
    assert ("negotiate", ["Freedonia", "Tom Hale"]) not in _claims(
        "Talks between Freedonia and the Union began on Monday. The weather was fine. "
        "\"We are ready,\" said the Union's chief negotiator Tom Hale.", "en",
        Freedonia="LOC", Union="ORG", Tom_Hale="PER")


def test_membership_phrase_with_a_coordinated_role_keeps_its_sides():
    assert _claims(
        "Вихід Фредонії з Союзу запланований на березень. Міністр з питань виходу Фредонії і глава Альдбанку подали у відставку. "
        "Союз заявив, що угода має бути схвалена до червня.", "uk",
        Фредонії=("LOC", "Фредонія"), Союзу=("ORG", "Союз"), Союз="ORG", Альдбанку=("ORG", "Альдбанк")) == [
        ("negotiate", ["Союзу", "Фредонії"])]


def test_talks_between_two_parties_of_a_told_negotiation_are_that_negotiation():
    assert _claims("Фредония и Марония преговаряха със Съюза в понеделник. "
                   "Официалните разговори между Фредония и Съюза относно условията започнаха в сряда.", "bg",
                   Фредония="LOC", Марония="LOC", Съюза=("ORG", "Съюз")) == [
        ("negotiate", ["Марония", "Съюза", "Фредония"]), ("negotiate", ["Съюза", "Фредония"])]


def test_reaching_an_agreement_in_the_present_after_da():
    # "the two sides" name the negotiation told before (as "they" does); the lexicon lacked "постигнат съгласие"
    assert _claims("Преговорите между Фредония и Съюза започнаха в понеделник. Времето беше хубаво. "
                   "До 31 март двете страни трябва да постигнат съгласие за търговията.", "bg",
                   Фредония="LOC", Съюза=("ORG", "Съюз")) == [
        ("negotiate", ["Съюза", "Фредония"]), ("negotiate", ["Съюза", "Фредония"])]


def test_reaching_an_agreement_in_the_infinitive():
    assert ("negotiate", ["Fredonią", "Unią"]) in _claims(
        "Negocjacje między Fredonią a Unią rozpoczęły się w poniedziałek. Pogoda była ładna. "
        "Obie strony muszą osiągnąć porozumienie do marca.", "pl",
        Fredonią=("LOC", "Fredonia"), Unią=("ORG", "Unia"))
    assert _claims("Переговоры между Фредонией и Союзом начались в понедельник. Погода была хорошей. "
                   "Обе стороны должны достичь соглашения до марта.", "ru",
                   Фредонией=("LOC", "Фредония"), Союзом=("ORG", "Союз")) == [
        ("negotiate", ["Союзом", "Фредонией"]), ("negotiate", ["Союзом", "Фредонией"])]
