"""Round 53 (issue 5), with the extract.py hook: a relation word in a relative clause on the speaker after the
speech verb ("…," powiedział X, który spotkał się z Y") or on the object of a denial ("отхвърли позицията на Y,
който призова Z") is the text's own account, not the speaker's (`attribution.attributes`). Invented names."""

from __future__ import annotations

from test_claims_round53 import _claims


def test_relative_clause_on_the_speaker_or_a_denied_object_is_the_texts_own():
    # (extract._speaker_and_via keeps only the sources that attribute the relation word: `attribution.attributes`)
    text = "„Wygramy” – powiedział Jan Nowak, który spotkał się z Piotrem Kowalskim."
    assert _claims(text, "pl", Jan_Nowak="PER", Piotrem_Kowalskim="PER") == [
        ("meet", "asserts", ["Jan Nowak", "Piotrem Kowalskim"], None, [])]
    text = "\"Ще спечелим\", каза Мария Петрова, която пристигна в Марония на посещение, предаде Агентикс."
    assert _claims(text, "bg", Мария_Петрова="PER", Марония="LOC", Агентикс="ORG")[0][3:] == ("Агентикс", [])
    text = "Така той отхвърли позицията на Иван Петров, който призова Марония да разясни позицията си."
    assert _claims(text, "bg", Иван_Петров="PER", Марония="LOC")[0][3] is None
    # guard: a content clause after the speaker is what they say
    text = "Jan Novák řekl, že Petr Dvořák, který jednal s Acme, je spokojen."
    assert _claims(text, "cs", Jan_Novák="PER", Petr_Dvořák="PER", Acme="ORG")[0][3] == "Jan Novák"
