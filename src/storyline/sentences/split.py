"""Rule-based sentence splitting with code-point offsets.

`split_sentences(text, language)` returns `Span`s into `text` (end exclusive) that cover every
non-space character, exclude surrounding whitespace and never cross a paragraph break:

* Blocks first: a blank line always ends a sentence; a single newline does too (scraped text has
  one block per line: a headline without a full stop is its own sentence), unless the text is
  hard-wrapped there (the line does not end a sentence and the next one starts in lower case).
* Within a block, a sentence may end after ``. ! ? …`` (and ``。！？؟।``), with any closing quotes
  or brackets that follow (``“It was fine.” Then`` splits after ``”``), when the next sentence
  starts with an upper-case letter, a digit, an opening quote/bracket/dash or a letter of a script
  without case. ``“Why?” he asked`` and ``3.5`` never split.
* A full stop does not end a sentence after an abbreviation that always wants a continuation
  ("Mr.", "Dr.", "ул.", "гл.", "z.B."); after an abbreviation that may end a sentence ("etc.",
  "г.", "млн.", "U.S.", an initial "В.", an ordinal "1." in languages that write them) only when
  the next word is a common sentence opener (a stop-word of the language, capitalised: "U.S. The
  ..." splits, "U.S. President" and "В. Путин" do not).
* Scraped text that lost its line breaks ("… пише вестник The Independent В речта си …") is split
  before a capitalised function word that follows a name or a closing quote and precedes a word in
  lower case, in the Slavic languages only (no title-case headlines there); see `_unglue`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from storyline.records import Span

__all__ = ["split_sentences"]

# -- abbreviations ------------------------------------------------------------------------------------
# lower-case, without the final dot. "never": always followed by more of the sentence (titles, "No.",
# "ул."); "maybe": can also end a sentence ("etc.", "Inc.", "млн.").
_NEVER = {
    "*": "mr mrs ms messrs dr prof st mt ft gen col lt sgt capt maj cmdr adm rev hon gov sen rep pres supt "
         "no nos nr tel fig figs vol vols pp cf vs e.g i.e approx ca jan feb mar apr jun jul aug sep sept oct "
         "nov dec",
    "en": "",
    "ru": "проф акад ген им ул пер пл пр просп д кв корп стр см рис табл гл ст п пп ч напр тов г-н г-жа ср англ нем "
          "франц рус лат пос дер род ум изд",
    "bg": "ул бул пл д-р проф акад доц инж арх чл ал кв ген св еп кн ок напр вж ср гр ст изд бл вх ап ет",
    "uk": "вул пл просп ім проф акад д-р ст п пп обл див напр ср",
    "pl": "ul al pl np tzw tj m.in prof dr hab inż mgr ok godz św gen płk ppłk ks nr ust art pkt ww wg ds ang",
    "cs": "tzv např mj resp ul nám č čl odst prof ing mudr judr phdr doc mgr dr sv gen pplk plk str obr tj",
    "sk": "tzv napr ul nám č čl ods prof ing mudr judr phdr doc mgr dr sv gen str obr tj",
    "sl": "npr oz tj t.i dr prof mag g ga ul št sv inž",
    "hr": "npr tj dr prof ul sv", "sr": "нпр тј др проф ул св npr tj dr prof ul sv",
    "de": "z.b bzw vgl dr prof nr str hr fr u.a d.h o.ä ggf inkl evtl sog abs art bspw dt",
    "fr": "m mm mme mlle dr st ste cf p av bd env",
    "es": "sr sra srta dr dra ud uds pág av núm p.ej aprox",
    "it": "sig dott prof ing avv on pag",
    "pt": "sr sra dr dra av pág",
    "nl": "dhr mevr dr prof bijv ca nr",
}
_MAYBE = {
    "*": "etc inc ltd co corp bros jr sr al a.m p.m u.s u.k u.n e.u d.c est dept univ ave blvd rd ed eds",
    "ru": "г гг т.е т.д т.п т.к т.н др тыс млн млрд руб коп долл чел обл н.э вв ок мин сек",
    "bg": "г т.е т.нар т.н млн млрд хил лв с обл др",
    "uk": "р рр т.зв т.ч т.д т.п тис млн млрд грн м обл тощо",
    "pl": "r itd itp tys mln mld zł",
    "cs": "atd apod r tis mil mld kč aj",
    "sl": "itd ipd mio mrd",
    "de": "usw mio mrd s",
    "es": "ee.uu etc",
    "it": "ecc",
}
# languages that write ordinals with a full stop ("1. listopadu", "12. März")
_ORDINAL_DOT = {"de", "cs", "sk", "sl", "pl", "hr", "sr", "bs", "hu", "da", "nb", "nn", "no", "fi", "tr", "lv", "lt",
                "et", "is", "mk"}


@lru_cache(maxsize=None)
def _abbreviations(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    never = set(_NEVER["*"].split())
    maybe = set(_MAYBE["*"].split())
    langs = [language] if language else list(_NEVER)
    for lang in langs:
        never.update(_NEVER.get(lang, "").split())
        maybe.update(_MAYBE.get(lang, "").split())
    return frozenset(never), frozenset(maybe - never)


_JUSTEXT_NAMES = {
    "en": "English", "ru": "Russian", "bg": "Bulgarian", "uk": "Ukrainian", "pl": "Polish", "cs": "Czech",
    "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "sr": "Serbian", "mk": "Macedonian", "de": "German",
    "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish",
    "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish", "el": "Greek", "id": "Indonesian", "vi": "Vietnamese",
}


@lru_cache(maxsize=None)
def _openers(language: str | None) -> frozenset[str]:
    """Words that typically open a sentence: among a language's 400 most frequent words
    (justext's Wikipedia stop-list), those listed both capitalised and in lower case ("The"/"the",
    "В"/"в", "Die"/"die"). Without a language, those of the main European languages."""
    if language:
        names = [_JUSTEXT_NAMES[language]] if language in _JUSTEXT_NAMES else []
    else:
        names = ["English", "Russian", "Bulgarian", "Ukrainian", "Polish", "Czech", "German", "French", "Spanish",
                 "Italian", "Portuguese", "Slovenian"]
    words: set[str] = set()
    try:
        import justext

        folder = Path(justext.__file__).parent / "stoplists"
        for name in names:
            listed = [w.strip(".,;:!?") for w in (folder / f"{name}.txt").read_text(encoding="utf-8").split()]
            present = set(listed)
            words.update(w.lower() for w in listed[:400] if w[:1].isupper() and w.lower() in present)
    except Exception:
        pass
    return frozenset(words)


# -- boundaries ----------------------------------------------------------------------------------------
_OPENING = "\"'“‘„«‹([{¿¡—–-‚"
# “ and ‘ close a quote in the „…“ / ‚…‘ style (Bulgarian, Czech, German, Russian, Slovak, Slovenian) but open one
# in English (“…”): after a full stop they close it only when a space, another closer or the end follows
_CLOSING = "\"'”’»›)]}“‘"
# terminal punctuation, then closing quotes/brackets (one character class first: re scans fast)
_CANDIDATE = re.compile(r"[.!?…؟।॥。！？]+(?:[\"'”’»›)\]}」』）]|[“‘](?=[\s\"'”’»›)\]}“‘]|$))*")
_CJK_STOPS = frozenset("。！？")
_DASHES = "–—-"
_QUOTES_CLOSING = "\"'”’»›“‘"
_LETTER_AFTER_SPACES = re.compile(r"[ \t]*([^\W\d_])")  # the next letter over spaces, if nothing else comes first


def _lower_after(text: str, i: int, end: int) -> bool:
    """Whether the next character after spaces at ``i`` is a letter in lower case."""
    m = _LETTER_AFTER_SPACES.match(text, i, end)
    return m is not None and m.group(1).islower()


_NEXT_WORD = re.compile(r"[^\W\d_]+")
_INITIAL_NEXT = re.compile(r"[^\W\d_]\.")


def split_sentences(text: str, language: str | None = None) -> list[Span]:
    """Sentence spans over `text`: code-point offsets, end exclusive, whitespace excluded."""
    language = (language or "").lower().split("-")[0] or None
    spans: list[Span] = []
    for start, end in _blocks(text):
        _split_block(text, start, end, language, spans)
    if language in _GLUE_LANGUAGES:
        spans = [piece for span in spans for piece in _unglue(text, span, language)]
    return spans


# -- sentences glued without punctuation -----------------------------------------------------------------
# Scraped text loses line breaks: "… пише вестник The Independent В речта си …", "… po Francii a Británii V neděli
# Moskva …" (a headline or a sign-off run into the next sentence). In languages that capitalise nothing mid-sentence but
# names (no title-case headlines, no capitalised polite "Sie"), a capitalised function word right after a name or a
# closing quote opens a sentence. Function words: the language's 100 most frequent lower-case words (justext's
# Wikipedia stop-list) that the list also has capitalised, when the word after them is in lower case (else a name goes
# on: "Nemocnice Na Bulovce"); polite pronouns, capitalised mid-sentence in letters, are not.
_GLUE_LANGUAGES = frozenset({"ru", "bg", "uk", "pl", "cs", "sk", "sl", "hr", "sr", "mk"})
_POLITE = frozenset("вы вас вам вами ваш ваша ваше ваши вие ви pan pani państwo vy vás vám vámi váš wy ty".split())
# content words among the stop-lists' most frequent words (Wikipedia's "village", "population", "time", "year",
# "first"): they begin names that go on in lower case ("Новое Время сообщило"), no sentence of their own
_CONTENT = frozenset("""время часть находится является входит один два несколько село селото население името намира
започва един една місто село муніципалітет населення південний розташований один gmina miejscowość wieś rok pierwszy
znajduje město území roku první část nachází mesto obec časť nachádza naselje slovenski leta število prvi ime mesto
grad grada godine broj dio danas naselje nalazi prvi dvije dva tri jedan град године број насеље општина налази први
један градот голем еден една""".split())
_GLUE_QUOTES = "\"”»“"
_GLUED = re.compile(r"(?<=[^\W\d_]|[\"”»“])[ \t]+(?=[^\W\d_])")


@lru_cache(maxsize=None)
def _function_openers(language: str) -> frozenset[str]:
    name = _JUSTEXT_NAMES.get(language)
    if name is None:
        return frozenset()
    try:
        import justext

        listed = [w.strip(".,;:!?") for w in (Path(justext.__file__).parent / "stoplists" / f"{name}.txt")
                  .read_text(encoding="utf-8").split()]
    except Exception:
        return frozenset()
    present = set(listed)
    lower = [w for w in listed if w[:1].islower()][:100]
    # one letter is too often a numeral, an initial or a label ("Sputnik V", "Michael O'Leary", "group A"), except the
    # Cyrillic prepositions
    return frozenset(w for w in lower if (len(w) >= 2 or w in "вкосу") and w.capitalize() in present) \
        - _POLITE - _CONTENT


def _unglue(text: str, span: Span, language: str) -> list[Span]:
    openers = _function_openers(language)
    pieces, start = [], span.start
    for m in _GLUED.finditer(text, span.start, span.end):
        word = _NEXT_WORD.match(text, m.end())
        if word is None or m.start() <= start:
            continue
        opener = word.group()
        if not opener[0].isupper() or (len(opener) > 1 and opener.isupper()) or opener.lower() not in openers:
            continue
        before = text[start : m.start()].split()
        if not before:
            continue
        previous = before[-1]
        name_end = previous[:1].isupper() and len(previous.strip(_GLUE_QUOTES + _OPENING)) >= 3
        if not (name_end or previous[-1] in _GLUE_QUOTES):
            continue
        following = _LETTER_AFTER_SPACES.match(text, word.end(), span.end)  # (a word ends right before: spaces come first)
        if following is not None and not following.group(1).islower():
            continue  # a name goes on ("Nemocnice Na Bulovce", "Ким Со Ён"), or a headline in capitals
        if len(opener) == 1 and (following is None or len(_NEXT_WORD.match(text, following.start(1)).group()) < 3):
            continue  # "Е. Иванов" (an initial), "гепатит В и С" (a letter)
        pieces.append(Span(start, m.start()))
        start = m.end()
    pieces.append(Span(start, span.end))
    return pieces


_ENDS_SENTENCE = re.compile(r"[.!?…:;。！？؟।\"'”’»)\]“]\s*$")


def _lines(text: str):
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        yield pos, nl
        pos = nl + 1


def _blocks(text: str):
    """(start, end) of each run of text that no sentence may cross: a blank line always ends one,
    a single newline too unless the text is hard-wrapped there (the line does not end a sentence
    and the next starts in lower case)."""
    block_start = block_end = None
    prev = ""
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            if block_start is not None:
                yield block_start, block_end
                block_start = None
            continue
        if block_start is not None:
            wrapped = line.lstrip()[:1].islower() and not _ENDS_SENTENCE.search(prev)
            if not wrapped:
                yield block_start, block_end
                block_start = None
        if block_start is None:
            block_start = start
        block_end = end
        prev = line
    if block_start is not None:
        yield block_start, block_end


def _split_block(text: str, start: int, end: int, language: str | None, spans: list[Span]) -> None:
    sentence_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        cut = m.end()
        if cut < end and not text[cut].isspace() and not _CJK_STOPS.intersection(m.group()):
            glued = _glued_cut(text, sentence_start, m.start(), cut, end, language)
            if glued is not None:  # "…правителство.Министрите…": a boundary without its space
                _add(text, sentence_start, glued, spans)
                sentence_start = glued
            continue  # else "3.5", "Kwork.ru", "U.S" inside a token
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        if _is_boundary(text, m.start(), cut, nxt, end, language):
            _add(text, sentence_start, cut, spans)
            sentence_start = nxt
    _add(text, sentence_start, end, spans)


# Scraped text loses the space after a full stop where a line break was: "… в британското правителство.Министрите
# на 27-те …", "… цитирана от БТА.Нормативният акт …", "… „Ройтерс“.След като …". A full stop glued between a word and a
# capitalised word is a boundary when the word before is no abbreviation ("ул.Ленина", "гр.София") and no initial
# ("Д.Рааб", "W.Brytania"), and the word after is a word, not a domain, an acronym, an address or the end of a quoted
# name ("Leave.EU", "PanARMENIAN.Net", "www.Example.org", "„Alfa.Vox”").
_GLUED_BEFORE = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{2,}|[^\W\d_]+[^\W\d_]{2})[\"'”’»“]?$")
_GLUED_AFTER = re.compile(r"([\"„“«]?)([^\W\d_][^\W\d_]*)(?=[\s,;:!?)\"”»“]|$)")


def _glued_cut(text: str, sentence_start: int, punct_start: int, cut: int, end: int, language: str | None) -> int | None:
    """Where a sentence ends at a full stop (or ! ?) with no space after it, else None."""
    punct = text[punct_start:cut]
    if punct[0] not in ".!?" or len(punct.rstrip(_CLOSING)) != 1:
        return None
    before = _GLUED_BEFORE.search(text, max(sentence_start, punct_start - 60), punct_start)
    if before is None:
        return None
    word = before.group().rstrip(_CLOSING)
    if not (word[-1].islower() and len(word) >= 3 or word.isupper()):
        return None  # "PanARMENIAN.Net", "ул.", "Д.Рааб"
    space = max(text.rfind(" ", sentence_start, before.start()), text.rfind("\n", sentence_start, before.start()))
    token = text[space + 1 : before.start()]
    if token and not set(token) <= set(_OPENING):
        return None  # the word continues a token: "www.Example", "e-mail.Ru"
    never, maybe = _abbreviations(language)
    if word.lower() in never or word.lower() in maybe:
        return None
    after = _GLUED_AFTER.match(text, cut if len(punct) == 1 else cut - (len(punct) - 1), end)
    if after is None:
        return None
    follower = after.group(2)
    if not (follower[0].isupper() and len(follower) > 1 and follower[1].islower()):
        return None  # "Leave.EU", "Kwork.ru"
    if after.end() < end and text[after.end()] in _CLOSING:
        return None  # a quoted name: "„Alfa.Vox”"
    if len(punct) == 1:
        return cut
    # "."  then a straight quote: it closes the sentence's quote when the sentence holds an odd number of them, else
    # it opens the next sentence ("цитиран от Ройтерс.\"Очаквам …")
    if punct[1:] == '"' and text.count('"', sentence_start, punct_start) % 2 == 0:
        return punct_start + 1
    return cut


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def _is_boundary(text: str, punct_start: int, cut: int, nxt: int, end: int, language: str | None) -> bool:
    punct = text[punct_start:cut]
    c = text[nxt]
    if _CJK_STOPS.intersection(punct):
        return True
    # what may start a sentence
    if c.isalpha():
        if c.islower():
            return False
    elif not (c.isdigit() or c in _OPENING):
        return False
    elif c in _DASHES and punct[-1] in _QUOTES_CLOSING and _lower_after(text, nxt + 1, end):
        return False  # "„Ще дойдем.“ – каза той.", "«Придём.» – сказал он.": the quote's attribution goes on
    terminal = punct.rstrip(_CLOSING)
    closed = len(terminal) < len(punct)
    if terminal != "." or closed:
        return True  # "?", "!", "...", or a full stop inside closing quotes
    # a single full stop: abbreviations, initials, ordinals
    lo = max(0, punct_start - 40)
    space = max(text.rfind(" ", lo, punct_start), text.rfind("\n", lo, punct_start), text.rfind("\t", lo, punct_start))
    word = text[space + 1 if space >= 0 else lo : punct_start].lstrip(_OPENING).lower()
    if not word:
        return True
    never, maybe = _abbreviations(language)
    if word in never:
        return False
    if c.isdigit():
        return not (word in maybe or len(word) == 1 and word.isalpha())
    may_end = (
        word in maybe
        or (len(word) == 1 and word.isalpha())  # an initial: "В. Путин", "J. R. R. Tolkien"
        or ("." in word and not word.endswith(".") and any(ch.isalpha() for ch in word))  # "U.S", "т.е"
        or (word.isdigit() and len(word) <= 3 and (language in _ORDINAL_DOT or language is None and len(word) <= 2))
    )
    if not may_end:
        return True
    if _INITIAL_NEXT.match(text, nxt):  # "В. В. Путин": another initial follows
        return False
    following = _NEXT_WORD.search(text, nxt, min(end, nxt + 40))
    if following is None or text[nxt : following.start()].strip(_OPENING + " "):
        return True
    opener = following.group()
    acronym = len(opener) > 1 and opener.isupper()
    return opener[0].isupper() and not acronym and opener.lower() in _openers(language)
