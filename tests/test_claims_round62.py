"""Round 62 (issue 5): speakers and sources on real text. "X is convinced that" and "X believed that" are what X says,
as are the lexicons' missing "обозначил" and "запевняє" ("X обозначил, что …, информирует Y": X speaks, Y relays); a
group noun right before a plural verb ("Zebrani w Brukseli przywódcy potwierdzili") speaks,
unnamed, not the place before it; "Such a view was expressed by X" in the next sentence makes X the speaker of what was
just said; a short parenthetical between the subject and its verb ("Он, в частности, считает") keeps the subject; an
adverb between a comma and a reporting verb whose subject follows ("…, dále uvedl X", "…, je še dejal X") still opens
the attribution clause. Invented names."""

from __future__ import annotations

from test_claims_round53 import _claims


def test_being_convinced_is_saying():
    assert _claims("Agentix je přesvědčen, že Acme bude spolupracovat se Zenco.", "cs", Agentix="ORG", Acme="ORG",
                   Zenco="ORG") == [("cooperate", "asserts", ["Acme", "Zenco"], "Agentix", [])]
    assert [c[3] for c in _claims("Jan Nowak jest przekonany, że Acme będzie współpracować z Zenco.", "pl",
                                  Jan_Nowak="PER", Acme="ORG", Zenco="ORG")] == ["Jan Nowak"]
    assert [c[3] for c in _claims("Иван Петров е убеден, че Акме ще си сътрудничи със Зенко.", "bg",
                                  Иван_Петров="PER", Акме="ORG", Зенко="ORG")] == ["Иван Петров"]
    assert [c[3] for c in _claims("Tom Hale is convinced that Acme will cooperate with Zenco.", "en",
                                  Tom_Hale="PER", Acme="ORG", Zenco="ORG")] == ["Tom Hale"]


def test_pointed_out_then_reported_by_an_outlet():
    text = ("Заместитель министра Иван Петров обозначил, что Маронія оказывает давление на Велдор, информирует "
            "корреспондент Агентикс.")
    assert [c[3:] for c in _claims(text, "ru", Иван_Петров="PER", Маронія="LOC", Велдор="LOC", Агентикс="ORG")] \
        == [("Иван Петров", ["Агентикс"])]


def test_assures_in_ukrainian():
    assert _claims("Акме співпрацює із Зенко, запевняє Іван Петренко.", "uk", Акме="ORG", Зенко="ORG",
                   Іван_Петренко="PER") == [("cooperate", "asserts", ["Акме", "Зенко"], "Іван Петренко", [])]


def test_group_noun_before_a_plural_verb_speaks_not_the_place():
    text = "Zebrani w Brukseli przywódcy potwierdzili, że Acme chce zawrzeć partnerstwo z Maronią."
    assert _claims(text, "pl", Brukseli="LOC", Acme="ORG", Maronią="LOC") \
        == [("cooperate", "confirms", ["Acme", "Maronią"], None, [])]


def test_group_noun_owned_by_a_name_guard():
    # (guard: a group noun with the name whose it is after it speaks for that name, as before)
    text = "Przywódcy UE potwierdzili, że Acme chce zawrzeć partnerstwo z Maronią."
    assert [c[3] for c in _claims(text, "pl", UE="ORG", Acme="ORG", Maronią="LOC")] == ["UE"]


def test_such_a_view_was_expressed_by_the_next_sentences_speaker():
    text = ("Иван Петров ушёл в отставку. Переговоры Маронии с Акме будут продолжены. Такое мнение высказала "
            "премьер-министр Анна Смирнова.")
    assert _claims(text, "ru", Иван_Петров="PER", Маронии="LOC", Акме="ORG", Анна_Смирнова="PER") \
        == [("negotiate", "asserts", ["Маронии", "Акме"], "Анна Смирнова", [])]
    text = "Jednání Maronie s Acme budou pokračovat. Tento názor vyjádřila premiérka Anna Nová."
    assert [c[3] for c in _claims(text, "cs", Maronie="LOC", Acme="ORG", Anna_Nová="PER")] == ["Anna Nová"]
    text = "Преговорите на Марония с Акме ще продължат. Такова мнение изрази премиерът Анна Петрова."
    assert [c[3] for c in _claims(text, "bg", Марония="LOC", Акме="ORG", Анна_Петрова="PER")] == ["Анна Петрова"]
    text = "Pogajanja Maronije z Acme se bodo nadaljevala. Takšno mnenje je izrazila premierka Ana Novak."
    assert [c[3] for c in _claims(text, "sl", Maronije="LOC", Acme="ORG", Ana_Novak="PER")] == ["Ana Novak"]
    text = "Rozmowy Maronii z Acme będą kontynuowane. Taką opinię wyraziła premier Anna Nowak."
    assert [c[3] for c in _claims(text, "pl", Maronii="LOC", Acme="ORG", Anna_Nowak="PER")] == ["Anna Nowak"]


def test_parenthetical_between_subject_and_verb_keeps_the_subject():
    text = ("Иван Петров подал в отставку. Он, в частности, считает, что Анна Смирнова идет на значительные уступки "
            "Акме.")
    assert [c[3] for c in _claims(text, "ru", Иван_Петров="PER", Анна_Смирнова="PER", Акме="ORG")] == ["Иван Петров"]
    text = ("Пост освободился после того, как Иван Петров подал в отставку. Он, в частности, считал, что Анна Смирнова "
            "идет на значительные уступки Акме.")
    assert [c[3] for c in _claims(text, "ru", Иван_Петров="PER", Анна_Смирнова="PER", Акме="ORG")] == ["Иван Петров"]


def test_adverb_between_the_comma_and_a_reporting_verb_keeps_the_attribution():
    assert _claims("Acme spolupracuje se Zenco, dále uvedl Jan Novák.", "cs", Acme="ORG", Zenco="ORG", Jan_Novák="PER") \
        == [("cooperate", "asserts", ["Acme", "Zenco"], "Jan Novák", [])]
    assert [c[3] for c in _claims("Acme sodeluje z družbo Zenco, je še dejal Janez Novak.", "sl", Acme="ORG",
                                  Zenco="ORG", Janez_Novak="PER")] == ["Janez Novak"]
    assert [c[3] for c in _claims("Акме сотрудничает с Зенко, также сообщает Агентикс.", "ru", Акме="ORG",
                                  Зенко="ORG", Агентикс="ORG")] == ["Агентикс"]
    assert [c[3] for c in _claims("Acme współpracuje z Zenco, dodatkowo informuje Agentix.", "pl", Acme="ORG",
                                  Zenco="ORG", Agentix="ORG")] == ["Agentix"]


def test_saying_participle_after_the_comma_is_no_adverb():
    # (guard: bg "като каза" is the participle of the main verb, whose subject stands before it)
    text = "Иван Петров веднага възрази, като каза пред Агентикс, че Акме няма да преговаря със Зенко."
    assert [c[3] for c in _claims(text, "bg", Иван_Петров="PER", Агентикс="ORG", Акме="ORG", Зенко="ORG")] \
        == ["Иван Петров"]
