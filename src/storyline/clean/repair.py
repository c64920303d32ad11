"""Text repair: make scraped text canonical before anything reads it.

`repair_text` fixes what scraping and bad decoding do to text, and nothing that changes what the text
says:

* line endings -> ``\\n``; U+2028/U+2029/NEL/VT/FF -> ``\\n``;
* mojibake, HTML entities, C1 controls, surrogates, terminal escapes -> ftfy, with options chosen to
  keep the text as written (see `_FTFY_CONFIG`). ftfy runs only on lines that can need it: ftfy's
  own `is_bad` check alone costs ~0.4 ms/KB, so a cheap test comes first (`_needs_ftfy`: a stretch
  that some code page ftfy can undo turns back into well-formed UTF-8, or an entity / control);
* Unicode NFC;
* soft hyphens, zero-width spaces, word joiners, BOMs, bidi controls and other invisible format
  characters removed; ZWNJ/ZWJ kept only between letters of scripts that need them (Persian,
  Indic, ...) and ZWJ between emoji;
* no-break and other exotic spaces (and tabs) -> a plain space; trailing spaces trimmed;
* Latin ligatures (U+FB00-FB06) expanded;
* a drop cap split off its word at a paragraph start re-joined ("Р усия" -> "Русия") when the
  joined word is more plausible than a one-letter word followed by the rest (`_fix_drop_caps`).

`normalize_newlines` only maps line endings, so offsets into already-clean text stay valid
(``--no-clean``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import ftfy
import numpy as np

__all__ = ["repair_text", "normalize_newlines"]


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` -> ``\\n``; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- ftfy -----------------------------------------------------------------------------------------
# uncurl_quotes=False: curly quotes carry who-said-what (quote boundaries), keep them.
# fix_character_width=False: full-width punctuation is the norm in zh/ja news; keep it as written.
# fix_latin_ligatures=True: "ﬁnancial" must match "financial" downstream.
# unescape_html="auto": entities are unescaped unless the line contains "<" (then it may be markup).
# Everything else at ftfy's defaults (fix_encoding, restore_byte_a0, c1 controls, surrogates, NFC).
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=True,
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)


# Lines that ftfy may change for reasons other than mojibake: C1 controls, surrogates, terminal
# escapes, lossy bytes, ligatures ftfy splits; HTML entities.
_FTFY_CHARS = re.compile("[\x80-\x9f\ud800-\udfff\x1b\ufffd\u0132\u0133\u013f\u0140\u0149\u01c4-\u01cc\u01f1-\u01f3]")
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# The single-byte code pages ftfy can undo (ftfy.chardata.CHARMAP_ENCODINGS, unsloppified).
_MOJIBAKE_ENCODINGS = ("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
                       "iso-8859-2", "mac_roman", "cp437")


def _mojibake_tables() -> tuple[re.Pattern[str], list[tuple[str, dict[str, int], frozenset[str]]]]:
    """Mojibake is UTF-8 decoded with a single-byte code page: a lead byte 0xC2-0xF4 followed by
    1-3 continuation bytes 0x80-0xBF, each shown as that code page's character. Per code page:
    {lead char: number of continuation bytes it needs} and the set of continuation chars; plus one
    regex for "any lead char followed by any continuation char", which runs at C speed."""
    tables, leads, conts = [], set(), set()
    for encoding in _MOJIBAKE_ENCODINGS:
        lead_table, cont_set = {}, set()
        for byte in range(0xC2, 0xF5):
            try:
                lead_table[bytes([byte]).decode(encoding)] = 1 if byte < 0xE0 else 2 if byte < 0xF0 else 3
            except UnicodeDecodeError:
                pass
        for byte in range(0x80, 0xC0):
            try:
                cont_set.add(bytes([byte]).decode(encoding))
            except UnicodeDecodeError:
                pass
        tables.append((encoding, lead_table, frozenset(cont_set)))
        leads.update(lead_table)
        conts.update(cont_set)

    def char_class(chars: set[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    return re.compile(char_class(leads) + char_class(conts)), tables


_MOJIBAKE_PAIR, _MOJIBAKE_TABLES = _mojibake_tables()


def _by_lead() -> dict[str, list[tuple[str, int, frozenset[str]]]]:
    out: dict[str, list[tuple[str, int, frozenset[str]]]] = {}
    for encoding, lead_table, cont_set in _MOJIBAKE_TABLES:
        for lead, need in lead_table.items():
            out.setdefault(lead, []).append((encoding, need, cont_set))
    return out


_MOJIBAKE_BY_LEAD = _by_lead()


def _may_be_mojibake(text: str, pairs: Iterable[int] | None = None) -> bool:
    """True if some code page turns a stretch of `text` back into a well-formed UTF-8 multi-byte
    sequence. Valid text rarely does (e.g. Ukrainian "ні" would need two continuation bytes after
    the lead "н"), so ftfy (whose own check costs ~0.4 ms per KB) runs on few lines. `pairs`:
    where `_MOJIBAKE_PAIR` matches, in order, if already known."""
    if pairs is None:
        pairs = (match.start() for match in _MOJIBAKE_PAIR.finditer(text))
    free = 0
    for pos in pairs:
        if pos < free:  # finditer's matches do not overlap
            continue
        free = pos + 2
        for encoding, need, cont_set in _MOJIBAKE_BY_LEAD[text[pos]]:
            seq = text[pos : pos + 1 + need]
            if len(seq) != need + 1 or not all(c in cont_set for c in seq[1:]):
                continue
            try:
                seq.encode(encoding).decode("utf-8")
            except UnicodeError:
                continue
            return True
    return False


@lru_cache(maxsize=1)
def _char_kinds() -> np.ndarray:
    """Per BMP code point: 1 if `_FTFY_CHARS` matches it, 2 if it is a mojibake lead character,
    4 if a continuation character (all of them are in the BMP)."""
    kinds = np.zeros(0x10000, dtype=np.uint8)
    kinds[[cp for cp in range(0x10000) if _FTFY_CHARS.match(chr(cp))]] |= 1
    kinds[[ord(c) for c in _MOJIBAKE_BY_LEAD]] |= 2
    kinds[sorted({ord(c) for _, _, conts in _MOJIBAKE_TABLES for c in conts})] |= 4
    return kinds


_SCAN_WITH_NUMPY = 2000  # characters; on shorter texts the regexes are as fast


def _needs_ftfy(text: str) -> bool:
    if "&" in text and _HTML_ENTITY.search(text) is not None:
        return True
    if text.isascii():
        return "\x1b" in text  # the only ASCII character in _FTFY_CHARS
    if len(text) <= _SCAN_WITH_NUMPY:
        if _FTFY_CHARS.search(text) is not None or _may_be_mojibake(text):
            return True
    else:  # the same two checks on the code points: one table look-up instead of two regex scans
        cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        kinds = _char_kinds()[np.minimum(cp, 0xFFFF)]  # U+FFFF: none of the kinds, like astral
        if (kinds & 1).any():
            return True
        pairs = np.flatnonzero((kinds[:-1] & 2).astype(bool) & (kinds[1:] & 4).astype(bool))
        if len(pairs) and _may_be_mojibake(text, pairs.tolist()):
            return True
    # "voilÃ " / "Â " : the 0xA0 byte of "à" / NBSP became a space (ftfy's restore_byte_a0)
    return "Ã " in text or "Â " in text


def _ftfy_where_needed(text: str) -> str:
    if not _needs_ftfy(text):
        return text
    # ftfy works line by line anyway; give it only the lines that need it
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _needs_ftfy(line):
            lines[i] = ftfy.fix_text(line, _FTFY_CONFIG)
    return "\n".join(lines)


# -- invisible and exotic characters ----------------------------------------------------------------
_DELETE = (
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator (a format char since Unicode 6.3)
    "\u200b"  # zero-width space
    "\u200e\u200f"  # LRM, RLM
    "\u202a-\u202e"  # bidi embeddings / overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u206f"  # bidi isolates, deprecated format chars
    "\ufeff"  # BOM / zero-width no-break space
    "\ufff9-\ufffb"  # interlinear annotation
    "\x00-\x08\x0e-\x1f\x7f\x80-\x9f"  # C0 (not tab/newlines) and C1 controls left after ftfy
)
_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_NEWLINES = "\x0b\x0c\x85\u2028\u2029"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}


_DELETE_RE = re.compile(f"[{_DELETE}]+")
_SPACES_RE = re.compile(f"[{_SPACES}]")
_NEWLINES_RE = re.compile(f"[{_NEWLINES}]")
_LIGATURES_RE = re.compile("[\ufb00-\ufb06]")
_JOINERS_RE = re.compile("[\u200c\u200d]+")
_ANY_SPECIAL = re.compile(f"[{_DELETE}{_SPACES}{_NEWLINES}\ufb00-\ufb06\u200c\u200d]")


def _joiner_needed(text: str, start: int, end: int, joiners: str) -> bool:
    """ZWNJ/ZWJ matter between letters/marks of scripts without case (Arabic, Persian, Indic,
    ...), and ZWJ between emoji (family, flags); between Latin/Cyrillic/Greek letters or next to
    spaces and punctuation they are noise."""
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if unicodedata.category(before)[0] in "LM" and unicodedata.category(after)[0] in "LM":
        # cased scripts (Latin, Cyrillic, Greek, Armenian...) never need them
        return not (_is_cased_script(before) or _is_cased_script(after))
    if "\u200d" in joiners:
        return _is_emoji(before) or _is_emoji(after)
    return False


def _is_cased_script(ch: str) -> bool:
    return ch.lower() != ch.upper() or "\u0000" <= ch < "\u0590"


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or cp == 0xFE0F


_SPECIAL_KINDS = ((_DELETE_RE, 1), (_SPACES_RE, 2), (_NEWLINES_RE, 4), (_LIGATURES_RE, 8), (_JOINERS_RE, 16))


@lru_cache(maxsize=1)
def _special_kinds() -> np.ndarray:
    """Per BMP code point: the bits of the `_SPECIAL_KINDS` patterns that match it (none of them
    matches outside the BMP)."""
    kinds = np.zeros(0x10000, dtype=np.uint8)
    chars = "".join(map(chr, range(0x10000)))
    for pattern, bit in _SPECIAL_KINDS:
        for m in pattern.finditer(chars):
            kinds[m.start() : m.end()] |= bit
    return kinds


def _special_present(text: str) -> int:
    """The bits of the `_SPECIAL_KINDS` present in `text`: one table look-up over its code points
    for long texts, where a regex scan per kind would cost ~20 µs per KB each."""
    if len(text) <= _SCAN_WITH_NUMPY:
        if _ANY_SPECIAL.search(text) is None:
            return 0
        return sum(bit for pattern, bit in _SPECIAL_KINDS if pattern.search(text))
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return int(np.bitwise_or.reduce(_special_kinds()[np.minimum(cp, 0xFFFF)]))


def _replace_special(text: str) -> str:
    present = _special_present(text)
    if not present:  # most clean text stops here
        return text
    if present & 1:
        text = _DELETE_RE.sub("", text)
    if present & 2:
        text = _SPACES_RE.sub(" ", text)
    if present & 4:
        text = _NEWLINES_RE.sub("\n", text)
    if present & 8:
        text = _LIGATURES_RE.sub(lambda m: _LIGATURES[m.group()], text)
    if present & 16:
        text = _JOINERS_RE.sub(
            lambda m: m.group()[0] if _joiner_needed(text, m.start(), m.end(), m.group()) else "", text
        )
    return text


# -- drop caps ----------------------------------------------------------------------------------------
# A paragraph that starts with one capital letter, a space and a lowercase continuation.
_DROP_CAP = re.compile(r"^([ ]*)([^\W\d_]) ([^\W\d_]+)", re.M)
_DROP_CAP_AFTER_NEWLINE = re.compile(r"\n([ ]*)([^\W\d_]) ([^\W\d_]+)")  # the same, after a line break
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Letters that are words on their own in the languages written in that script (lowercase). A
# drop-cap letter that is not in this table cannot stand alone, so "T he" / "Р усия" are re-joined.
_ONE_LETTER_WORDS = {
    # en a I O; es a e o u y; pt a à e é o; fr a à y; it a e è i o; pl a i o u w z; cs/sk a i k o s u v z;
    # sl a h i k o s v z; hr/sr/bs a i k o s u; hu a e s ő; ro a e o; sv i å ö; nl u; tr o; vi ô ở ...
    "Latin": set("aàáeèéhiíkoóòôőösuúüvwyzå"),
    # ru а в и к о с у я ж б; bg а в е и с я у о; uk а в є з і й о у я; mk а в е и ѝ; sr а и к о с у; be ў
    "Cyrillic": set("абвеєжзиійкосуяѝў"),
    "Greek": set("αηήοωώ"),
}
# Letters no word of the script's languages starts with: a continuation starting with one of these
# cannot be a word on its own.
_NO_WORD_START = {"Latin": set("ąęńß"), "Cyrillic": set("ьы"), "Greek": set()}


def _script(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
        return "Latin"
    if 0x400 <= cp <= 0x52F:
        return "Cyrillic"
    if 0x370 <= cp <= 0x3FF or 0x1F00 <= cp <= 0x1FFF:
        return "Greek"
    return None


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, tuple[list[frozenset[str]], dict[str, tuple[int, ...]]]]:
    """justext's stop-lists (the most frequent words of Wikipedia in ~100 languages), grouped by
    script: {script: ([words of list i], {word: (i, ...)})}. Loaded once, on first need."""
    try:
        import justext

        files = sorted((Path(justext.__file__).parent / "stoplists").glob("*.txt"))
    except Exception:  # justext missing: the document's own words still decide
        return {}
    grouped: dict[str, list[frozenset[str]]] = {}
    for path in files:
        listed = path.read_text(encoding="utf-8").split()
        scripts = Counter(_script(w[0]) for w in listed[:200])  # the most frequent words tell the script
        scripts.pop(None, None)
        if scripts:
            words = {w.lower().strip(".,;:!?()[]\"'") for w in listed}
            words.discard("")
            grouped.setdefault(scripts.most_common(1)[0][0], []).append(frozenset(words))
    out = {}
    for script, lists in grouped.items():
        index: dict[str, list[int]] = {}
        for i, words in enumerate(lists):
            for w in words:
                index.setdefault(w, []).append(i)
        out[script] = (lists, {w: tuple(ids) for w, ids in index.items()})
    return out


class _Lexicon:
    """Known words for one document: the stop-lists of the languages whose stop-words the document
    uses most (the best two, and any tied with the second), plus the document's own words."""

    def __init__(self, text: str, script: str):
        self.text = text
        self.lower = text.lower()
        self._words: frozenset[str] | None = None
        self.script = script

    def _stopwords(self) -> frozenset[str]:
        if self._words is None:
            lists, index = _stoplists().get(self.script, ([], {}))
            hits = [0] * len(lists)
            for w in _WORD.findall(self.lower[:3000]):
                for i in index.get(w, ()):
                    hits[i] += 1
            ranked = sorted(hits, reverse=True)
            floor = max(ranked[1] if len(ranked) > 1 else ranked[0] if ranked else 0, 1)
            self._words = frozenset().union(*(lists[i] for i, h in enumerate(hits) if h >= floor))
        return self._words

    def _occurrences(self, word: str, limit: int) -> int:
        """Whole-word, case-insensitive occurrences of `word` in the text (counting up to `limit`)."""
        n, pos, lower, size = 0, 0, self.lower, len(word)
        while n < limit:
            pos = lower.find(word, pos)
            if pos < 0:
                break
            before = lower[pos - 1] if pos else " "
            after = lower[pos + size] if pos + size < len(lower) else " "
            if not (before.isalpha() or after.isalpha()):
                n += 1
            pos += size
        return n

    def known(self, word: str, *, seen_here: int = 0) -> bool:
        """A frequent word of the document's language, or a word the document uses elsewhere
        (`seen_here`: how many occurrences of `word` are the candidate itself)."""
        w = word.lower()
        if self._occurrences(w, seen_here + 1) > seen_here:
            return True
        # guessing the document's languages costs a scan: only when some stop-list has the word
        return w in _stoplists().get(self.script, ([], {}))[1] and w in self._stopwords()


