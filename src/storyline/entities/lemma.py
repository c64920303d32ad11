"""Base forms of name mentions (Маском -> Маск, Илону Маску -> Илон Маск, Кремлем -> Кремль).

A learned suffix-rewrite lemmatiser. From (surface word, lemma word) pairs it counts, for every
suffix of the surface word up to `MAX_SUFFIX` characters (with a "^" word-start marker so short
words can be matched whole), which rewrite "strip n characters, append s" produced the lemma.
At lemmatisation time the longest suffix seen in training wins, looked up in tables from the
most specific context to the most general:

    (language, entity type, position in mention, how the previous word was rewritten, word shape)
    (language, entity type, position in mention, word shape)
    (language, position in mention, word shape)
    (language, word shape), (language,)

Position matters for names of organisations: "Министерства иностранных дел" -> "Министерство
иностранных дел" (the genitive words after the head stay), "Европейского союза" -> "Европейский
союз" (both words agree and change) - the tables learn which endings change where, not us.

A whole-mention exception table (surface -> lemma, seen at least twice in training) is tried
first, so frequent irregular forms ("Wlk. Brytanii") come out right.

Rules are trained by `scripts/train_lemma.py` (SlavicNER + UD treebanks) and shipped as
`storyline/models/lemma/rules.json`; see the MODEL_CARD.md next to it. Case is never lowered:
rewrites are learned on lower-cased words and re-applied in the case of the surface word.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

__all__ = ["SuffixLemmatizer", "LemmaPair", "lemmatize", "default_lemmatizer", "RULES_PATH", "tokens"]

RULES_PATH = Path(__file__).resolve().parent.parent / "models" / "lemma" / "rules.json"
MAX_SUFFIX = 6
MAX_STRIP = 4  # longer rewrites are not inflection
MIN_COUNT = 2  # a suffix seen once is too weak to rewrite by
MEMO_SIZE = 100_000  # memoised mention lemmas (names repeat: most lookups hit)
_WORD = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]+|\s+", re.UNICODE)
# English possessive: "Wall Street Journal's" -> "Wall Street Journal"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")


def tokens(text: str) -> list[str]:
    """Words, punctuation runs and whitespace runs; joining them gives `text` back."""
    return _WORD.findall(text)


def _is_word(tok: str) -> bool:
    return bool(tok) and (tok[0].isalnum() or tok[0] == "_")


@dataclass(slots=True, frozen=True)
class LemmaPair:
    """One training example: a mention and its gold base form."""

    surface: str
    lemma: str
    type: str | None
    language: str


def _rewrite(surface: str, lemma: str) -> tuple[int, str]:
    """(characters to strip from the end of `surface`, string to append) turning it into `lemma`."""
    n = 0
    limit = min(len(surface), len(lemma))
    while n < limit and surface[n] == lemma[n]:
        n += 1
    return len(surface) - n, lemma[n:]


def _is_particle(word: str, index: int, type_: str | None) -> bool:
    """A lower-case word inside a person's name ("von", "der", "de", "ul"): it does not decline, and
    the words on either side of it still agree ("Ruedigera von Fritscha" -> "Ruediger von Fritsch").
    Not in other names, whose lower-case words are declined adjectives and nouns that agree
    ("Министерства иностранных дел")."""
    return index > 0 and type_ == "PER" and word.islower()


def _position(index: int) -> str:
    return "first" if index == 0 else "later"


def _agreement(previous_rewrite: str | None) -> str:
    # words of one name agree: "Илона Маска" -> the surname is rewritten like the first name was
    # (an unchanged first name says nothing: "Joe" does not decline in "Joe Bidena")
    return "^" if previous_rewrite is None or previous_rewrite == "0|" else previous_rewrite


_VOWEL_LETTERS = frozenset("aeiouyáéíóúýąęěůаеёиоуыэюяіїєъь")
# a surname ending so may be a base form ("Wrona", "Kosa", "Иванова") or a masculine genitive
# ("Putina", "Путина"): only then does an undeclined first name decide; "-ej", "-ové", "-ой" are never
# base forms (a woman's undeclined first name beside her declined surname: "Dagmar Havlové")
_BASE_FORM_ENDINGS = frozenset("aoао")
MIN_DECLINABLE_LETTERS = 4


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Titles and roles that may start a person's mention ("Premier Mateusza Morawieckiego"): a
    title in its base form says nothing about the name's case."""
    from storyline.resolve.names import titles

    return titles()


