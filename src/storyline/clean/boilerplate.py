"""Boilerplate removal for flattened scraped text (one block per line).

A naive scraper flattens a page into every visible string, one block per line: menus, breadcrumbs,
share buttons, "read next" teasers, comment forms, calendars, copyright lines and, somewhere in the
middle, the article. `remove_boilerplate` decides per block whether it belongs to the article body.

How it decides, with no per-site or per-phrase rules:

1. Every non-empty line is a block. For each block, language-agnostic features are computed in
   vectorised passes over the whole text (linear time): length, share of letters / digits /
   capitals / punctuation, stop-word density (justext's stop-list for the page's language, picked
   from the most frequent tokens unless `language` is given, relative to the page's own density),
   sentence punctuation, clock times / dates / years, URLs and handles, separators, ©, share of
   the page's main script, repetition within the page, vocabulary shared with the rest of the text
   (cohesion), position relative to the densest run of running text; and the same signals for the
   neighbouring blocks.
2. Two stages of small networks (an average of a few one-hidden-layer MLPs each; the second stage
   also sees the first stage's scores around the block) give each block a body probability. The
   weights are a JSON file written by `scripts/train_boilerplate.py` (see MODEL_CARD.md).
3. Decoding assumes the body is one contiguous region: the densest region of body evidence is
   kept (a time-stamp or copyright line is a hard border); blocks at its edges need first-stage
   evidence of their own; short lines with a time, a date or ©, blocks mostly in another script,
   repeated copies of a paragraph, lines given in `repeated_lines`, a label's value above the text
   ("Author:" + credit) and an off-topic tail introduced by a heading (an appeal) are dropped.
4. The headline is scored among the blocks just above the body (a logistic model; a headline
   repeated inside a breadcrumb is taken bare), and every other block goes to `removed` with a
   short reason.

The model and stop-lists are loaded once per process (cached loaders); nothing else is kept
between calls. Matrix products go through numpy's BLAS, whose threads only spin on products this
small (a multi-threaded OpenBLAS doubles the time of the whole stage on two busy cores): each call
runs BLAS on one thread (`storyline.blas`), restored afterwards.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from storyline.blas import one_blas_thread
from storyline.records import RemovedBlock

__all__ = ["BoilerplateResult", "remove_boilerplate", "block_features", "split_blocks", "FEATURE_NAMES"]

MODEL_FILE = "model.json"
_LANGUAGE_TOKENS = 80  # the stop-list is picked on this many most frequent tokens

# ISO 639-1 -> justext stop-list name (languages Storyline cares about; others are detected)
ISO_TO_STOPLIST: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "ru": "Russian", "ar": "Arabic", "hi": "Hindi", "tr": "Turkish",
    "ko": "Korean", "id": "Indonesian", "nl": "Dutch", "pl": "Polish", "uk": "Ukrainian",
    "fa": "Persian", "vi": "Vietnamese", "sv": "Swedish", "cs": "Czech", "ro": "Romanian",
    "el": "Greek", "hu": "Hungarian", "he": "Hebrew", "bg": "Bulgarian", "sr": "Serbian",
    "mk": "Macedonian", "sl": "Slovenian", "sk": "Slovak", "hr": "Croatian", "bs": "Bosnian",
    "da": "Danish", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal", "fi": "Finnish",
    "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian", "be": "Belarusian", "ca": "Catalan",
    "kk": "Kazakh", "ka": "Georgian", "hy": "Armenian", "az": "Azerbaijani", "uz": "Uzbek",
    "sq": "Albanian", "ms": "Malay", "tl": "Tagalog", "sw": "Swahili", "bn": "Bengali",
    "ta": "Tamil", "te": "Telugu", "ur": "Urdu", "mr": "Marathi", "ml": "Malayalam",
}

_TOKEN = re.compile(r"\w+")
# URL markers (literal patterns: the regex engine scans for them quickly)
_URL_MARKERS = (re.compile("://"), re.compile(r"www\."))

# character classes (bit flags) for the lookup table over the Basic Multilingual Plane
_LETTER, _DIGIT, _UPPER, _LOWER, _PUNCT, _SYMBOL, _SPACE, _WORD, _NOSPACE = (1 << i for i in range(9))
_TERMINALS = ".!?…。！？؟;"
_FULLWIDTH_TERMINALS = "。！？"  # end a sentence without a following space
# scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer)
_NOSPACE_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                   (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
_CLOSERS = "\"'”’»)]›」』"
_OPENERS = "\"'“‘„«‹「『-–—"  # quotes and dashes that open a quotation
_SEPARATORS = "|/›>•·◦▸→←‹<"  # (« » are quotation marks in many languages, not separators)
# writing systems, for "is this block in the page's main script" (letters only; 0 = not a letter)
_SCRIPT_RANGES = (
    (1, ((0x0041, 0x02AF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xFF21, 0xFF5A))),  # Latin
    (2, ((0x0370, 0x03FF), (0x1F00, 0x1FFF))),  # Greek
    (3, ((0x0400, 0x052F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))),  # Cyrillic
    (4, ((0x0530, 0x058F), (0x10A0, 0x10FF))),  # Armenian, Georgian
    (5, ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),  # Hebrew
    (6, ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),  # Arabic
    (7, ((0x0900, 0x0DFF),)),  # Indic
    (8, ((0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))),  # Thai, Lao, Tibetan, Myanmar, Khmer
    (9, ((0x3040, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),  # CJK
    (10, ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))),  # Hangul
)
_SCRIPTS = 12  # ids 0..11; 11 = any other letter


@dataclass(slots=True)
class BoilerplateResult:
    title: str | None  # the headline, if one was found
    body: str  # kept body blocks (excluding the title), joined with "\n\n"
    removed: list[RemovedBlock] = field(default_factory=list)  # in input order, with a short reason


# ----------------------------------------------------------------------------------------------
# cached, read-only resources


@lru_cache(maxsize=1)
def _char_table() -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint16)
    for cp in range(0x10000):
        ch = chr(cp)
        flags = 0
        if ch.isalpha():
            flags |= _LETTER
            if ch.isupper() or ch.istitle():
                flags |= _UPPER
            elif ch.islower():
                flags |= _LOWER
        if ch.isdigit():
            flags |= _DIGIT
        if ch.isspace():
            flags |= _SPACE
        cat = unicodedata.category(ch)
        if cat[0] == "P":
            flags |= _PUNCT
        elif cat[0] == "S" or cat == "Co" or cat == "Cs":
            flags |= _SYMBOL
        if ch.isalnum() or ch == "_":  # what \w matches in Python's re
            flags |= _WORD
        table[cp] = flags
    for lo, hi in _NOSPACE_RANGES:
        table[lo : hi + 1] |= np.where((table[lo : hi + 1] & _LETTER) != 0, _NOSPACE, 0).astype(np.uint16)
    table[0xFFFF] = _SYMBOL  # stands for every astral code point (emoji and the like)
    return table


@lru_cache(maxsize=1)
def _script_table() -> np.ndarray:
    letters = (_char_table() & _LETTER) != 0
    table = np.where(letters, _SCRIPTS - 1, 0).astype(np.uint8)
    for script, ranges in _SCRIPT_RANGES:
        for lo, hi in ranges:
            table[lo : hi + 1] = np.where(letters[lo : hi + 1], script, 0)
    return table


@lru_cache(maxsize=1)
def _char_sets() -> tuple[np.ndarray, ...]:
    def mask(chars: str) -> np.ndarray:
        m = np.zeros(0x10000, dtype=bool)
        m[[ord(c) for c in chars]] = True
        return m

    return (mask(_TERMINALS), mask(_CLOSERS), mask(_SEPARATORS), mask(_FULLWIDTH_TERMINALS), mask(_OPENERS),
            mask("©®™℗"))


# bits of `_char_info` above the `_char_table` flags: membership in the `_char_sets`, and the script
_TERM, _CLOSE, _SEP, _FULLTERM, _OPEN, _LEGALMARK = (1 << i for i in range(9, 15))
_SCRIPT_SHIFT = 16


@lru_cache(maxsize=1)
def _char_info() -> np.ndarray:
    """Everything analyse_blocks asks about a code point, in one table: one look-up per
    character instead of one per question. Bits: `_char_table`'s flags, then `_TERM` ...
    `_LEGALMARK` (the `_char_sets`), then the `_script_table` id from `_SCRIPT_SHIFT` on."""
    info = _char_table().astype(np.uint32)
    for bit, mask in zip((_TERM, _CLOSE, _SEP, _FULLTERM, _OPEN, _LEGALMARK), _char_sets()):
        info[mask] |= bit
    info |= _script_table().astype(np.uint32) << _SCRIPT_SHIFT
    return info


@dataclass(frozen=True, slots=True)
class _Stoplists:
    names: tuple[str, ...]
    sets: tuple[frozenset[str], ...]
    row: dict[str, int]  # word -> its row of `member`
    member: np.ndarray  # (words + 1, stop-lists) uint8: 1 where the list holds the word; last row 0


@lru_cache(maxsize=1)
def _stoplists() -> _Stoplists:
    import justext

    names = tuple(sorted(justext.get_stoplists()))
    sets = tuple(frozenset(justext.get_stoplist(n)) for n in names)
    row: dict[str, int] = {}
    for s in sets:
        for w in s:
            row.setdefault(w, len(row))
    member = np.zeros((len(row) + 1, len(names)), dtype=np.uint8)
    for i, s in enumerate(sets):
        member[[row[w] for w in s], i] = 1
    return _Stoplists(names, sets, row, member)


@dataclass(frozen=True, slots=True)
class _Net:
    """An average of small networks (one ReLU hidden layer, or none: logistic regression) over
    standardised inputs, evaluated as one matrix product: standardisation is folded into the
    first layer and the members' hidden layers are laid side by side."""

    w1: np.ndarray  # (features, members * hidden), or (features, members) without hidden layer
    b1: np.ndarray
    w2: np.ndarray | None  # (members * hidden,)
    b2: np.ndarray | None  # (members,)
    members: int

    def predict(self, x: np.ndarray) -> np.ndarray:
        # (in place where possible: the same arithmetic, fewer temporary arrays)
        h = x @ self.w1
        h += self.b1
        if self.w2 is None:
            z = h
        else:
            np.maximum(h, 0.0, out=h)
            h *= self.w2
            z = h.reshape(len(x), self.members, -1).sum(axis=2)
            z += self.b2
        # the mean of the members' logistic outputs, 1 / (1 + exp(-clip(z, -30, 30)))
        np.maximum(z, -30.0, out=z)
        np.minimum(z, 30.0, out=z)
        np.negative(z, out=z)
        np.exp(z, out=z)
        z += 1.0
        np.divide(1.0, z, out=z)
        return z.sum(axis=1) / self.members


