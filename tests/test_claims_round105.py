"""Round 105 (issue 5): parties that are no sides. A passive participle of invitation with no agent ("na konferencję
zostali zaproszeni X i Y") names only the invited: the inviter is unnamed, no claim; the organiser of a meeting
("X helped organise the meeting of Y with Z") is none of its sides; a relation word opening a participle phrase on a
noun of unnamed people ("among people, arriving from X", "у пациент, посетил пазар") has those people for its
subject, so the names before the comma (a source, another clause's) are not its sides. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_an_agentless_passive_invitation_names_only_the_invited():
    assert _claims("Na konferencję zostali zaproszeni premier Maronii Jan Nowak oraz szef Zenco Piotr Kowal.", "pl",
                   Maronii="LOC", Jan_Nowak="PER", Zenco="ORG", Piotr_Kowal="PER") == []
    assert _claims("На събитието са поканени Иван Петров и Петър Стоянов.", "bg", Иван_Петров="PER",
                   Петър_Стоянов="PER") == []


def test_a_passive_invitation_with_its_agent_or_an_active_one_stays():
    # guards: the agent after "przez" names the inviter; an active verb has its subject
    assert _claims("Jan Nowak został zaproszony przez Piotra Kowala.", "pl", Jan_Nowak="PER",
                   Piotra_Kowala="PER") != []
    assert _claims("Piotr Kowal zaprosił Jana Nowaka do Maronii.", "pl", Piotr_Kowal="PER", Jana_Nowaka="PER",
                   Maronii="LOC") != []


def test_the_organiser_of_a_meeting_is_no_side():
    assert _claims("Организация Zenco, которая ранее помогла организовать встречу семьи Петровой с папой в Маронии, "
                   "сообщила об этом.", "ru", Zenco="ORG", Петровой="PER", Маронии="LOC") == []
    # guards: a partner preposition right after the noun may make it the organiser's own meeting; no verb, no change
    assert _claims("Иван Петров организовал встречу с Петром Сидоровым.", "ru", Иван_Петров="PER",
                   Петром_Сидоровым="PER") == [("meet", "asserts", ["Иван Петров", "Петром Сидоровым"], None)]
    assert _claims("Иван Петров провел встречу с Петром Сидоровым.", "ru", Иван_Петров="PER",
                   Петром_Сидоровым="PER") == [("meet", "asserts", ["Иван Петров", "Петром Сидоровым"], None)]


def test_a_participle_phrase_on_unnamed_people_has_them_for_subject():
    # the source ("according to the institute X") is not the visitor of the unnamed people's arrival
    assert _claims("По данни на института „Иван Петров“, досега в Марония е имало три случая на зараза с вируса на "
                   "Бовия – сред хора, пристигнали от Катария и от Обединените ливонски емирства.", "bg",
                   Иван_Петров="PER", Марония="LOC", Бовия="LOC", Катария="LOC") == []


def test_a_named_subject_before_the_comma_stays():
    # guard: a name before the comma (no noun of unnamed people) is the participle phrase's subject
    assert _claims("Иван Петров, посетил Марония, заяви това.", "bg", Иван_Петров="PER", Марония="LOC") == [
        ("visit", "asserts", ["Иван Петров", "Марония"], None)]
