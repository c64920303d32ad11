"""Round 75 (issue 5): relation words the filters of `_is_relation_word` discard. A consortium or joint venture
(lexicon ``needs_partner``) whose two members are named right after it ("a joint venture of X and Y", "совместное
предприятие X и Y") is their cooperation, between the members (not the venture itself, named as the subject); a
role noun of a symmetric relation followed by the two sides it stands for ("negotiators of X and Y",
"negocjatorów z X i Y") is their relation. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_a_joint_venture_of_two_named_members_is_their_cooperation():
    assert _claims("Зенко — совместное предприятие «Акме» и итальянской Глобекс.", "ru", Зенко="ORG", Акме="ORG",
                   Глобекс="ORG") == [("cooperate", "asserts", ["Акме", "Глобекс"], None)]
    assert _claims("Zenco is a joint venture of Acme and Globex.", Zenco="ORG", Acme="ORG", Globex="ORG") == [
        ("cooperate", "asserts", ["Acme", "Globex"], None)]


def test_a_consortium_without_two_members_after_it_stays_no_claim():
    # guards: one member, or names after a word that is no "of"/"from" ("deals at X and Y": a bargain)
    assert _claims("Зенко — совместное предприятие «Акме».", "ru", Зенко="ORG", Акме="ORG") == []
    assert _claims("Black Friday deals at Acme and Globex are cheap.", Acme="ORG", Globex="ORG") == []


def test_negotiators_of_two_sides_negotiate_between_them():
    assert _claims("Najnowsze ustalenia negocjatorów z Maronii i Zenlandii są korzystne dla Polaków.", "pl",
                   Maronii="LOC", Zenlandii="LOC") == [("negotiate", "asserts", ["Maronii", "Zenlandii"], None)]
    assert _claims("Преговарящите от Марония и Зенландия постигнаха съгласие в понеделник.", "bg", Марония="LOC",
                   Зенландия="LOC") == [("negotiate", "asserts", ["Марония", "Зенландия"], None)]


def test_a_negotiator_followed_by_persons_is_no_pair_of_sides():
    # guard: "the chief negotiator X and Y" names holders (round 54's), not two sides
    assert _claims("The chief negotiator Tom Hale and Anna Bell arrived.", Tom_Hale="PER", Anna_Bell="PER") == []


def test_the_sides_of_negotiators_leave_the_documents_sides_for_its_deal():
    # the role phrase names a side by another form ("Европейския съюз") than the talks ("ЕС"); as an explicit
    # negotiation it would make the document's sides conflict, and the deal of the last sentence would get none
    text = ("ЕС и Марония водят преговори. Докладът на преговарящите от Европейския съюз и Марония беше публикуван. "
            "ЕС иска споразумението да бъде подписано до есента.")
    assert _claims(text, "bg", Европейския_съюз="ORG", ЕС="ORG", Марония="LOC") == [
        ("negotiate", "asserts", ["ЕС", "Марония"], None),
        ("negotiate", "asserts", ["Европейския съюз", "Марония"], None),
        ("negotiate", "asserts", ["ЕС", "Марония"], None)]
