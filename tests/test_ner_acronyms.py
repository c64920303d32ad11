"""Full names defined by an acronym in parentheses (entities/acronyms.py)."""

from storyline.entities.acronyms import with_defined_acronyms


def at(text: str, surface: str, label: str, start: int = 0) -> tuple[int, int, str]:
    i = text.index(surface, start)
    return (i, i + len(surface), label)


def named(text, spans):
    return [(text[a:b], label) for a, b, label in spans]


def test_the_words_whose_initials_spell_the_acronym_become_a_name_of_its_type():
    text = "Това заяви ръководителят на контролирания от държавата Руски фонд за преки инвестиции (РФПИ) в петък."
    assert named(text, with_defined_acronyms(text, [at(text, "РФПИ", "ORG")])) == [
        ("Руски фонд за преки инвестиции", "ORG"), ("РФПИ", "ORG")]


def test_pieces_of_the_long_form_give_way_to_it_and_a_leading_article_stays_out():
    text = "The Baltic Energy Supervision Authority (BESA) fined them."
    spans = [at(text, "Baltic", "LOC"), at(text, "BESA", "ORG")]
    assert named(text, with_defined_acronyms(text, spans)) == [
        ("Baltic Energy Supervision Authority", "ORG"), ("BESA", "ORG")]


def test_no_long_form_without_matching_initials_or_parentheses():
    text = "Spokesman Jan Novák (ODS) said so. The Tallinn office, TSO, agreed. Mapa Wilna (PL)."
    spans = [at(text, "Jan Novák", "PER"), at(text, "ODS", "ORG"), at(text, "TSO", "ORG"), at(text, "PL", "LOC")]
    assert with_defined_acronyms(text, spans) == spans


def test_a_span_crossing_the_long_form_is_another_reading_and_is_kept():
    text = "Zprávu vydal Státní zdravotní ústav (SZÚ) v Brně."
    crossing = (text.index("Státní") - 6, text.index("Státní") + 6, "MISC")  # "vydal Státní"
    spans = [crossing, at(text, "SZÚ", "ORG")]
    assert with_defined_acronyms(text, spans) == spans
    # without it the long form is found: the test above is about the crossing span
    assert ("Státní zdravotní ústav", "ORG") in named(text, with_defined_acronyms(text, spans[1:]))


def test_a_rejected_long_form_removes_nothing_and_an_exact_span_keeps_its_type():
    text = "Report: the Berlin Energy Agency (BEA) said so. Mark Rutte (MR) spoke."
    the_berlin = (text.index("the Berlin"), text.index("the Berlin") + len("the Berlin"), "LOC")
    spans = [the_berlin, at(text, "Energy", "MISC"), at(text, "BEA", "ORG")]
    # "the Berlin" crosses the long form's edge: no long form, and "Energy" inside it stays
    assert with_defined_acronyms(text, spans) == spans
    person = [at(text, "Mark Rutte", "PER"), at(text, "MR", "ORG")]
    assert with_defined_acronyms(text, person) == person
