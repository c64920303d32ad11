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
genitive chain ("глава компании Альберт Бурла"). A one-word person there is taken for the company
(measured: +0.001 on covid-19, +0.002 on ryanair, no fold lower), at the cost of the rarer "in the
company of" ("в компании Зорина"). Names the model was trained on (its `known_names.txt`) are left
alone: their type follows the training data, and a genitive after the noun is often a place the
companies belong to ("компании России"), which is rarely a new name. The nouns of all languages are
pooled (the recogniser reads text without a language), so the list leaves out words that are also
common words of another language ("firm", "holding", "carrier", Spanish "firma").

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
_RETYPED = frozenset({"LOC", "MISC"})
# the word right before a mention, an opening quote mark and spaces allowed in between (not a line
# break: a heading's last word is no noun of the next line's name)
_WORD_BEFORE = re.compile(r"(\w+)[ \t\u00a0«\"„“‚']*\Z")
_LOOK_BACK = 60  # characters searched back for that word


@lru_cache(maxsize=1)
def organisation_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems) of organisation nouns, lower case, all languages pooled (see the data
    file: a word ending in "*" is a stem)."""
    words: set[str] = set()
    stems: set[str] = set()
    for line in _NOUNS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        for entry in line.split()[1:]:  # the first field is the language
            if entry.endswith("*"):
                stems.add(entry[:-1])
            else:
                words.add(entry)
    return frozenset(words), tuple(sorted(stems))


def _retyped(label: str, surface: str) -> bool:
    """May an organisation noun before this mention make it an organisation? Places, products and
    one-word people ("firmy Pfizer" read as a person); a full name stays a person."""
    return label in _RETYPED or (label == "PER" and len(surface.split()) == 1)


def _after_organisation_noun(text: str, start: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if not match:
        return False
    word = match.group(1).lower()
    words, stems = organisation_nouns()
    return word in words or word.startswith(stems)


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