def _declinable_base_form(word: str) -> bool:
    """A first name that ends in a consonant and has `MIN_DECLINABLE_LETTERS` letters or more
    ("Tomasz", "Władimir", "Кирил"): in the languages with cases it takes an ending when the name is
    declined, so standing without one it is in its base form. Short or vowel-final names ("Joe",
    "Си", "Ким") often do not decline ("Joe Bidena", "Си Цзиньпина") and say nothing."""
    return len(word) >= MIN_DECLINABLE_LETTERS and word.isalpha() and word[-1].lower() not in _VOWEL_LETTERS


def _shape(word: str) -> str:
    """Upper (acronyms: "PHE", "ГЭЦ"), Mixed ("BioNTech"), Title or lower: they inflect differently."""
    if len(word) > 1 and word.isupper():
        return "U"
    if any(ch.isupper() for ch in word[1:]):
        return "M"
    return "T" if word[:1].isupper() else "l"


def _contexts(language: str, type_: str | None, index: int, previous_rewrite: str | None, word: str) -> list[str]:
    pos = _position(index)
    t = type_ or "-"
    shape = _shape(word)
    return [
        f"{language}|{t}|{pos}|{_agreement(previous_rewrite)}|{shape}",
        f"{language}|{t}|{pos}|{shape}",
        f"{language}|{pos}|{shape}",
        f"{language}|{shape}",
        f"{language}",
    ]


def _suffixes(word: str) -> list[str]:
    """Suffixes of "^word", longest first (the whole word with its start marker first)."""
    marked = "^" + word.lower()
    return [marked[-k:] for k in range(min(len(marked), MAX_SUFFIX + 1), 0, -1)]


def _apply(word: str, strip: int, append: str) -> str:
    if strip > len(word):
        return word
    stem = word[: len(word) - strip] if strip else word
    tail = word[len(word) - strip :] if strip else word[-1:]
    # keep the case of the surface: an all-caps word keeps caps, otherwise lower-case endings
    if len(word) > 1 and word.isupper() and tail.isupper():
        append = append.upper()
    return stem + append


