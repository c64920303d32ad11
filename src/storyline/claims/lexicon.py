"""Claim lexicons: per-language data files of relation triggers, reporting cues, stance cues,
reference words and time words, and matching their phrase patterns against word tokens.

A lexicon is a TOML file ``lexicons/<language>.toml`` (format in ``lexicons/README.md``). Adding a
relation or a language is adding data, never code. A phrase pattern is one or more words separated
by spaces; a word ending in ``*`` matches any word starting with it (so inflected forms are
covered: ``разговар*`` matches разговаривал, разговаривать), a word starting with ``@`` matches any
inflected form of that lemma (``@встретиться`` matches встретились, встретится: simplemma), ``_``
matches any one word, any other word matches exactly.
Matching is case-insensitive and treats ё as е.
"""

from __future__ import annotations

import json

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Token", "tokenize", "Pattern", "PatternSet", "Relation", "Lexicon", "PhraseMatch",
    "load_lexicon", "available_languages", "time_words", "LEXICON_DIR",
]

LEXICON_DIR = Path(__file__).with_name("lexicons")

# words with inner hyphens/apostrophes stay one token ("пресс-секретарь", "isn't", "Putin’s")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets into the document text
    end: int
    text: str
    norm: str  # lower-cased, ё -> е, curly apostrophe -> straight

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


# Latin letters that look like Cyrillic ones. Scraped text mixes them in ("c главой" typed with a
# Latin c, "Пyтин" with a Latin y); inside a Cyrillic context they are read as the Cyrillic letter.
_LATIN_LOOKALIKE = str.maketrans("aceopxyikmthbABCEHKMOPTXYI", "асеорхуікмтнвАВСЕНКМОРТХУІ")
_HOMOGLYPHS = set("aceopxyiAaCEHKMOPTXYIkmthbB")


_CYRILLIC = re.compile("[\u0400-\u04ff]")  # a Cyrillic letter


def _has_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


def _cyrillic_reading(word: str) -> str | None:
    """The word with Latin look-alike letters read as Cyrillic, when that is what it is: a word
    mixing scripts whose Latin letters are all look-alikes ("Пyтин", "мeждy"). Only lower-case
    letters are safe for ``translit`` (i/k/m/t/h/b only in mixed words, where their case is known)."""
    if not _has_cyrillic(word):
        return None
    latin = [ch for ch in word if ch.isascii() and ch.isalpha()]
    if not latin or any(ch not in _HOMOGLYPHS for ch in latin):
        return None
    return word.translate(_LATIN_LOOKALIKE)


@lru_cache(maxsize=1 << 17)
def normalize_word(word: str) -> str:
    """Lower case, ё as е, curly apostrophes straight, and Latin look-alikes inside a Cyrillic
    word read as Cyrillic (same length, so token offsets still point into the original text)."""
    word = _cyrillic_reading(word) or word
    return word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


# word -> normalize_word(word), for tokenize: a plain dict is cheaper to read than the lru cache
_NORMS: dict[str, str] = {}
_NORMS_SIZE = 1 << 17

_new_token = object.__new__
_set_start, _set_end, _set_text, _set_norm = (Token.start.__set__, Token.end.__set__, Token.text.__set__,
                                              Token.norm.__set__)

# single Latin letters that are also Cyrillic one-letter words (prepositions, conjunctions:
# "c главой" with a Latin c is "с главой", "a" is "а", "o" is "о", "y" is "у", "i" is Ukrainian "і")
_LONE_LOOKALIKE = {"c": "с", "a": "а", "o": "о", "y": "у", "i": "і", "k": "к", "e": "е", "x": "х", "p": "р"}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``.

    Latin look-alike letters in Cyrillic text are normalised in ``Token.norm`` only (``text`` and
    the offsets stay those of the original): inside a mixed-script word always, and a one-letter
    Latin word ("c") when the words on both sides of it are Cyrillic."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    norms = _NORMS
    if len(norms) > _NORMS_SIZE:
        norms.clear()
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        norm = norms.get(word)
        if norm is None:
            norm = norms[word] = normalize_word(word)
        token = _new_token(Token)  # (what Token(...) makes, without the frozen dataclass's slow __init__)
        token_start, token_end = m.span()
        _set_start(token, token_start)
        _set_end(token, token_end)
        _set_text(token, word)
        _set_norm(token, norm)
        append(token)
    if _CYRILLIC.search(text, start, end) is None:
        return tokens  # no Cyrillic word for a one-letter Latin word to stand between
    for i, token in enumerate(tokens):
        if token.norm not in _LONE_LOOKALIKE or len(token.text) != 1:
            continue
        lone = _LONE_LOOKALIKE[token.norm]
        before = next((t for t in reversed(tokens[max(0, i - 2) : i]) if t.is_word), None)
        after = next((t for t in tokens[i + 1 : i + 3] if t.is_word), None)
        if after is not None and _has_cyrillic(after.text) and (before is None or _has_cyrillic(before.text)):
            tokens[i] = Token(token.start, token.end, token.text, lone)
    return tokens


@lru_cache(maxsize=1 << 17)
def lemma_of(norm: str, language: str | None) -> str:
    """The dictionary form of a normalised word (simplemma), normalised the same way; the word
    itself when the language or the word is unknown to simplemma."""
    if not language:
        return norm
    try:
        import simplemma

        return normalize_word(simplemma.lemmatize(norm, lang=language))
    except (ImportError, ValueError):  # simplemma missing, or a language it does not have
        return norm


@lru_cache(maxsize=1)
def _forms_table() -> dict[str, dict[str, frozenset[str]]]:
    """`lexicons/forms.json` (built by scripts/build_lemma_forms.py): language -> @lemma word ->
    its inflected forms. Empty when the file is missing."""
    path = LEXICON_DIR / "forms.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {lang: {t: frozenset(forms) for t, forms in words.items()} for lang, words in table.items()}


@lru_cache(maxsize=None)
def _lemmas_of_forms(language: str) -> dict[str, frozenset[str]]:
    """forms.json inverted for one language: inflected form -> the @lemma words it is a form of."""
    inverted: dict[str, set[str]] = {}
    for target, forms in _forms_table().get(language, {}).items():
        for form in forms:
            inverted.setdefault(form, set()).add(target)
    return {form: frozenset(targets) for form, targets in inverted.items()}


def lexicon_lemmas_of(norm: str, language: str | None) -> frozenset[str]:
    """The lexicon's own @lemma words that `norm` is an inflected form of (forms.json), without
    loading simplemma's dictionaries: a per-document check must not cost a worker seconds and
    hundreds of MB the first time it meets a language."""
    if not language:
        return frozenset()
    return _lemmas_of_forms(language).get(norm, frozenset())


