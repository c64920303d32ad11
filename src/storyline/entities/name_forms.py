"""Inflected forms of one name: "Путин" / "Путина" / "Путиным", "Gazprom" / "Gazpromu".

Slavic languages decline names, so the same organisation or person appears in a document under
several surface forms, and the recogniser may read each form differently (Gazprom ORG, Gazpromu
LOC) or miss some. Two words are forms of one name when they share a stem of at least
``MIN_STEM`` letters and what follows the stem in each is a case ending of some language
(``data/case_endings.txt``; the empty ending is always allowed). Multi-word names match word by
word. No dictionary and no language tag: the endings of all languages are pooled, which is safe
because only names a document already contains are compared.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["case_endings", "name_words", "same_name", "word_stems"]

_ENDINGS_PATH = Path(__file__).resolve().parent / "data" / "case_endings.txt"
MIN_STEM = 4  # "Мэй" / "Мэя" are not compared: short stems match too many unrelated words
_NAME_WORD = re.compile(r"\w+(?:[-‐‑]\w+)*")  # "Северный поток-2": hyphenated parts stay one word


@lru_cache(maxsize=1)
def case_endings() -> frozenset[str]:
    """Lower-cased endings of all languages in the data file, plus the empty ending."""
    endings = {""}
    for line in _ENDINGS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            endings.update(line.split()[1:])  # the first field is the language
    return frozenset(endings)


def name_words(surface: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of ``surface`` (hyphenated parts joined, punctuation left out)."""
    return [(m.start(), m.end(), m.group()) for m in _NAME_WORD.finditer(surface)]


@lru_cache(maxsize=65536)
def word_stems(word: str) -> frozenset[str]:
    """Every stem of ``word`` (lower-cased) left when one case ending is removed, ``MIN_STEM`` letters
    or more; the whole lower-cased word is always one of them."""
    lowered = word.lower()
    endings = case_endings()
    stems = {lowered}
    for cut in range(1, 4):
        if len(lowered) - cut >= MIN_STEM and lowered[-cut:] in endings:
            stems.add(lowered[:-cut])
    return frozenset(stems)


def same_name(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """Are these two word sequences forms of one name (same length, each word pair shares a stem)?"""
    if len(words_a) != len(words_b):
        return False
    return all(a == b or (_long_stems(a) & _long_stems(b)) for a, b in zip(words_a, words_b))


def _long_stems(word: str) -> frozenset[str]:
    return frozenset(s for s in word_stems(word) if len(s) >= MIN_STEM)
