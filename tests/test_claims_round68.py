"""Round 68 (issue 5): speakers, and explicit relations the extractor dropped — being convinced by an agent is
persuasion, no statement; the person persuaded may be named after a noun and its owner ("the predecessor of X, Y");
a state or an organisation may be persuaded. Invented names."""

from __future__ import annotations

from storyline.claims.extract import extract_claims
from test_claims_round63 import make_doc, names


def _claims(text, language="en", **entities):
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants], m[c.speaker].text if c.speaker is not None else None)
            for c in extract_claims(doc)]


# -- 1. speakers: a passive of persuading with its agent is no statement ----------------------------------------------

def test_being_convinced_by_an_agent_is_no_statement():
    assert _claims("Tom Hale est convaincu par Zenco de rencontrer Acme.", "fr", Tom_Hale="PER", Zenco="ORG",
                   Acme="ORG") == [("meet", "asserts", ["Tom Hale", "Acme"], None)]
    assert _claims("Tom Hale estaba convencido por Zenco de reunirse con Acme.", "es", Tom_Hale="PER", Zenco="ORG",
                   Acme="ORG") == [("meet", "asserts", ["Tom Hale", "Acme"], None)]
    assert _claims("Jan Kowalski został przekonany przez Zenco do spotkania z Acme.", "pl", Jan_Kowalski="PER",
                   Zenco="ORG", Acme="ORG") == [("meet", "asserts", ["Jan Kowalski", "Acme"], None)]
    [(relation, _, parties, speaker)] = _claims("Tom Hale was convinced by Zenco to meet Acme.", Tom_Hale="PER",
                                                Zenco="ORG", Acme="ORG")
    assert (relation, speaker) == ("meet", None) and {"Tom Hale", "Acme"} <= set(parties)


def test_being_convinced_that_is_still_a_statement():
    # guard (round 62): what the subject is convinced of is what it says
    assert _claims("Tom Hale is convinced that Zenco will meet Acme.", Tom_Hale="PER", Zenco="ORG", Acme="ORG") == [
        ("meet", "asserts", ["Zenco", "Acme"], "Tom Hale")]
    assert _claims("Tom Hale est convaincu que Zenco rencontrera Acme.", "fr", Tom_Hale="PER", Zenco="ORG",
                   Acme="ORG") == [("meet", "asserts", ["Zenco", "Acme"], "Tom Hale")]


# -- 2. requests: whom one persuades -------------------------------------------------------------------------------------

def test_the_person_persuaded_named_after_a_noun_and_its_owner():
    assert _claims("Драган убеди предшественика на Мей Стоян Колев да насрочи референдума.", "bg", Драган="PER",
                   Стоян_Колев="PER", Мей="PER") == [("request", "asserts", ["Драган", "Стоян Колев"], None)]
    assert _claims("Tom Hale persuaded the predecessor of Ann Lee, Bob Stone, to call a vote.", Tom_Hale="PER",
                   Ann_Lee="PER", Bob_Stone="PER") == [("request", "asserts", ["Tom Hale", "Bob Stone"], None)]
    # guard: a noun and its owner with no person after them is no one persuaded
    assert _claims("Драган убеди правителството на Мей да насрочи референдума.", "bg", Драган="PER", Мей="PER") == []


def test_a_state_or_an_organisation_may_be_persuaded():
    assert _claims("Jan Kowalski przekonał Maronię do rezygnacji z projektu.", "pl", Jan_Kowalski="PER",
                   Maronię=("LOC", "Maronia")) == [("request", "asserts", ["Jan Kowalski", "Maronię"], None)]
    assert _claims("Иван Петров убедил Маронию отказаться от проекта.", "ru", Иван_Петров="PER",
                   Маронию=("LOC", "Марония")) == [("request", "asserts", ["Иван Петров", "Маронию"], None)]
    assert _claims("Maronia persuaded Zenco to drop the project.", Maronia="LOC", Zenco="ORG") == [
        ("request", "asserts", ["Maronia", "Zenco"], None)]
    # guard: convincing someone of a fact is no request
    assert _claims("Tom Hale convinced Zenco that the project is bad.", Tom_Hale="PER", Zenco="ORG") == []
    # guard: a state "receiving" someone is still no meeting (round 27)
    assert _claims("Maronia received Tom Hale as a refugee.", Maronia="LOC", Tom_Hale="PER") == []
