"""Round 56 (issue 5): speakers and sources on unseen text (dev7). An interview given to an outlet the corpus tags
MISC, or named with an adjective before the interview noun ("we wcześniejszej rozmowie z X"), relays the words (a
`via`, no contact); "said X in a conversation with Y" is the setting of the saying (no speaker); verbs of reminding,
hinting and making clear are speech verbs; "в X отмечали" is X's voice; a person right after an outlet's quoted name
("przyznaje „X” Y") speaks, the outlet relays; whom an interview was given to owns no role ("повідомив міністр у
коментарі X"); a negated agreement after "yet" / "managed" ("zatím nedohodla", "не успяват да сключат", "have not yet
reached an agreement") is a negotiation without a result (asserted); a predicate of occurrence with a glued negation
("rozhovory … se nepředpokládají") denies. Invented names."""

from __future__ import annotations

from test_claims_round53 import _claims


def test_interview_given_to_an_outlet_tagged_misc_relays_it():
    text = "Za sedm týdnů budeme mít dohodu s Acme, uvedla Jana Nová v rozhovoru pro Panorama s odkazem na jednání."
    assert [c[3:] for c in _claims(text, "cs", Acme="ORG", Jana_Nová="PER", Panorama="MISC")] \
        == [("Jana Nová", ["Panorama"])]


def test_interview_noun_after_an_adjective_is_no_contact():
    text = "Jan Nowak tłumaczył we wcześniejszej rozmowie z Agentix, że Acme negocjuje z Zenco."
    assert _claims(text, "pl", Jan_Nowak="PER", Agentix="ORG", Acme="ORG", Zenco="ORG") \
        == [("negotiate", "asserts", ["Acme", "Zenco"], "Jan Nowak", ["Agentix"])]


def test_conversation_in_which_the_speaker_spoke_has_no_speaker():
    text = "Vše bylo dobré, uvedl Jan Novák v rozhovoru s ocelářem Petrem Dvořákem, který je rovněž v Davosu."
    assert _claims(text, "cs", Jan_Novák="PER", Petrem_Dvořákem="PER") \
        == [("contact", "asserts", ["Jan Novák", "Petrem Dvořákem"], None, [])]
    text = "«Всё было хорошо», — заявил Иван Петров в беседе с Олегом Сидоровым."
    assert _claims(text, "ru", Иван_Петров="PER", Олегом_Сидоровым="PER") \
        == [("contact", "asserts", ["Иван Петров", "Олегом Сидоровым"], None, [])]


def test_verbs_of_suggesting_reminding_and_hinting_speak():
    text = "Иван Петров предполага, че Маронія може да постигне търговско споразумение с Велдор."
    assert _claims(text, "bg", Иван_Петров="PER", Маронія="LOC", Велдор="LOC") \
        == [("negotiate", "asserts", ["Маронія", "Велдор"], "Иван Петров", [])]
    text = "Раніше Іван Петренко закликав Акме вийти на вулиці, нагадує інформагентство Агентікс."
    assert [c[2:4] for c in _claims(text, "uk", Іван_Петренко="PER", Акме="ORG", Агентікс="ORG")] \
        == [(["Іван Петренко", "Акме"], "Агентікс")]
    text = "Dohodu s Acme dojednáme za sedm týdnů, naznačila Jana Nová."
    assert [c[3] for c in _claims(text, "cs", Acme="ORG", Jana_Nová="PER")] == ["Jana Nová"]


def test_institution_noted_in_the_plural_speaks():
    text = "В Акме ранее отмечали, что смогли достичь прогресса в переговорах с Зенко."
    assert _claims(text, "ru", Акме="ORG", Зенко="ORG") == [("negotiate", "asserts", ["Акме", "Зенко"], "Акме", [])]


def test_person_after_an_outlets_quoted_name_speaks():
    text = "– Acme może podjąć negocjacje z Zenco – przyznaje „Faktor” Jan Nowak, dyrektor w Agentix."
    assert _claims(text, "pl", Acme="ORG", Zenco="ORG", Faktor="MISC", Jan_Nowak="PER", Agentix="ORG") \
        == [("negotiate", "asserts", ["Acme", "Zenco"], "Jan Nowak", ["Faktor"])]