def _drop_cap_candidates(text: str):
    """The matches of `_DROP_CAP.finditer(text)` (same groups): the first line, then
    `_DROP_CAP_AFTER_NEWLINE`, whose literal first character lets `re` skip to each line start at
    C speed (`^` with re.M makes it try every position, ~15 µs per KB)."""
    first = _DROP_CAP.match(text)
    if first:
        yield first
    yield from _DROP_CAP_AFTER_NEWLINE.finditer(text)


def _fix_drop_caps(text: str) -> str:
    out, pos = [], 0
    lexicons: dict[str, _Lexicon] = {}
    for m in _drop_cap_candidates(text):
        letter, rest = m.group(2), m.group(3)
        script = _script(letter)
        if script is None or not letter.isupper() or not rest[0].islower() or _script(rest[0]) != script:
            continue
        if rest[0] in _NO_WORD_START[script]:
            join = True
        else:
            lex = lexicons.get(script) or lexicons.setdefault(script, _Lexicon(text, script))
            joined_known = lex.known(letter + rest)
            if letter.lower() in _ONE_LETTER_WORDS[script]:
                # "В Москве", "A man", "I think": keep unless only the joined word makes sense
                join = joined_known and not _rest_known(lex, rest, script)
            else:
                # "T he", "Р усия": join unless the rest is a word and the joined form is not ("X said")
                join = joined_known or not _rest_known(lex, rest, script)
        if join:
            out.append(text[pos : m.start(2) + 1])
            pos = m.start(3)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _rest_known(lex: _Lexicon, rest: str, script: str) -> bool:
    # a lone letter is a word only if it is one of the script's one-letter words
    if len(rest) == 1 and rest not in _ONE_LETTER_WORDS[script]:
        return False
    return lex.known(rest, seen_here=1)


# -- entry point --------------------------------------------------------------------------------------
def repair_text(text: str) -> str:
    """Canonical, readable text; see the module docstring for what changes."""
    if not text:
        return text
    text = normalize_newlines(text)
    text = _ftfy_where_needed(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _replace_special(text)
    if " \n" in text or text.endswith(" "):  # (a regex for " +$" tries every space: slow)
        text = "\n".join([line.rstrip(" ") for line in text.split("\n")])
    text = _fix_drop_caps(text)
    return text
