"""Social-media handles as mentions of the names they spell: "@elonmusk" beside "Илон Мъск".

Articles quote posts that address people by their handle ("…, @elonmusk?"). The recogniser does
not read handles as names, so the person addressed would be lost. A handle becomes a mention,
with the type of the document's name it spells (`resolve.names.handle_names`: the name's words run
together, inside a longer handle, or the same consonants across scripts; an organisation's
acronym, "@WSJ"); a handle that spells none of the document's names stays text (who "@sx_news" is,
nothing in the document says), and so does one that spells names of different types. Resolution
then joins the handle to the name it spells, when that is one name (`resolve.within_document`).
"""

from __future__ import annotations

import re

from storyline.resolve.names import acronym_of, handle_names, phonetic_key, run_together_key

__all__ = ["with_handles"]

Span = tuple[int, int, str]

# not inside an e-mail address or a domain ("press@x.com", "@x.com", "@elon.musk")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{1,29})\b(?!\.\w)")


def with_handles(text: str, spans: list[Span]) -> list[Span]:
    """`spans` (sorted, not overlapping) with the handles that spell names of one type among them
    added, as that type."""
    if "@" not in text:
        return spans
    names: dict[str, set[str]] = {}  # a name's words run together -> its types in the document
    for a, b, label in spans:
        if label in ("PER", "ORG"):
            names.setdefault(run_together_key(text[a:b]), set()).add(label)
            if label == "ORG" and (acronym := acronym_of(text[a:b])):  # "@WSJ" for "Wall Street Journal"
                names.setdefault(phonetic_key(acronym), set()).add(label)
    added = []
    for match in _HANDLE.finditer(text):
        a, b = match.span()
        if any(s[0] < b and a < s[1] for s in spans):
            continue
        key = phonetic_key(match.group(1))
        types = {label for joined, labels in names.items() if handle_names(key, joined) for label in labels}
        if len(types) == 1:
            added.append((a, b, types.pop()))
    return sorted(spans + added) if added else spans
