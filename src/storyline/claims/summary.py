"""A short English rendering of a claim, built from its structure (no translation model exists
offline): "Dmitry Peskov denies contact between Vladimir Putin and Elon Musk (about Apr 2021)".

Names are the fullest form the document uses for the entity (its base form when known), written in
Latin letters (anyascii) so the summary reads in English.
"""

from __future__ import annotations

from anyascii import anyascii

from storyline.claims.context import DocumentContext
from storyline.dates.interval import InvalidTime, describe_time
from storyline.records import Claim

__all__ = ["summarize", "display_name"]

_VERB = {"asserts": "says", "denies": "denies", "confirms": "confirms"}
_DIRECTED = {"invite", "request", "visit"}  # A -> B relations


def display_name(ctx: DocumentContext, index: int) -> str:
    """The longest base form among the mentions of the same name in the document."""
    name = ctx.name(index)
    forms = [(m.lemma or m.text) for i, m in enumerate(ctx.doc.mentions) if ctx.name(i) == name]
    best = max(forms, key=lambda f: (len(f.split()), len(f)), default=ctx.mention(index).text)
    best = best.replace("’s", "").replace("'s", "").strip()
    return anyascii(best)


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def summarize(ctx: DocumentContext, claim: Claim, noun: str) -> str:
    names = [display_name(ctx, p) for p in claim.participants]
    if claim.relation in _DIRECTED and len(names) >= 2:
        body = f"{noun} from {names[0]} to {_join(names[1:])}"
    else:
        body = f"{noun} between {_join(names)}"
    if claim.speaker is not None:
        text = f"{display_name(ctx, claim.speaker)} {_VERB[claim.stance]} {body}"
    else:
        prefix = {"asserts": "", "denies": "Denied: ", "confirms": "Confirmed: "}[claim.stance]
        text = prefix + body[0].upper() + body[1:] if not prefix else prefix + body
    if claim.via:
        text += f" (via {_join([display_name(ctx, v) for v in claim.via])})"
    if claim.when:
        try:
            text += f", {describe_time(claim.when)}"
        except InvalidTime:
            pass
    return text
