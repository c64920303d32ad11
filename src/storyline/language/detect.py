"""Document and paragraph language identification.

lingua-language-detector decides, restricted to the configured languages, but it costs ~1-2 µs per
character, so most decisions are made before it is needed:

1. **Script first.** Each paragraph's dominant script (`script_of`) narrows the candidates to the
   configured languages written in it. A script with one configured language (Greek -> el, Hangul ->
   ko, Thai -> th, ...) decides outright; a script with none (Georgian when `ka` is not configured)
   and text without letters (emoji, digits, "12:05") give None. Han/Kana: kana -> ja, Han only ->
   zh (or ja in a Japanese context).
2. **Document language.** Stop-word hits (justext's Wikipedia stop-lists, the 500 most frequent
   words per language, distinct words counted) over the paragraphs of the document's main script;
   a clear winner decides, otherwise lingua reads a ~600-character sample of the longest paragraphs.
   Finally the document language is the one most of its letters were attributed to.
3. **Paragraphs, in context.** Each script has a context language: the document language for the
   main script, the first language found for any other script (a Bulgarian article quoting English
   tweets). A paragraph keeps its context language without lingua when its stop-words clearly
   favour it, or when nothing points elsewhere: no other language's stop-words ahead (short
   paragraphs) or behind (long ones), and no letter the context language does not write ("ä" in
   English, "і" in Russian, "ы" in Bulgarian); tiny paragraphs ("Меню", "BREAKING" after an English
   one) only need the stop-words. Otherwise lingua decides (low-accuracy mode, at most 400
   characters), and the context language is still kept when lingua's confidence for it is close to
   the winner's: a short Bulgarian heading is not turned Macedonian, a Russian quote in a Bulgarian
   article comes out `ru`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from storyline.config import DEFAULT_LANGUAGES

__all__ = ["LanguageIdentifier", "script_of"]

# -- scripts ------------------------------------------------------------------------------------------
_LETTERS = re.compile(r"[^\W\d_]+")
# (script, letter ranges); Han and Kana are one group ("Han"): Japanese mixes them.
_SCRIPT_RANGES: tuple[tuple[str, str], ...] = (
    ("Latin", "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff"),
    ("Cyrillic", "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"),
    ("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"),
    ("Han", "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"),
    ("Hangul", "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"),
    ("Devanagari", "\u0900-\u097f\ua8e0-\ua8ff"),
    ("Greek", "\u0370-\u03ff\u1f00-\u1fff"),
    ("Hebrew", "\u0590-\u05ff\ufb1d-\ufb4f"),
    ("Thai", "\u0e00-\u0e7f"),
    ("Georgian", "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f"),
    ("Armenian", "\u0530-\u058f\ufb13-\ufb17"),
    ("Bengali", "\u0980-\u09ff"),
    ("Gurmukhi", "\u0a00-\u0a7f"),
    ("Gujarati", "\u0a80-\u0aff"),
    ("Tamil", "\u0b80-\u0bff"),
    ("Telugu", "\u0c00-\u0c7f"),
)
_SCRIPT_RES = tuple((name, re.compile(f"[{ranges}]+")) for name, ranges in _SCRIPT_RANGES)
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_HAN = dict(_SCRIPT_RES)["Han"]

_LINGUA_BY_CODE: dict[str, Language] = {lang.iso_code_639_1.name.lower(): lang for lang in Language.all()}
_SCRIPT_OF_LANGUAGE: dict[str, str] = {
    **{lang.iso_code_639_1.name.lower(): "Latin" for lang in Language.all_with_latin_script()},
    **{lang.iso_code_639_1.name.lower(): "Cyrillic" for lang in Language.all_with_cyrillic_script()},
    **{lang.iso_code_639_1.name.lower(): "Arabic" for lang in Language.all_with_arabic_script()},
    **{lang.iso_code_639_1.name.lower(): "Devanagari" for lang in Language.all_with_devanagari_script()},
    "zh": "Han", "ja": "Han", "ko": "Hangul", "el": "Greek", "he": "Hebrew", "th": "Thai", "ka": "Georgian",
    "hy": "Armenian", "bn": "Bengali", "pa": "Gurmukhi", "gu": "Gujarati", "ta": "Tamil", "te": "Telugu",
}


def _letter_count(text: str, pattern: re.Pattern[str] = _LETTERS) -> int:
    return sum(map(len, pattern.findall(text)))


def _dominant_script(text: str, letters: int) -> str | None:
    """The script of most of `text`'s `letters` letters; "Other" if none of the known ones."""
    if not letters:
        return None
    if len(text) == letters and text.isascii():  # only ASCII letters: Latin (most text, quickly)
        return "Latin"
    best, best_n, left = None, 0, letters
    for name, pattern in _SCRIPT_RES:
        n = _letter_count(text, pattern)
        if n > best_n:
            best, best_n = name, n
        left -= n
        if best_n * 2 > letters or best_n >= left:  # nothing else can win
            break
    return best or "Other"


