"""Words a relation trigger's stem matches that belong to another word (issue 5). Invented names."""

from __future__ import annotations

from test_claims import claims_of, make_doc
from test_claims_round9 import names


def test_bg_present_is_no_form_of_insist():
    # "настоя*" (insisted) must not match "настоящ*" (present, current)
    doc = make_doc("Настоящото правителство на Вантор поставя условия на Трелко.", "bg", names(Трелко="ORG", Вантор="ORG"))
    assert claims_of(doc) == []
    doc = make_doc("Иван Петров настоя Георги Иванов да подаде оставка.", "bg",
                   names(Иван_Петров="PER", Георги_Иванов="PER"))
    assert claims_of(doc) == [("request", "asserts", ["Иванов", "Петров"], None)]
