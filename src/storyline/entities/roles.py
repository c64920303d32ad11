"""Occupation words the recogniser took into a name: "Политолог Ян Бреммер" -> "Ян Бреммер" (PER).

At the start of a sentence a role noun is capitalised like the name after it, and the model may
read both as one name of the wrong type ("Политолог Ян Бреммер" as ORG). A person mistyped as an
organisation then passes for an outlet, and a claim's "the publication stresses" is attributed
to him. The role words come from a multilingual data file (`data/person_roles.txt`), restricted to
words that never begin an organisation's or a place's name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["person_roles", "split_role_prefix"]

_ROLES_PATH = Path(__file__).resolve().parent / "data" / "person_roles.txt"


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """Lower-cased occupation/role words of all languages (see the data file's header)."""
    words: set[str] = set()
    for line in _ROLES_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(w.lower() for w in line.split()[1:])  # the first field is the language
    return frozenset(words)


def split_role_prefix(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """The span `text[start:end]` without a leading role word, and its type.

    The role word is cut off when a name follows it: two or more capitalised words (a person's
    first and last name: the span becomes PER whatever the model said), or one when the model
    already said PER ("Analyst Smith"). Anything else is returned unchanged ("Expert Group" stays
    an organisation)."""
    span = text[start:end]
    first_end = 0
    while first_end < len(span) and not span[first_end].isspace():
        first_end += 1
    role = span[:first_end].lower().rstrip(".")
    if first_end == len(span) or role not in person_roles() or not span[:1].isupper():
        return start, end, label
    rest = first_end
    while rest < len(span) and span[rest].isspace():
        rest += 1
    words = span[rest:].split()
    if not words or not all(w[:1].isupper() for w in words):
        return start, end, label
    if len(words) >= 2:
        return start + rest, end, "PER"
    if label == "PER":
        return start + rest, end, label
    return start, end, label


def without_lone_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`spans` without those that are only a title right before a person ("Rep." in "Rep. David
    McKinley", "Sen." before "Ted Cruz"): the recogniser sometimes reads the abbreviation as a name
    of its own, which then passes for a party of a claim. Titles: `resolve.names.titles()`."""
    from storyline.resolve.names import titles

    kept = []
    for i, (start, end, label) in enumerate(spans):
        following = spans[i + 1] if i + 1 < len(spans) else None
        if (following is not None and following[2] == "PER" and text[end:following[0]].isspace()
                and text[start:end].lower().rstrip(".") in titles()):
            continue
        kept.append((start, end, label))
    return kept
