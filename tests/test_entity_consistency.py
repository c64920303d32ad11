"""One name, one reading per document: voted types and missed repetitions of recognised names."""

from __future__ import annotations

from storyline.entities.consistency import consistent_spans


def spans_of(text: str, *names: tuple[str, str, int]) -> list[tuple[int, int, str]]:
    """(surface, type, occurrence) -> the span of that occurrence of the surface in text."""
    out = []
    for surface, label, nth in names:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        out.append((start, start + len(surface), label))
    return sorted(out)


def readable(text, spans):
    return [(text[a:b], label) for a, b, label in spans]


def test_a_missed_repetition_of_a_recognised_name_is_added():
    text = "Ryanair cancelled flights. Pilots of Ryanair went on strike. Ryanair said talks go on."
    found = consistent_spans(text, spans_of(text, ("Ryanair", "ORG", 0), ("Ryanair", "ORG", 2)))
    assert readable(text, found) == [("Ryanair", "ORG")] * 3


def test_the_majority_type_wins_and_a_tie_keeps_each_reading():
    text = "Jordan scored. Jordan won again. Jordan is tired."
    voted = consistent_spans(text, spans_of(text, ("Jordan", "PER", 0), ("Jordan", "PER", 1), ("Jordan", "LOC", 2)))
    assert [label for _, label in readable(text, voted)] == ["PER", "PER", "PER"]
    tied = consistent_spans(text, spans_of(text, ("Jordan", "PER", 0), ("Jordan", "LOC", 1)))
    assert [label for _, label in readable(text, tied)] == ["PER", "LOC"]  # the third stays unlabelled


def test_a_bare_surname_after_the_full_name_is_the_person():
    text = "Theresa May met Donald Tusk. Later Tusk said that talks with London went well."
    found = consistent_spans(text, spans_of(text, ("Theresa May", "PER", 0), ("Donald Tusk", "PER", 0),
                                            ("London", "LOC", 0)))
    assert ("Tusk", "PER") in readable(text, found)
    assert ("May", "PER") not in readable(text, found)  # three letters: too short to look for


def test_words_the_text_also_writes_in_lower_case_are_not_propagated():
    text = "Mark Smith arrived. Mark the date: the mark is set. Smith left."
    found = consistent_spans(text, spans_of(text, ("Mark Smith", "PER", 0)))
    # "Smith" (the surname) is added; "Mark" alone never was a recognised surface
    assert readable(text, found) == [("Mark Smith", "PER"), ("Smith", "PER")]


def test_added_mentions_never_overlap_or_split_recognised_ones():
    text = "Bank of England raised rates. England played. The Bank of England said so."
    found = consistent_spans(text, spans_of(text, ("Bank of England", "ORG", 0), ("England", "LOC", 1)))
    assert readable(text, found) == [("Bank of England", "ORG"), ("England", "LOC"), ("Bank of England", "ORG")]
    assert all(b1 <= a2 for (_, b1, _), (a2, _, _) in zip(found, found[1:]))


def test_no_spans_stay_no_spans():
    assert consistent_spans("Nothing here.", []) == []
