"""A class noun before a new name types it: "компании Moderna", "firmy Pfizer" are organisations.

On a topic it was not trained on, the recogniser meets company names it never saw and reads them
by their look: "Moderna" and "Sinovac Biotech" as places, "Pfizer" as a person. The noun a writer
puts before a name to introduce it ("the drugmaker", "компания", "společnost", "podjetje") says what
it is in any topic. So, per document, before the consistency pass (`consistency.py`):

* a mention read as a place or a product (LOC, MISC), or as a person when it is one word, right
  after an organisation noun (``data/organisation_nouns.txt``; an opening quote may stand between)
  is an organisation;
* so are the document's other mentions of that name, in any of its forms (`name_forms`).

A full name after an organisation noun stays a person: it is usually the company's employee in a
genitive chain ("глава компании Альберт Бурла"). Names the model was trained on (its
`known_names.txt`) are left alone: their type follows the training data, and a genitive after the
noun is often a place the companies belong to ("компании России"), which is rarely a new name.

Measured with the single-topic-out fold models (`storyline eval ner ../shared/data/slavicner
--resolve --natasha --fold covid-19=… --fold …`, what `analyze` stores): covid-19 0.647 -> 0.650
(ORG 0.574 -> 0.582), ryanair 0.847 -> 0.850, asia_bibi 0.806, nord_stream 0.826 and brexit 0.867
unchanged; pooled micro-F1 0.813 -> 0.814; CoNLL-2003 English validation 0.888 unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from pathlib import Path

from storyline.entities.name_forms import name_words, same_name

__all__ = ["organisation_nouns", "typed_by_class_nouns"]

Span = tuple[int, int, str]

_NOUNS_PATH = Path(__file__).resolve().parent / "data" / "organisation_nouns.txt"
_RETYPED = frozenset({"LOC", "MISC"})  # and one-word people
# the word right before a mention, an opening quote mark and spaces allowed in between
_WORD_BEFORE = re.compile(r"(\w+)[\s«\"„“‚']*$")
_LOOK_BACK = 60  # characters searched back for that word


@lru_cache(maxsize=1)
def organisation_nouns() -> tuple[str, ...]:
    """Lower-case prefixes of organisation nouns, all languages pooled (see the data file)."""
    prefixes: set[str] = set()
    for line in _NOUNS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            prefixes.update(line.split()[1:])  # the first field is the language
    return tuple(sorted(prefixes))


def _retyped(label: str, surface: str) -> bool:
    """May an organisation noun before this mention make it an organisation?"""
    return label in _RETYPED or (label == "PER" and len(surface.split()) == 1)


def _after_organisation_noun(text: str, start: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    return bool(match) and match.group(1).lower().startswith(organisation_nouns())


def typed_by_class_nouns(text: str, spans: list[Span], known: Container[str] = frozenset()) -> list[Span]:
    """`spans` with new names introduced by an organisation noun, and their other forms in the
    document, typed ORG (see the module docstring). `known`: lower-cased names left as they are."""
    def new_name(a: int, b: int) -> bool:
        return text[a:b].lower() not in known

    cued = {tuple(w for _, _, w in name_words(text[a:b])) for a, b, label in spans
            if _retyped(label, text[a:b]) and new_name(a, b) and _after_organisation_noun(text, a)}
    cued.discard(())
    if not cued:
        return spans
    out = []
    for a, b, label in spans:
        if label != "ORG" and new_name(a, b):
            words = tuple(w for _, _, w in name_words(text[a:b]))
            if any(same_name(words, name) for name in cued):
                label = "ORG"
        out.append((a, b, label))
    return out
