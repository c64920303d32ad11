"""Name normalisation keys for matching across scripts and spellings.

Three levels, each coarser than the last:

* `clean_name`: the base form tidied (quotes, @handles, titles and roles stripped) - what is shown;
* `phonetic_key`: transliterated to ASCII (`anyascii`) after spelling out the Latin diacritics
  that carry sound (š ž č ř ł ...), with spelling conventions folded so that Trump / Трамп /
  Тръмп / Trumpa's stem, Johnson / Джонсон / Džonson, Zelensky / Зеленський / Zełenski meet:
  sh sz -> s, zh rz dzh j y -> i, kh -> h, ts cz ch c -> k, w -> v, doubled letters once, and
  the vowel-less Bulgarian ъ / soft signs dropped;
* `skeleton`: the phonetic key without vowels after the first letter ("trmp", "msk") - the
  blocking key, so only names that could match are ever compared.

Titles and roles come from a small multilingual lexicon (`data/titles.txt`), not from code.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz

__all__ = [
    "clean_name",
    "phonetic_key",
    "skeleton",
    "person_words",
    "person_word_tuple",
    "is_latin",
    "name_tokens",
    "acronym_of",
    "looks_like_acronym",
    "titles",
    "slug",
]

_TITLES_PATH = Path(__file__).resolve().parent / "data" / "titles.txt"
# Latin letters whose diacritic changes the sound: spelled out before transliteration
_LATIN_SOUNDS = str.maketrans({
    "š": "sh", "ś": "sh", "ş": "sh", "ș": "sh", "ž": "zh", "ź": "zh", "ż": "zh", "č": "ch", "ć": "ch",
    "ç": "ch", "ř": "rzh", "ł": "l", "đ": "dj", "ñ": "ny", "ß": "ss",
})
# longest first; applied left to right in one pass each
_FOLDS = [
    ("shch", "s"), ("sch", "s"), ("dzh", "i"), ("tch", "k"), ("zh", "i"), ("kh", "h"), ("ch", "k"),
    ("sh", "s"), ("sz", "s"), ("cz", "k"), ("rz", "r"), ("ts", "k"), ("tz", "k"), ("ph", "f"),
    ("th", "t"), ("ck", "k"), ("gh", "g"), ("ie", "e"), ("ye", "e"), ("q", "k"), ("x", "ks"),
    ("w", "v"), ("c", "k"), ("j", "i"), ("y", "i"),
]
_FOLD_RE = re.compile("|".join(re.escape(a) for a, _ in _FOLDS))
_FOLD_MAP = dict(_FOLDS)
_VOWELS = set("aeiou")
_QUOTES = "\"'«»„“”‚‘’`´"
_HANDLE = re.compile(r"^@([A-Za-z0-9_]+)$")
_WORD = re.compile(r"\w+", re.UNICODE)
_SMALL_WORDS = frozenset(
    "a an and the of for to in on at by de des du la le der die das und za na i и за на в во по "
    "от от о об и й та с со z ze w we o na do od ve v pri".split()
)


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Lower-cased title/role words (all languages) that are not part of a name."""
    words: set[str] = set()
    if _TITLES_PATH.exists():
        for line in _TITLES_PATH.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                words.update(w.lower() for w in line.split())
    return frozenset(words)


@lru_cache(maxsize=200_000)  # pure; a corpus repeats its names in every document
def clean_name(text: str, type_: str | None = None) -> str:
    """The displayable base form: quotes and @ dropped, leading titles/roles stripped for people."""
    text = " ".join(text.split()).strip(_QUOTES + " .,;:!?()[]")
    text = "".join(ch for ch in text if ch not in "«»„“”")
    handle = _HANDLE.match(text)
    if handle:
        return handle.group(1)
    if type_ == "PER":
        words = text.split(" ")
        known = titles()
        # strip leading title/role words, but never the last word ("President" alone stays)
        while len(words) > 1 and words[0].lower().rstrip(".") in known:
            words = words[1:]
        text = " ".join(words)
    return text


