"""Round 83 (issue 5): the end audit's open speaker causes. A verb of calling or describing ([references]
``naming_verbs``: "określił", "определя", "označil") is its subject's statement about what it names: a person or a
publication right before it, or a person before ", който/który" right before it, is the source of a relation in its
object ("X, който определя речта на Y като „…“, които не правят сделката с Z по-вероятна, пише вестник W": X, via W).
A body or state defining its own position, a name inside a relative clause and an unnamed subject stay no source.
Invented names."""

from __future__ import annotations

from test_claims_round74 import _claims


def test_a_person_describing_in_a_relative_clause_is_the_speaker_bg():
    text = ("След изказване на бившия министър Иван Петров, който определя речта на премиера Мария Стоянова като "
            "„празни фрази“, които с нищо не правят сделката с Марония по-вероятна, пише вестник Маронски вести.")
    claims = _claims(text, "bg", Иван_Петров="PER", Мария_Стоянова="PER", Марония="LOC",
                     Маронски_вести=("MISC", "Маронски вести"))
    assert claims and all(speaker == "Иван Петров" for *_, speaker in claims)


def test_a_publication_describing_a_relation_is_its_speaker_pl():
    text = "Maroński Tygodnik określił współpracę Zenkowii i Borelii po kryzysie, który rozpoczął się rok wcześniej."
    claims = _claims(text, "pl", Maroński_Tygodnik=("MISC", "Maroński Tygodnik"), Zenkowii=("LOC", "Zenkowia"),
                     Borelii=("LOC", "Borelia"))
    assert claims == [("cooperate", "asserts", ["Borelii", "Zenkowii"], "Maroński Tygodnik")]


def test_a_body_defining_its_own_position_is_no_speaker_bg():
    # guard: an organisation "defining as one of its positions" speaks as a party, not as a source
    text = "Зенко определи като една от основните си позиции на преговорите с Марония правата на гражданите."
    claims = _claims(text, "bg", Зенко="ORG", Марония="LOC")
    assert all(speaker is None for *_, speaker in claims)


def test_a_name_inside_a_relative_clause_with_a_naming_verb_is_no_source_cs():
    # guard: "jednání, které Maronci označují jako …": the Maronians name the talks, they do not report them
    text = ("„Za sedm týdnů budeme mít dohodu se Zenkovem,“ uvedla Nováková s odkazem na jednání, které Maronie "
            "označuje jako „implementační“.")
    claims = _claims(text, "cs", Zenkovem=("ORG", "Zenkov"), Nováková="PER", Maronie="LOC")
    assert claims and all(speaker == "Nováková" for *_, speaker in claims)


def test_an_unnamed_subject_of_a_naming_verb_is_no_source_ru():
    # guard: "дипломат назвал": a role noun before the verb names nobody
    text = "Дипломат назвал план Марии Ивановой провалом переговоров Зенко и Маронии."
    claims = _claims(text, "ru", Марии_Ивановой=("PER", "Мария Иванова"), Зенко="ORG", Маронии=("LOC", "Марония"))
    assert all(speaker is None for *_, speaker in claims)


def test_a_person_describing_talks_between_others_is_the_speaker_en():
    # "between" names both sides: the talks are not the describer's own
    text = "John Doe described the talks between Maronia and Zenco as a failure."
    claims = _claims(text, "en", John_Doe="PER", Maronia="LOC", Zenco="ORG")
    assert claims and all(speaker == "John Doe" for *_, speaker in claims)


def test_a_person_describing_own_talks_with_a_partner_is_no_speaker_en():
    # guard (round 73): "his talks with Maronia": John Doe is a side, not a source
    claims = _claims("John Doe described his talks with Maronia as a failure.", "en", John_Doe="PER", Maronia="LOC")
    assert claims and all(speaker is None for *_, speaker in claims)
