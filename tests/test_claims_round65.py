"""Round 65 (issue 5): speakers and sources on real text, a fresh audit's causes. A sentence opening with a reporting
verb whose subject was dropped ("Wyraziła przy tym nadzieję, że …") is said by the one person the sentence before names
in the base form, when the verb's gender does not rule them out; an abbreviation after a preposition's noun ("w liście
przed szczytem UE podkreślił") only says whose that noun is; a place after a noun's preposition ("в речта си пред
конференцията в X ще предложи") and a name after "with" or "about" ("свързан с X, като ги предупреди") are no
subject of the verb after them. Invented names."""

from __future__ import annotations

from test_claims_round53 import _claims


def test_dropped_subject_opening_a_sentence_is_the_previous_sentences_person():
    text = "Anna Nowak przyjechała wczoraj do Warszawy. Wyraziła przy tym nadzieję, że Acme będzie negocjować z Zenco."
    assert _claims(text, "pl", Anna_Nowak="PER", Acme="ORG", Zenco="ORG") \
        == [("negotiate", "asserts", ["Acme", "Zenco"], "Anna Nowak", [])]
    text = "Jana Nováková včera přijela do Prahy. Dodala, že Acme bude jednat se Zenco."
    assert [c[3] for c in _claims(text, "cs", Jana_Nováková="PER", Acme="ORG", Zenco="ORG")] == ["Jana Nováková"]
    text = "Мария Иванова вчера прибыла в Москву. Подчеркнула, что Акме будет вести переговоры с Зенко."
    assert [c[3] for c in _claims(text, "ru", Мария_Иванова="PER", Акме="ORG", Зенко="ORG")] == ["Мария Иванова"]


def test_dropped_subject_opening_a_sentence_guard():
    # (guard: a verb of the other gender, or two persons before it, name nobody)
    text = "Jan Nowak przyjechał wczoraj do Warszawy. Wyraziła przy tym nadzieję, że Acme będzie negocjować z Zenco."
    assert [c[3] for c in _claims(text, "pl", Jan_Nowak="PER", Acme="ORG", Zenco="ORG")] == [None]
    text = "Anna Nowak i Maria Wójcik przyjechały do Warszawy. Podkreśliła, że Acme będzie negocjować z Zenco."
    assert [c[3] for c in _claims(text, "pl", Anna_Nowak="PER", Maria_Wójcik="PER", Acme="ORG", Zenco="ORG")] == [None]


def test_abbreviation_after_a_prepositions_noun_is_no_subject():
    text = "Wcześniej Jan Nowak w liście przesłanym przed szczytem UE podkreślił, że Acme negocjuje z Zenco."
    assert _claims(text, "pl", Jan_Nowak="PER", UE="ORG", Acme="ORG", Zenco="ORG") \
        == [("negotiate", "asserts", ["Acme", "Zenco"], "Jan Nowak", [])]
    text = "Иван Петров в письме о саммите ЕС подчеркнул, что Акме ведёт переговоры с Зенко."
    assert _claims(text, "ru", Иван_Петров="PER", ЕС="ORG", Акме="ORG", Зенко="ORG") \
        == [("negotiate", "asserts", ["Акме", "Зенко"], "Иван Петров", [])]
    text = "Jan Novák v dopise po summitu EU zdůraznil, že Acme jedná se Zenco."
    assert [c[3] for c in _claims(text, "cs", Jan_Novák="PER", EU="ORG", Acme="ORG", Zenco="ORG")][-1:] == ["Jan Novák"]


def test_abbreviation_as_subject_guard():
    # (guard: an abbreviation right before the verb, or after a role noun, is still the subject)
    text = "Wcześniej UE podkreśliła, że Acme negocjuje z Zenco."
    assert [c[3] for c in _claims(text, "pl", UE="ORG", Acme="ORG", Zenco="ORG")] == ["UE"]
    text = "Przywódcy UE potwierdzili, że Acme chce zawrzeć partnerstwo z Maronią."
    assert [c[3] for c in _claims(text, "pl", UE="ORG", Acme="ORG", Maronią="LOC")] == ["UE"]


def test_place_after_a_nouns_preposition_is_no_subject():
    entities = dict(Мария_Иванова="PER", Велдор="LOC", Акме="ORG", Зенко="ORG")
    text = ("Мария Иванова ще представи план. В речта си пред конференцията в Велдор ще предложи ново споразумение между "
            "Акме и Зенко.")
    assert _claims(text, "bg", **entities) == [("negotiate", "asserts", ["Акме", "Зенко"], None, [])]
    # (guard: a subject after the place still speaks; a place right before a plural verb is the institution's voice)
    text = ("Мария Иванова ще представи план. В речта си пред конференцията в Велдор тя ще предложи ново споразумение "
            "между Акме и Зенко.")
    assert [c[3] for c in _claims(text, "bg", **entities)] == ["Мария Иванова"]
    assert [c[3] for c in _claims("В Велдор съобщиха, че Акме ще преговаря със Зенко.", "bg", **entities)] == ["Велдор"]


def test_name_after_with_is_no_subject():
    text = "Мария Иванова ще рискува сблъсък с Акме, като ги предупреди, че Зенко ще преговаря с Велдор, пише вестник Агентикс."
    assert _claims(text, "bg", Мария_Иванова="PER", Велдор="LOC", Акме="ORG", Зенко="ORG", Агентикс="ORG") \
        == [("negotiate", "asserts", ["Зенко", "Велдор"], "Агентикс", [])]


def test_source_before_a_sentence_the_splitter_missed_attributes_nothing_after_it():
    text = ('Акме иска сделка със Зенко, заяви Иван Петров, цитиран от "Агентикс".След като Мария Иванова се срещна с '
            'Велдор, Иван Петров отбеляза, че сделката е лоша.')
    claims = _claims(text, "bg", Иван_Петров="PER", Мария_Иванова="PER", Велдор="LOC", Акме="ORG", Зенко="ORG",
                     Агентикс="ORG")
    assert [c[3:] for c in claims if c[0] == "meet"] == [(None, [])]
    text = ('Acme chce umowy z Zenco, powiedział Jan Nowak, cytowany przez "Agentix".Gdy Anna Wójcik spotkała się z '
            'Piotrem Kowalskim, Jan Nowak zauważył, że umowa jest zła.')
    claims = _claims(text, "pl", Jan_Nowak="PER", Anna_Wójcik="PER", Piotrem_Kowalskim="PER", Acme="ORG", Zenco="ORG",
                     Agentix="ORG")
    assert [c[3:] for c in claims] == [("Jan Nowak", ["Agentix"]), (None, [])]
    text = "Acme wants a deal with Zenco, said Tom Hale, quoted by Agentix.After Rob Dunn met Nick Clegg, Tom Hale noted that the deal was bad."
    assert [c[3:] for c in _claims(text)] == [("Tom Hale", ["Agentix"]), ("Tom Hale", [])]


def test_quote_given_to_whom_the_next_sentence_points_back():
    # round 65 (extract.py patch): "„…“. Това сподели X": X said the quote, not the previous quote's speaker
    text = ("„Акме ще преговаря със Зенко“, каза Иван Петров. „Когато се срещна със Зенко, ще му разкажа всичко“. "
            "Това сподели от своя страна Мария Иванова.")
    claims = _claims(text, "bg", Иван_Петров="PER", Зенко="ORG", Акме="ORG", Мария_Иванова="PER")
    assert ("meet", "asserts", ["Мария Иванова", "Зенко"], "Мария Иванова", []) in claims
    assert ("negotiate", "asserts", ["Акме", "Зенко"], "Иван Петров", []) in claims
