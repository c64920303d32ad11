"""Round 57 (issue 5): a review's findings on rounds 51-53. A refuser is a party of the relation it refuses ("Zenco,
who have long refused to negotiate with Y"); refusing to comment on talks keeps its speaker; German refusals
(capitalised nouns, a zu-infinitive after a comma) are the refuser's own stance; a parenthetical speaker before the
sentence's predicate ("Acme, X said, will hold talks with Y") and a clause after "and" ("…, X said, and that …") keep
the speaker and the parties; an object pronoun's own clause subject is a bare name, not one after "by"; a state
adjective before a role ("s ruským prezidentem") names the holder the document gives that state. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names

N = dict(Tom_Hale="PER", Rob_Dunn="PER", Nick_Clegg="PER", Acme="ORG", Zenco="ORG", Maronia="LOC",
         Conservatives="ORG")


def _claims(text, language="en", **entities):
    doc = make_doc(text, language, names(**(entities or N)))
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants], None if c.speaker is None else m[c.speaker].text)
            for c in extract_claims(doc)]


def test_the_refuser_is_a_party_of_the_refused_relation():
    assert _claims("Tom Hale said he hoped for talks between his government and the Zenco, who have long refused to "
                   "negotiate peace with Maronia.")[-1] == ("negotiate", "denies", ["Zenco", "Maronia"], "Tom Hale")
    assert _claims("Tom Hale said on Monday that peace depended on Zenco, which has long refused to negotiate with "
                   "Maronia.") == [("negotiate", "denies", ["Zenco", "Maronia"], "Tom Hale")]


def test_refusing_to_comment_on_talks_keeps_the_speaker():
    assert _claims("Tom Hale refused to comment on talks with Zenco.")[0][3] == "Tom Hale"
    # guard: refusing the relation itself is still the refuser's own stance
    assert _claims("Tom Hale refused to negotiate with Zenco.") == [("negotiate", "denies", ["Tom Hale", "Zenco"], None)]


def test_german_refusals_are_the_refusers_own_stance():
    entities = dict(Hans_Weber="PER", Acme="ORG")
    assert _claims("Hans Weber weigerte sich, mit Acme zu verhandeln.", "de", **entities) == [
        ("negotiate", "denies", ["Hans Weber", "Acme"], None)]
    assert _claims("Hans Weber verweigerte Gespräche mit Acme.", "de", **entities) == [
        ("contact", "denies", ["Hans Weber", "Acme"], None)]


def test_a_parenthetical_speaker_before_the_predicate_is_no_party():
    assert _claims("Acme, Tom Hale said, will hold talks with Zenco next week.") == [
        ("contact", "asserts", ["Acme", "Zenco"], "Tom Hale")]
    assert _claims("Акме, каза Иван Петров, ще преговаря със Зенко.", "bg", Акме="ORG", Иван_Петров="PER",
                   Зенко="ORG") == [("negotiate", "asserts", ["Акме", "Зенко"], "Иван Петров")]
    # guard: the relation word in the saying's own adjunct, or in its content clause
    assert _claims("Ние държим на сигурността на Марония, каза Иван Петров след среща с президента Петър Иванов.",
                   "bg", Марония="LOC", Иван_Петров="PER", Петър_Иванов="PER")[0][2] == ["Иван Петров", "Петър Иванов"]
    assert _claims("Na konferencji z Piotrem Kowalskim Anna Nowak poinformowała, że podczas rozmowy z Adamem Malinowskim "
                   "poruszyła temat.", "pl", Piotrem_Kowalskim="PER", Anna_Nowak="PER", Adamem_Malinowskim="PER")[-1][2] \
        == ["Anna Nowak", "Adamem Malinowskim"]


def test_a_clause_after_and_is_no_content_of_the_saying_before_it():
    assert _claims("Acme will meet Zenco next week, Tom Hale said, and that would help.") == [
        ("meet", "asserts", ["Acme", "Zenco"], "Tom Hale")]
    assert _claims("Acme spotka się z Zenco w przyszłym tygodniu, powiedział Jan Nowak, i że to pomoże.", "pl",
                   Acme="ORG", Zenco="ORG", Jan_Nowak="PER") == [("meet", "asserts", ["Acme", "Zenco"], "Jan Nowak")]


def test_a_name_after_by_is_no_clause_subject_of_an_object_pronoun():
    assert _claims("Tom Hale won. A confident appearance by former leader Nick Clegg helped to propel him into a "
                   "coalition government with the Conservatives.") == [
        ("cooperate", "asserts", ["Nick Clegg", "Conservatives"], None)]
    # guard: a bare subject is still never its own object
    assert _claims("Rob Dunn spoke on Monday. Nick Clegg invited him to Maronia.") == [
        ("invite", "asserts", ["Nick Clegg", "Rob Dunn"], None)]


def test_a_state_adjective_before_a_role_names_that_states_holder():
    entities = dict(Tom_Hale="PER", Ivan_Petrov="PER", Ruska="LOC", Rusko="LOC", Jan_Novák="PER")
    assert _claims("Prezident Ruska Ivan Petrov přiletěl do Prahy. Americký prezident Tom Hale přiletěl také. Novinář "
                   "Jan Novák se v pondělí setkal s ruským prezidentem.", "cs", **entities) == [
        ("meet", "asserts", ["Jan Novák", "Ivan Petrov"], None)]
    assert _claims("Rusko chce mír. Ruský prezident Ivan Petrov přiletěl do Prahy. Prezident Tom Hale přiletěl také. "
                   "Novinář Jan Novák se v pondělí setkal s ruským prezidentem.", "cs", **entities) == [
        ("meet", "asserts", ["Jan Novák", "Ivan Petrov"], None)]
    assert _claims("Russia wants peace. Russian President Ivan Petrov arrived in Prague. President Tom Hale arrived too. "
                   "Reporter Jan Novak met the Russian president on Monday.", "en", Tom_Hale="PER", Ivan_Petrov="PER",
                   Russia="LOC", Jan_Novak="PER") == [("meet", "asserts", ["Jan Novak", "Ivan Petrov"], None)]
