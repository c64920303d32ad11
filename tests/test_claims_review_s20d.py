"""A review of session 20 (issue 5), fourth part: scans that looked BACK from a token past the first token of its
sentence, so a sentence before it with no final punctuation (a headline, a paragraph's last line, split from this one
at a paragraph break) lent this one its last words — a media noun made the next sentence's first organisation an
outlet, a word of absence denied the next sentence's relation. The scans now stop at
`DocumentContext.sentence_first`. Each test fails on the code before the fix; the full-stop forms are the guards,
except where a comment says the scan read past a full stop too. Invented names."""

from __future__ import annotations

from test_claims import make_doc
from test_claims_review_s20c import _both
from test_claims_round9 import names

from storyline.claims.attribution import _near_media_noun
from storyline.claims.context import DocumentContext
from storyline.claims.extract import _lexicon_of

_PEOPLE = dict(Tom_Hale="PER", Anna_Bell="PER", John_Reed="PER")


def _context(text: str, **entities) -> DocumentContext:
    doc = make_doc(text, "en", names(**entities))
    return DocumentContext.build(doc, _lexicon_of(doc), doc.sentences)


def test_sentence_first_is_the_first_token_of_the_sentence_holding_a_token():
    ctx = _context("We read the newspaper\n\nAcme met Tom Hale.", Acme="ORG", **_PEOPLE)
    acme = ctx.mention_tokens[0][0]
    assert ctx.sentence_first(acme) == acme == ctx.units[1].first
    assert ctx.sentence_first(acme - 1) == ctx.sentence_first(0) == 0


def test_a_media_noun_ending_the_sentence_before_makes_no_outlet_en():
    # "newspaper" ending a headline was read as naming the next sentence's first organisation ("the newspaper Acme"):
    # Acme became one of the document's outlets, and talking with it said where words were said, no contact
    assert _both("We read the newspaper{}\n\nAcme grew fast. Tom Hale spoke with Acme on Monday.", Acme="ORG",
                 **_PEOPLE) == [("contact", "asserts", ["Tom Hale", "Acme"], None)]
    ctx = _context("We read the newspaper\n\nAcme met Tom Hale on Monday.", Acme="ORG", **_PEOPLE)
    assert ctx.outlet_names() == set()
    # guard: a media noun in the name's own phrase still makes it an outlet
    assert _context("The newspaper Acme met Tom Hale on Monday.", Acme="ORG", **_PEOPLE).outlet_names() == {"acme"}


def test_a_media_noun_three_tokens_back_in_the_sentence_before_is_not_the_names():
    # `_near_media_noun` looked three tokens back from the name with no bound at all: past a paragraph break and, in
    # the second text, past a full stop too ("newspaper", ".", then the name)
    for text in ("We read the newspaper\n\nAcme met Tom Hale on Monday.",
                 "We read the newspaper.\n\nAcme met Tom Hale on Monday."):
        assert not _near_media_noun(_context(text, Acme="ORG", **_PEOPLE), 0)
    # guard
    assert _near_media_noun(_context("The newspaper Acme met Tom Hale on Monday.", Acme="ORG", **_PEOPLE), 0)


def test_a_word_of_absence_ending_the_sentence_before_does_not_undo_a_relation_en():
    # "without" ending a headline was read as "without talks": the next sentence's talks were dropped
    assert _both("A world without{}\n\nTalks between Tom Hale and Anna Bell went well.", **_PEOPLE) == [
        ("contact", "asserts", ["Tom Hale", "Anna Bell"], None)]
    # guard: in its own sentence it still does
    assert _both("Tom Hale went on without talks with Anna Bell{}\n\nJohn Reed said nothing.", **_PEOPLE) == []