@lru_cache(maxsize=200_000)
def is_latin(text: str) -> bool:
    """True when every letter of `text` is Latin script."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(_latin_letter(ch) for ch in letters)


@lru_cache(maxsize=None)  # one entry per letter of the scripts seen
def _latin_letter(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


_SEPARATORS = re.compile(r"[.\-/]+")
_NOT_KEY = re.compile(r"[^a-z0-9 ]+")
_SOFT_G = re.compile(r"g(?=[eiy])")
_DOUBLED = re.compile(r"(.)\1+")


def _fold(match: re.Match) -> str:
    return _FOLD_MAP[match.group(0)]


@lru_cache(maxsize=200_000)
def phonetic_key(text: str) -> str:
    """Script- and spelling-independent key of a name (see the module docstring)."""
    ascii_text = anyascii(text.lower().translate(_LATIN_SOUNDS)).lower()
    ascii_text = _SEPARATORS.sub(" ", ascii_text)  # "Б.Джонсон", "Гам-Ковид-Вак"
    ascii_text = _NOT_KEY.sub("", ascii_text)
    # in Latin spelling a soft g sounds like j (George / Джордж, Nigel / Найджъл); Cyrillic г is
    # always hard (Гэвин / Gavin)
    if is_latin(text):
        ascii_text = _SOFT_G.sub("j", ascii_text)
    folded = _FOLD_RE.sub(_fold, ascii_text)
    out: list[str] = []
    for word in folded.split():
        # an h after a letter is silent or a digraph residue (Johnson, Hamburh); initial h ~ g
        word = word[0].replace("h", "g") + word[1:].replace("h", "")
        word = _DOUBLED.sub(r"\1", word)
        if word:
            out.append(word)
    return " ".join(out)


_DEVOICE = str.maketrans("zdbgv", "stpkf")


# surname particles, as phonetic keys ("von der Leyen" / "фон дер Лайен"): not a first name
_PARTICLES = frozenset("fon von fan van der den de di da du la le ter ten al el bin ibn ben".split())


def person_words(key: str) -> list[str]:
    """The words of a person's phonetic key without surname particles (at least one word)."""
    return list(person_word_tuple(key))


@lru_cache(maxsize=200_000)  # pure, and asked for the same keys in every pair comparison
def person_word_tuple(key: str) -> tuple[str, ...]:
    """`person_words` as a tuple, shared between callers (read it, never change it)."""
    words = key.split()
    kept = tuple(w for w in words if w not in _PARTICLES)
    return kept or tuple(words[-1:])


MIN_HANDLE_CONSONANTS = 5  # a shorter consonant skeleton matches too many names


def handle_names(handle_key: str, joined_key: str) -> bool:
    """Is a handle's phonetic key ("elonmusk" of "@elonmusk") a name's words run together
    (`joined_key`: the name's phonetic key without spaces)? Equal, the name inside a longer handle
    ("realdonaldtrump"), or, across scripts, nearly the same consonants: "Илон Мъск" keys as
    "ilonmsk", whose consonants "lnmsk" are those of "elonmusk" (at least `MIN_HANDLE_CONSONANTS`).
    Loose on purpose: only names of the handle's own document are compared."""
    if not handle_key or not joined_key:
        return False
    if handle_key == joined_key or (len(joined_key) >= 8 and joined_key in handle_key):
        return True
    consonants = _consonants_only(joined_key)
    # (nearly the same: scripts spell a few sounds differently, Х as g or h, which Latin drops)
    return len(consonants) >= MIN_HANDLE_CONSONANTS and fuzz.ratio(consonants, _consonants_only(handle_key)) >= 85


def run_together_key(name: str) -> str:
    """The phonetic key of a name's words written as one word, as a handle writes them ("Jan
    Novák" -> the key of "JanNovák"): keyed per word and joined, a doubled letter or an h at the
    word boundary would come out differently."""
    return phonetic_key("".join(name.split()))


def _consonants_only(key: str) -> str:
    return "".join(ch for ch in key if ch.isalpha() and ch not in _VOWELS and ch != "y").translate(_DEVOICE)


@lru_cache(maxsize=200_000)  # pure, and asked for the same words millions of times in blocks
def skeleton(key: str) -> str:
    """A phonetic key without the vowels after each word's first letter and with voiced
    consonants devoiced (Brexit / Брекзит, Theresa / Тереза): the blocking key."""
    return " ".join(
        w[0] + "".join(ch for ch in w[1:] if ch not in _VOWELS).translate(_DEVOICE) for w in key.split()
    )


def name_tokens(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=200_000)
def looks_like_acronym(text: str) -> bool:
    """"WSJ", "РФПИ", "NATO", "EU": 2-6 letters, all capitals."""
    letters = text.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=200_000)
def acronym_of(text: str) -> str:
    """Initials of the content words ("Руски фонд за преки инвестиции" -> "РФПИ")."""
    words = [w for w in name_tokens(text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words).upper()


def slug(text: str) -> str:
    """Readable ASCII id part: "Elon Musk" -> "elon-musk", "Дональд Трамп" -> "donald-tramp" (the
    apostrophes transliteration writes for soft and hard signs and elisions are dropped, not made
    word breaks: "Ильин" is "ilin", not "il-in")."""
    ascii_text = re.sub(r"['’`\u02b9\u02ba]", "", anyascii(text).lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"