def script_of(text: str) -> str:
    """The script most of the text's letters are in: "Latin", "Cyrillic", "Arabic", "Han" (Chinese
    characters and Japanese kana), "Hangul", "Devanagari", "Greek", "Hebrew", "Thai", "Georgian",
    "Armenian", "Bengali", "Gurmukhi", "Gujarati", "Tamil", "Telugu"; "Other" for letters of any
    other script; "" when the text has no letters (digits, punctuation, emoji)."""
    return _dominant_script(text, _letter_count(text)) or ""


# -- stop-words -----------------------------------------------------------------------------------------
_JUSTEXT_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian",
    "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian",
    "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "gu": "Gujarati",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ka": "Georgian", "kk": "Kazakh", "ko": "Korean", "la": "Latin",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "mr": "Marathi", "ms": "Malay",
    "nb": "Norwegian_Bokmal", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "yo": "Yoruba",
}
_STOPWORDS_PER_LANGUAGE = 500  # the lists are frequency-ordered; equal sizes keep the vote fair


@lru_cache(maxsize=None)
def _justext_words(code: str) -> tuple[str, ...]:
    """justext's stop-list for a language, lower-cased, most frequent first; () if it has none."""
    name = _JUSTEXT_NAMES.get(code)
    if name is None:
        return ()
    try:
        import justext

        words = (Path(justext.__file__).parent / "stoplists" / f"{name}.txt").read_text(encoding="utf-8").split()
    except Exception:
        return ()
    seen: dict[str, None] = {}
    for word in words:
        word = word.lower().strip(".,;:!?()[]\"'")
        if word and _LETTERS.fullmatch(word):
            seen.setdefault(word)
    return tuple(seen)


def _stopwords(code: str) -> frozenset[str] | None:
    words = _justext_words(code)
    return frozenset(words[:_STOPWORDS_PER_LANGUAGE]) if words else None


@lru_cache(maxsize=None)
def _alphabet(code: str) -> frozenset[str] | None:
    """The letters a language writes (those in at least 3 words of its stop-list), plus ASCII
    letters for Latin-script languages (foreign names are everywhere); None if unknown."""
    words = _justext_words(code)
    if not words:
        return None
    counts = Counter(ch for w in words for ch in set(w))
    letters = {ch for ch, n in counts.items() if n >= 3}
    if _SCRIPT_OF_LANGUAGE.get(code) == "Latin":
        letters.update("abcdefghijklmnopqrstuvwxyz")
    return frozenset(letters)


