"""Stance: does the source assert, deny or confirm the relation?

- ``denies``: a denial cue ("denied", "опроверг", "отрече", "не ведутся", "has not yet taken
  place") anywhere in the sentence, or a negation right before the relation word ("did not meet",
  "не встречался", "не са се срещали"). A denial of a report is a denial of the reported event, so
  the cue need not govern the relation word directly ("denied reports that X spoke with Y").
- ``confirms``: a confirmation cue ("confirmed", "подтвердил", "потвърди").
- a negated cue does not count ("hadn't ruled out", "не подтвердил" is no confirmation).
- otherwise ``asserts``.
"""

from __future__ import annotations

from storyline.claims.context import DocumentContext
from storyline.claims.lexicon import PhraseMatch

__all__ = ["stance_of", "is_negated"]

_NEGATION_REACH = 3  # tokens between a negation and the word it negates ("did not yet meet")


def is_negated(ctx: DocumentContext, first_token: int, lower_bound: int) -> bool:
    """Whether a negation word stands within reach before ``first_token``."""
    for k in range(first_token - 1, max(first_token - 1 - _NEGATION_REACH, lower_bound - 1), -1):
        token = ctx.tokens[k]
        if token.norm in {",", ".", ";", ":"}:
            return False
        if ctx.match(ctx.lexicon.negation, k):
            # "не только", "not only": a negation word that negates nothing
            return not ctx.match(ctx.lexicon.not_negation, k)
    return False


def stance_of(ctx: DocumentContext, first: int, last: int, trigger: PhraseMatch,
              skip: set[int] = frozenset()) -> tuple[str, str | None]:
    """(stance, cue text) for the relation ``trigger`` in tokens [first, last); tokens in
    ``skip`` (cues already used for another claim) are ignored."""
    tokens = ctx.tokens[first:last]
    denial = None
    for match in ctx.lexicon.deny.find(tokens):
        start = first + match.first
        if start in skip:
            continue
        # a cue that begins with its own negation ("не ведутся") is complete as is
        own_negation = ctx.match(ctx.lexicon.negation, start)
        if not own_negation and is_negated(ctx, start, first):
            continue
        denial = _text(ctx, start, first + match.last)
        break
    if denial:
        return "denies", denial
    if is_negated(ctx, trigger.first, first):
        return "denies", _text(ctx, trigger.first - 1, trigger.last)
    if ctx.lexicon.negated_form(ctx.tokens[trigger.first].norm):
        return "denies", _text(ctx, trigger.first, trigger.last)  # "nesetkali se": negation glued to the verb
    for match in ctx.lexicon.confirm.find(tokens):
        start = first + match.first
        if start in skip or is_negated(ctx, start, first):
            continue
        return "confirms", _text(ctx, start, first + match.last)
    return "asserts", None


def _text(ctx: DocumentContext, first: int, last: int) -> str:
    return ctx.doc.text[ctx.tokens[first].start : ctx.tokens[last].end]
