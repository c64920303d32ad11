"""Round 79 (issue 5): sources after the relation word that do not attribute it. An "according to" cue heading a
clause of its own after the relation word ("X призова Y …, защото според Z …": a reason or relative clause) gives
that clause's source, not the relation's; a source in a sentence the splitter glued on after the relation word's
sentence ("…е изгоден.В интервю, публикувано в в. Зенко, …") is not the relation's either. Invented names."""

from __future__ import annotations

from storyline.claims.extract import extract_claims
from test_claims_round63 import make_doc, names
from test_claims_round74 import _claims


# -- 1. an "according to" cue opening a reason or relative clause after the relation word ------------------------------

def test_according_to_in_a_reason_clause_after_the_request_is_not_its_source():
    assert _claims("Днес Марония призова Борелия да гарантира сигурността на Петров, защото според Зенград животът му е"
                   " в опасност.", "bg", Марония="LOC", Борелия="LOC", Петров="PER", Зенград="LOC") == [
        ("request", "asserts", ["Борелия", "Марония"], None)]


def test_according_to_in_a_multiword_reason_clause_after_the_request_is_not_its_source():
    assert _claims("Днес Марония призова Борелия да гарантира сигурността на Петров, тъй като според Зенград животът му"
                   " е в опасност.", "bg", Марония="LOC", Борелия="LOC", Петров="PER", Зенград="LOC") == [
        ("request", "asserts", ["Борелия", "Марония"], None)]


def test_guard_according_to_after_the_request_in_its_own_clause_still_attributes_it():
    # guard: a plain "according to" after the relation word, no clause of its own between, is still its source
    assert _claims("Марония призова Борелия да гарантира сигурността на Петров, според Зенко.", "bg",
                   Марония="LOC", Борелия="LOC", Петров="PER", Зенко="ORG") == [
        ("request", "asserts", ["Борелия", "Марония"], "Зенко")]


# -- 2. a source in a sentence glued on after the relation word's sentence ---------------------------------------------

def test_a_source_in_a_glued_next_sentence_does_not_attribute_the_relation():
    got = _claims("Президентът Иван Петров призова Марония да подпише споразумение с Борелия, защото то е много"
                  " по-изгодно.В интервю, публикувано днес във вестник Зенко, Петров нарича проекта подкуп.", "bg",
                  **{"Иван Петров": "PER", "Марония": "LOC", "Борелия": "LOC", "Зенко": "ORG", "Петров": "PER"})
    assert got and all(speaker != "Зенко" for _, _, _, speaker in got)


# -- 3. "as he himself said" between dashes: the dropped subject speaks ------------------------------------------------

def test_as_he_said_between_dashes_is_the_person_the_text_is_about():
    got = _claims("Jan Kowalski powiedział, że nigdy nie ukrywał lunchu. Kowalskiego - jak sam stwierdził - zaskoczyło"
                  " tylko jedno: Zenon Nowak poprosił go o numery telefonów.", "pl",
                  **{"Jan Kowalski": "PER", "Kowalskiego": "PER", "Zenon Nowak": "PER"})
    assert ("request", "asserts", ["Kowalskiego", "Zenon Nowak"], "Kowalskiego") in got  # the same person


def test_guard_as_he_said_before_a_comma_still_reads_as_before():
    # guard (round 15's reading): "Jak sam stwierdził, …" with a comma is unchanged
    got = _claims("Jan Kowalski powiedział, że nigdy nie ukrywał lunchu. Jak sam stwierdził, Zenon Nowak poprosił go"
                  " o numery telefonów.", "pl", **{"Jan Kowalski": "PER", "Zenon Nowak": "PER"})
    assert got and all(speaker == "Jan Kowalski" for _, _, _, speaker in got)


# -- 4. an outlet citing a named source: the source speaks, the outlet relays ------------------------------------------

def _speakers(text, language, **entities):
    """(relation, speaker, via) of each claim."""
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, m[c.speaker].text if c.speaker is not None else None, [m[v].text for v in c.via])
            for c in extract_claims(doc)]


def test_an_outlet_citing_a_named_ministry_relays_it():
    assert _speakers("Марония и Борелия провели переговоры о газе, пишет еженедельник Zenco со ссылкой на МИД Марони.",
                     "ru", Марония="LOC", Борелия="LOC", Zenco="ORG", **{"МИД Марони": "ORG"}) == [
        ("negotiate", "МИД Марони", ["Zenco"])]
    assert _speakers("Папа Иван призова властите в Марония да освободят Петров, съобщи агенция Зенко, като се позова на"
                     " радио Акме.", "bg", **{"Папа Иван": "PER", "Марония": "LOC", "Петров": "PER", "Зенко": "ORG",
                                              "Акме": "ORG"}) == [
        ("request", "Акме", ["Зенко"])]


def test_guard_an_outlet_citing_unnamed_officials_stays_the_speaker():
    # guard (dev's reading): "съобщи в. X, позовавайки се на чиновници …": the outlet speaks, no via
    assert _speakers("Марония и Борелия проведоха преговори, съобщи вестник Зенко, позовавайки се на чиновници от"
                     " Марония.", "bg", Марония="LOC", Борелия="LOC", Зенко="ORG") == [
        ("negotiate", "Зенко", [])]


# -- 5. cs "přislíbil" (promised): a speech verb like "slíbil" -------------------------------------------------------------

def test_cs_a_promise_with_the_prefix_pri_is_what_the_promiser_says():
    assert _claims("Ministr Jan Novák už předtím přislíbil, že Marónie bude s Borelií dál jednat o dohodě.", "cs",
                   **{"Jan Novák": "PER", "Marónie": "LOC", "Borelií": "LOC"}) == [
        ("negotiate", "asserts", ["Borelií", "Marónie"], "Jan Novák")]