class _ScriptGroup:
    """The configured languages written in one script, with what is needed to choose among them."""

    def __init__(self, script: str, codes: list[str], high_accuracy: bool = False):
        self.script = script
        self.high_accuracy = high_accuracy
        self.codes = codes
        lists = [_stopwords(c) for c in codes]
        # stop-word votes only when every candidate has a list (one without could never win a vote)
        self.stopwords: list[frozenset[str]] | None = (
            [s for s in lists if s is not None] if len(codes) > 1 and all(lists) else None
        )
        self.any_stopword: frozenset[str] = frozenset().union(*self.stopwords) if self.stopwords else frozenset()
        # stop-word -> the candidates whose list holds it: one dictionary look-up per word of a
        # paragraph instead of one set intersection per candidate
        members: dict[str, list[int]] = {}
        for i, stopwords in enumerate(self.stopwords or ()):
            for word in stopwords:
                members.setdefault(word, []).append(i)
        self.holders: dict[str, tuple[int, ...]] = {w: tuple(ids) for w, ids in members.items()}
        self.alphabets = {c: _alphabet(c) for c in codes}
        self.script_letters = dict(_SCRIPT_RES).get(script)
        self._low: LanguageDetector | None = None
        self._high: LanguageDetector | None = None

    def hits(self, words: set[str]) -> list[int] | None:
        """How many of `words` (distinct, lower-cased) are stop-words of each candidate."""
        if self.stopwords is None:
            return None
        ids = np.fromiter(itertools.chain.from_iterable(map(self.holders.__getitem__, words & self.any_stopword)),
                          dtype=np.intp)
        return np.bincount(ids, minlength=len(self.stopwords)).tolist()

    def context_hits(self, words: set[str], context: str) -> tuple[int, int]:
        """(stop-words of `context`, most stop-words of any other candidate) among `words`. The
        number of words any other list holds bounds the second number; most paragraphs are settled
        by that bound, and the per-language counts are computed only when it is not enough."""
        if self.stopwords is None:
            return 0, 0
        i = self.codes.index(context)
        holders = list(map(self.holders.__getitem__, words & self.any_stopword))
        if not holders:
            return 0, 0
        mine = sum(map(tuple.__contains__, holders, itertools.repeat(i)))
        bound = len(holders) - holders.count((i,))  # words some other list holds
        if bound < mine:  # both rules below need at most this
            return mine, bound
        counts = [0] * len(self.codes)
        for ids in holders:
            for j in ids:
                counts[j] += 1
        counts[i] = 0
        return mine, max(counts)

    def detector(self, high_accuracy: bool) -> LanguageDetector:
        if high_accuracy:
            if self._high is None:
                self._high = LanguageDetectorBuilder.from_languages(*(_LINGUA_BY_CODE[c] for c in self.codes)).build()
            return self._high
        if self._low is None:
            self._low = (
                LanguageDetectorBuilder.from_languages(*(_LINGUA_BY_CODE[c] for c in self.codes))
                .with_low_accuracy_mode()
                .build()
            )
        return self._low

    def confidences(self, text: str, max_chars: int = 0) -> dict[str, float]:
        """lingua's confidence per candidate (summing to 1, or all 0 when undecidable)."""
        max_chars = max_chars or _LINGUA_MAX_CHARS
        if len(text) > max_chars:
            cut = text.rfind(" ", 0, max_chars)
            text = text[: cut if cut > max_chars // 2 else max_chars]
        detector = self.detector(high_accuracy=self.high_accuracy and len(text) < _HIGH_ACCURACY_BELOW)
        values = detector.compute_language_confidence_values(text)
        return {v.language.iso_code_639_1.name.lower(): v.value for v in values}

    def foreign_letters(self, words: set[str], code: str) -> bool:
        """Letters `code` does not write ("ä" in English, "і" in Russian, "ы" in Bulgarian)?"""
        alphabet = self.alphabets.get(code)
        if alphabet is None:
            return True
        letters = "".join(words)
        if self.script_letters is not None:  # "WSJ" in Russian text is not a Russian letter problem
            letters = "".join(self.script_letters.findall(letters))
        return not alphabet.issuperset(letters)


# Thresholds (letters / characters)
_TINY = 16  # fewer letters: the context language, unless stop-words clearly say otherwise
_SHORT_LETTERS = 60  # fewer letters: the context, unless stop-words or unusual letters point elsewhere
_HIGH_ACCURACY_BELOW = 120  # above ~120 chars lingua's low-accuracy mode is as good as the high one
_LINGUA_MAX_CHARS = 400  # lingua's accuracy has long saturated here; its cost is linear in length
_DOC_SAMPLE_CHARS = 600
# lingua's confidence for the context language, relative to the winner's, above which the context is
# kept: generous for short text (bg/mk/sr or cs/sk/sl are hard to tell apart there), strict for long
_KEEP_CONTEXT_SHORT = 0.2
_KEEP_CONTEXT_LONG = 0.6
_SHORT_TEXT = 120


@lru_cache(maxsize=1)
def _is_letter_table() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane: does `_LETTERS` match it?"""
    return np.fromiter((_LETTERS.match(chr(cp)) is not None for cp in range(0x10000)), dtype=bool, count=0x10000)


def _tokenised(paragraphs: list[str]) -> list[list[str]] | None:
    """`_LETTERS.findall(p.lower())` for every paragraph, in one vectorised pass over all of them
    (the regex costs ~0.1 µs per character); None when lower() changes lengths ("İ"), then the
    regex decides."""
    joined = "\n".join(paragraphs)
    lower = joined.lower()
    if len(lower) != len(joined):
        return None
    cp = np.frombuffer(lower.encode("utf-32-le"), dtype="<u4")
    is_letter = _is_letter_table()[np.minimum(cp, 0xFFFF)]
    astral = np.flatnonzero(cp > 0xFFFF)  # emoji, math letters, rare CJK: asked one by one
    if len(astral):
        is_letter[astral] = [_LETTERS.match(chr(c)) is not None for c in cp[astral].tolist()]
    # every non-letter becomes a space; str.split() then cuts the letter runs
    spaced = np.where(is_letter, cp, 32).astype("<u4").tobytes().decode("utf-32-le")
    out, start = [], 0
    for p in paragraphs:
        out.append(spaced[start : start + len(p)].split())
        start += len(p) + 1
    return out


class _Paragraph:
    __slots__ = ("text", "script", "letters", "words")

    def __init__(self, text: str, tokens: list[str] | None = None):
        if tokens is None:
            tokens = _LETTERS.findall(text.lower())
        self.text = text
        self.letters = sum(map(len, tokens))
        # the script from the first ~300 letters: paragraphs rarely switch script half-way
        sample = "".join(tokens[:60])
        self.script = _dominant_script(sample, len(sample))
        self.words = set(tokens)


class LanguageIdentifier:
    """Document language and per-paragraph languages over a configured set of ISO 639-1 codes.

    Build once per process (lingua's models load lazily, per script, on first use) and reuse.
    `high_accuracy`: lingua's high-accuracy mode for texts under 120 characters. Off by default: on
    short paragraphs without context it is right ~99% instead of ~96% of the time, but loading its
    models takes ~12 s and ~600 MB per process for the default languages (low-accuracy: ~0.6 s,
    ~60 MB), and short paragraphs are mostly decided by their context anyway."""

    def __init__(self, languages: tuple[str, ...] = DEFAULT_LANGUAGES, *, high_accuracy: bool = False):
        codes = [c.strip().lower() for c in languages if c and c.strip()]
        unknown = [c for c in codes if c not in _LINGUA_BY_CODE]
        if unknown:
            raise ValueError(
                f"unsupported language code(s): {', '.join(unknown)} "
                f"(supported: {', '.join(sorted(_LINGUA_BY_CODE))})"
            )
        self.languages = tuple(dict.fromkeys(codes))
        by_script: dict[str, list[str]] = {}
        for code in self.languages:
            by_script.setdefault(_SCRIPT_OF_LANGUAGE[code], []).append(code)
        self.groups = {script: _ScriptGroup(script, codes, high_accuracy) for script, codes in by_script.items()}

    # -- public ------------------------------------------------------------------------------------
    def identify(self, paragraphs: list[str]) -> tuple[str | None, list[str | None]]:
        """(document language, one language per paragraph); None for no letters / a script none
        of the configured languages is written in."""
        tokenised = _tokenised(paragraphs) if len(paragraphs) > 1 else None
        if tokenised is None:
            paras = [_Paragraph(p) for p in paragraphs]
        else:
            paras = [_Paragraph(p, t) for p, t in zip(paragraphs, tokenised)]
        letters_by_script: Counter[str] = Counter()
        for p in paras:
            if p.script in self.groups:
                letters_by_script[p.script] += p.letters
        if not letters_by_script:
            return None, [None] * len(paragraphs)
        main_script = letters_by_script.most_common(1)[0][0]

        context: dict[str, str] = {}
        doc_language = self._document_language(paras, main_script)
        if doc_language:
            context[main_script] = doc_language

        result: list[str | None] = []
        inherited: list[int] = []
        for i, p in enumerate(paras):
            group = self.groups.get(p.script) if p.script else None
            if group is None:
                result.append(None)
                continue
            language, from_context = self._paragraph_language(p, group, context.get(p.script))
            if from_context:
                inherited.append(i)
            elif language and p.script not in context and p.letters >= _TINY:
                context[p.script] = language  # the first language found in another script
            result.append(language)

        # the document language is the one most of its letters are written in
        weights: Counter[str] = Counter()
        for language, p in zip(result, paras):
            if language:
                weights[language] += p.letters
        final = weights.most_common(1)[0][0] if weights else doc_language
        if final != doc_language and doc_language and _SCRIPT_OF_LANGUAGE[final] == main_script:
            for i in inherited:  # what only followed the context follows the corrected one
                if result[i] == doc_language:
                    result[i] = final
        return final, result

    # -- internals ---------------------------------------------------------------------------------
    def _document_language(self, paras: list[_Paragraph], script: str) -> str | None:
        group = self.groups[script]
        mine = [p for p in paras if p.script == script]
        if script == "Han":
            return self._han_language("".join(p.text for p in mine), group, None)
        if len(group.codes) == 1:
            return group.codes[0]
        hits = group.hits(set().union(*(p.words for p in mine)))
        if hits:
            ranked = sorted(range(len(hits)), key=hits.__getitem__, reverse=True)
            top, second = hits[ranked[0]], hits[ranked[1]]
            if top >= 8 and top >= second + max(3, 0.2 * top):
                return group.codes[ranked[0]]
        # lingua on a sample: the beginnings of the longest paragraphs in the main script
        sample, size = [], 0
        for p in sorted(mine, key=lambda p: -p.letters):
            piece = p.text[: _DOC_SAMPLE_CHARS // 2]
            sample.append(piece)
            size += len(piece)
            if size >= _DOC_SAMPLE_CHARS:
                break
        confidences = group.confidences("\n".join(sample), _DOC_SAMPLE_CHARS)
        best = max(confidences, key=confidences.get)
        return best if confidences[best] > 0 else None

    def _paragraph_language(self, p: _Paragraph, group: _ScriptGroup, context: str | None) -> tuple[str | None, bool]:
        """(language, whether it merely followed the context)."""
        if group.script == "Han":
            return self._han_language(p.text, group, context), False
        if len(group.codes) == 1:
            return group.codes[0], False
        if context:
            mine, others = group.context_hits(p.words, context)
            # a clear stop-word majority for the context: no need to ask lingua
            if group.stopwords and mine >= others + 2 and mine >= max(3, 0.15 * len(p.words)):
                return context, False
            # otherwise the context stays unless something points elsewhere: another language's
            # stop-words, or letters the context language does not write. Tiny paragraphs ("Меню")
            # carry too few letters for the latter; long ones must also lean to the context.
            if p.letters < _TINY:
                if others < mine + 2:
                    return context, True
            elif not group.foreign_letters(p.words, context) and (
                others < mine + 2 if p.letters < _SHORT_LETTERS else (others < mine or others == 0)
            ):
                return context, True
        confidences = group.confidences(p.text)
        best = max(confidences, key=confidences.get)
        if confidences[best] <= 0:
            return (context, True) if context else (None, False)
        if context and context != best:
            keep = _KEEP_CONTEXT_SHORT if len(p.text) < _SHORT_TEXT else _KEEP_CONTEXT_LONG
            if confidences.get(context, 0.0) >= keep * confidences[best]:
                return context, False
        return best, False

    def _han_language(self, text: str, group: _ScriptGroup, context: str | None) -> str | None:
        """Kana means Japanese; Chinese characters alone mean Chinese, unless the context is Japanese
        and the text short (a kanji-only heading). None for Japanese when only zh is configured."""
        codes = group.codes
        han, kana = _letter_count(text, _HAN), _letter_count(text, _KANA)
        if kana * 10 >= han:
            return "ja" if "ja" in codes else None
        # a Japanese sentence of any length has kana (particles); a short kanji-only line may not
        if (context == "ja" and han - kana < 12) or "zh" not in codes:
            return "ja" if "ja" in codes else None
        return "zh"