def test_outlet_of_an_interview_owns_no_role():
    entities = dict(Іван_Петренко="PER", Акме="ORG", Зенко="ORG", Агентікс="ORG", Маронія="LOC")
    text = ("Іван Петренко заявив, що все гаразд. \"Нам було наголошено про співробітництво між компаніями Акме та "
            "Зенко\", - повідомив міністр у коментарі Агентікс. За його словами, Маронія веде переговори із Зенко.")
    claims = _claims(text, "uk", **entities)
    assert [c[3:] for c in claims] == [("Іван Петренко", ["Агентікс"]), ("Іван Петренко", [])]


def test_unfinished_agreement_is_a_negotiation_without_result():
    assert _claims("Na konkrétní podobě řešení se Acme se Zenco ale zatím nedohodla.", "cs", Acme="ORG", Zenco="ORG") \
        == [("negotiate", "asserts", ["Acme", "Zenco"], None, [])]
    text = "Сценариите включват случая, в който Акме и Зенко не успяват да сключат преходно споразумение."
    assert _claims(text, "bg", Акме="ORG", Зенко="ORG") == [("negotiate", "asserts", ["Акме", "Зенко"], None, [])]
    assert _claims("Acme and Zenco have not yet reached an agreement.", "en", Acme="ORG", Zenco="ORG") \
        == [("negotiate", "asserts", ["Acme", "Zenco"], None, [])]


def test_negated_meeting_or_agreement_without_yet_stays_denied():
    # guards: a plain negated agreement, and a meeting that has not yet taken place, are denied
    assert _claims("Acme se se Zenco nedohodla.", "cs", Acme="ORG", Zenco="ORG") \
        == [("negotiate", "denies", ["Acme", "Zenco"], None, [])]
    assert _claims("The meeting between Tom Hale and Rob Dunn has not yet taken place.", "en", Tom_Hale="PER",
                   Rob_Dunn="PER") == [("meet", "denies", ["Tom Hale", "Rob Dunn"], None, [])]


def test_glued_negation_of_occurrence_denies():
    text = "Jan Novák však prohlásil, že třístranné rozhovory mezi Acme, Zenco a Agentix se nepředpokládají."
    assert [c[1] for c in _claims(text, "cs", Jan_Novák="PER", Acme="ORG", Zenco="ORG", Agentix="ORG")] == ["denies"]


def test_passive_participle_of_explaining_is_no_speech():
    text = "Jana Nowak przyjechała do Warszawy. Ma ona zostać wyjaśniona w osobnej umowie między Acme a Zenco."
    assert [c[3] for c in _claims(text, "pl", Jana_Nowak="PER", Acme="ORG", Zenco="ORG")] == [None]


def test_media_noun_is_the_outlet_named_after_a_media_noun_before():
    entities = dict(Daily_Planet="ORG", Иван_Петров="PER", Олег_Сидоров="PER")
    text = ("Статията на първа страница на британския вестник Daily Planet носи заглавието „Под заплаха“. "
            "Изданието пояснява, че става въпрос за среща между Иван Петров и Олег Сидоров.")
    assert [c[3] for c in _claims(text, "bg", **entities)] == ["Daily Planet"]


def test_outer_role_of_a_named_role_holder_speaks():
    entities = dict(Иван_Петров="PER", Маронія="LOC", Велдор="LOC", Акме="ORG")
    text = "По-рано говорител на премиера на Маронія Иван Петров заяви, че Велдор може да сключи споразумение с Акме."
    assert [c[3] for c in _claims(text, "bg", **entities)] == [None]
    text = "A spokesman for Prime Minister Tom Hale said Veldor could sign an agreement with Acme."
    assert [c[3] for c in _claims(text, "en", Tom_Hale="PER", Veldor="LOC", Acme="ORG")] == [None]
    # guard: the role's own holder named right after it speaks
    text = "Говорителят Иван Петров заяви, че Велдор може да сключи споразумение с Акме."
    assert [c[3] for c in _claims(text, "bg", **entities)] == ["Иван Петров"]
