"""Round 91 (issue 5): a role noun in a plural form (lexicon ``plural_role_endings``: "немецким бизнесменам",
"polityków", "германските политици и предприемачи") is a group of holders: it is resolved to no one person of the
document, so a name from another sentence does not become the relation's unnamed side. Invented names."""

from __future__ import annotations

from test_claims_round87 import _claims


def test_letters_to_unnamed_businessmen_take_no_person_from_before_ru():
    # "бизнесменам" (dative plural) was resolved to the one spokeswoman the document names (the role group of
    # "бизнесмен*" and "представител*")
    text = ("Ирина Петрова высказалась о письме посла. Официальный представитель МИД Марони Ирина Петрова назвала "
            "письма посла Ивана Сидорова частью программы давления. "
            "Ранее Сидоров разослал письма немецким бизнесменам, в которых призвал отказаться от проекта.")
    claims = _claims(text, "ru", МИД_Марони="ORG", Ирина_Петрова="PER", Ивана_Сидорова="PER", Сидоров="PER")
    assert ("contact", ["Ирина Петрова", "Сидоров"]) not in claims


def test_meetings_of_unnamed_politicians_take_no_prime_minister_pl():
    text = ("Premier Jan Kowalski odwiedził Maronię. "
            "Projekt Zenco należy do najczęściej poruszanych tematów podczas spotkań polityków z Maronii i Zenlandii.")
    claims = _claims(text, "pl", Jan_Kowalski="PER", Maronię="LOC", Zenco="ORG", Maronii="LOC", Zenlandii="LOC")
    assert not any("Jan Kowalski" in parties for relation, parties in claims if relation == "meet")


def test_a_role_noun_in_the_singular_still_names_its_holder_ru():
    # guard: "представителю" (dative singular) is the one spokeswoman the document names
    text = ("Официальный представитель МИД Марони Ирина Петрова высказалась о проекте. "
            "Ранее Сидоров разослал письмо официальному представителю, в котором призвал отказаться от проекта.")
    claims = _claims(text, "ru", МИД_Марони="ORG", Ирина_Петрова="PER", Сидоров="PER")
    assert claims == [("contact", ["Ирина Петрова", "Сидоров"])]
