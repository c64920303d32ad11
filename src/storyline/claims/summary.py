"""A short English rendering of a claim, built from its structure (no translation model exists
offline): "Dmitry Peskov denies contact between Vladimir Putin and Elon Musk (about Apr 2021)".

Names are the fullest form the document uses for the entity (its base form when known), written in
Latin letters (`latin_name`) so the summary reads in English.
"""

from __future__ import annotations

from collections.abc import Callable

from anyascii import anyascii

from storyline.claims.context import DocumentContext
from storyline.dates.interval import InvalidTime, describe_time
from storyline.records import Claim

__all__ = ["display_name", "latin_name", "relation_noun", "render_summary", "summarize"]

# anyascii writes the soft sign as an apostrophe ("Merkel'", "Zelens'kiy") and the Bulgarian vowel
# ъ as one too ("Tr'mp"): English spellings drop the first and write the second as "a" (a real
# apostrophe, as in O'Brien, stays)
_SIGNS = str.maketrans({"ь": "", "Ь": "", "ъ": "a", "Ъ": "A"})


def latin_name(name: str) -> str:
    """A name in Latin letters for English text: "Ангела Меркель" -> "Angela Merkel", "Тръмп" ->
    "Tramp"; Latin names are kept (diacritics folded: "Łukasz" -> "Lukasz")."""
    return anyascii(name.translate(_SIGNS))

_VERB = {"asserts": "says", "denies": "denies", "confirms": "confirms"}
_DIRECTED = {"invite", "request", "visit"}  # A -> B relations


def display_name(ctx: DocumentContext, index: int) -> str:
    """The longest base form among the mentions of the same name in the document."""
    name = ctx.name(index)
    forms = [(m.lemma or m.text) for i, m in enumerate(ctx.doc.mentions) if ctx.name(i) == name]
    best = max(forms, key=lambda f: (len(f.split()), len(f)), default=ctx.mention(index).text)
    best = best.replace("’s", "").replace("'s", "").strip()
    return latin_name(best)


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def summarize(ctx: DocumentContext, claim: Claim, noun: str) -> str:
    """The summary with the names this document uses (before corpus-level resolution)."""
    return render_summary(claim, noun, lambda index: display_name(ctx, index))


def relation_noun(relation: str) -> str:
    """The English noun of a relation ("meet" -> "meeting"), from the English lexicon."""
    from storyline.claims.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    found = lexicon.relation(relation) if lexicon else None
    return found.noun if found else relation


def render_summary(claim: Claim, noun: str, name_of: Callable[[int], str]) -> str:
    """The summary with names given by `name_of(mention index)`: the document's own forms at
    extraction time, the corpus entities' display names once resolution has run."""
    names = [name_of(p) for p in claim.participants]
    if claim.relation in _DIRECTED and len(names) >= 2:
        body = f"{noun} from {names[0]} to {_join(names[1:])}"
    else:
        body = f"{noun} between {_join(names)}"
    if claim.speaker is not None:
        text = f"{name_of(claim.speaker)} {_VERB[claim.stance]} {body}"
    else:
        prefix = {"asserts": "", "denies": "Denied: ", "confirms": "Confirmed: "}[claim.stance]
        text = prefix + body[0].upper() + body[1:] if not prefix else prefix + body
    if claim.via:
        text += f" (via {_join([name_of(v) for v in claim.via])})"
    if claim.when:
        try:
            text += f", {describe_time(claim.when)}"
        except InvalidTime:
            pass
    return text