@dataclass(frozen=True, slots=True)
class _Model:
    stage1: _Net
    stage2: _Net
    threshold: float  # body probability needed inside the main region
    outside_threshold: float  # ... and outside it (> 1: nothing outside the region is kept)
    min_words: float  # below this many kept words, fall back to the densest run of text
    edge_threshold: float  # first-stage probability needed at the edges of the body
    edge_text_threshold: float  # ... unless it is running text with a second-stage p above this
    tail_cohesion: float  # a tail of long blocks less cohesive with the lead than this is dropped
    features: tuple[str, ...]
    title: _Net | None = None  # scores headline candidates
    title_threshold: float = 0.5


def _net_from_json(d: dict) -> _Net:
    """{"members": [net, ...]} or one net; a net is {"mean", "scale", "weights", "biases"}."""
    members = d["members"] if "members" in d else [d]
    w1s, b1s, w2s, b2s = [], [], [], []
    for m in members:
        mean = np.asarray(m["mean"], dtype=np.float64)
        scale = np.asarray(m["scale"], dtype=np.float64)
        w = np.asarray(m["weights"][0], dtype=np.float64) / scale[:, None]
        w1s.append(w)
        b1s.append(np.asarray(m["biases"][0], dtype=np.float64) - mean @ w)
        if len(m["weights"]) > 1:
            w2s.append(np.asarray(m["weights"][1], dtype=np.float64)[:, 0])
            b2s.append(float(np.asarray(m["biases"][1], dtype=np.float64)[0]))
    return _Net(
        w1=np.ascontiguousarray(np.concatenate(w1s, axis=1)),
        b1=np.concatenate(b1s),
        w2=np.concatenate(w2s) if w2s else None,
        b2=np.asarray(b2s) if b2s else None,
        members=len(members),
    )


def model_from_dict(d: dict) -> _Model:
    return _Model(
        stage1=_net_from_json(d["stage1"]),
        stage2=_net_from_json(d["stage2"]),
        threshold=float(d["threshold"]),
        outside_threshold=float(d.get("outside_threshold", d["threshold"])),
        min_words=float(d.get("min_words", 0.0)),
        edge_threshold=float(d.get("edge_threshold", 0.0)),
        edge_text_threshold=float(d.get("edge_text_threshold", 1.01)),
        tail_cohesion=float(d.get("tail_cohesion", 0.0)),
        features=tuple(d["features"]),
        title=_net_from_json(d["title"]) if d.get("title") else None,
        title_threshold=float(d.get("title_threshold", 0.5)),
    )


@lru_cache(maxsize=1)
def _model() -> _Model:
    path = resources.files("storyline") / "models" / "boilerplate" / MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    model = model_from_dict(data)
    if model.features != FEATURE_NAMES:
        raise RuntimeError(f"{MODEL_FILE} was trained on other features; rerun scripts/train_boilerplate.py")
    if model.title is not None and tuple(data.get("title_features") or ()) != TITLE_FEATURE_NAMES:
        raise RuntimeError(f"{MODEL_FILE}'s headline scorer was trained on other features; "
                           "rerun scripts/train_boilerplate.py --title-only")
    return model


# ----------------------------------------------------------------------------------------------
# blocks and features


def split_blocks(text: str) -> list[str]:
    """The non-empty lines of `text` (any line break str.splitlines knows), stripped, in order."""
    return [s for s in map(str.strip, text.splitlines()) if s]


def _pick_stoplist(unique_tokens: list[str], count: np.ndarray, language: str | None) -> frozenset[str]:
    """The stop-list of `language`, or the one that covers most of the frequent tokens
    (`unique_tokens` in order of first occurrence, `count` their frequencies)."""
    sl = _stoplists()
    if language:
        name = ISO_TO_STOPLIST.get(language.lower().split("-")[0])
        if name is not None and name in sl.names:
            return sl.sets[sl.names.index(name)]
    # most frequent first, ties by first occurrence
    top = np.argsort(-count, kind="stable")[:_LANGUAGE_TOKENS]
    rows = np.fromiter(map(sl.row.get, map(unique_tokens.__getitem__, top.tolist()), itertools.repeat(len(sl.row))),
                       dtype=np.intp, count=len(top))
    # each token's count goes to every stop-list holding it: one small integer product
    score = count[top].astype(np.int64) @ sl.member[rows].astype(np.int64)
    best = int(score.argmax())  # the first of equal scores
    return sl.sets[best] if score[best] else frozenset()


def _clip(a: np.ndarray, low: float, high: float) -> np.ndarray:
    """np.clip without its Python-level dispatch (the same values, NaN included)."""
    return np.minimum(np.maximum(a, low), high)


