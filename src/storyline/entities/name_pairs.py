"""Two names joined by a hyphen are two mentions: "Putin-Musk meeting", "US-China trade talks".

Headlines and news pair two parties with a hyphen ("the Putin-Musk meeting", "ЕС-Россия",
"UE-Londyn", "Киев-Берлин", routes like "Bruksela-Charleroi"), and the recogniser reads the pair as
one name of one type ("Putin-Musk" PER). Downstream that is one party where there are two: the
claim "Kremlin discusses potential Putin-Musk meeting" had one participant. SlavicNER's gold splits
such pairs (121 pairs in its texts are two gold mentions), while it keeps one name for
double-barrelled names ("Jean-Claude Juncker", "Rees-Mogg", "Санкт-Петербург", "BASF-Wintershall").

What tells the two apart is the rest of the document: a pair's halves are names the article also
uses on their own ("Vladimir Putin" ... "Musk"), while "Mogg" or "Claude" never stand alone. So a
recognised span of two capitalised words joined by a hyphen is split when each half is, or is an
inflected form of (`name_forms.same_name`), a mention of the same document on its own or the last
word of one ("Musk" of "Elon Musk"), and the whole form is not a name the model was trained on
(its ``known_names``: "Interfax-Ukraine", "Pfizer-BioNTech" where the training data kept it whole).
Each half takes the type of the mention it repeats.
"""

from __future__ import annotations

import re

from storyline.entities.name_forms import same_name

__all__ = ["split_name_pairs"]

Span = tuple[int, int, str]

_PAIR = re.compile(r"([^\W\d_][\w'’]*)[-‐‑–—]([^\W\d_][\w'’]*)")


def split_name_pairs(text: str, spans: list[Span], known: frozenset[str] | set[str] = frozenset()) -> list[Span]:
    """`spans` with each "A-B" span whose halves the document names on their own split in two."""
    pairs: dict[int, re.Match] = {}
    for i, (a, b, _) in enumerate(spans):
        match = _PAIR.fullmatch(text, a, b)
        if match and match.group(1)[0].isupper() and match.group(2)[0].isupper() \
                and text[a:b].lower() not in known:
            pairs[i] = match
    if not pairs:
        return spans
    # the words a half may repeat: one-word mentions, and the last word of longer ones, with types
    alone: list[tuple[str, str]] = []
    for i, (a, b, label) in enumerate(spans):
        if i in pairs:
            continue
        words = text[a:b].split()
        if words:
            alone.append((words[-1].lower(), label))

    def type_of(half: str) -> str | None:
        half = half.lower()
        for word, label in alone:
            if same_name((half,), (word,)):
                return label
        return None

    out: list[Span] = []
    for i, span in enumerate(spans):
        if i not in pairs:
            out.append(span)
            continue
        match = pairs[i]
        left, right = type_of(match.group(1)), type_of(match.group(2))
        if left is None or right is None:
            out.append(span)
            continue
        out.append((match.start(1), match.end(1), left))
        out.append((match.start(2), match.end(2), right))
    return out