def forms_of(target: str, language: str | None) -> frozenset[str] | None:
    """The known inflected forms of ``@target`` (None when not in forms.json: ask simplemma)."""
    if not language:
        return None
    return _forms_table().get(language, {}).get(target)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One phrase: a tuple of word patterns (``("telephone", "call*")``, ``("@встретиться",)``)."""

    words: tuple[str, ...]
    source: str
    language: str | None = None  # for ``@lemma`` words

    @classmethod
    def parse(cls, phrase: str, language: str | None = None) -> "Pattern":
        words = tuple(normalize_word(w) for w in phrase.split())
        if not words:
            raise ValueError("empty pattern")
        return cls(words, phrase, language)

    def matches_at(self, tokens: list[Token], i: int) -> int:
        """Number of tokens matched starting at ``tokens[i]`` (0 when no match)."""
        n = len(self.words)
        if i + n > len(tokens):
            return 0
        for word, token in zip(self.words, tokens[i : i + n]):
            if not _word_matches(word, token.norm, self.language):
                return 0
        return n


def _word_matches(word: str, norm: str, language: str | None = None) -> bool:
    if word == "_":
        return norm[:1].isalnum()  # any one word ("по _ _ сведениям": по последним имеющимся сведениям)
    if word.endswith("*") and len(word) > 1:
        return norm.startswith(word[:-1])
    if word.startswith("@") and len(word) > 1:
        # any inflected form: the word's lemma is the pattern's word or that word's own lemma
        # (simplemma's base form of "срещна" is "срещна-(се)")
        target = word[1:]
        forms = forms_of(target, language)
        if forms is not None:  # precomputed: no dictionary to load
            return norm == target or norm in forms
        lemma = lemma_of(norm, language)
        return norm == target or lemma == target or lemma == lemma_of(target, language)
    return norm == word


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    first: int  # token index of the first matched token
    last: int  # token index of the last matched token (inclusive)
    key: str  # the pattern set's key (relation name, cue kind)
    pattern: str


_MEMO_SIZE = 50_000


def _head_is_sure(p: Pattern) -> bool:
    """Whether every token norm `_Index` lists ``p`` under matches its first word (so only the
    others need checking): true for an exact word (not ``_``), a prefix and an ``@lemma`` with
    precomputed forms; not for an ``@lemma`` left to simplemma."""
    head = p.words[0]
    if head == "_":
        return False
    if head.startswith("@") and len(head) > 1 and not (head.endswith("*") and len(head) > 1):
        return forms_of(head[1:], p.language) is not None
    return True


def _plan(candidates: tuple[Pattern, ...], sure: set[int]) -> tuple[tuple, ...]:
    """``candidates`` prepared for `_longest`: (length, source, words, first word sure, language)."""
    return tuple((len(p.words), p.source, p.words, id(p) in sure, p.language) for p in candidates)


def _longest(plan: tuple[tuple, ...], tokens: list[Token], i: int) -> tuple[int, str]:
    """(length, source) of the first longest of the planned candidates (`_plan`) matching at
    ``tokens[i]`` (``i >= 0``): what looping `Pattern.matches_at` over them gives, without
    re-checking a sure first word."""
    best, source = 0, ""
    available = len(tokens) - i
    for n, pattern_source, words, sure, language in plan:
        if n <= best or n > available:
            continue  # could not win, or runs past the tokens
        if sure:
            if n == 1:
                best, source = 1, pattern_source
                continue
        elif not _word_matches(words[0], tokens[i].norm, language):
            continue
        k = 1
        while k < n:
            word, norm = words[k], tokens[i + k].norm
            if not ((word == norm and word != "_") or _word_matches(word, norm, language)):
                break  # (a plain word matches by equality; "_", "x*", "@x" never equal a token but "_")
            k += 1
        if k == n:
            best, source = n, pattern_source
    return best, source


_NO_MATCH = (0, "")


@dataclass(slots=True)
class _Index:
    """Patterns indexed by their first word, so a token is tested with one set lookup and one
    ``str.startswith(tuple)`` instead of a loop over every pattern."""

    exact: dict[str, list[Pattern]]
    prefixes: tuple[str, ...]
    by_prefix: dict[str, list[Pattern]]
    lemmas: dict[str, list[Pattern]] = field(default_factory=dict)  # "@lemma" first words
    language: str | None = None
    # word -> its candidate patterns: a text repeats its words, and most have none, so each word
    # is looked up once (bounded: cleared when it grows past _MEMO_SIZE words)
    memo: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    lemma_forms_added: bool = False
    # ids of the patterns whose first word is matched by any token their index lists them under
    # (an exact word, a prefix, an ``@lemma`` with precomputed forms): only their other words are checked
    sure: set[int] = field(default_factory=set)
    prefixes_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ``prefixes`` by first letter
    prefix_firsts: frozenset[str] = frozenset()  # their first letters
    plans: dict[str, tuple[tuple, ...]] = field(default_factory=dict)  # norm -> `_plan` of its candidates

    @classmethod
    def of(cls, patterns: list[Pattern]) -> "_Index":
        exact: dict[str, list[Pattern]] = {}
        by_prefix: dict[str, list[Pattern]] = {}
        lemmas: dict[str, list[Pattern]] = {}
        for p in patterns:
            head = p.words[0]
            if head.endswith("*") and len(head) > 1:
                by_prefix.setdefault(head[:-1], []).append(p)
            elif head.startswith("@") and len(head) > 1:
                target = head[1:]
                forms = forms_of(target, p.language)
                if forms is None:  # not precomputed: simplemma's lemma is added on first use
                    lemmas.setdefault(target, []).append(p)
                else:
                    for form in forms | {target}:
                        exact.setdefault(form, []).append(p)
            else:
                exact.setdefault(head, []).append(p)
        language = next((p.language for p in patterns if p.language), None)
        sure = {id(p) for p in patterns if _head_is_sure(p)}
        by_first: dict[str, list[str]] = {}
        for prefix in by_prefix:
            by_first.setdefault(prefix[:1], []).append(prefix)
        return cls(exact, tuple(by_prefix), by_prefix, lemmas, language, sure=sure,
                   prefixes_by_first={first: tuple(group) for first, group in by_first.items()},
                   prefix_firsts=frozenset(by_first))

    def _add_lemma_forms(self) -> None:
        """Index each ``@lemma`` pattern under simplemma's form of its lemma too. Done on first use,
        not when the lexicon is parsed: simplemma loads a language's dictionary (seconds for Polish)
        on its first call, and most users of a lexicon (event times, summaries) never need it."""
        for head, patterns in list(self.lemmas.items()):
            for p in patterns:
                form = lemma_of(head, p.language)
                if form != head and p not in self.lemmas.get(form, ()):
                    self.lemmas.setdefault(form, []).append(p)
        self.lemma_forms_added = True

    def starts_none(self, norm: str) -> bool:
        """Whether no pattern starts with ``norm``, decided without the memo for an index without
        simplemma lemmas (one dict and one short prefix check): most words of a text start none, and
        memoising them all (every word of every text, per pattern set) costs more than it saves."""
        if self.lemmas or norm in self.exact:
            return False
        first = norm[:1]
        return first not in self.prefix_firsts or not norm.startswith(self.prefixes_by_first[first])

    def plan(self, norm: str) -> tuple[tuple, ...]:
        """`_plan` of the candidates of ``norm`` (memoised like them)."""
        found = self.plans.get(norm)
        if found is None:
            candidates = self.candidates(norm)
            if not candidates:
                return ()
            found = _plan(candidates, self.sure)
            if len(self.plans) >= _MEMO_SIZE:
                self.plans.clear()
            self.plans[norm] = found
        return found

    def candidates(self, norm: str) -> tuple[Pattern, ...]:
        found = self.memo.get(norm)
        if found is None:
            if self.starts_none(norm):
                return ()
            found = self._candidates(norm)
            if len(self.memo) >= _MEMO_SIZE:
                self.memo.clear()
            self.memo[norm] = found
        return found

    def _candidates(self, norm: str) -> tuple[Pattern, ...]:
        found = list(self.exact.get(norm, ()))
        # (a prefix the word starts with starts with its first letter; by_first keeps by_prefix's order)
        for prefix in self.prefixes_by_first.get(norm[:1], ()):
            if norm.startswith(prefix):
                found.extend(self.by_prefix[prefix])
        if self.lemmas:
            if not self.lemma_forms_added:
                self._add_lemma_forms()
            found.extend(self.lemmas.get(norm, ()))
            lemma = lemma_of(norm, self.language)
            if lemma != norm:
                found.extend(self.lemmas.get(lemma, ()))
        return tuple(found)


@dataclass(slots=True)
class PatternSet:
    """Patterns under one key, with words that look like a match but are not (``exclude``)."""

    key: str
    patterns: list[Pattern]
    exclude: list[Pattern] = field(default_factory=list)
    _index: _Index | None = None
    _exclude_index: _Index | None = None

    @classmethod
    def of(cls, key: str, phrases: list[str], exclude: list[str] | None = None,
           language: str | None = None) -> "PatternSet":
        patterns = [Pattern.parse(p, language) for p in phrases]
        excluded = [Pattern.parse(p, language) for p in exclude or []]
        return cls(key, patterns, excluded, _Index.of(patterns), _Index.of(excluded))

    def _ensure_index(self) -> _Index:
        if self._index is None:
            self._index = _Index.of(self.patterns)
        return self._index

    def _excluded(self, tokens: list[Token], i: int) -> bool:
        """Whether an ``exclude`` phrase covers token ``i``: one starting there ("срещна възражения":
        met with objections) or a longer one starting just before ("се моли": prays, not asks)."""
        if not self.exclude:
            return False
        if self._exclude_index is None:
            self._exclude_index = _Index.of(self.exclude)
        index = self._exclude_index
        if any(p.matches_at(tokens, i) for p in index.candidates(tokens[i].norm)):
            return True
        for back in (1, 2):
            j = i - back
            if j < 0:
                break
            if any(len(p.words) > back and p.matches_at(tokens, j) for p in index.candidates(tokens[j].norm)):
                return True
        return False

    def _best(self, tokens: list[Token], i: int) -> tuple[int, str]:
        index = self._index or self._ensure_index()
        norm = tokens[i].norm
        plan = index.plans.get(norm)
        if plan is None:
            if index.starts_none(norm):
                return _NO_MATCH
            plan = index.plan(norm)
        if not plan or (self.exclude and self._excluded(tokens, i)):
            return _NO_MATCH
        if i < 0:  # (offsets from the end: as `Pattern.matches_at` reads them)
            best, source = 0, ""
            for pattern in index.candidates(norm):
                n = pattern.matches_at(tokens, i)
                if n > best:
                    best, source = n, pattern.source
            return best, source
        return _longest(plan, tokens, i)

    def match_at(self, tokens: list[Token], i: int) -> int:
        """Length of the longest pattern matching at ``i`` (0 when none, or when excluded)."""
        return self._best(tokens, i)[0]

    def may_start(self, norm: str) -> bool:
        """Whether some pattern's first word matches this token norm (a quick filter)."""
        index = self._index or self._ensure_index()
        candidates = index.memo.get(norm)
        if candidates is None:
            candidates = index.candidates(norm)
        return bool(candidates)

    def starts_in(self, tokens: list[Token], first: int = 0, stop: int | None = None) -> list[int]:
        """The indices of ``tokens[first:stop]`` where `may_start` holds, ascending."""
        index = self._index or self._ensure_index()
        starts = index.candidates if index.lemmas else (lambda norm: not index.starts_none(norm))
        return [i for i in range(first, len(tokens) if stop is None else stop) if starts(tokens[i].norm)]

    def find(self, tokens: list[Token], positions: list[int] | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches, longest first at each position, left to right (``positions``:
        the only token indices, ascending, where a match may start, when the caller knows them)."""
        candidates = (self._index or self._ensure_index()).candidates
        found, free = [], 0  # free: the first token not inside a match already found
        for i in range(len(tokens)) if positions is None else positions:
            if i < free or not candidates(tokens[i].norm):
                continue
            best, source = self._best(tokens, i)
            if best:
                found.append(PhraseMatch(i, i + best - 1, self.key, source))
                free = i + best
        return found


@dataclass(slots=True)
class Relation:
    name: str
    cameo: str
    noun: str  # English noun for summaries ("contact", "meeting")
    triggers: PatternSet
    directed: bool = False  # agent -> patient (invite, request, visit): one party before, one after
    places: bool = False  # a place can be a party ("visit to India")
    # round 28: a relation that lasts (cooperation): cancelling it ends what held, it does not deny it
    lasting: bool = False
    # words of the relation too generic to stand for the document's established relation when their
    # sentence names no parties ("agreements", "dohody"): they take no implied parties
    generic: PatternSet | None = None
    # ambiguous words of the relation that count only with a partner marker after them ("deal with
    # X", "deal between X and Y") or a person or organisation before them in their clause ("X struck
    # a deal"): "a better deal on AirPods" is a bargain, not an agreement between parties
    needs_partner: PatternSet | None = None
    # the relation's nouns ("talks", "meeting", "переговоры", "rozmowy"): only a noun refers back to a
    # relation the document established ("The talks will resume"); a verb without its subject or object
    # in its clause ("calling for more blood") does not, so only nouns take implied parties
    nouns: PatternSet | None = None
    # words that also mean addressing someone ("turned to", "обратился к", "zwrócił się do"): followed
    # in their clause by an ``address_words`` noun ("с речью", "with a speech") or by "and" and a speech
    # verb ("turned to the Senate and said") they are an address, no request
    addressing: PatternSet | None = None
    address_words: PatternSet | None = None
    # round 27: words of receiving ("received", "принял", "přijal", "a été reçue par") that are a
    # meeting only with a person as their object or passive agent ("received X", "was received by X";
    # a role noun: "received the chancellor"): "received a letter", "принял решение" are no meeting
    needs_person: PatternSet | None = None
    # round 47: words of being ready to take someone in ("ready to receive X", "готовы принять X"): an
    # invitation only with a person named right after them (not "ready to receive the shipment")
    takes_in: PatternSet | None = None
    # round 48: phrases of the relation's noun whose maker is named right after them, an adjunct of another
    # relation's clause ("visited X at the invitation of Y", "по покана на Y", "na zaproszenie Y"): a claim of
    # its own between that maker and the other relation's agent
    by_phrases: PatternSet | None = None


@dataclass(slots=True)
class Lexicon:
    language: str
    relations: list[Relation]
    speech: PatternSet
    publish: PatternSet
    according: PatternSet
    media: PatternSet
    quoting: PatternSet  # round 32: "цитира ТАСС X", "Tass quoted X": the outlet relays the person quoted after it
    citing: PatternSet  # round 79: "citing", "со ссылкой на", "powołując się na": after an outlet's cue, the source it cites speaks, the outlet relays
    telling: PatternSet  # round 44: speech verbs whose first object is whom it was told ("told CNBC Acme is …"): an organisation right after one is the addressee, even when a name opens the content
    passive_auxiliaries: PatternSet  # round 32: "X was accused", "X was told": before a speech verb, a passive: X is no source
    passive_agents: PatternSet  # round 32: ... unless its agent follows ("was said by X": X is the source)
    anonymous: PatternSet
    deny: PatternSet
    confirm: PatternSet
    negation: PatternSet
    not_negation: PatternSet
    anaphora: PatternSet
    person_pronouns: PatternSet
    first_person: PatternSet
    plural_pronouns: PatternSet
    place_prepositions: PatternSet
    possessive_pronouns: PatternSet
    partner_prepositions: PatternSet
    relative: PatternSet
    participles: PatternSet
    articles: PatternSet
    conjunctions: PatternSet
    complementizers: PatternSet
    according_prefix: PatternSet
    back_reference: PatternSet
    plural_possessive: PatternSet
    topic_prepositions: PatternSet
    roles: PatternSet
    organisation_nouns: PatternSet  # "the airline", "компанията": the document's protagonist organisation
    origin_prepositions: PatternSet  # "from", "от": a place after them is not the place visited
    place_nouns: PatternSet  # "capital", "столицата": "в столицата Исламабад" is still "in Islamabad"
    between: PatternSet  # "between", "между": the parties follow, coordinated
    collective_roles: PatternSet  # "representatives", "лидерите": "representatives of X" names X as the party
    counterpart_nouns: PatternSet  # round 76: "counterparts", "колегите", "spojence": "with his counterparts from X" names X
    addressee_prepositions: PatternSet  # "к", "към", "do": "обратился к X" -> X is the addressee, not a place
    clause_conjunctions: PatternSet  # "but", "а", "однако": after a comma they open a clause of their own
    owner_words: PatternSet
    owner_genitive: bool
    role_groups: list[set[str]]  # role patterns naming the same position
    time: dict
    negation_prefixes: tuple[str, ...] = ()  # negation glued to the verb: Czech "nesetkali se"
    # "nicht" after the verb it negates (German main clauses: "traf Musk nicht", "telefonierte nicht mit")
    trailing_negation: PatternSet = field(default_factory=lambda: PatternSet.of("trailing_negation", []))
    # round 43: conjunctions opening a conditional clause ("if", "ако", "если", "jeśli", "pokud"): a relation
    # negated inside one is a possibility weighed, not denied ("if no deal is reached with Y")
    conditionals: PatternSet = field(default_factory=lambda: PatternSet.of("conditionals", []))
    # round 27: verbs of talking that take their topic as a direct object ("discuss", "обсуждать",
    # "omawiać"): negated with a topic after them ("did not discuss sanctions") they deny the topic, not
    # that the parties had contact
    topic_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("topic_verbs", []))
    # the subject may follow its reporting verb inside a clause ("Am Dienstag sagte Peskow")
    inverted_subjects: bool = False
    # tokens before the relation word within which its parties are looked for (verb-final clauses
    # put the subject further away: "Merz und Macron wollen sich am 15. März in Berlin treffen")
    window_before: int = 10
    # the verb ends its clause (German participles and subordinate clauses): a directed relation's
    # agent and patient may both stand before it ("Macron hat Merz eingeladen")
    verb_final: bool = False
    # round 27: the preposition of a passive's agent before a verb-final participle ("von"): "wurde von X
    # empfangen" has X for the one receiving (``needs_person`` words)
    agent_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("agent_prepositions", []))
    # cues after their source ("dem Kreml zufolge", "Medienberichten zufolge")
    according_after: PatternSet = field(default_factory=lambda: PatternSet.of("according_after", []))
    # "the union", "odbory", "профсоюз" without a name after them: the document's trade union
    union_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("union_nouns", []))
    # "a", "ein", "un": a role noun after one is someone unnamed ("according to a spokesman")
    indefinite_articles: PatternSet = field(default_factory=lambda: PatternSet.of("indefinite_articles", []))
    # "в", "от", "v": "в Кремле заявили" (in the Kremlin they said) - the institution after them speaks
    institution_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("institution_prepositions", []))
    # "to", "zu": a speech verb followed by one commits rather than reports ("pledged to deepen")
    commitment_markers: PatternSet = field(default_factory=lambda: PatternSet.of("commitment_markers", []))
    # round 95: "draft", "návrh", "проект": a publishing verb whose object is one publishes a document, it reports nothing
    published_texts: PatternSet = field(default_factory=lambda: PatternSet.of("published_texts", []))
    # "whether", "ли", "дали", "czy", "ob": a relation inside an embedded question is not asserted
    embedded_questions: PatternSet = field(default_factory=lambda: PatternSet.of("embedded_questions", []))
    # "je", "so": an auxiliary before a reporting verb after a comma ("…, je dejal Golob")
    auxiliaries: PatternSet = field(default_factory=lambda: PatternSet.of("auxiliaries", []))
    # "progress", "результат": "no progress in the talks" negates the outcome, not the talks
    outcome_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("outcome_nouns", []))
    # round 100: words of a model or pattern a deal follows ([stance] ``model_words``: "model", "модела", "wzór"):
    # one right after the relation word that a denial before it rules out makes the denial of the form, not the deal
    model_words: PatternSet = field(default_factory=lambda: PatternSet.of("model_words", []))
    # "planned", "планируется", "geplant": a negation before them later in the relation word's clause
    # denies the relation ("a meeting between X and Y is not planned")
    occurrence: PatternSet = field(default_factory=lambda: PatternSet.of("occurrence", []))
    # round 28: "cancelled", "called off", "отменил", "odwołane", "zrušena", "abgesagt": a relation word
    # with one in its clause (right before it as its verb, or after it as its predicate) is denied
    cancel: PatternSet = field(default_factory=lambda: PatternSet.of("cancel", []))
    # round 28: separable verbs of refusing or cancelling ("lehnte … ab", "sagte … ab"): (verb pattern,
    # particle) pairs; the verb before the relation word and the particle closing its clause after it deny it
    separable_deny: tuple = ()
    # round 33: nouns of invitations, offers and requests: a refusal cue whose object is one ("declined Y's
    # invitation", "odrzucił zaproszenie Y") answers it: the invitation was made, it is not denied
    answered: PatternSet = field(default_factory=lambda: PatternSet.of("answered", []))
    # round 33: verbs that predicate something of a relation noun as their object ("make the talks easier",
    # "зробить переговори легшими", "neohrozí partnerství"): a negation before them negates them, not the relation
    object_predicates: PatternSet = field(default_factory=lambda: PatternSet.of("object_predicates", []))
    # round 33: verbs of making that predicate of their object only with a complement after it ("will not make
    # the talks easier", "не правят сделката … по-вероятна"); without one they are light verbs ("has not made contact
    # with Y", "did not make a deal with Y": denied)
    result_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("result_verbs", []))
    # round 35: words of a photo credit ("foto: Reuters", "Фото: БТА"): the names right after them and a colon
    # took the picture, they are no party of a relation in the text the sentence splitter joined to it
    credits: PatternSet = field(default_factory=lambda: PatternSet.of("credits", []))
    # round 48: nouns of a relation's details ("details", "detaily", "подробности"): a relation noun
    # right after one ("Details of the deal are not known") whose sentence names no party is what is (not)
    # known about a relation told before, no claim of its own
    detail_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("detail_nouns", []))
    # round 46: singular nouns of a deal or agreement ([relations.negotiate] ``deal_nouns``: "deal", "споразумение",
    # "dohoda", "umowa", "porozumienie"; ``deal_exclude``: consent, "with the agreement of", "de acuerdo"): in a
    # document whose negotiation sides are established, one whose sentence names a side and no one else is
    # their negotiation (`implied.deal_parties`)
    deal_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("deal_nouns", []))
    # round 52: verbs of concluding a deal ([relations.negotiate] ``deal_verbs``: "reached", "struck", "постигн*",
    # "zawar*", "uzavř*"): a deal noun followed by a (relative) clause with one of them, its subject and a partner
    # ("the deal that X reached with Y") has those two for parties (`extract._concluded_pair`)
    deal_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("deal_verbs", []))
    # round 58: [relations.request] verbs of pressing whose addressee may stand before them after their own
    # preposition (``fronted_verbs``: "tlačí", "naléhají", "naciska"; ``fronted_prepositions``: "na"): "X na Y
    # naléhají, aby …" is a request of X to Y (`extract._fronted_requests`)
    fronted_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("fronted_verbs", []))
    fronted_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("fronted_prepositions", []))
    # round 60: common nouns of a union of states ([relations.negotiate] ``membership_unions``: "the union", "the bloc",
    # "съюза", "Общността", "unie", "Wspólnoty"): in a membership phrase ("Britain's exit from the union") they name the
    # document's one union (an organisation whose own name holds such a noun: "Evropská unie"), `implied.membership_sides`
    membership_unions: PatternSet = field(default_factory=lambda: PatternSet.of("membership_unions", []))
    # round 81: words of what is bargained over ([relations.contact] ``negotiated_topics``: trade, a deal, terms, a
    # coalition: "obchodní*", "koalicyjn*", "търгов*", "warunk*"): talks whose topic is one are negotiations
    # ("rozmowy koalicyjne", "Rozhovory o budoucnosti obchodních vztahů"; `extract._negotiated_topic`)
    negotiated_topics: PatternSet = field(default_factory=lambda: PatternSet.of("negotiated_topics", []))
    # round 61: prepositions of a time after an event ([references] ``after_prepositions``: "after", "после", "след",
    # "po"): a name right after them is that event ("the trade deal with X after Brexit"), no party
    after_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("after_prepositions", []))
    # round 73: prepositions of lying outside ([references] ``outside_prepositions``: "outside", "извън", "mimo",
    # "poza", "вне"): a name right after them is outside the relation ("a deal with a state outside the EU"), no party
    outside_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("outside_prepositions", []))
    # round 73: a state's form nouns that take names after them in its full name ([references] ``kingdom_nouns``:
    # "kingdom", "królestwo", "кралство"): a name joined by "and" to such a mention is the rest of the full name
    kingdom_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("kingdom_nouns", []))
    # round 73: verbs of calling or describing ([references] ``naming_verbs``: "called", "назвала", "nazwał",
    # "označil"): right before a relation noun their subject judges the relation ("X called Y's letters part of a
    # campaign"), no party of it
    naming_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("naming_verbs", []))
    # round 78: verbs of influencing ([references] ``influence_verbs``: "influence", "повлияят на", "wpłynąć na"): right
    # before a relation noun their subject acts on the relation from outside ("to influence the talks with X"), no party
    influence_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("influence_verbs", []))
    # round 78: nouns of kin ([references] ``kin_nouns``: "husband", "córkę", "дъщерите", "семьи"): a name owning one
    # right after it is whose kin they are ("met X's husband and daughter"), no party — the kin, unnamed, is
    kin_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("kin_nouns", []))
    # round 82: plural nouns of the members of a parliament or party, or of a body's staff ([references]
    # ``member_nouns``: "MPs", "poslanců", "депутаты", "служителите"): a name owning one right after it is whose
    # members act ("seven MPs of X asked", "the staff of X must travel"), no party
    member_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("member_nouns", []))
    # round 84: ``additive_particles`` ("also", "tudi", "также"): between a visit verb and the place after it they
    # leave the place the verb's object ("Obiskal je tudi mesto X": X is visited)
    additive_particles: PatternSet = field(default_factory=lambda: PatternSet.of("additive_particles", []))
    # round 90: ``state_group_nouns`` ("countries", "te države", "эти страны"): plural nouns of states; one before a
    # relation word is its subject, a group the clause does not name, so the speaker is not the other side
    state_group_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("state_group_nouns", []))
    # round 90: ``naming_phrases`` ("called", "o nazwie", "под названием"): a name right after one is what the noun
    # before it is called ("a company called X"), never the topic of a topic preposition inside the phrase
    naming_phrases: PatternSet = field(default_factory=lambda: PatternSet.of("naming_phrases", []))
    # round 64: endings of nouns of action ([references] ``action_noun_endings``: "ání", "ение", "anje") that the
    # language's adjective endings also match ("setrvání", "освобождение"): such a word is a noun ("požaduje setrvání X")
    action_noun_endings: tuple[str, ...] = ()
    # round 70: endings of the plural names of peoples ([references] ``people_name_endings``: pl "cy", "anie"; cs
    # "ové", "ané"; ru "цы", "ане", "яне"): a one-word person mention whose lemma ends so ("Polacy", "Britové") names
    # a people, a group, never one person, so no party
    people_name_endings: tuple[str, ...] = ()
    # round 91: endings of the plural forms of role nouns ([references] ``plural_role_endings``: ru "ам", "ами", "ов";
    # bg "ите", "и"; pl "ów", "ami"): a role noun in a plural form ("немецким бизнесменам", "депутатите",
    # "polityków") is a group no one person of the document stands for, so it is resolved to no holder
    plural_role_endings: tuple[str, ...] = ()
    # round 42: reciprocal pronouns ("each other", "друг с другом", "ze sobą", "spolu", "med seboj") after or
    # before a symmetric relation word: its parties are the names of its coordinated subject ("X and Y talked
    # with each other")
    reciprocals: PatternSet = field(default_factory=lambda: PatternSet.of("reciprocals", []))
    # round 56: [stance] words of agreeing and of the deal a negotiation seeks ("agree*", "dohod*", "споразумени*",
    # "porozumie*") and words that make their negation an unfinished one ("yet", "still", "so far", "managed",
    # "zatím", "още", "успя*", "пока", "jeszcze"): "X and Y have not yet agreed", "X and Y fail to conclude a deal"
    # tell of talks without a result (asserted), as "no progress in the talks" does
    agreement_words: PatternSet = field(default_factory=lambda: PatternSet.of("agreement_words", []))
    unfinished: PatternSet = field(default_factory=lambda: PatternSet.of("unfinished", []))
    # round 53: [stance] verbs of refusing ("refused to", "отказался", "odmówił", "odmítl", "zavrnil"): a refusal
    # whose object is a relation word ("refused to negotiate with Y", "отказался встретиться с Y") is the refuser's
    # own stance, a party's: the relation is denied, and the refuser is no source (speaker) of it
    refusals: PatternSet = field(default_factory=lambda: PatternSet.of("refusals", []))
    # round 53: [reporting] object forms of the person pronouns ("him", "него", "go", "ho", "ihn"): one after the
    # subject its clause names is an object, which never names that subject ("X invited him": someone else)
    object_pronouns: PatternSet = field(default_factory=lambda: PatternSet.of("object_pronouns", []))
    # round 42: the [time] table's bounds ("before", "after", "until", "преди", "před", "przed"): one that is no
    # place preposition, before a relation noun, makes it when something else happens, not its content
    time_bounds: PatternSet = field(default_factory=lambda: PatternSet.of("time_bounds", []))
    # round 63: [relations.request] ``letter_demands`` ("with a demand", "с искане", "z żądaniem"): right after a contact
    # word's phrase (a letter, a call) they make it a request ("a letter to X with a demand for …")
    letter_demands: PatternSet = field(default_factory=lambda: PatternSet.of("letter_demands", []))
    # round 63: [stance] ``refusal_infinitives`` ("refuse to", "отказаться", "odmówić", "odmítnout"): right before the
    # relation word they deny it ("plans to refuse to renew the agreement with Y")
    refusal_infinitives: PatternSet = field(default_factory=lambda: PatternSet.of("refusal_infinitives", []))
    # round 63: [time] ``other_events`` (an expiry, a founding, a leaving: "expires", "vyprší", "founded", "напусне"): a
    # time right after one is that event's, not the relation's ("the deal with Y expires in 2022")
    other_events: PatternSet = field(default_factory=lambda: PatternSet.of("other_events", []))
    # round 68: [reporting] ``persuasion_passives`` ("was convinced by", "est convaincu par", "przekonany przez"): a
    # speech cue of being convinced that goes on with the agent of a passive is persuasion, not speech ("X was
    # convinced by Y to meet Z": Y is no speaker)
    persuasion_passives: PatternSet = field(default_factory=lambda: PatternSet.of("persuasion_passives", []))
    # "in an interview with", "в интервью", "w rozmowie z": the name after them interviewed the
    # speaker (an outlet relaying the words), never the speaker nor a party; the talk is no relation
    interview: PatternSet = field(default_factory=lambda: PatternSet.of("interview", []))
    # "to" (en): an infinitive marker; right after a relation word it opens the content ("the request
    # to investigate X"): the names after it are no parties
    infinitive_markers: PatternSet = field(default_factory=lambda: PatternSet.of("infinitive_markers", []))
    # "to" (en), "пред" (bg): after a speech verb they introduce whom it was said to ("said to the BBC")
    told_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("told_prepositions", []))
    # round 36: "at", "на", "na": right after an attribution, before a relation noun, where the words were said
    # ("said X at a joint press conference with Y": the meeting is the setting, told by the text; as ``during``)
    saying_places: PatternSet = field(default_factory=lambda: PatternSet.of("saying_places", []))
    # round 24: "медии", "СМИ", "médií", "media": the press in general, no one outlet ("according to
    # British media" is not the outlet named last)
    group_media: PatternSet = field(default_factory=lambda: PatternSet.of("group_media", []))
    # "reporters", "журналистам": "spoke to reporters" is how a statement was made, not a relation
    audience_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("audience_nouns", []))
    # "who", "который", "který": a relative pronoun is the subject of the verb after it
    relative_pronouns: PatternSet = field(default_factory=lambda: PatternSet.of("relative_pronouns", []))
    # "government", "власти", "úřady": a state's government, named by the state's adjective
    government_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("government_nouns", []))
    # "husband", "адвокат": roles held towards a person, whose name usually follows ("адвокат Биби")
    relational_roles: PatternSet = field(default_factory=lambda: PatternSet.of("relational_roles", []))
    # round 32: copulas giving the name before them the role after them ("X is Y's press secretary")
    copulas: PatternSet = field(default_factory=lambda: PatternSet.of("copulas", []))
    # round 55: endings of a masculine dative ("премьер-министру Петру Иванову", "premiérovi Novákovi"): a name
    # or role so ending right after a letter or message noun is whom it was sent to (a partner)
    dative_endings: tuple[str, ...] = ()
    # round 50: a comparison before a partner preposition ("broader than the one with X"): X is compared, no party
    comparisons: PatternSet = field(default_factory=lambda: PatternSet.of("comparisons", []))
    # round 50: nouns of a meeting event ("summit", "szczyt"): a place after them and a place preposition is the setting
    setting_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("setting_nouns", []))
    # round 47: prepositions that, right after a request word, mark the one asked ("потребовать от России",
    # "żądać od Niemiec", "demanded from X"): a place or organisation after one is a party, no origin
    asked_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("asked_prepositions", []))
    # round 47: after a comma, before the named members of an unnamed group ("several countries, including X
    # and Y", "kilka krajów …, w tym X i Y"): with no other agent, the members invite or ask
    inclusion_markers: PatternSet = field(default_factory=lambda: PatternSet.of("inclusion_markers", []))
    # round 45: definite articles and demonstratives ("the", "that"): a relation noun after one ("the July
    # 25 call", "that call") refers back to the event the document told, with its parties
    definite_determiners: PatternSet = field(default_factory=lambda: PatternSet.of("definite_determiners", []))
    # round 40: roles held towards a person, in their base form: an inflected name right after one
    # owns the role ("Советник Трампа встретился …", "doradca Trumpa"), it does not hold it
    aide_roles: PatternSet = field(default_factory=lambda: PatternSet.of("aide_roles", []))
    # "during", "в ходе", "w trakcie": a relation noun after them is the setting, which took place
    during: PatternSet = field(default_factory=lambda: PatternSet.of("during", []))
    # "without", "без", "brez": a relation word right after them does not exist ("a no-deal exit")
    absence: PatternSet = field(default_factory=lambda: PatternSet.of("absence", []))
    # "se" (cs): a partner preposition that is also a reflexive pronoun ("jednání se uskuteční")
    reflexives: PatternSet = field(default_factory=lambda: PatternSet.of("reflexives", []))
    # round 86: "си", "свой", "swój", "svůj": the possessive of the clause's own subject; on a relation noun it names
    # its owner, a party ("по време на срещите си с X и Y той …")
    reflexive_possessives: PatternSet = field(default_factory=lambda: PatternSet.of("reflexive_possessives", []))
    # "where", "when", "kde", "где": after a comma they open a clause about the place or time before
    # them, so names before the comma are no parties of a relation word after them
    setting_relatives: PatternSet = field(default_factory=lambda: PatternSet.of("setting_relatives", []))
    # "exit", "accession", "выход", "przystąpienie": "talks on X's exit from Y" are between X and Y
    membership_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("membership_nouns", []))
    # round 37: "да" (bg), "naj", "aby", "чтобы": after the one asked, they open what a request asks
    # for ("Призовават X да уволни Y"): a name after them is its content, not a party
    request_content_markers: PatternSet = field(default_factory=lambda: PatternSet.of("request_content_markers", []))
    # round 17: "mediate", "посредничи", "pośredniczyć": a relation word of mediation; its subject is a
    # party besides the two sides named after "between" ("X is ready to mediate between Y and Z")
    mediation: PatternSet = field(default_factory=lambda: PatternSet.of("mediation", []))
    # languages that drop a subject pronoun ("S Olegem se sešel v úterý": he met Oleg on Tuesday)
    drops_subjects: bool = False
    # "se", "się", "се", "sich": reflexive particles standing before a verb
    reflexive_particles: PatternSet = field(default_factory=lambda: PatternSet.of("reflexive_particles", []))
    sequence_words: PatternSet = field(default_factory=lambda: PatternSet.of("sequence_words", []))
    # round 27: clause-opening adverbs of place ("там", "tam", "allí"): like the sequence words, they leave
    # a verb after them without a subject ("Там встретился с X": the person the text is about)
    place_adverbs: PatternSet = field(default_factory=lambda: PatternSet.of("place_adverbs", []))
    # "lawyers", "diplomats", "юристы": nouns of groups of people; a place or organisation right before
    # one only says whose they are ("the US lawyers are demanding"): the unnamed group acts
    people_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("people_nouns", []))
    # round 105: "organise", "организовать", "zorganizować": right before a symmetric relation noun whose sides follow
    # it, the subject arranges the meeting and is none of its sides ("X helped organise the meeting of Y with Z")
    organiser_verbs: PatternSet = field(default_factory=lambda: PatternSet.of("organiser_verbs", []))
    # round 105: passive participles of directed relation verbs ("zaproszeni", "поканен") and the prepositions of
    # their agent ("przez", "от"): with no agent, every name is invited and the one who invites is unnamed
    passive_participles: PatternSet = field(default_factory=lambda: PatternSet.of("passive_participles", []))
    participle_agents: PatternSet = field(default_factory=lambda: PatternSet.of("participle_agents", []))
    # round 105: nouns of unnamed persons ("хора", "пациент", "people", "a patient"): before a comma and a relation
    # word (a participle or relative phrase on them), they are its subject, whom no mention names
    person_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("person_nouns", []))
    # "attorney general", "ministry", "прокуратур*": words in an organisation's name that make it an
    # authority or office, never what "the company" or "the airline" stands for
    authority_words: PatternSet = field(default_factory=lambda: PatternSet.of("authority_words", []))
    # "for", "o", "о": after a request word, before a common noun, what is asked for ("asked for help")
    content_prepositions: PatternSet = field(default_factory=lambda: PatternSet.of("content_prepositions", []))
    # "relations", "отношения", "border": the names after their partner word are a topic, not parties
    topic_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("topic_nouns", []))
    # round 19: "the border between X and Y", "ruch graniczny pomiędzy X i Y": two neighbours, no sides of talks
    border_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("border_nouns", []))
    # "ый", "ого", "ý", "ski": endings of adjective forms: an adjective right before a bare common noun
    # describes another body ("škotsko sodišče")
    adjective_endings: tuple[str, ...] = ()
    # "ть", "ć": endings of an infinitive; one right after a request word is what is asked, no addressee
    infinitive_endings: tuple[str, ...] = ()
    # endings of first-person verb forms in languages that drop the subject pronoun ("Žádám", "prosimo",
    # "прошу"): a relation verb with one has "I"/"we" as its subject (references.first_person_endings)
    first_person_endings: tuple[str, ...] = ()
    # endings of a verb's dictionary form (simplemma), which tell a verb from a noun: the infinitive
    # endings unless given (cs leaves ``infinitive_endings`` empty: its "-t" also ends other words)
    verb_lemma_endings: tuple[str, ...] = ()
    # "pipeline", "газопровод", "szczepionka": a name right before or after one names a thing, no party
    thing_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("thing_nouns", []))
    # round 101: "pravidel", "rules of": rules, norms and standards; a name right after one owns the rules
    # ("trade on the rules of the WTO"): what is talked about, no party
    rule_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("rule_nouns", []))
    # round 14: "we", "нас", "nasz*": the first person plural; a person whose role phrase names the
    # organisation they work for ("X, general manager at Y") says "we" for that organisation
    plural_first_person: PatternSet = field(default_factory=lambda: PatternSet.of("plural_first_person", []))
    # round 14: "take part", "участие", "udział": the group after them takes part in the relation word
    # before them ("В переговорах примут участие X и Y"), however long its role phrases make it
    participation: PatternSet = field(default_factory=lambda: PatternSet.of("participation", []))
    # round 14, gender agreement of person pronouns ("she" -> the nearest person of that gender): the
    # pronouns of each gender (subsets of ``person_pronouns``), the titles before a name that give a
    # person's gender ("Mrs", "г-жа", "pani"), the endings of a past-tense verb right after a subject
    # name that agree with it ("Мэй заявила", "Nowak powiedział") and of a surname's forms that are
    # only feminine ("Merkelová", "Kowalska")
    masculine_pronouns: PatternSet = field(default_factory=lambda: PatternSet.of("masculine_pronouns", []))
    feminine_pronouns: PatternSet = field(default_factory=lambda: PatternSet.of("feminine_pronouns", []))
    masculine_titles: PatternSet = field(default_factory=lambda: PatternSet.of("masculine_titles", []))
    feminine_titles: PatternSet = field(default_factory=lambda: PatternSet.of("feminine_titles", []))
    masculine_verb_endings: tuple[str, ...] = ()
    feminine_verb_endings: tuple[str, ...] = ()
    feminine_name_endings: tuple[str, ...] = ()
    # round 14: the endings of ``first_person_endings`` that are plural ("amy" pl, "ем" ru): "we"
    plural_first_person_endings: tuple[str, ...] = ()
    # round 15: the endings of a suffixed definite article (bg "-ът", "-та"): a role noun without one
    # and without a name after it names someone unnamed ("каза банкер пред Ройтерс"), like "a banker"
    definite_endings: tuple[str, ...] = ()
    # round 16: endings of a plural verb form ("jednají", "spotkali", "встретятся") and plural
    # auxiliaries next to the verb ("budou", "będą", "bodo"): a plural verb with a dropped subject is
    # "they", the parties of the claim just made ("Jednat budou o spolupráci")
    plural_verb_endings: tuple[str, ...] = ()
    plural_auxiliaries: PatternSet = field(default_factory=lambda: PatternSet.of("plural_auxiliaries", []))
    # filters over several pattern sets at once, so most tokens are ruled out by one lookup
    # "the ministry", "the league", "министерство", "vláda": nouns of institutions that stand for an
    # entity only where the document links them to one ("the Russian ministry of defence", "Liga X")
    institution_nouns: PatternSet = field(default_factory=lambda: PatternSet.of("institution_nouns", []))
    # the nouns of organisation_nouns, union_nouns, government_nouns and institution_nouns without a
    # leading article ("the airline" -> "airline"), per table: how titles write them ("the Irish airline X")
    noun_heads: dict[str, PatternSet] = field(default_factory=dict)
    relation_heads: PatternSet | None = None  # every relation trigger
    cue_heads: PatternSet | None = None  # every reporting and stance cue (according, publish, speech, deny, confirm)
    # (relations, their number, name -> relation): `relation`'s table, built on first use
    _by_name: tuple | None = field(default=None, compare=False, repr=False)
    # (relations, their number, (relation, pattern) pairs, word -> the pairs its form matches): `_fronted_partner_verbs`'s
    # table, built on first use
    _partner_verbs: tuple | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        articles = {w for p in self.articles.patterns for w in p.words}
        self.noun_heads = {
            table.key: PatternSet.of(f"{table.key}.heads", sorted({
                " ".join(p.source.split()[1:]) if len(p.words) > 1 and p.words[0] in articles else p.source
                for p in table.patterns}), language=self.language)
            for table in (self.organisation_nouns, self.union_nouns, self.government_nouns, self.institution_nouns)}
        self.relation_heads = PatternSet.of("relation", [p.source for r in self.relations for p in r.triggers.patterns],
                                            language=self.language)
        self.cue_heads = PatternSet.of("cue", [p.source for s in (self.according, self.publish, self.speech,
                                                                  self.deny, self.confirm, self.according_after,
                                                                  self.naming_verbs)
                                               for p in s.patterns],
                                       language=self.language)

    def relation(self, name: str) -> Relation | None:
        by_name = self._by_name
        if by_name is None or by_name[0] is not self.relations or by_name[1] != len(self.relations):
            table: dict[str, Relation] = {}
            for r in self.relations:
                table.setdefault(r.name, r)  # (the first of a name, as a scan finds it)
            by_name = self._by_name = (self.relations, len(self.relations), table)
        return by_name[2].get(name)

    @property
    def singular_verb_endings(self) -> tuple[str, ...]:
        """The endings of a past-tense verb of one man or one woman ("powiedział", "заявила")."""
        return self.masculine_verb_endings + self.feminine_verb_endings

    def verb_gender(self, norm: str) -> str | None:
        """"f" or "m" when the verb's ending says one woman or one man, else None."""
        if norm.endswith(self.feminine_verb_endings):
            return "f"
        if norm.endswith(self.masculine_verb_endings):
            return "m"
        return None

    def negated_form(self, norm: str) -> str | None:
        """The relation word inside a word with a glued negation prefix ("nesetkali" -> "setkali"),
        None when the word is no such form."""
        for prefix in self.negation_prefixes:
            rest = norm[len(prefix):]
            if norm.startswith(prefix) and len(rest) > 2 and self.relation_heads.may_start(rest):
                return rest
        return None

    def find_relations(self, tokens: list[Token], positions: list[int] | None = None) -> list[PhraseMatch]:
        """Relation triggers in token order; where two relations match at one place the longer wins
        (a word with a glued negation is matched without it: "nesetkali" as "setkali"). ``positions``:
        the indices where `relation_heads` may start, when the caller knows them (no negation prefixes)."""
        if self.negation_prefixes:
            tokens = [Token(t.start, t.end, t.text, rest) if (rest := self.negated_form(t.norm)) else t for t in tokens]
            positions = None
        if positions is None:
            positions = self.relation_heads.starts_in(tokens)
        if not positions:
            return []
        matches = [m for r in self.relations for m in r.triggers.find(tokens, positions)]
        matches += self._fronted_partner_verbs(tokens, matches)
        matches.sort(key=lambda m: (m.first, -(m.last - m.first)))
        kept: list[PhraseMatch] = []
        for m in matches:
            if kept and m.first <= kept[-1].last:
                continue
            kept.append(m)
        return [_verb_of_split_phrase(m) for m in kept]

    def _fronted_partner_verbs(self, tokens: list[Token], matches: list[PhraseMatch], reach: int = 8
                               ) -> list[PhraseMatch]:
        """Round 30: a verb whose trigger needs its partner preposition right after it ("mluvil* s",
        "говори* з") with the partner fronted before it in its clause ("S X nikdy nemluvil", "Kubát s X
        nikdy nemluvil", "З X він ніколи не говорив"): the verb alone, when the same preposition and a
        capitalised word stand within ``reach`` words before it, with no punctuation between; only a
        past verb (a gendered or plural ending), and a preposition no other trigger took."""
        cached = self._partner_verbs
        if cached is None or cached[0] is not self.relations or cached[1] != len(self.relations):
            partner = {p.words[0] for p in self.partner_prepositions.patterns if len(p.words) == 1}
            pairs = tuple((r.name, p) for r in self.relations for p in r.triggers.patterns
                          if len(p.words) == 2 and p.words[1] in partner and not p.words[0].startswith("@"))
            cached = self._partner_verbs = (self.relations, len(self.relations), pairs, {})
        verbs, verbs_of = cached[2], cached[3]
        if not verbs:
            return []
        taken = {k for m in matches for k in range(m.first, m.last + 1)}
        found: list[PhraseMatch] = []
        for i, token in enumerate(tokens):
            norm = token.norm
            if i in taken or not norm[:1].isalpha() or token.text[:1].isupper() or not (
                    self.verb_gender(norm) or norm.endswith(self.plural_verb_endings or ("\0",))):
                continue  # (a past verb: not a noun after its partner, "з Брюсселем угоду")
            # (the pairs whose verb this form is, memoised by form: texts repeat their verbs, and matching every past
            # verb of every sentence against every pair anew took a third of this scan's time)
            own = verbs_of.get(norm)
            if own is None:
                own = tuple((name, pattern) for name, pattern in verbs
                            if _word_matches(pattern.words[0], norm, pattern.language))
                if len(verbs_of) >= _MEMO_SIZE:
                    verbs_of.clear()
                verbs_of[norm] = own
            for name, pattern in own:
                for j in range(i - 1, max(-1, i - reach - 1), -1):
                    if not tokens[j].norm[:1].isalnum():
                        break  # a comma, a quote: another clause
                    if tokens[j].norm == pattern.words[1] and j not in taken and j + 1 < i \
                            and tokens[j + 1].text[:1].isupper():
                        found.append(PhraseMatch(i, i, name, pattern.source))
                        break
                else:
                    continue
                break
        return found


def _verb_of_split_phrase(match: PhraseMatch) -> PhraseMatch:
    """A trigger with words between its parts ("rief _ _ an": German "rief Macron am Montag an")
    stands for the words before the first "_": the words it skipped are the parties and places of
    the relation, not part of its word."""
    words = match.pattern.split()
    if "_" not in words:
        return match
    return PhraseMatch(match.first, match.first + words.index("_") - 1, match.key, match.pattern)


def available_languages(directory: str | None = None) -> list[str]:
    """Languages with a lexicon file in ``directory`` (default: the packaged lexicons)."""
    return sorted(p.stem for p in Path(directory or LEXICON_DIR).glob("*.toml"))


def _set(data: dict, key: str, language: str) -> PatternSet:
    return PatternSet.of(key, list(data.get(key, [])), language=language)


def parse_lexicon(data: dict, language: str) -> Lexicon:
    """A `Lexicon` from the parsed TOML of one language file (errors name the bad entry)."""
    relations = []
    for name, entry in data.get("relations", {}).items():
        if "triggers" not in entry:
            raise ValueError(f"lexicon {language}: relation {name!r} has no triggers")
        relations.append(Relation(
            name=name,
            cameo=str(entry.get("cameo", "")) or None,
            noun=entry.get("noun", name),
            triggers=PatternSet.of(name, entry["triggers"], entry.get("exclude"), language),
            directed=bool(entry.get("directed", False)),
            places=bool(entry.get("places", False)),
            lasting=bool(entry.get("lasting", False)),
            generic=PatternSet.of(f"{name}.generic", list(entry.get("generic", [])), language=language),
            needs_partner=PatternSet.of(f"{name}.needs_partner", list(entry.get("needs_partner", [])), language=language),
            nouns=PatternSet.of(f"{name}.nouns", list(entry.get("nouns", [])), language=language),
            addressing=PatternSet.of(f"{name}.addressing", list(entry.get("addressing", [])), language=language),
            address_words=PatternSet.of(f"{name}.address_words", list(entry.get("address_words", [])), language=language),
            needs_person=PatternSet.of(f"{name}.needs_person", list(entry.get("needs_person", [])), language=language),
            takes_in=PatternSet.of(f"{name}.takes_in", list(entry.get("takes_in", [])), language=language),
            by_phrases=PatternSet.of(f"{name}.by_phrases", list(entry.get("by_phrases", [])), language=language),
        ))
    reporting, stance, refs = data.get("reporting", {}), data.get("stance", {}), data.get("references", {})
    return Lexicon(
        language=language,
        relations=relations,
        speech=_set(reporting, "speech", language),
        publish=_set(reporting, "publish", language),
        according=_set(reporting, "according", language),
        media=_set(reporting, "media", language),
        quoting=_set(reporting, "quoting", language),
        citing=_set(reporting, "citing", language),
        telling=_set(reporting, "telling", language),
        passive_auxiliaries=_set(reporting, "passive_auxiliaries", language),
        passive_agents=_set(reporting, "passive_agents", language),
        anonymous=_set(reporting, "anonymous", language),
        deny=_set(stance, "deny", language),
        confirm=_set(stance, "confirm", language),
        negation=_set(stance, "negation", language),
        not_negation=_set(stance, "not_negation", language),
        anaphora=_set(stance, "anaphora", language),
        person_pronouns=_set(refs, "person_pronouns", language),
        first_person=_set(refs, "first_person", language),
        plural_pronouns=_set(refs, "plural_pronouns", language),
        place_prepositions=_set(refs, "place_prepositions", language),
        possessive_pronouns=_set(refs, "possessive_pronouns", language),
        partner_prepositions=_set(refs, "partner_prepositions", language),
        relative=_set(refs, "relative", language),
        participles=_set(refs, "participles", language),
        articles=_set(refs, "articles", language),
        indefinite_articles=_set(refs, "indefinite_articles", language),
        conjunctions=_set(refs, "conjunctions", language),
        complementizers=_set(reporting, "complementizers", language),
        according_prefix=_set(reporting, "according_prefix", language),
        back_reference=_set(reporting, "back_reference", language),
        plural_possessive=_set(refs, "plural_possessive", language),
        topic_prepositions=_set(refs, "topic_prepositions", language),
        roles=_set(refs, "roles", language),
        organisation_nouns=_set(refs, "organisation_nouns", language),
        origin_prepositions=_set(refs, "origin_prepositions", language),
        place_nouns=_set(refs, "place_nouns", language),
        between=_set(refs, "between", language),
        collective_roles=_set(refs, "collective_roles", language),
        counterpart_nouns=_set(refs, "counterpart_nouns", language),
        addressee_prepositions=_set(refs, "addressee_prepositions", language),
        clause_conjunctions=_set(refs, "clause_conjunctions", language),
        owner_words=_set(refs, "owner", language),
        owner_genitive=bool(refs.get("owner_genitive", False)),
        role_groups=[set(group) for group in refs.get("role_groups", [])],
        time=data.get("time", {}),
        negation_prefixes=tuple(normalize_word(p) for p in stance.get("negation_prefixes", [])),
        trailing_negation=_set(stance, "trailing_negation", language),
        conditionals=_set(stance, "conditionals", language),
        topic_verbs=_set(stance, "topic_verbs", language),
        inverted_subjects=bool(reporting.get("inverted_subjects", False)),
        window_before=int(refs.get("window_before", 10)),
        verb_final=bool(refs.get("verb_final", False)),
        agent_prepositions=_set(refs, "agent_prepositions", language),
        according_after=_set(reporting, "according_after", language),
        auxiliaries=_set(reporting, "auxiliaries", language),
        embedded_questions=_set(stance, "embedded_questions", language),
        commitment_markers=_set(reporting, "commitment_markers", language),
        published_texts=_set(reporting, "published_texts", language),
        institution_prepositions=_set(reporting, "institution_prepositions", language),
        union_nouns=_set(refs, "union_nouns", language),
        outcome_nouns=_set(stance, "outcome_nouns", language),
        model_words=_set(stance, "model_words", language),
        occurrence=_set(stance, "occurrence", language),
        cancel=_set(stance, "cancel", language),
        separable_deny=tuple((PatternSet.of("separable_deny", [" ".join(entry.split()[:-1])], language=language),
                              normalize_word(entry.split()[-1]))
                             for entry in stance.get("separable_deny", []) if len(entry.split()) >= 2),
        answered=_set(stance, "answered", language),
        object_predicates=_set(stance, "object_predicates", language),
        result_verbs=_set(stance, "result_verbs", language),
        credits=_set(stance, "credits", language),
        detail_nouns=_set(stance, "detail_nouns", language),
        deal_nouns=PatternSet.of("deal_nouns", list(data.get("relations", {}).get("negotiate", {}).get("deal_nouns", [])),
                                 data.get("relations", {}).get("negotiate", {}).get("deal_exclude"), language),
        deal_verbs=_set(data.get("relations", {}).get("negotiate", {}), "deal_verbs", language),
        fronted_verbs=_set(data.get("relations", {}).get("request", {}), "fronted_verbs", language),
        fronted_prepositions=_set(data.get("relations", {}).get("request", {}), "fronted_prepositions", language),
        membership_unions=_set(data.get("relations", {}).get("negotiate", {}), "membership_unions", language),
        negotiated_topics=_set(data.get("relations", {}).get("contact", {}), "negotiated_topics", language),
        after_prepositions=_set(refs, "after_prepositions", language),
        outside_prepositions=_set(refs, "outside_prepositions", language),
        kingdom_nouns=_set(refs, "kingdom_nouns", language),
        naming_verbs=_set(refs, "naming_verbs", language),
        influence_verbs=_set(refs, "influence_verbs", language),
        kin_nouns=_set(refs, "kin_nouns", language),
        member_nouns=_set(refs, "member_nouns", language),
        additive_particles=_set(refs, "additive_particles", language),
        state_group_nouns=_set(refs, "state_group_nouns", language),
        naming_phrases=_set(refs, "naming_phrases", language),
        action_noun_endings=tuple(normalize_word(e) for e in refs.get("action_noun_endings", [])),
        people_name_endings=tuple(normalize_word(e) for e in refs.get("people_name_endings", [])),
        plural_role_endings=tuple(normalize_word(e) for e in refs.get("plural_role_endings", [])),
        reciprocals=_set(reporting, "reciprocals", language),
        agreement_words=_set(stance, "agreement_words", language),
        unfinished=_set(stance, "unfinished", language),
        refusals=_set(stance, "refusals", language),
        object_pronouns=_set(reporting, "object_pronouns", language),
        time_bounds=_set(data.get("time", {}), "bounds", language),
        letter_demands=_set(data.get("relations", {}).get("request", {}), "letter_demands", language),
        refusal_infinitives=_set(stance, "refusal_infinitives", language),
        other_events=_set(data.get("time", {}), "other_events", language),
        persuasion_passives=_set(reporting, "persuasion_passives", language),
        audience_nouns=_set(reporting, "audience", language),
        group_media=_set(reporting, "group_media", language),
        interview=_set(reporting, "interview", language),
        told_prepositions=_set(reporting, "told_prepositions", language),
        saying_places=_set(reporting, "saying_places", language),
        infinitive_markers=_set(refs, "infinitive_markers", language),
        relative_pronouns=_set(refs, "relative_pronouns", language),
        government_nouns=_set(refs, "government_nouns", language),
        relational_roles=_set(refs, "relational_roles", language),
        copulas=_set(refs, "copulas", language),
        dative_endings=tuple(normalize_word(e) for e in refs.get("dative_endings", [])),
        comparisons=_set(refs, "comparisons", language),
        setting_nouns=_set(refs, "setting_nouns", language),
        asked_prepositions=_set(refs, "asked_prepositions", language),
        inclusion_markers=_set(refs, "inclusion_markers", language),
        definite_determiners=_set(refs, "definite_determiners", language),
        aide_roles=_set(refs, "aide_roles", language),
        during=_set(stance, "during", language),
        absence=_set(stance, "absence", language),
        reflexives=_set(refs, "reflexives", language),
        reflexive_possessives=_set(refs, "reflexive_possessives", language),
        setting_relatives=_set(refs, "setting_relatives", language),
        membership_nouns=_set(refs, "membership_nouns", language),
        request_content_markers=_set(refs, "request_content_markers", language),
        mediation=_set(refs, "mediation", language),
        drops_subjects=bool(refs.get("drops_subjects", False)),
        reflexive_particles=_set(refs, "reflexive_particles", language),
        sequence_words=_set(refs, "sequence_words", language),
        place_adverbs=_set(refs, "place_adverbs", language),
        people_nouns=_set(refs, "people_nouns", language),
        organiser_verbs=_set(refs, "organiser_verbs", language),
        passive_participles=_set(refs, "passive_participles", language),
        participle_agents=_set(refs, "participle_agents", language),
        person_nouns=_set(refs, "person_nouns", language),
        authority_words=_set(refs, "authority_words", language),
        thing_nouns=_set(refs, "thing_nouns", language),
        rule_nouns=_set(refs, "rule_nouns", language),
        plural_first_person=_set(refs, "plural_first_person", language),
        participation=_set(refs, "participation", language),
        masculine_pronouns=_set(refs, "masculine_pronouns", language),
        feminine_pronouns=_set(refs, "feminine_pronouns", language),
        masculine_titles=_set(refs, "masculine_titles", language),
        feminine_titles=_set(refs, "feminine_titles", language),
        masculine_verb_endings=tuple(normalize_word(e) for e in refs.get("masculine_verb_endings", [])),
        feminine_verb_endings=tuple(normalize_word(e) for e in refs.get("feminine_verb_endings", [])),
        feminine_name_endings=tuple(normalize_word(e) for e in refs.get("feminine_name_endings", [])),
        plural_first_person_endings=tuple(normalize_word(e) for e in refs.get("plural_first_person_endings", [])),
        definite_endings=tuple(normalize_word(e) for e in refs.get("definite_endings", [])),
        plural_verb_endings=tuple(normalize_word(e) for e in refs.get("plural_verb_endings", [])),
        plural_auxiliaries=_set(refs, "plural_auxiliaries", language),
        content_prepositions=_set(refs, "content_prepositions", language),
        topic_nouns=_set(refs, "topic_nouns", language),
        border_nouns=_set(refs, "border_nouns", language),
        institution_nouns=_set(refs, "institution_nouns", language),
        adjective_endings=tuple(normalize_word(e) for e in refs.get("adjective_endings", [])),
        infinitive_endings=tuple(normalize_word(e) for e in refs.get("infinitive_endings", [])),
        first_person_endings=tuple(normalize_word(e) for e in refs.get("first_person_endings", [])),
        verb_lemma_endings=tuple(normalize_word(e) for e in refs.get("verb_lemma_endings", refs.get("infinitive_endings", []))),
    )


# id(lexicon) -> (the lexicon, kept so that its id is never reused; its time words as one pattern set)
_TIME_WORDS: dict[tuple[int, bool], tuple[Lexicon, PatternSet]] = {}


def time_words(lexicon: Lexicon, relative: bool = True) -> PatternSet:
    """Every time word of the lexicon (months, weekdays, "day", "yesterday", "last", …) as one
    pattern set, built once per lexicon. ``relative=False``: only words that name a time by
    themselves, without "last", "this", "next", which also stand before other nouns (pl "w tym")."""
    key = (id(lexicon), relative)
    if key not in _TIME_WORDS:
        time = lexicon.time
        words = [w for k in ("months", "weekdays") for forms in time.get(k, []) for w in forms]
        kinds = ("day_words", "week_words", "month_words", "year_words", "yesterday", "today", "last_year",
                 "this_year")
        words += [w for k in kinds + (("last", "this", "next") if relative else ()) for w in time.get(k, [])]
        _TIME_WORDS[key] = (lexicon, PatternSet.of("time_words" if relative else "date_words", words))
    return _TIME_WORDS[key][1]


@lru_cache(maxsize=64)
def load_lexicon(language: str | None, directory: str | None = None) -> Lexicon | None:
    """The lexicon of ``language`` from ``directory`` (default: the packaged lexicons), or None
    when there is none for that language. Cached: files are read once per process."""
    if not language:
        return None
    path = Path(directory or LEXICON_DIR) / f"{language}.toml"
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"claim lexicon {path}: {exc}") from exc
    return parse_lexicon(data, language)
