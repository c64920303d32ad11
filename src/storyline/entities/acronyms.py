"""A name defined by its acronym: "Руски фонд за преки инвестиции (РФПИ)" is one organisation.

News introduces an organisation once by its full name with the acronym in parentheses after it,
then uses the acronym. The recogniser, on a topic it was not trained on, often finds the short
acronym but not the long name, whose inner words are written in lower case in most languages
("Руски фонд за преки инвестиции", "Narodowy Fundusz Zdrowia" is the easy case). When the
initials of the words before an acronym in parentheses spell that acronym (small words like "за",
"of", "и" skipped; `resolve.names.acronym_of`), those words are a name of the acronym's type:
added, or replacing the recogniser's shorter pieces of it.

Neutral on the single-topic-out folds (pooled micro-F1 0.8144 -> 0.8143: SlavicNER's Bulgarian gold
keeps the acronym inside the span, "… инспекция (СРЗИ)"), kept because resolution then joins the
acronym to its expansion; see the model card (`models/ner/MODEL_CARD.md`).
"""

from __future__ import annotations

import re

from storyline.resolve.names import acronym_of, looks_like_acronym

__all__ = ["with_defined_acronyms"]

Span = tuple[int, int, str]

_WORD = re.compile(r"\w+(?:[-‐‑]\w+)*")
_EXTRA_WORDS = 4  # small words the long form may hold beyond one word per letter
_LOOK_BACK = 200  # characters searched for the long form
_SENTENCE_BREAK = re.compile(r"[.!?;:()\[\]«»\"„“”\n]")


def _long_form(text: str, opening: int, acronym: str) -> tuple[int, int] | None:
    """(start, end) of the words right before the "(" at `opening` whose initials spell `acronym`
    (the first of them capitalised), the shortest such run; None if there is none."""
    before = text[max(0, opening - _LOOK_BACK):opening]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    offset = opening - len(before) + cut
    words = [(offset + m.start(), offset + m.end()) for m in _WORD.finditer(before[cut:])]
    if not words:
        return None
    target = acronym.replace(".", "").replace(" ", "").upper()
    end = words[-1][1]
    for n in range(2, min(len(words), len(target) + _EXTRA_WORDS) + 1):
        start = words[-n][0]
        if text[start].isupper() and acronym_of(text[start:end]) == target:
            return start, end
    return None


def with_defined_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """`spans` (sorted, not overlapping) with the long forms of acronyms defined in parentheses
    added as names of the acronym's type; spans inside a long form give way to it."""
    long_forms: list[Span] = []
    for a, b, label in spans:
        if not looks_like_acronym(text[a:b]):
            continue
        opening = text.rfind("(", 0, a)
        if opening < 0 or text[opening + 1:a].strip() or text[b:b + 1] != ")":
            continue
        found = _long_form(text, opening, text[a:b])
        if found is not None:
            long_forms.append((found[0], found[1], label))
    if not long_forms:
        return spans

    def inside(span: Span, form: Span) -> bool:
        return form[0] <= span[0] and span[1] <= form[1]

    # a recognised span crossing a long form's edge is another reading of the words: keep it, not
    # ours; a span that is the long form already keeps its own type ("Mark Rutte (MR)" stays PER)
    added = [f for f in long_forms
             if not any(s[0] < f[1] and f[0] < s[1] and not inside(s, f) for s in spans)
             and not any(s[:2] == f[:2] for s in spans)]
    kept = [s for s in spans if not any(inside(s, f) for f in added)]
    return sorted(kept + added)
