"""Round 60 (issue 5): a document's sides when its membership phrase names the union by a common noun ("Freedonia's
exit from the union", "odchod Freedonie z unie", "напускането на Фридония от съюза"): the noun (new [relations.negotiate]
key ``membership_unions``) stands for the document's one union, an organisation whose own name holds such a noun
(`implied.membership_sides`, `implied._document_union`). Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_a_union_named_by_a_common_noun_is_the_documents_union():
    assert _claims("The Eastern Union held a summit on Monday. Freedonia's exit from the union is set for March. "
                   "The negotiations will resume next week.", "en",
                   Eastern_Union="ORG", Freedonia="LOC") == [("negotiate", ["Eastern Union", "Freedonia"])]
    assert _claims("Východní unie zasedala v pondělí. Odchod Freedonie z unie je naplánován na březen. "
                   "Jednání budou pokračovat příští týden.", "cs",
                   Východní_unie=("ORG", "Východní unie"), Freedonie=("LOC", "Freedonie")) == [
        ("negotiate", ["Freedonie", "Východní unie"])]
    assert _claims("Източният съюз заседава в понеделник. Напускането на Фридония от съюза е насрочено за март. "
                   "Преговорите ще продължат следващата седмица.", "bg",
                   Източният_съюз=("ORG", "Източен съюз"), Фридония="LOC") == [
        ("negotiate", ["Източният съюз", "Фридония"])]


def test_two_unions_leave_the_common_noun_unresolved():
    # stated guard: two organisations named with a union noun: which one the member leaves is unknown
    assert _claims("The Eastern Union and the Western Union published reports on Monday. Freedonia's exit from the union is "
                   "set for March. The negotiations will resume next week.", "en",
                   Eastern_Union="ORG", Western_Union="ORG", Freedonia="LOC") == []


def test_a_member_leaving_with_no_union_named_leaves_the_documents_union():
    assert _claims("The Eastern Union held a summit on Monday. Freedonia's exit is set for March. "
                   "The negotiations will resume next week.", "en",
                   Eastern_Union="ORG", Freedonia="LOC") == [("negotiate", ["Eastern Union", "Freedonia"])]
    assert _claims("Unia Wschodnia zebrała się w poniedziałek. Wyjście Freedonii zaplanowano na marzec. "
                   "Negocjacje będą kontynuowane w przyszłym tygodniu.", "pl",
                   Unia_Wschodnia=("ORG", "Unia Wschodnia"), Freedonii=("LOC", "Freedonia")) == [
        ("negotiate", ["Freedonii", "Unia Wschodnia"])]


def test_the_documents_own_pair_names_the_union_as_the_document_does():
    # stated guard (passes on the old code, which had no membership sides here; fails without the preference): the
    # union noun's union named otherwise where the document pairs the member with it ("between X and the EU"):
    # the sentence naming that form is of the same negotiation
    assert _claims("The Eastern Union held a summit on Monday. Trade between Freedonia and the EU fell. Freedonia's exit "
                   "from the union is set for March. The EU said the negotiations will resume next week.", "en",
                   Eastern_Union="ORG", EU="ORG", Freedonia="LOC") == [("negotiate", ["EU", "Freedonia"])]