def _densest_run(score: np.ndarray) -> tuple[int, int]:
    """Indices [a, b] of the contiguous run with the largest sum of `score` (vectorised Kadane)."""
    c = np.zeros(len(score) + 1)
    np.cumsum(score, out=c[1:])
    # the run ending at block b starts after the lowest prefix sum before it (its last occurrence)
    running_min = np.minimum.accumulate(c)
    b = int((c[1:] - running_min[:-1]).argmax())
    a = b - int(c[b::-1].argmin())
    return a, b


def _number_patterns(cp: np.ndarray, flags: np.ndarray, starts: np.ndarray, n: int):
    """Per block: clock times (12:05), numeric dates (19.11.2019, 2019-11-19) and years (1800-2099),
    found on runs of digits (vectorised; the equivalent regexes are slow on long texts)."""
    zeros = np.zeros(n)
    is_digit = (flags & _DIGIT) != 0
    if not is_digit.any():
        return zeros, zeros, zeros
    edges = np.diff(np.concatenate(([0], is_digit.view(np.int8), [0])))
    run_start = np.flatnonzero(edges == 1)
    run_end = np.flatnonzero(edges == -1)  # exclusive
    length = run_end - run_start
    ext = np.concatenate((cp, [10, 10]))
    after = ext[run_end]
    before = np.where(run_start > 0, cp[np.maximum(run_start - 1, 0)], 10)
    first = cp[run_start]
    second = ext[run_start + 1]

    def count(mask: np.ndarray) -> np.ndarray:
        pos = run_start[mask]
        if len(pos) == 0:
            return zeros
        return np.bincount(np.searchsorted(starts, pos, side="right") - 1, minlength=n).astype(np.float64)

    years = (length == 4) & (((first == 49) & ((second == 56) | (second == 57))) | ((first == 50) & (second == 48)))
    # run r and the next run r + 1, separated by exactly one character
    nxt_len = np.concatenate((length[1:], [0]))
    nxt_adjacent = np.concatenate((run_start[1:] == run_end[:-1] + 1, [False]))
    nxt_after = np.concatenate((after[1:], [10]))
    times = (
        (length <= 2) & (after == 58) & nxt_adjacent & (nxt_len == 2) & (nxt_after != 58) & (before != 58)
    )
    is_sep = (after == 46) | (after == 47) | (after == 45)  # . / -
    link = nxt_adjacent & is_sep
    link2 = np.concatenate((link[1:], [False]))
    len2 = np.concatenate((length, [0, 0]))[2:]
    dates = link & link2 & (after == np.concatenate((after[1:], [0]))) & (
        ((length <= 2) & (nxt_len <= 2) & (len2 >= 2) & (len2 <= 4))
        | ((length == 4) & (nxt_len <= 2) & (len2 <= 2))
    )
    return count(times), count(dates), count(years)


def _counts_at(pattern: re.Pattern, text: str, starts: np.ndarray, n: int) -> np.ndarray:
    pos = [m.start() for m in pattern.finditer(text)]
    if not pos:
        return np.zeros(n)
    return np.bincount(np.searchsorted(starts, pos, side="right") - 1, minlength=n).astype(np.float64)


FEATURE_NAMES: tuple[str, ...] = ()  # filled below from _BASE + context names


_BASE = (
    "log_chars", "log_words", "rel_words", "stop_density", "rel_stop", "letters", "digits",
    "upper", "punct", "symbols", "legal_marks", "title_case", "digit_words", "avg_word_len", "sentences",
    "commas", "separators", "handles", "times", "dates", "years", "urls", "ends_terminal",
    "ends_colon", "ends_ellipsis", "ends_comma", "ends_symbol", "ends_bracket", "starts_lower",
    "starts_digit", "starts_quote",
    "starts_symbol", "dup_in_doc", "position", "char_position", "textish",
    "in_run", "run_distance", "run_side", "doc_log_blocks", "doc_run_share", "text_before",
    "text_after", "cohesion", "lead_cohesion", "main_script",
)
# (counts enter the context as 0/1 indicators: one block with twenty timestamps must not make
# its whole neighbourhood look like a teaser list)
_CONTEXT_KEYS = (
    "log_words", "rel_stop", "ends_terminal", "textish", "has_time", "has_separators", "title_case",
    "has_date", "has_url", "dup_in_doc", "cohesion", "letters", "ends_colon", "main_script",
)
_CONTEXT = tuple(f"{k}@{o}" for o in ("p1", "n1", "p2", "n2", "w3", "w10") for k in _CONTEXT_KEYS)
FEATURE_NAMES = _BASE + _CONTEXT


def block_features(blocks: list[str], *, language: str | None = None) -> np.ndarray:
    """Feature matrix (len(blocks) x len(FEATURE_NAMES)) for non-empty stripped blocks."""
    return analyse_blocks(blocks, language=language)[0]


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """(block, content word) pairs, each pair once: what cohesion between blocks is computed on."""

    block: np.ndarray
    word: np.ndarray


def _lead(mass: np.ndarray, share: float = 0.35) -> np.ndarray:
    """Indicator of the blocks holding the first `share` of `mass` (the lead of the body)."""
    total = mass.sum()
    if total <= 0:
        return np.zeros(len(mass))
    before = np.cumsum(mass) - mass
    return ((mass > 0) & (before < share * total)).astype(np.float64)


def _main_script_share(info: np.ndarray, starts: np.ndarray, lengths: np.ndarray, letters: np.ndarray) -> np.ndarray:
    """Per block: share of its letters written in the page's main script (1 without letters).
    `info`: `_char_info` of each character."""
    n = len(starts)
    script = (info >> _SCRIPT_SHIFT).astype(np.int64)
    block_of = np.repeat(np.arange(n), lengths + 1)[: len(info)]
    counts = np.bincount(block_of * _SCRIPTS + script, minlength=n * _SCRIPTS).reshape(n, _SCRIPTS)
    main = int(counts[:, 1:].sum(axis=0).argmax()) + 1
    return np.where(letters > 0, counts[:, main] / np.maximum(letters, 1.0), 1.0)


def _cohesion(vocab: _Vocabulary, weight: np.ndarray) -> np.ndarray:
    """Per block: share of its content words that also occur in other blocks, weighted by `weight`
    (e.g. how likely those blocks are body text); 0 for blocks without content words."""
    n = len(weight)
    if len(vocab.word) == 0:
        return np.zeros(n)
    mass = np.bincount(vocab.word, weights=weight[vocab.block])
    other = np.minimum(mass[vocab.word] - weight[vocab.block], 1.0)
    num = np.bincount(vocab.block, weights=other, minlength=n)
    den = np.bincount(vocab.block, minlength=n)
    return num / np.maximum(den, 1)


