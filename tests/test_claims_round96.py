"""Round 96 (issue 5): recall of the parties of stated relations. A singular role phrase right after a symmetric
relation word's partner preposition, owned by a named organisation and with no holder named after it ("na setkání
s generálním tajemníkem Acme", "met the secretary general of Acme"), stands for that organisation's unnamed officer:
the organisation is the party (before: the role was an unresolved party and the claim was dropped). Guards: a holder
named after the organisation (in apposition, or after the office's portfolio) stays the party; a plural role (a
group: round 91), a directed relation (request, invite, visit) and a role outside the partner phrase add nothing.
Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_an_unnamed_officer_of_a_named_organisation_is_that_organisation():
    assert _claims("Tom Hale to řekl na setkání s generálním tajemníkem Acme před začátkem summitu.", "cs",
                   Tom_Hale="PER", Acme="ORG") == [("meet", "asserts", ["Tom Hale", "Acme"], None)]
    assert _claims("Tom Hale met the secretary general of Acme in Paris.", Tom_Hale="PER", Acme="ORG") == [
        ("meet", "asserts", ["Tom Hale", "Acme"], None)]


def test_a_named_holder_stays_the_party():
    # guard: the holder in apposition or without a comma
    assert _claims("Tom Hale met the secretary general of Acme, John Doe, in Paris.", Tom_Hale="PER", Acme="ORG",
                   John_Doe="PER") == [("meet", "asserts", ["Tom Hale", "John Doe"], None)]
    assert _claims("Tom Hale met the secretary general of Acme John Doe in Paris.", Tom_Hale="PER", Acme="ORG",
                   John_Doe="PER") == [("meet", "asserts", ["Tom Hale", "John Doe"], None)]
    # guard: the holder after the office's portfolio
    assert _claims("Jan Nowak spotkał się z wiceprzewodniczącym Zenco ds. energii Piotrem Wolskim.", "pl",
                   Jan_Nowak="PER", Zenco="ORG", Piotrem_Wolskim="PER") == [
        ("meet", "asserts", ["Jan Nowak", "Piotrem Wolskim"], None)]


def test_no_organisation_for_a_group_or_a_directed_relation():
    # guards: a request's asked role ("poprosił prezesa Zenco o kontrolę w Acme") and a plural role (a group)
    assert _claims("Jan Nowak poprosił prezesa Zenco o kontrolę w Acme.", "pl", Jan_Nowak="PER", Zenco="ORG",
                   Acme="ORG") == []
    assert _claims("Jan Nowak opowiedział o spotkaniach z politykami Zenco.", "pl", Jan_Nowak="PER", Zenco="ORG") == []
