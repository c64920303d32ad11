"""Round 56, extract.py hook (helper's patch): a next-sentence back-reference ("Това заяви X, цитиран от Y") gives
the claim before it X as speaker and Y, the outlet relaying X, as via. Invented names."""

from __future__ import annotations

from test_claims_round56 import _claims


def test_back_reference_carries_the_relaying_outlet():
    text = ("Маронія е много близо до договаряне на подробностите с Велдор. "
            "Това заяви заместник-министърът Иван Петров, цитиран от \"Агентикс\".")
    assert [c[3:] for c in _claims(text, "bg", Маронія="LOC", Велдор="LOC", Иван_Петров="PER", Агентикс="ORG")] \
        == [("Иван Петров", ["Агентикс"])]