def analyse_blocks(blocks: list[str], *, language: str | None = None) -> tuple[np.ndarray, _Vocabulary]:
    """Features of each block and the block vocabulary (for second-stage cohesion)."""
    n = len(blocks)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES))), _Vocabulary(np.zeros(0, np.int64), np.zeros(0, np.int64))
    joined = "\n".join(blocks)
    lengths = np.fromiter(map(len, blocks), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    ends = starts + lengths  # exclusive; joined[ends[i]] is "\n" (or end of text)

    cp = np.minimum(np.frombuffer(joined.encode("utf-32-le"), dtype="<u4"), 0xFFFF)
    table = _char_table()
    flags = _char_info()[cp]  # the `_char_table` flags and more bits, see `_char_info`
    term_m, close_m, sep_m, full_term_m, open_m, legal_m = _char_sets()

    is_word = (flags & _WORD) != 0
    word_start = is_word.copy()
    word_start[1:] &= ~is_word[:-1]
    is_space_next = np.ones(len(cp), dtype=bool)
    is_space_next[:-1] = (flags[1:] & _SPACE) != 0
    close_next = np.zeros(len(cp), dtype=bool)
    close_next[:-1] = (flags[1:] & _CLOSE) != 0
    is_upper = (flags & _UPPER) != 0
    is_digit = (flags & _DIGIT) != 0
    masks = np.stack(
        (
            (flags & _LETTER) != 0,
            is_digit,
            is_upper,
            (flags & _PUNCT) != 0,
            (flags & _SYMBOL) != 0,
            word_start,
            word_start & is_upper,
            word_start & is_digit,
            (((flags & _TERM) != 0) & (is_space_next | close_next)) | ((flags & _FULLTERM) != 0),  # sentence ends
            cp == 44,  # commas
            (flags & _SEP) != 0,
            (cp == 64) | (cp == 35),  # @ #
            (flags & _NOSPACE) != 0,
            (flags & _LEGALMARK) != 0,  # © ® ™
        )
    ).view(np.int8)
    sums = np.add.reduceat(masks, starts, axis=1, dtype=np.int32).astype(np.float64)
    (letters, digits, upper, punct, symbols, word_starts, title_starts, digit_starts, sentences, commas,
     separators, handles, nospace, legal) = sums

    last = cp[ends - 1]
    prev_last = cp[np.maximum(ends - 2, starts)]
    last_flags = flags[ends - 1]
    first_flags = flags[starts]
    ends_terminal = term_m[last] | (close_m[last] & term_m[prev_last])
    ends_colon = last == 58
    ends_ellipsis = (last == 0x2026) | ((last == 46) & (prev_last == 46))
    ends_comma = last == 44
    ends_symbol = (last_flags & (_SYMBOL | _DIGIT)) != 0

    # tokens: the metric's \w+ runs, lowercased. Found on the code-point array (a regex is slow):
    # non-word characters become spaces, and str.split() cuts the rest.
    lowered = joined.lower()
    lcp = np.frombuffer(lowered.encode("utf-32-le"), dtype="<u4")
    lword = (table[np.minimum(lcp, 0xFFFF)] & _WORD) != 0
    if len(lcp) != len(cp):  # lower() changed the length (rare): recompute block starts
        block_of = np.cumsum(lcp == 10)
    else:
        block_of = None
    edges = np.diff(np.concatenate(([0], lword.view(np.int8), [0])))
    tok_start = np.flatnonzero(edges == 1)
    tok_len = np.flatnonzero(edges == -1) - tok_start
    tokens = np.where(lword, lcp, np.uint32(32)).astype("<u4", copy=False).tobytes().decode("utf-32-le").split()
    if len(tokens) != len(tok_start):  # a word character that str.split() treats as a space
        tokens = _TOKEN.findall(lowered)
        tok_start = np.fromiter((m.start() for m in _TOKEN.finditer(lowered)), dtype=np.int64)
        tok_len = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    ntok = len(tokens)
    if block_of is None:
        tok_block = np.searchsorted(starts, tok_start, side="right") - 1
    else:
        tok_block = block_of[tok_start]
    # token ids: the position of each token's first occurrence (one C-level pass over a dict)
    first_seen: dict[str, int] = {}
    token_id = np.fromiter(map(first_seen.setdefault, tokens, itertools.count()), dtype=np.int64, count=ntok)
    token_count = np.bincount(token_id, minlength=ntok)
    first_index = np.flatnonzero(token_count)  # in order of first occurrence
    unique_tokens = list(first_seen)
    words = np.bincount(tok_block, minlength=n).astype(np.float64)
    # in scripts without spaces a \w+ token is a whole clause: count ~2 characters as a word
    words += nospace / 2.0
    stoplist = _pick_stoplist(unique_tokens, token_count[first_index], language)
    unique_stop = np.zeros(ntok, dtype=bool)
    unique_stop[first_index] = np.fromiter(map(stoplist.__contains__, unique_tokens), dtype=bool, count=len(unique_tokens))
    is_stop = unique_stop[token_id]
    # content words (not stop words, 4+ characters): what cohesion between blocks is measured on
    content = ~is_stop & (tok_len >= 4)
    vocab = _vocabulary(tok_block[content], token_id[content])
    stops = np.bincount(tok_block[is_stop], minlength=n).astype(np.float64)

    safe_words = np.maximum(words, 1.0)
    safe_chars = np.maximum(lengths, 1).astype(np.float64)
    stop_density = stops / safe_words
    long_mask = words >= 10
    if long_mask.sum() >= 1:
        ref = stops[long_mask].sum() / words[long_mask].sum()
    else:
        ref = stops.sum() / max(words.sum(), 1.0)
    rel_stop = _clip(stop_density / ref, 0.0, 3.0) if ref > 0.02 else np.ones(n)
    rel_stop = np.where(words >= 3, rel_stop, rel_stop * (words / 3.0))
    word_ref = max(float(np.partition(words, int(0.95 * (n - 1)))[int(0.95 * (n - 1))]), 8.0)

    times, dates, years = _number_patterns(cp, flags, starts, n)
    urls = _counts_at(_URL_MARKERS[0], joined, starts, n) + _counts_at(_URL_MARKERS[1], joined, starts, n)

    counts = Counter(blocks)
    if len(counts) == n:
        dup_in_doc = np.zeros(n)
    else:
        dup_in_doc = (np.fromiter(map(counts.__getitem__, blocks), dtype=np.int64, count=n) > 1).astype(np.float64)

    # a crude "looks like running text" score, and the densest run of such blocks
    textish = (
        (words >= 8)
        & (rel_stop >= 0.55)
        & (times + separators < 2)
        & (sentences + ends_terminal >= 1)
    ).astype(np.float64)
    run_score = np.where(textish > 0, np.minimum(words, 80.0), -np.minimum(words, 20.0) * 0.5 - 1.0)
    a, b = _densest_run(run_score)
    idx = np.arange(n, dtype=np.float64)
    in_run = ((idx >= a) & (idx <= b)).astype(np.float64)
    dist = np.where(idx < a, a - idx, np.where(idx > b, idx - b, 0.0))
    run_side = np.where(idx < a, -1.0, np.where(idx > b, 1.0, 0.0))
    total_words = max(words.sum(), 1.0)
    run_share = words[a : b + 1].sum() / total_words
    cum_chars = np.cumsum(lengths) - lengths
    text_words = textish * words
    text_total = max(text_words.sum(), 1.0)
    text_cum = np.cumsum(text_words)
    text_before = (text_cum - text_words) / text_total
    text_after = (text_total - text_cum) / text_total

    base = {
        "log_chars": np.log1p(lengths),
        "log_words": np.log1p(words),
        "rel_words": np.minimum(words / word_ref, 3.0),
        "stop_density": stop_density,
        "rel_stop": rel_stop,
        "letters": letters / safe_chars,
        "digits": digits / safe_chars,
        "upper": upper / np.maximum(letters, 1.0),
        "punct": punct / safe_chars,
        "symbols": symbols / safe_chars,
        "legal_marks": np.minimum(legal, 2.0),
        "title_case": title_starts / np.maximum(word_starts, 1.0),
        "digit_words": digit_starts / np.maximum(word_starts, 1.0),
        "avg_word_len": np.minimum(letters / safe_words, 20.0),
        "sentences": np.minimum(sentences, 20.0),
        "commas": commas / safe_words,
        "separators": np.minimum(separators, 10.0),
        "handles": np.minimum(handles, 5.0),
        "times": np.minimum(times, 10.0),
        "dates": np.minimum(dates, 5.0),
        "years": np.minimum(years, 5.0),
        "urls": np.minimum(urls, 5.0),
        "ends_terminal": ends_terminal.astype(np.float64),
        "ends_colon": ends_colon.astype(np.float64),
        "ends_ellipsis": ends_ellipsis.astype(np.float64),
        "ends_comma": ends_comma.astype(np.float64),
        "ends_symbol": ends_symbol.astype(np.float64),
        "ends_bracket": ((last == 41) | (last == 93)).astype(np.float64),
        "starts_quote": open_m[cp[starts]].astype(np.float64),
        "starts_lower": ((first_flags & _LOWER) != 0).astype(np.float64),
        "starts_digit": ((first_flags & _DIGIT) != 0).astype(np.float64),
        "starts_symbol": ((first_flags & (_SYMBOL | _PUNCT)) != 0).astype(np.float64),
        "dup_in_doc": dup_in_doc,
        "position": idx / max(n - 1, 1),
        "char_position": cum_chars / max(float(cum_chars[-1] + lengths[-1]), 1.0),
        "textish": textish,
        "in_run": in_run,
        "run_distance": np.log1p(dist),
        "run_side": run_side,
        "doc_log_blocks": np.full(n, math.log1p(n)),
        "doc_run_share": np.full(n, run_share),
        "text_before": text_before,
        "text_after": text_after,
        "cohesion": _cohesion(vocab, textish * in_run),
        "lead_cohesion": _cohesion(vocab, _lead(textish * in_run * words)),
        "main_script": _main_script_share(flags, starts, lengths, letters),
    }
    x = np.empty((n, len(FEATURE_NAMES)))
    for j, k in enumerate(_BASE):
        x[:, j] = base[k]
    base["has_time"] = (times > 0).astype(np.float64)
    base["has_date"] = (dates > 0).astype(np.float64)
    base["has_url"] = (urls + handles > 0).astype(np.float64)
    base["has_separators"] = (separators >= 2).astype(np.float64)
    _context(np.column_stack([base[k] for k in _CONTEXT_KEYS]), x, len(_BASE))
    return x, vocab


def _context(v: np.ndarray, out: np.ndarray, col: int) -> None:
    """Write the neighbours' values of the columns of v (previous / next 1 and 2 blocks, and the
    means over 3 and 10 blocks on either side) into out[:, col:]."""
    n, k = v.shape
    o = out[:, col:]
    for j, shift in enumerate((1, -1, 2, -2)):
        part = o[:, j * k : (j + 1) * k]
        if shift > 0:  # the block `shift` above (zeros at the top)
            part[:shift] = 0.0
            part[shift:] = v[: n - shift]
        else:  # the block `-shift` below (zeros at the bottom)
            part[max(n + shift, 0) :] = 0.0
            part[: n + shift] = v[-shift:]
    # sums over [i - radius, i + radius] from one zero-padded cumulative sum, minus the block itself
    big = 10
    c = np.zeros((n + 2 * big + 1, k))
    np.cumsum(v, axis=0, out=c[big + 1 : big + 1 + n])
    c[big + 1 + n :] = c[big + n]
    idx = np.arange(n)
    for j, radius in enumerate((3, big), start=4):
        total = c[big + radius + 1 : big + radius + 1 + n] - c[big - radius : big - radius + n]
        cnt = np.maximum(np.minimum(idx + radius + 1, n) - np.maximum(idx - radius, 0) - 1, 1)
        np.divide(total - v, cnt[:, None], out=o[:, j * k : (j + 1) * k])


def _vocabulary(block: np.ndarray, word: np.ndarray) -> _Vocabulary:
    if len(word) == 0:
        return _Vocabulary(np.zeros(0, np.int64), np.zeros(0, np.int64))
    size = int(word.max()) + 1
    # np.unique, by sorting (numpy 2's np.unique costs ~0.2 ms here, mostly set-up)
    pairs = np.sort(block.astype(np.int64) * size + word)
    first = np.ones(len(pairs), dtype=bool)
    np.not_equal(pairs[1:], pairs[:-1], out=first[1:])
    pairs = pairs[first]
    return _Vocabulary(pairs // size, pairs % size)


_STAGE2_BASE = (
    "log_words", "rel_stop", "ends_terminal", "times", "separators", "dup_in_doc", "position",
    "main_script", "lead_cohesion",
)
_STAGE2_INDEX = [FEATURE_NAMES.index(k) for k in _STAGE2_BASE]


_STAGE2_COLUMNS = 23 + len(_STAGE2_BASE)


def stage2_features(x: np.ndarray, p: np.ndarray, vocab: _Vocabulary) -> np.ndarray:
    """Second-stage inputs: a block's first-stage score, its neighbours' scores and a few basics."""
    n = len(p)
    out = np.empty((n, _STAGE2_COLUMNS))
    if n == 0:
        return out
    log_words = x[:, _F["log_words"]]
    words = np.expm1(log_words)
    q = _clip(p, 1e-4, 1 - 1e-4)
    out[:, 0] = np.log(q / (1 - q))
    sign = np.where(p >= 0.5, np.maximum(words, 1.0), -_clip(words, 1.0, 30.0))
    a, b = _densest_run(sign * np.abs(p - 0.5) * 2)
    idx = np.arange(n, dtype=np.float64)
    before, after = idx < a, idx > b
    mass = p * words
    mass_total = max(mass.sum(), 1.0)
    mass_cum = np.cumsum(mass)
    # neighbours' scores: previous / next 1 and 2, means over 3 and 10, a words-weighted mean over 4
    padded = np.zeros(n + 4)
    padded[2:-2] = p
    p1b, p2b, n1b, n2b = padded[1:-3], padded[:-4], padded[3:-1], padded[4:]
    out[:, 1], out[:, 2], out[:, 3], out[:, 4] = p1b, n1b, p2b, n2b
    means = _window_means(np.column_stack((p, p, p * log_words, log_words)), (3, 10, 4, 4))
    out[:, 5], out[:, 6] = means[:, 0], means[:, 1]
    out[:, 7] = means[:, 2] / np.maximum(means[:, 3], 1e-3)
    out[:, 8] = np.maximum(p1b, p2b)
    out[:, 9] = np.maximum(n1b, n2b)
    out[:, 10] = ~(before | after)
    out[:, 11] = np.log1p(np.where(before, a - idx, np.where(after, idx - b, 0.0)))
    out[:, 12] = np.where(before, -1.0, np.where(after, 1.0, 0.0))
    out[:, 13] = float(p.sum() / n)
    out[:, 14] = (mass_cum - mass) / mass_total
    out[:, 15] = (mass_total - mass_cum) / mass_total
    cohesion = _cohesion(vocab, p * (words >= 5))
    out[:, 16] = cohesion
    weights = mass + 1e-9
    out[:, 17] = cohesion / max(float((cohesion * weights).sum() / weights.sum()), 0.05)
    out[:, 18] = _cohesion(vocab, _lead(mass * (p >= 0.5)))
    # body mass just before / after the block (where the body starts and ends)
    cum = np.concatenate((np.zeros(21), mass_cum, np.full(20, mass_cum[-1])))
    here = cum[21 : 21 + n]
    out[:, 19] = (here - mass - cum[14 : 14 + n]) / mass_total
    out[:, 20] = (cum[27 : 27 + n] - here) / mass_total
    out[:, 21] = (here - mass - cum[: n]) / mass_total
    out[:, 22] = (cum[41 : 41 + n] - here) / mass_total
    out[:, 23:] = x[:, _STAGE2_INDEX]
    return out


def _window_means(v: np.ndarray, radii: tuple[int, ...]) -> np.ndarray:
    """Column j: mean of v[:, j] over the blocks within radii[j] on either side, the block excluded."""
    n, k = v.shape
    r = max(radii)
    c = np.zeros((n + 2 * r + 1, k))
    np.cumsum(v, axis=0, out=c[r + 1 : r + 1 + n])
    c[r + 1 + n :] = c[r + n]
    out = np.empty((n, k))
    idx = np.arange(n)
    for j, radius in enumerate(radii):
        total = c[r + radius + 1 : r + radius + 1 + n, j] - c[r - radius : r - radius + n, j]
        cnt = np.maximum(np.minimum(idx + radius + 1, n) - np.maximum(idx - radius, 0) - 1, 1)
        out[:, j] = (total - v[:, j]) / cnt
    return out


# ----------------------------------------------------------------------------------------------
# decisions


def block_probabilities(x: np.ndarray, vocab: _Vocabulary, model: _Model) -> tuple[np.ndarray, np.ndarray]:
    """Body probability of each block from the first stage (the block and its surroundings) and
    the second (which also sees the first stage's scores around the block)."""
    if len(x) == 0:
        return np.zeros(0), np.zeros(0)
    p1 = model.stage1.predict(x)
    return p1, model.stage2.predict(stage2_features(x, p1, vocab))


_F = {name: i for i, name in enumerate(FEATURE_NAMES)}
_DEDUP_WORDS = 8  # kept blocks of at least this many words are deduplicated
_BOUNDARY = 20.0  # penalty for the body region to cross a time-stamp or copyright line (a hard stop)


_TITLE_WINDOW = 40  # headline candidates: this many blocks above the body, and its first block
_TITLE_TYPICAL_WORDS = 10  # a headline's typical length (centre of the square term)
_TITLE_LEAD = 3  # the body's lead, for "shares its words with the lead": its first this many blocks
# "repeated nearby": in the 40 blocks above the candidates, the candidates, and this many blocks
# from the body's first on (searching the body's paragraphs too cost more than it helped)
_TITLE_NEAR_BODY = 3
_TITLE_BASE = (
    "log_words", "rel_words", "letters", "digits", "punct", "sentences",
    "ends_terminal", "ends_colon", "ends_ellipsis", "ends_bracket", "separators", "times", "dates",
    "urls", "handles", "starts_digit", "dup_in_doc", "position",
    # case pattern and prose-likeness: a headline is mostly capitalised words, few stop words
    "title_case", "upper", "starts_lower", "starts_quote", "rel_stop", "commas", "textish", "lead_cohesion",
    # its neighbours: a byline / date line below a headline, a longer standfirst, a breadcrumb above
    "log_words@n1", "ends_terminal@n1", "has_time@n1", "has_date@n1", "textish@n1", "title_case@n1",
    "log_words@p1", "ends_terminal@p1", "has_separators@p1",
)
_TITLE_INDEX = np.array([FEATURE_NAMES.index(k) for k in _TITLE_BASE])
TITLE_FEATURE_NAMES = _TITLE_BASE + (
    "in_other_block", "distance", "is_first_body", "is_body", "body_overlap",
    "longest_above", "rank_words",
    "lead_overlap", "overlap_rank", "overlap_gap", "prev_overlap", "in_page_top", "shared_prev", "log_words_sq",
    "distance_sq",
)


@dataclass(frozen=True, slots=True)
class _Overlaps:
    """Per block of a range and the block before it (index 0; empty before the first block): shares
    of its content words found in the kept body, in the body's lead and in the previous block (a
    standfirst shares words with the headline above it)."""

    body: np.ndarray
    lead: np.ndarray
    prev: np.ndarray


def _overlaps(vocab: _Vocabulary, keep: np.ndarray, kept: np.ndarray, start: int, stop: int) -> _Overlaps:
    """`_Overlaps` of blocks start-1..stop-1 (only their (block, word) pairs are counted: the title
    step must stay cheap on long pages)."""
    size = stop - start
    if len(vocab.word) == 0 or size <= 0:
        zeros = np.zeros(max(size, 0) + 1)
        return _Overlaps(zeros, zeros, zeros)
    vocabulary = int(vocab.word.max()) + 1
    in_body = np.zeros(vocabulary, dtype=bool)
    in_body[vocab.word[keep[vocab.block]]] = True
    in_lead = np.zeros(vocabulary, dtype=bool)
    lead = kept[:_TITLE_LEAD]
    bounds = np.searchsorted(vocab.block, np.concatenate((lead, lead + 1))).reshape(2, -1)
    for a, b in zip(*bounds.tolist()):
        in_lead[vocab.word[a:b]] = True
    # the pairs of the range and of the block before it
    a, b = np.searchsorted(vocab.block, [max(start - 1, 0), stop])
    block = vocab.block[a:b] - (start - 1)  # 0 = the block before the range
    word = vocab.word[a:b]
    keys = block * vocabulary + word  # sorted: the pairs are sorted by block, then word
    found_prev = np.searchsorted(keys, keys - vocabulary)
    with_prev = keys[np.minimum(found_prev, len(keys) - 1)] == keys - vocabulary
    m = size + 1
    total = np.maximum(np.bincount(block, minlength=m), 1)

    def share(hit: np.ndarray) -> np.ndarray:
        return np.bincount(block, weights=hit, minlength=m) / total

    return _Overlaps(share(in_body[word]), share(in_lead[word]), share(with_prev))


def title_candidates(
    blocks: list[str], x: np.ndarray, vocab: _Vocabulary, keep: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(candidate indices, their features) for the headline, given the body decision."""
    kept = np.flatnonzero(keep)
    if len(kept) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, len(TITLE_FEATURE_NAMES)))
    first = int(kept[0])
    lo = max(0, first - _TITLE_WINDOW)
    # the first body block is a candidate only when it is not running text
    cand = np.arange(lo, first + 1 if x[first, _F["textish"]] == 0 else first)
    cw = np.expm1(x[cand, _F["log_words"]])
    sized = (cw >= 1) & (cw <= 40)
    cand, cw = cand[sized], cw[sized]
    if len(cand) == 0:
        return cand, np.zeros((0, len(TITLE_FEATURE_NAMES)))
    # shares of a candidate's content words found in the kept body, in its lead, in the block above
    # (from the block before the first candidate on, for the previous block's share)
    start = int(cand[0])
    shares = _overlaps(vocab, keep, kept, start, int(cand[-1]) + 1)
    at = cand - (start - 1)  # (index 0: the block before the first candidate)
    overlap = shares.body[at]
    top_overlap = overlap.max()
    overlap_rank = np.argsort(np.argsort(-overlap, kind="stable"), kind="stable")
    # a headline is often repeated: inside a breadcrumb, or as the page title
    near = "\n".join(blocks[max(0, lo - 40) : min(len(blocks), first + _TITLE_NEAR_BODY)])
    texts = list(map(blocks.__getitem__, cand.tolist()))
    in_other = np.fromiter(map(_occurs_twice, itertools.repeat(near), texts), dtype=np.float64, count=len(cand))
    # ... or at the top of the page, where the page's <title> lands when a page is flattened
    in_top = np.fromiter(map("\n".join(blocks[:2]).__contains__, texts), dtype=np.float64, count=len(cand))
    in_top[cand < 2] = 0.0
    rank = np.argsort(np.argsort(-cw, kind="stable"), kind="stable")
    longest_above = np.ones(len(cand))
    longest_above[1:] = cw[1:] >= np.maximum.accumulate(cw)[:-1]
    own = x[cand[:, None], _TITLE_INDEX]
    distance = np.log1p(first - cand)
    f = np.empty((len(cand), len(TITLE_FEATURE_NAMES)))
    f[:, : own.shape[1]] = own
    f[:, own.shape[1] :] = np.array([
        in_other,
        distance,
        cand == first,
        keep[cand],
        overlap,
        longest_above,
        np.log1p(rank),
        shares.lead[at],
        np.log1p(overlap_rank),
        overlap - top_overlap,
        shares.body[at - 1],
        in_top,
        shares.prev[at],
        # a headline has a typical length and sits a few blocks above the body: neither "longer is
        # better" nor "closer is better" holds all the way, so both enter with a square too
        np.square(x[cand, _F["log_words"]] - math.log1p(_TITLE_TYPICAL_WORDS)),
        np.square(distance),
    ]).T
    return cand, f


def _occurs_twice(text: str, part: str) -> bool:
    """`text.count(part) > 1`, stopping at the second occurrence."""
    first = text.find(part)
    return first >= 0 and text.find(part, first + len(part)) >= 0


def _pick_title(
    blocks: list[str], x: np.ndarray, vocab: _Vocabulary, keep: np.ndarray, model: _Model
) -> int | None:
    """Index of the headline among the heading-like blocks above the body (or opening it)."""
    cand, f = title_candidates(blocks, x, vocab, keep)
    if len(cand) == 0 or model.title is None:
        return None
    score = model.title.predict(f)
    best = int(score.argmax())
    if score[best] < model.title_threshold:
        return None
    i = int(cand[best])
    # a headline repeated at the end of a breadcrumb ("Home / World / Headline"): take the bare one
    # (not a shorter block that merely starts the headline: "Part 3" of "Part 3 / October pack")
    for j in cand[np.argsort(-score)][:5].tolist():
        if j != i and len(blocks[j]) >= 0.4 * len(blocks[i]) and blocks[i].endswith(blocks[j]):
            i = j
            break
    # never take the only body block as headline
    if keep[i] and keep.sum() <= 1:
        return None
    return i


_REASONS = (
    "headline repeated",
    "repeated across the corpus",
    "duplicate of a kept block",
    "timestamp / teaser list",
    "copyright line",
    "in another script than the page",
    "links or handles",
    "navigation / breadcrumb",
    "numbers (calendar, counters)",
    "outside the article's main region",
    "repeated in the page",
    "short non-body line",
    "menu / short line outside the body",
    "inside the body but unlike running text",
    "text outside the article body",
)


# the feature columns `_reasons` reads, and where each sits among them
_REASON_NAMES = ("log_words", "dup_in_doc", "times", "dates", "legal_marks", "letters", "main_script", "urls",
                 "handles", "separators", "digits")
_REASON_COLUMNS = [FEATURE_NAMES.index(k) for k in _REASON_NAMES]
_REASON_F = {name: i for i, name in enumerate(_REASON_NAMES)}


def _reasons(blocks: list[str], x: np.ndarray, p: np.ndarray, idx: np.ndarray, title: int | None,
             body_span: tuple[int, int], threshold: float, repeated_lines: frozenset[str]) -> list[str]:
    """A short reason for each removed block in `idx` (first matching rule wins)."""
    f = x[:, _REASON_COLUMNS][idx]  # (only the columns the rules read: a smaller copy)
    col = _REASON_F
    lo, hi = body_span
    inside = (idx > lo) & (idx < hi)
    likely = p[idx] >= threshold
    texts = list(map(blocks.__getitem__, idx.tolist()))
    same_as_title = (
        np.fromiter(map(blocks[title].__eq__, texts), dtype=bool, count=len(idx))
        if title is not None
        else np.zeros(len(idx), dtype=bool)
    )
    short = f[:, col["log_words"]] < math.log1p(4)
    conditions = [
        same_as_title,
        np.fromiter(map(repeated_lines.__contains__, texts), dtype=bool, count=len(idx))
        if repeated_lines
        else np.zeros(len(idx), dtype=bool),
        likely & (f[:, col["dup_in_doc"]] > 0) & (f[:, col["log_words"]] >= math.log1p(_DEDUP_WORDS)),
        (f[:, col["times"]] >= 1) | (f[:, col["dates"]] >= 1),
        f[:, col["legal_marks"]] > 0,
        (f[:, col["letters"]] > 0) & (f[:, col["main_script"]] < 0.35),
        (f[:, col["urls"]] >= 1) | (f[:, col["handles"]] >= 1),
        f[:, col["separators"]] >= 2,
        f[:, col["digits"]] > 0.5,
        likely,
        f[:, col["dup_in_doc"]] > 0,
        short & inside,
        short,
        inside,
    ]
    codes = np.full(len(idx), len(conditions))
    for code in range(len(conditions) - 1, -1, -1):  # the first matching rule is written last
        codes[conditions[code]] = code
    return [_REASONS[c] for c in codes.tolist()]


def _trim_off_topic_tail(
    keep: np.ndarray, words: np.ndarray, textish: np.ndarray, vocab: _Vocabulary, model: _Model
) -> np.ndarray:
    """Drop a tail of long blocks that share almost no content words with the body's lead and
    follow a short line (a heading such as "A message from our editors:"): appeals, notices
    (running text only: a list of scores or ingredients is not topical prose).
    "Almost none" is relative to the body's own cohesion (inflected languages share fewer
    identical words), and the tail must be smaller than the body before it."""
    kept = np.flatnonzero(keep)
    if len(kept) < 4 or model.tail_cohesion <= 0:
        return keep
    mass = np.where(keep, words, 0.0)
    # the body's own cohesion, measured on its front (the first 60% of its words)
    front = kept[(words[kept] >= 10) & (np.cumsum(mass[kept]) <= 0.6 * mass.sum())]
    if len(front) < 3:
        return keep
    lead = _cohesion(vocab, _lead(mass))
    limit = min(model.tail_cohesion, 0.5 * _median(lead[front].tolist()))
    j = len(kept) - 1
    suffix, n_long = [], 0
    while j >= 0:
        i = kept[j]
        if words[i] >= 10:
            if lead[i] >= limit:
                break
            if not textish[i]:  # lists, tables, scores: not an appeal
                return keep
            n_long += 1
        suffix.append(i)
        j -= 1
    # the tail must open with a short line (its heading), and be smaller than the body before it
    if n_long < 2 or j < 0 or words[suffix[-1]] >= 10 or mass[kept[: j + 1]].sum() <= mass[suffix].sum():
        return keep
    keep = keep.copy()
    keep[suffix] = False
    return keep


def _median(values: list[float]) -> float:
    """np.median of a short non-empty list (the same value: the middle one, or the mean of the two
    middle ones), without np.median's ~0.1 ms of set-up."""
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def _drop_leading_field_values(keep: np.ndarray, x: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Above the first paragraph of running text, a line that follows a short label ending with a
    colon ("Author:", "Photo:", "Source:") is that label's value (a credit, a byline), unless it
    is a sentence itself."""
    text = np.flatnonzero(keep & (x[:, _F["textish"]] > 0))
    if len(text) == 0:
        return keep
    label = (x[:, _F["ends_colon"]] > 0) & (words <= 3)
    for i in np.flatnonzero(keep[: text[0]]).tolist():
        if i > 0 and label[i - 1] and not keep[i - 1] and not x[i, _F["ends_terminal"]]:
            keep[i] = False
    return keep


def _decide(
    blocks: list[str], x: np.ndarray, vocab: _Vocabulary, p1: np.ndarray, p: np.ndarray, model: _Model
) -> np.ndarray:
    """Keep mask from probabilities, with the prior that the body is one contiguous region."""
    words = np.expm1(x[:, _F["log_words"]])
    # short lines with a clock time / date or with ©: they end or interrupt an article
    stamp = (x[:, _F["times"]] + x[:, _F["dates"]] > 0) & (words <= 6)
    legal = (x[:, _F["legal_marks"]] > 0) & (words <= 20)
    # the region with the most body evidence (blocks weighted by sqrt of their words), which the
    # lines above hardly cross
    a, b = _densest_run((p - 0.5) * np.sqrt(words + 1.0) - _BOUNDARY * (stamp | legal))
    inside = np.zeros(len(p), dtype=bool)
    inside[a : b + 1] = True
    keep = np.where(inside, p >= model.threshold, p >= model.outside_threshold)
    # at the edges of the body, the second stage's smoothing is not enough: a block before the
    # first or after the last confident block also needs some first-stage evidence of its own
    strong = np.flatnonzero(keep & (p1 >= 0.5))
    if len(strong):
        edge = np.ones(len(p), dtype=bool)
        edge[strong[0] : strong[-1] + 1] = False
        textish = x[:, _F["textish"]] > 0
        confident = textish & (p >= model.edge_text_threshold)
        keep &= ~(edge & (p1 < model.edge_threshold) & ~confident)
    # generic vetoes (a block the page's own evidence rules out, whatever its neighbours):
    # a block mostly in another script than the page (an ad, an embedded foreign post), a short
    # line with ©/®/™, a short line with a clock time or date
    keep &= ~(stamp | legal | ((x[:, _F["letters"]] > 0) & (x[:, _F["main_script"]] < 0.35)))
    keep = _trim_off_topic_tail(keep, words, x[:, _F["textish"]] > 0, vocab, model)
    keep = _drop_leading_field_values(keep, x, words)
    # a body neither starts nor ends with a line of a few words (kickers, "Print", "Advertisement")
    long_kept = np.flatnonzero(keep & (words >= 10))
    if len(long_kept):
        idx = np.arange(len(keep))
        keep &= ~(((idx < long_kept[0]) | (idx > long_kept[-1])) & (words < 5))
    if (words * keep).sum() < model.min_words:
        # the model sees no article: fall back to the densest run of running text, if any
        keep = (x[:, _F["textish"]] > 0) & (x[:, _F["in_run"]] > 0)
    # a page often carries the article twice (AMP / print / JSON copies): keep the first copy
    long_blocks = words >= _DEDUP_WORDS
    if (keep & long_blocks & (x[:, _F["dup_in_doc"]] > 0)).any():
        seen: set[str] = set()
        for i in np.flatnonzero(keep & long_blocks):
            if blocks[i] in seen:
                keep[i] = False
            else:
                seen.add(blocks[i])
    return keep


BARE_ARTICLE_MIN_WORDS = 15  # every line after the first at least this long: an article without chrome


def _is_bare_article(x: np.ndarray) -> bool:
    """A headline (or nothing) followed only by paragraphs of running text: no menu, byline, date,
    caption or share line, which web pages always have (none of the 91 benchmark pages is bare;
    81 % of SlavicNER's plain articles are)."""
    if len(x) < 2:
        return False
    words = np.expm1(x[1:, _F["log_words"]])
    return bool((words >= BARE_ARTICLE_MIN_WORDS - 0.5).all())


def classify_blocks(
    blocks: list[str],
    *,
    language: str | None = None,
    repeated_lines: frozenset[str] = frozenset(),
    model: _Model | None = None,
) -> tuple[np.ndarray, int | None, np.ndarray, np.ndarray]:
    """(keep mask, title index or None, probabilities, features) for stripped non-empty blocks."""
    model = model or _model()
    with one_blas_thread():
        x, vocab = analyse_blocks(blocks, language=language)
        p1, p = block_probabilities(x, vocab, model)
        if _is_bare_article(x):
            # no page chrome at all: every line after the first is a paragraph of text (a news
            # feed, a corpus of plain articles). The model, trained on pages of a few hundred
            # lines, reads a lone paragraph with two clock times as a teaser and dropped whole
            # articles; there is nothing to remove here but the headline.
            keep = np.ones(len(blocks), dtype=bool)
            title = 0 if np.expm1(x[0, _F["log_words"]]) < BARE_ARTICLE_MIN_WORDS else None
            if title is not None:
                keep[0] = False
            if repeated_lines:
                keep &= ~np.fromiter(map(repeated_lines.__contains__, blocks), dtype=bool, count=len(blocks))
            return keep, title, p, x
        keep = _decide(blocks, x, vocab, p1, p, model)
        if repeated_lines:  # site chrome seen across the corpus is never body
            keep &= ~np.fromiter(map(repeated_lines.__contains__, blocks), dtype=bool, count=len(blocks))
        title = _pick_title(blocks, x, vocab, keep, model) if len(blocks) else None
    if title is not None:
        keep[title] = False
        # the same headline repeated (breadcrumb aside) is not body either
        keep &= np.fromiter(map(blocks[title].__ne__, blocks), dtype=bool, count=len(blocks))
    return keep, title, p, x


MIN_FALLBACK_BODY_CHARS = 200  # a block this long is kept when nothing else looks like body
# an input of this many blocks or fewer is a short text, not a page: when nothing looks like body,
# its prose sentences are kept ("Anton Berg visited Poland on 15 March." alone, a news brief)
MAX_SHORT_TEXT_BLOCKS = 3
MIN_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…][\"»”’)]*$")


def _prose_sentence(block: str) -> bool:
    """Words in running text: at least `MIN_SENTENCE_WORDS`, a sentence end, and a word in lower
    case after the first unless the script has no case (Hebrew, Arabic: a menu label is not told
    from a sentence by case there, but a sentence end still tells it)."""
    words = block.split()
    cased = any(ch.isupper() or ch.islower() for ch in block)
    return len(words) >= MIN_SENTENCE_WORDS and bool(_SENTENCE_END.search(block.strip())) \
        and (not cased or any(w[:1].islower() for w in words[1:]))


def remove_boilerplate(
    text: str, *, language: str | None = None, repeated_lines: frozenset[str] = frozenset()
) -> BoilerplateResult:
    """Split flattened page text into headline, article body and removed blocks.

    `language` (ISO 639-1) picks the stop-list; without it the language is guessed from the most
    frequent words. `repeated_lines` are stripped lines seen in many documents of the same corpus
    (site chrome, computed by the caller); such a line is never body.
    """
    blocks = split_blocks(text)
    if not blocks:
        return BoilerplateResult(title=None, body="", removed=[])
    keep, title, p, x = classify_blocks(blocks, language=language, repeated_lines=repeated_lines)
    model = _model()
    if not keep.any():
        # nothing looked like body: text the features do not fit (unspaced scripts such as Thai,
        # a language without a stop-list, a bare article of one long paragraph) would lose
        # everything; keep the most body-like long block
        long_blocks = [i for i, b in enumerate(blocks) if len(b) >= MIN_FALLBACK_BODY_CHARS and i != title]
        sentences = [i for i, b in enumerate(blocks) if i != title and _prose_sentence(b)]
        if long_blocks:
            keep = keep.copy()
            keep[max(long_blocks, key=lambda i: (p[i], len(blocks[i])))] = True
        elif sentences and len(blocks) <= MAX_SHORT_TEXT_BLOCKS:
            keep = keep.copy()
            keep[sentences] = True  # a short text: all its sentences are the article
    kept = np.flatnonzero(keep)
    span = (int(kept[0]), int(kept[-1])) if len(kept) else (len(blocks), -1)
    gone = np.flatnonzero(~keep)
    if title is not None:
        gone = gone[gone != title]
    reasons = _reasons(blocks, x, p, gone, title, span, min(model.threshold, model.outside_threshold), repeated_lines)
    removed = list(map(RemovedBlock, map(blocks.__getitem__, gone.tolist()), reasons))
    return BoilerplateResult(
        title=blocks[title] if title is not None else None,
        body="\n\n".join([blocks[i] for i in kept.tolist()]),
        removed=removed,
    )