@dataclass
class SuffixLemmatizer:
    """Suffix-rewrite lemmatiser; see the module docstring."""

    # context -> suffix -> "strip|append" -> count
    rules: dict[str, dict[str, Counter]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    # "language|surface" -> lemma (whole mentions seen at least MIN_COUNT times, majority lemma)
    exceptions: dict[str, str] = field(default_factory=dict)
    # (language, type, mention) -> lemma, for mentions that repeat across a corpus; emptied whenever
    # the rules change (fit/prune) and when it holds MEMO_SIZE entries
    _memo: dict[tuple[str, str | None, str], str] = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------------ training
    def fit(self, pairs: Iterable[LemmaPair], word_pairs: Iterable[tuple[str, str, str]] = ()) -> "SuffixLemmatizer":
        """Learn from mention pairs and extra single-word (language, word, lemma) pairs (treebanks)."""
        self._memo.clear()
        whole: dict[str, Counter] = defaultdict(Counter)
        for p in pairs:
            surface_tokens, lemma_tokens = tokens(p.surface), tokens(p.lemma)
            whole[f"{p.language}|{p.surface}"][p.lemma] += 1
            if len(surface_tokens) != len(lemma_tokens):
                continue  # not word-aligned ("Wlk. Brytanii" style abbreviations); exceptions only
            previous = None
            index = 0
            for s, l in zip(surface_tokens, lemma_tokens):
                if not _is_word(s):
                    continue
                self._count(_contexts(p.language, p.type, index, previous, s), s, l)
                if not _is_particle(s, index, p.type):
                    previous = "%d|%s" % _rewrite(s.lower(), l.lower())
                index += 1
        for language, word, lemma in word_pairs:
            self._count([f"{language}|first|{_shape(word)}", f"{language}|{_shape(word)}", f"{language}"], word, lemma)
        self.exceptions = {}
        for key, counter in whole.items():
            lemma, count = counter.most_common(1)[0]
            surface = key.split("|", 1)[1]
            if count >= MIN_COUNT and lemma != self._by_rules(surface, key.split("|", 1)[0], None):
                self.exceptions[key] = lemma
        return self

    def _count(self, contexts: list[str], word: str, lemma: str) -> None:
        strip, append = _rewrite(word.lower(), lemma.lower())
        if strip > MAX_STRIP or len(word) - strip < 2:
            return  # not an inflection of the same stem (a translation, an abbreviation)
        rewrite = f"{strip}|{append}"
        for context in contexts:
            table = self.rules[context]
            for suffix in _suffixes(word):
                if len(suffix.lstrip("^")) < strip:
                    break  # a suffix must cover the characters it rewrites
                table[suffix][rewrite] += 1

    def prune(self) -> "SuffixLemmatizer":
        """Drop suffixes that decide nothing new: same best rewrite as their one-shorter suffix."""
        self._memo.clear()
        for context, table in self.rules.items():
            for suffix in sorted(table, key=len, reverse=True):
                counter = table[suffix]
                if sum(counter.values()) < MIN_COUNT:
                    del table[suffix]
                    continue
                shorter = suffix[1:]
                if len(suffix) > 1 and shorter in table:
                    best = counter.most_common(1)[0][0]
                    if table[shorter].most_common(1)[0][0] == best:
                        del table[suffix]
        return self

    # ------------------------------------------------------------------ applying
    def _word(self, word: str, contexts: list[str]) -> tuple[str, str]:
        # most specific context first; within it the longest suffix seen often enough (measured:
        # better than "longest suffix in any context", 0.870 vs 0.858 whole-mention accuracy)
        suffixes = _suffixes(word)
        for context in contexts:
            table = self.rules.get(context)
            if not table:
                continue
            for suffix in suffixes:
                counter = table.get(suffix)
                if counter and sum(counter.values()) >= MIN_COUNT:
                    rewrite = counter.most_common(1)[0][0]
                    strip, append = rewrite.split("|", 1)
                    return _apply(word, int(strip), append), rewrite
        return word, "0|"

    def _by_rules(self, text: str, language: str, type_: str | None) -> str:
        out: list[str] = []
        previous = None
        index = 0
        words = tokens(text)
        first_unchanged = False
        for tok in words:
            if not _is_word(tok):
                out.append(tok)
                continue
            if index == 1 and type_ == "PER" and first_unchanged and tok[-1:].lower() in _BASE_FORM_ENDINGS:
                # "Tomasz Wrona": a first name that would decline but stands in its base form says
                # the name is in its base form, so the surname is not rewritten ("Wrona" is no
                # genitive of "Wron" here)
                return "".join(out) + "".join(words[len(out):])
            word, rewrite = self._word(tok, _contexts(language, type_, index, previous, tok))
            if not _is_particle(tok, index, type_):
                previous = rewrite
            if index == 0:
                first_unchanged = word == tok and _declinable_base_form(tok) and tok.lower() not in _title_words()
            out.append(word)
            index += 1
        return "".join(out)

    def lemmatize(self, text: str, type_: str | None, language: str | None) -> str:
        text = " ".join(text.split())
        if not text:
            return text
        if language is None or language == "en" or language not in self.rules:
            return _POSSESSIVE.sub("", text)
        known = self.exceptions.get(f"{language}|{text}")
        if known is not None:
            return known
        key = (language, type_, text)
        lemma = self._memo.get(key)
        if lemma is None:
            lemma = self._by_rules(text, language, type_)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = lemma
        return lemma

    # ------------------------------------------------------------------ storage
    def to_json(self) -> dict:
        return {
            "format": "storyline-suffix-lemmatizer/1",
            "max_suffix": MAX_SUFFIX,
            "rules": {c: {s: dict(r) for s, r in table.items()} for c, table in sorted(self.rules.items())},
            "exceptions": dict(sorted(self.exceptions.items())),
        }

    @classmethod
    def from_json(cls, data: dict) -> "SuffixLemmatizer":
        lem = cls()
        for context, table in data.get("rules", {}).items():
            for suffix, rewrites in table.items():
                lem.rules[context][suffix] = Counter(rewrites)
        lem.exceptions = dict(data.get("exceptions", {}))
        return lem

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "SuffixLemmatizer":
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_lemmatizer() -> SuffixLemmatizer:
    """The shipped rules (an empty lemmatiser, i.e. identity, when the data file is missing)."""
    if RULES_PATH.exists():
        return SuffixLemmatizer.load(RULES_PATH)
    return SuffixLemmatizer()


def lemmatize(text: str, type: str | None = None, language: str | None = None) -> str:  # noqa: A002 - record field name
    """Base form of a (multi-word) name mention in `language` (ISO 639-1; None: only tidy it)."""
    return default_lemmatizer().lemmatize(text, type, language)
