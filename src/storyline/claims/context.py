"""What claim extraction knows about one document: its word tokens, which token belongs to which
mention, the sentence and quote spans, and which role nouns each person holds ("Dmitry Peskov,
Putin's press secretary" -> Peskov holds "press secretary"; Putin only owns it).

Built once per document by `DocumentContext.build`; the other claim modules only read it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.claims.lexicon import Lexicon, PatternSet, Token, normalize_word, tokenize
from storyline.claims.quotes import Quote, find_quotes
from storyline.records import Document, Mention, Span

__all__ = ["CLAUSE_END", "DocumentContext", "Unit"]

# punctuation that ends a clause when walking from a word to the words it governs
CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?"})
# punctuation that ends a noun phrase when walking from a name to its role words
_WEB_NAME = re.compile(r"\w\.(?:[a-z]{2,3}|[A-Z]{2,3})$")  # round 16: "INTERFAX.RU", "BiznesAlert.pl"
# punctuation that ends a name's phrase (sentence ends, quotes, parentheses, dashes; not the comma)
PHRASE_BREAK = frozenset({".", "!", "?", ";", ":", "(", ")", "«", "»", "“", "”", "„", "\"", "—", "–"})
# quotation marks as token norms (normalize_word folds the apostrophe "’" into "'")
QUOTE_MARKS = frozenset({"»", "«", "”", "“", "\"", "„", "'", "‘", "‚"})
# possessive tokens after a name ("Putin 's", "Paris '"): curly apostrophes are folded by normalize_word
POSSESSIVE_MARKS = frozenset({"'s", "'", "s"})


def _inflected(text: str, language: str) -> bool:
    """For a mention without a base form: whether its last word is an inflected form of a name
    (Путина -> Путин, Junckerem -> Juncker), by the mention lemmatizer the entities stage uses
    (simplemma's dictionaries would cost a worker seconds and ~400 MB per language on first use).
    Only a base form sharing the word's stem counts."""
    from storyline.entities.lemma import lemmatize

    words = text.split()
    if not words:
        return False
    word = words[-1]
    lemma = lemmatize(word, "PER", language)
    word_l, lemma_l = word.lower().replace("ё", "е"), lemma.lower().replace("ё", "е")
    return len(lemma_l) >= 3 and lemma_l != word_l and word_l.startswith(lemma_l[:-1])


_ENDING = 4  # letters an inflection may add to a stem ("Präsident*" -> "Präsidenten")


def _only_a_common_noun(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    """Whether a mention's words are just a role or media noun of the lexicon, with an article at
    most ("Präsidenten", "der Kanzler", "Regierungssprecher"): languages that capitalise nouns
    (German) make the NER take them for names; the claims stage reads them as the nouns they are."""
    while first < last and lexicon.articles.match_at(tokens, first):
        first += 1
    length = last - first + 1
    for table in (lexicon.roles, lexicon.media):
        matched, source = table._best(tokens, first)
        if matched != length:
            continue
        stem = source.split()[0] if length == 1 else ""
        if stem.endswith("*") and len(tokens[first].norm) - len(stem.rstrip("*")) > _ENDING:
            continue  # "Šefčovič" is no form of the role stem "šef*": a name beginning like a noun
        return True
    return False


def _split_at_mentions(tokens: list[Token], mentions: list[Mention]) -> list[Token]:
    """Cut tokens where a mention starts or ends inside them ("Putin-Musk" -> Putin, -Musk... so
    each name owns its own tokens)."""
    cuts = sorted({m.start for m in mentions} | {m.end for m in mentions})
    if not cuts:
        return tokens
    out: list[Token] = []
    low, size = 0, len(cuts)
    for token in tokens:  # (in text order: the first cut after a token's start only moves on)
        start, end = token.start, token.end
        while low < size and cuts[low] <= start:
            low += 1
        if low == size or cuts[low] >= end:
            out.append(token)
            continue
        high = low
        while high < size and cuts[high] < end:
            high += 1
        edges = [start, *cuts[low:high], end]
        for a, b in zip(edges, edges[1:]):
            piece = token.text[a - token.start : b - token.start]
            if piece.strip():
                out.append(Token(a, b, piece, normalize_word(piece)))
    return out


def clear_leader(counts: Counter, least: int = 1) -> str | None:
    """The most counted key, named at least ``least`` times and more often than any other; None on a tie (no
    clear protagonist, union or event: leave it unresolved rather than guess)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@dataclass(slots=True)
class Unit:
    """One sentence: its index, its character span [start, end) in the text and its tokens [first, stop) in
    `DocumentContext.tokens`. ``stop`` is exclusive, as in a slice (`tokens[first:stop]`, `range(first, stop)`): the
    sentence's last token is ``stop - 1``, ``stop`` the first token after it (``first == stop``: it has no token).
    The claims package keeps to one convention: an exclusive end token is never named ``last`` (the helpers that
    read a sentence or a clause take it as ``stop``), and ``last`` is always inclusive, the token itself (that of a
    `PhraseMatch`, a `RelationWord`, `mention_tokens`, a source's ``cue_last`` and ``span_last``)."""

    index: int
    start: int
    end: int
    first: int
    stop: int


@dataclass(slots=True)
class DocumentContext:
    doc: Document
    lexicon: Lexicon
    tokens: list[Token]
    token_mention: list[int | None]  # token index -> mention index covering it
    mention_tokens: list[tuple[int, int]]  # mention index -> (first token, last token inclusive)
    units: list[Unit]
    quotes: list[Quote]
    role_holders: dict[int, list[str]] = field(default_factory=dict)  # PER mention -> role patterns it holds
    role_owned: set[int] = field(default_factory=set)  # mentions that only own a role ("envoy of Putin")
    role_owner: dict[int, int] = field(default_factory=dict)  # holder -> person owning the role (Peskov -> Putin)
    role_adjective_states: dict[int, set[str]] = field(default_factory=dict)  # round 40: holder -> states of the adjectives before its role ("americký prezident X")
    role_bodies: dict[int, set[str]] = field(default_factory=dict)  # holder -> names of the states/organisations in its role ("president of Pakistan")
    # round 14: holder -> the organisation its role phrase says it works for ("X, general manager at
    # Y", "Y chief executive X"): the one its "we" stands for
    role_company: dict[int, int] = field(default_factory=dict)
    salience: Counter = field(default_factory=Counter)  # canonical name -> count over the document
    _roles_cache: dict = field(default_factory=dict)
    token_starts: list[int] = field(default_factory=list)  # tokens[i].start, for bisecting offsets
    dateline: set[int] = field(default_factory=set)  # tokens of datelines ("DUBAI, United Arab Emirates —")
    _starts: dict = field(default_factory=dict)  # pattern sets' ids -> (the sets, `may_start_positions`)
    _names: dict = field(default_factory=dict)  # mention index -> `name` (when it has no entity id)
    _oblique: dict = field(default_factory=dict)  # mention index -> `is_oblique`
    _norm_positions: dict = field(default_factory=dict)  # token norm -> its token indices
    _norms_by_letter: dict = field(default_factory=dict)  # first letter -> the norms of the document
    _unit_firsts: list = field(default_factory=list)  # round 57: units' first tokens, for `unit_position`

    @classmethod
    def build(cls, doc: Document, lexicon: Lexicon, sentences: list[Span]) -> "DocumentContext":
        tokens = _split_at_mentions(tokenize(doc.text), doc.mentions)
        starts = [t.start for t in tokens]
        token_mention: list[int | None] = [None] * len(tokens)
        mention_tokens: list[tuple[int, int]] = []
        for index, mention in enumerate(doc.mentions):
            first = max(bisect_right(starts, mention.start) - 1, 0)
            last = max(bisect_left(starts, mention.end) - 1, first)
            mention_tokens.append((first, last))
            if _only_a_common_noun(tokens, first, last, lexicon):
                continue  # "Kanzler", "Regierungssprecher": a capitalised role noun the NER took for a name
            for k in range(first, last + 1):
                if token_mention[k] is None:
                    token_mention[k] = index
        units = []
        for n, span in enumerate(sentences):
            first, stop = bisect_left(starts, span.start), bisect_left(starts, span.end)
            units.append(Unit(n, span.start, span.end, first, stop))
        context = cls(doc, lexicon, tokens, token_mention, mention_tokens, units, find_quotes(doc.text, doc.paragraphs))
        context.token_starts = starts
        context._find_roles()
        context.dateline = context._find_datelines()
        context.salience = Counter(context.name(i) for i, m in enumerate(doc.mentions) if m.type == "PER")
        return context

    def unit_position(self, token: int) -> int:
        """Round 57: the index of the unit (sentence) holding ``token`` (-1 before the first): read once."""
        firsts = self._unit_firsts
        if len(firsts) != len(self.units):
            firsts = self._unit_firsts = [u.first for u in self.units]
        return bisect_right(firsts, token) - 1

    def before_articles(self, k: int) -> int:
        """The nearest token at or before ``k`` that is no article (-1 past the document's start)."""
        while k >= 0 and self.match(self.lexicon.articles, k):
            k -= 1
        return k

    def after_articles(self, k: int, stop: int) -> int:
        """The nearest token at or after ``k`` that is no article, before ``stop`` (an exclusive end); ``stop`` when
        there is none."""
        while k < stop and self.match(self.lexicon.articles, k):
            k += 1
        return k

    def sentence_stop(self, token: int) -> int:
        """The exclusive end of the unit (sentence) holding ``token``: the bound of a scan forward from it where no
        clause end is at hand (the text's end where no unit holds it). A sentence with no final punctuation (a
        headline, a paragraph's last line) ends there, not at the next one's first words."""
        unit = self.unit_position(token)
        return self.units[unit].stop if unit >= 0 else len(self.tokens)

    def sentence_first(self, token: int) -> int:
        """The first token of the unit (sentence) holding ``token``: the bound of a scan back from it where no clause
        end is at hand (the text's start where no unit holds it). A sentence before it with no final punctuation (a
        headline, a paragraph's last line) ends there; its last words are no part of this one."""
        unit = self.unit_position(token)
        return self.units[unit].first if unit >= 0 else 0

    # -- mentions ---------------------------------------------------------------------------------
    def mention(self, index: int) -> Mention:
        return self.doc.mentions[index]

    def name(self, index: int) -> str:
        """A comparable base form: the entity id when known, else the lemma's last word (the
        surname: "Vladimir Putin" and "Putin" are one person within a document)."""
        mention = self.doc.mentions[index]
        if mention.entity:
            return mention.entity
        cache = self._names
        if index in cache:
            return cache[index]
        cache[index] = name = self._name(mention)
        return name

    @staticmethod
    def _name(mention: Mention) -> str:
        base = (mention.lemma or mention.text).strip()
        words = base.replace("’s", "").replace("'s", "").split()
        if mention.type == "PER" and words:
            return words[-1].lower()
        return base.lower()

    def is_oblique(self, index: int) -> bool:
        """The name is inflected away from its base form (a genitive owner, an object), so it
        cannot be the subject of a verb: Путина, Маском. Only for languages whose lexicon says so."""
        if not self.lexicon.owner_genitive:
            return False
        cache = self._oblique
        if index in cache:
            return cache[index]
        mention = self.doc.mentions[index]
        if not mention.lemma:
            found = _inflected(mention.text, self.lexicon.language)
        else:
            found = mention.text.replace("ё", "е").lower() != mention.lemma.replace("ё", "е").lower()
        cache[index] = found
        return found

    def gender_of(self, name: str) -> str | None:
        """Round 14: "m" or "f" when the document marks the person ``name`` so — a title right before
        a mention ("Mrs", "г-жа", "pani"), a past-tense verb right after a mention in the base form
        that agrees with it ("Мэй заявила", "Nowak powiedział"; over a reflexive particle, an
        auxiliary or another short word: "е заявил", "не встретилась"), a surname form that is only feminine ("Merkelová", "Kowalska") — and more often
        one way than the other; None when it does not."""
        genders = self._roles_cache.get("genders")
        if genders is None:
            genders = self._roles_cache["genders"] = self._find_genders()
        return genders.get(name)

    def _find_genders(self) -> dict[str, str]:
        lexicon = self.lexicon
        if not (lexicon.masculine_pronouns.patterns or lexicon.feminine_pronouns.patterns):
            return {}
        votes: dict[str, list[int]] = {}
        for index, mention in enumerate(self.doc.mentions):
            if mention.type != "PER":
                continue
            first, last = self.mention_tokens[index]
            vote = votes.setdefault(self.name(index), [0, 0])  # [masculine, feminine]
            k = first - 1
            if k >= 0 and self.tokens[k].norm == "." and k - 1 >= 0:
                k -= 1  # "Mrs. X"
            if k >= 0 and self.token_mention[k] is None:
                if self.match(lexicon.masculine_titles, k):
                    vote[0] += 1
                elif self.match(lexicon.feminine_titles, k):
                    vote[1] += 1
            surname = self.tokens[last].norm
            if lexicon.feminine_name_endings and surname.endswith(lexicon.feminine_name_endings) \
                    and len(surname) > 5:
                vote[1] += 1
            if lexicon.singular_verb_endings and not self.is_oblique(index):
                j = last + 1
                if j < len(self.tokens) and self.token_mention[j] is None and (
                        self.match(lexicon.reflexive_particles, j) or self.match(lexicon.auxiliaries, j)
                        or (self.tokens[j].is_word and self.tokens[j].text.islower() and len(self.tokens[j].norm) <= 3)):
                    j += 1  # "Nowak się spotkał", "Петров е заявил", "Мэй не встретилась"
                if j < len(self.tokens) and self.token_mention[j] is None:
                    token = self.tokens[j]
                    if token.is_word and token.text[:1].islower() and len(token.norm) >= 4:
                        gender = lexicon.verb_gender(token.norm)
                        if gender is not None:
                            vote[1 if gender == "f" else 0] += 1
        return {name: ("m" if m > f else "f") for name, (m, f) in votes.items() if m != f}

    def pronoun_gender(self, k: int) -> str | None:
        """Round 14: "m"/"f" for a person pronoun at token ``k`` whose form marks its gender."""
        if self.match(self.lexicon.feminine_pronouns, k):
            return "f"
        if self.match(self.lexicon.masculine_pronouns, k):
            return "m"
        return None

    def mentions_in(self, first: int, stop: int) -> list[int]:
        """Mention indices with a token in [first, stop), in order."""
        seen: list[int] = []
        for k in range(max(first, 0), min(stop, len(self.tokens))):
            m = self.token_mention[k]
            if m is not None and m not in seen:
                seen.append(m)
        return seen

    def quote_at(self, k: int) -> Quote | None:
        """The direct quote whose marks token ``k`` stands between, if any."""
        offset = self.tokens[k].start
        return next((q for q in self.quotes if q.start < offset < q.end - 1), None)

    def match(self, patterns: PatternSet, i: int) -> int:
        tokens = self.tokens
        if not 0 <= i < len(tokens):
            return 0
        return patterns._best(tokens, i)[0]

    def may_start_positions(self, *sets: PatternSet) -> list[int]:
        """Token indices, ascending, where a pattern of one of ``sets`` may start (its first word
        matches: `PatternSet.may_start`); everywhere else `match` with those sets is 0. Cached.
        Read off the document's distinct words (a text repeats its words), by set operations."""
        key = id(sets[0]) if len(sets) == 1 else tuple(map(id, sets))
        entry = self._starts.get(key)
        # the entry keeps its sets, so a set built on the fly and freed cannot pass its id to another
        found = entry[1] if entry is not None and all(a is b for a, b in zip(entry[0], sets)) else None
        if found is None:
            positions = self._norm_positions
            if not positions and self.tokens:
                for i, token in enumerate(self.tokens):
                    norm = token.norm
                    if norm in positions:
                        positions[norm].append(i)
                    else:
                        positions[norm] = [i]
                by_letter = self._norms_by_letter
                for norm in positions:
                    letter = norm[:1]
                    if letter in by_letter:
                        by_letter[letter].append(norm)
                    else:
                        by_letter[letter] = [norm]
            hits: set[str] = set()
            for patterns in sets:
                index = patterns._index or patterns._ensure_index()
                if index.lemmas:
                    hits.update(norm for norm in positions if index.candidates(norm))
                    continue
                hits.update(positions.keys() & index.exact.keys())
                for letter in index.prefix_firsts & self._norms_by_letter.keys():
                    prefixes = index.prefixes_by_first[letter]
                    hits.update(norm for norm in self._norms_by_letter[letter] if norm.startswith(prefixes))
            found = sorted([i for norm in hits for i in positions[norm]])
            self._starts[key] = (sets, found)
        return found

    def _possessive_token(self, k: int) -> bool:
        """Whether the mention at token ``k`` is followed by a possessive 's."""
        m = self.token_mention[k]
        return m is not None and self.is_possessive(m)

    def is_possessive(self, index: int) -> bool:
        """'Putin’s press secretary', 'Russia's ministry': the mention owns what follows."""
        last = self.mention_tokens[index][1]
        if self.tokens[last].norm.endswith("'s"):
            return True
        nxt = self.tokens[last + 1].norm if last + 1 < len(self.tokens) else ""
        return nxt == "'s" or (nxt == "'" and last + 2 < len(self.tokens) and self.tokens[last + 2].norm == "s")

    # -- roles ------------------------------------------------------------------------------------
    def _title_inside(self, first: int, last: int) -> str | None:
        """Round 70: the role pattern of a title that opens a person's mention and leaves at least one word of the
        name after it ("Папа Бенедикт XVI", "President Tom Hale"), capitalised as a name's first word; not a role
        held towards someone ("Adwokat", "Мъж"), nor an office ("Ministerstwo"). None otherwise."""
        length, source = self.lexicon.roles._best(self.tokens, first)
        if not length or first + length > last or not self.tokens[first].text[:1].isupper() \
                or self.lexicon.relational_roles.match_at(self.tokens, first) \
                or self.lexicon.institution_nouns.match_at(self.tokens, first) >= length:
            return None
        return source

    def _role_at(self, i: int) -> tuple[str, int] | None:
        """(role pattern, length) when a role noun starts at token ``i`` (cached per token)."""
        cache = self._roles_cache
        if i in cache:
            return cache[i]
        found = None
        if self.token_mention[i] is None:
            length, source = self.lexicon.roles._best(self.tokens, i)
            found = (source, length) if length and not self._inside_a_name(i, length) else None
            if found and self.lexicon.institution_nouns.match_at(self.tokens, i) >= length:
                found = None  # "ministerstwo", "ministrstvo" (role stem "minist*"): an office, not a minister
        self._roles_cache[i] = found
        return found

    def _capitalised_word(self, k: int) -> bool:
        return 0 <= k < len(self.tokens) and self.tokens[k].is_word and self.tokens[k].text[:1].isupper()

    def _inside_a_name(self, i: int, length: int) -> bool:
        """Whether a capitalised role word at token ``i`` is a word of a multi-word name the NER did
        not (fully) mark ("the UN General Assembly", "Supreme Court Chief Justice"…): an organisation's
        name or a capitalised word (not opening its sentence) stands right before it and a capitalised
        word that names no person follows it. A role before a person's name ("NATO Secretary General
        Jens Stoltenberg") or before a verb ("the UN Secretary General said") stays a role."""
        if not self.tokens[i].text[:1].isupper():
            return False
        after = i + length
        if not self._capitalised_word(after):
            return False
        named = self.token_mention[after]
        if (named is not None and self.mention(named).type == "PER") or self.lexicon.roles.match_at(self.tokens, after):
            return False  # "Secretary General Jens Stoltenberg", "Deputy CEO Dmitry Zauers": a title
        before = i - 1
        if before < 0 or any(u.first == i for u in self.units):
            return False
        owner = self.token_mention[before]
        if owner is not None:
            return self.mention(owner).type == "ORG"
        return (self._capitalised_word(before) and not any(u.first == before for u in self.units)
                and self.state_of_adjective(before) is None and not self.lexicon.roles.match_at(self.tokens, before))

    def outlet_names(self) -> set[str]:
        """Names of the organisations the document uses as news outlets: one named next to a media
        noun ("the agency Reuters", "телеканал РБК") or with one in its name ("Radio Yerevan"), or
        named as a relay ("according to X", "X reported", "сообщает X")."""
        if "outlets" in self._roles_cache:
            return self._roles_cache["outlets"]
        lexicon = self.lexicon
        found: set[str] = set()
        for index, mention in enumerate(self.doc.mentions):
            if mention.type != "ORG":
                continue
            first, last = self.mention_tokens[index]
            # (either side, within its sentence: a media noun ending the one before or opening the next one, where
            # that one has no final punctuation, is no phrase of the name's: "… spoke with X" + "The newspaper said …",
            # "… read the newspaper" + "X met …")
            lo, stop = self.sentence_first(first), self.sentence_stop(last)
            near = []  # up to three words either side, within the phrase ("ЕС. Според изданието" is not)
            for step in (-1, 1):
                k = first - 1 if step < 0 else last + 1
                while lo <= k < stop and len(near) < 6 and abs(k - (first if step < 0 else last)) <= 3 \
                        and self.tokens[k].norm not in PHRASE_BREAK:
                    near.append(k)
                    k += step
            if any(self.match(lexicon.media, k) for k in range(first, last + 1)) or any(
                    self.token_mention[k] is None and (n := self.match(lexicon.media, k))
                    # (round 69: not one naming the next name: "…евроскептиков, передает газета The Telegraph")
                    and not (k > last and k + n < stop and self.token_mention[k + n] is not None)
                    for k in near):
                found.add(self.name(index))
                continue
            # a relay cue right before the name ("according to X", "сообщает X") or a publishing verb
            # right after it ("X reported")
            if any(self.phrase_ending_at(cues, first - 1, (1, 2, 3), lo, self.unnamed_token)
                   for cues in (lexicon.according, lexicon.publish)):
                found.add(self.name(index))
            if last + 1 < len(self.tokens) and self.token_mention[last + 1] is None and self.match(lexicon.publish, last + 1):
                found.add(self.name(index))
        self._roles_cache["outlets"] = found
        return found

    def _find_roles(self) -> None:
        """Which person holds which role: the leftmost role noun of the chain of role words,
        owners and modifiers just before a name ("главой администрации президента РФ Сергеем
        Кириенко" -> глава), or the role noun of an apposition after it ("Кирил Дмитриев,
        специалният пратеник на Путин" -> пратеник)."""
        for index, mention in enumerate(self.doc.mentions):
            first, last = self.mention_tokens[index]
            held: list[str] = []
            # left: walk back over role nouns, owner names/words and at most two other words
            k, others, leftmost, passed_owner = first - 1, 0, None, None
            coordinated: list[str] = []
            bodies: set[str] = set()
            company: int | None = None
            if k >= 0 and self.lexicon.owner_words.match_at(self.tokens, k):
                k = -1  # "envoy of Putin": Putin owns the role, holds none here
            if k >= 0 and self.is_oblique(index) and self.role_ending_at(k):
                k = -1  # "пресс-секретарь Путина": an inflected name after a role owns it
            while k >= 0 and others <= 4:
                token = self.tokens[k]
                if token.norm in PHRASE_BREAK or (token.norm == "," and leftmost is not None):
                    break
                if self.line_break_after(k):
                    break  # round 18: a headline or paragraph ends here; its words hold no role of the next
                if self.lexicon.conjunctions.match_at(self.tokens, k):
                    if (mention.type == "PER" and leftmost is not None and others == 0 and k >= 1
                            and self.token_mention[k - 1] is None and (farther := self.role_ending_at(k - 1))
                            and not self._after_partner_word(k - farther[1])):
                        # round 92: coordinated titles right before a name ("вицепремиерът и министър на
                        # външните работи X", "deputy prime minister and foreign minister X"): one person holds
                        # both, so the nearer title is kept too and the walk goes on to the first one
                        coordinated.append(leftmost)
                        k -= 1
                        continue
                    break  # "между президентом и Маском": the role belongs to the other name
                role = self._role_at(k) or self.role_ending_at(k)
                if role:
                    leftmost = role[0]
                    k -= 1
                    others = 0
                    continue
                owner = self.token_mention[k]
                if owner is not None:
                    if (mention.type == "PER" and leftmost is None and self.doc.mentions[owner].type == "PER"
                            and not self._possessive_token(k) and not self.is_oblique(owner)):
                        break  # two names in a row: separate people
                    if self.doc.mentions[owner].type == "PER":
                        passed_owner = owner
                    else:
                        bodies.add(self.name(owner))
                        if self.doc.mentions[owner].type == "ORG":
                            company = owner if company is None else company
                    k = self.mention_tokens[owner][0] - 1
                    continue
                if token.norm in {",", "'s", "'"}:
                    k -= 1  # apposition comma: "Putin’s press secretary, Dmitry Peskov"
                    continue
                if self.lexicon.owner_words.match_at(self.tokens, k):
                    if leftmost is not None:
                        break  # "envoy of President Putin": the roles beyond "of" are the owner's
                    k -= 1
                    continue
                if self.lexicon.articles.match_at(self.tokens, k):
                    k -= 1
                    continue
                if self.lexicon.partner_prepositions.match_at(self.tokens, k):
                    break  # "spotkanie premiera X z przewodniczącym Y": "with" opens another phrase
                if self.is_predicate_word(k, k == first - 1):
                    break  # round 32: "The president met X", "the spokesman said X": the role is the verb's subject
                if k == first - 1 and self._infinitive(k):
                    break  # round 64: "brytyjska premier będzie przekonywać Brytyjczyków": the infinitive's object
                if leftmost is not None and mention.type == "PER" and (state := self.state_of_adjective(k)) is not None:
                    # round 40: "americký prezident Donald Trump": the state whose office it is, by its adjective
                    self.role_adjective_states.setdefault(index, set()).add(self.name(state))
                others += 1
                k -= 1
            if leftmost:
                held.append(leftmost)
                held.extend(r for r in coordinated if r != leftmost)
                if passed_owner is not None:
                    self.role_owner.setdefault(index, passed_owner)
            else:
                company = None
            # right: ", [adjectives] ROLE" apposition (round 32: or a copula, "X is Y's press
            # secretary", and an owner's possessive before the role, "X, Y's spokesman")
            k = last + 1
            copula = self.match(self.lexicon.copulas, k) if mention.type == "PER" and k < len(self.tokens) else 0
            if k < len(self.tokens) and (self.tokens[k].norm == "," or copula):
                start, possessor = self._possessor_after(k + (copula or 1))
                for j in range(start, min(start + 3, len(self.tokens))):
                    if self.token_mention[j] is not None or self.tokens[j].norm in PHRASE_BREAK | {","}:
                        break
                    if self.line_break_after(j - 1):
                        break  # round 18: the apposition does not run on into the next paragraph
                    if self.lexicon.speech.match_at(self.tokens, j) or self.lexicon.publish.match_at(self.tokens, j):
                        break  # "…with Lavrov, said the spokesman": a new clause, not an apposition
                    role = self._role_at(j)
                    if role and j + role[1] < len(self.tokens) and (
                            self.lexicon.speech.match_at(self.tokens, j + role[1])
                            or self.lexicon.publish.match_at(self.tokens, j + role[1])):
                        break  # "…with Lavrov, the spokesman said": the spokesman's own clause
                    if role and copula and not self._closes_copular_role(j + role[1]):
                        break  # "X is the president's guest", "X was president Y's envoy to …": no role of X's
                    if role:
                        held.append(role[0])
                        after = j + role[1]
                        if possessor is not None and self.doc.mentions[possessor].type == "PER":
                            self.role_owner.setdefault(index, possessor)  # round 32: "X, Y's spokesman"
                        elif possessor is not None:
                            bodies.add(self.name(possessor))
                        company = self._company_in_apposition(after) or (
                            # round 45: "X, Acme's chief executive,": the owner organisation is X's company
                            possessor if possessor is not None and self.doc.mentions[possessor].type == "ORG"
                            else None) or company
                        while after < len(self.tokens) and (self.lexicon.owner_words.match_at(self.tokens, after)
                                                            or self.lexicon.articles.match_at(self.tokens, after)):
                            after += 1
                        owner = self.token_mention[after] if after < len(self.tokens) else None
                        if owner is not None and self.doc.mentions[owner].type == "PER":
                            self.role_owner.setdefault(index, owner)
                        elif owner is not None:
                            bodies.add(self.name(owner))
                        else:
                            # "Дейвид Дейвис, държавен секретар по излизането на Великобритания от ЕС": the
                            # states the rest of the apposition names are whose office it is
                            bodies.update(self._states_in_phrase(after))
                        break
            if mention.type == "PER" and (inner := self._title_inside(first, last)) is not None and inner not in held:
                # round 70: a title the recogniser put inside the name ("Папа Бенедикт XVI", "Prezydent Jan Nowak"):
                # the name holds it, so "Папата" elsewhere in the document is that person, not its protagonist
                held.append(inner)
            if held and mention.type == "PER":
                self.role_holders[index] = held
                if company is not None:
                    self.role_company[index] = company
                if bodies:
                    self.role_bodies.setdefault(index, set()).update(bodies)
            # a mention right after "ROLE of/на" or an inflected name right after a role noun
            # owns that role instead of holding it
            before = first - 1
            while before >= 0 and self.lexicon.articles.match_at(self.tokens, before):
                before -= 1
            if before >= 0 and self.lexicon.owner_words.match_at(self.tokens, before) and before - 1 >= 0 and (
                self.role_ending_at(before - 1) or self._role_at(before - 1)
            ):
                self.role_owned.add(index)
            elif before >= 0 and self.role_ending_at(before) and self.is_oblique(index):
                nxt = last + 1
                if nxt < len(self.tokens) and self.token_mention[nxt] is not None:
                    self.role_owned.add(index)  # "пресс-секретарь Путина Дмитрий Песков"
            if mention.type == "PER" and before >= 0 and self.is_oblique(index) and self._after_aide_role(before):
                # round 40: "Советник Трампа тайно встретился …", "Советник президента США Дональда Трампа по
                # …": the base form of a role held towards a person, then that person inflected (over
                # their own title): Trump's adviser, not Trump
                self.role_owned.add(index)
            if mention.type == "PER" and self._owns_relational_role(first):
                # "адвокат Биби", "супруг Биби": Bibi's lawyer, not Bibi (a name that holds such a
                # role comes with a possessive: "её адвокат Сейф-уль-Мулук")
                self.role_owned.add(index)
                self.role_holders.pop(index, None)
            if self.is_possessive(index):
                nxt = last + 1
                if nxt < len(self.tokens) and (self._role_at(nxt) or self.role_ending_at(nxt)):
                    self.role_owned.add(index)

    def _infinitive(self, k: int) -> bool:
        """Round 64: whether token ``k`` is a lower-case word of five letters or more with an infinitive ending
        (lexicon ``infinitive_endings``: "przekonywać", "убеждать") that is no place or role noun, after a
        lower-case word that is no adjective or preposition ("będzie przekonywać")."""
        token = self.tokens[k]
        endings = self.lexicon.infinitive_endings
        if not (bool(endings) and token.is_word and token.text.islower() and len(token.norm) >= 5
                and token.norm.endswith(endings) and not self.lexicon.place_nouns.match_at(self.tokens, k)
                and self._role_at(k) is None and self.role_ending_at(k) is None):
            return False
        # (a noun so ending has an adjective or a preposition before it: "по государственной безопасности")
        before = self.tokens[k - 1] if k > 0 else None
        lexicon = self.lexicon
        return before is not None and before.is_word and before.text.islower() and self.token_mention[k - 1] is None \
            and not (lexicon.adjective_endings and before.norm.endswith(lexicon.adjective_endings)) and not any(
                table.match_at(self.tokens, k - 1) for table in (lexicon.place_prepositions, lexicon.topic_prepositions,
                                                                 lexicon.partner_prepositions, lexicon.owner_words))

    def _after_aide_role(self, k: int, reach: int = 5) -> bool:
        """Round 40: whether a role held towards a person (lexicon ``aide_roles``, base form) ends at token
        ``k`` or opens the title chain ending there (role nouns and names of states or bodies:
        "Советник президента США")."""
        j = k
        while j >= 0 and k - j < reach:
            if self.phrase_ending_at(self.lexicon.aide_roles, j):
                return True
            owner = self.token_mention[j]
            if owner is not None and self.doc.mentions[owner].type != "PER":
                j = self.mention_tokens[owner][0] - 1
                continue
            role = self.role_ending_at(j) if owner is None else None
            if role is None:
                return False
            j -= role[1]
        return False

    def _possessor_after(self, k: int) -> tuple[int, int | None]:
        """Round 32: (token after it, mention) for a possessive name starting at token ``k`` over
        articles ("Ivan Petrov's", "the Kremlin's"), else (``k``, None)."""
        j = k
        while j < len(self.tokens) and self.token_mention[j] is None and self.lexicon.articles.match_at(self.tokens, j):
            j += 1
        m = self.token_mention[j] if j < len(self.tokens) else None
        if m is None or self.mention_tokens[m][0] != j or not self.is_possessive(m):
            return k, None
        after = self.mention_tokens[m][1] + 1
        while after < len(self.tokens) and self.tokens[after].norm in POSSESSIVE_MARKS and after - self.mention_tokens[m][1] <= 2:
            after += 1
        return after, m

    def _closes_copular_role(self, k: int) -> bool:
        """Round 32: whether a role after a copula ends at token ``k`` as the predicate's head: the
        clause ends there, or an owner word or name follows ("X is the spokesman.", "X is press
        secretary of Y", "X is a spokesman for the Kremlin"; not "X is the president's guest")."""
        if k >= len(self.tokens):
            return True
        token = self.tokens[k]
        return (token.norm in PHRASE_BREAK or token.norm == "," or self.token_mention[k] is not None
                or bool(self.lexicon.owner_words.match_at(self.tokens, k)))

    def is_predicate_word(self, k: int, adjacent: bool = True) -> bool:
        """Round 32: whether token ``k``, walked over between a role noun and a name after it, is a
        reporting word, or a relation word right before the name (``adjacent``), not governed by a
        preposition ("The president met X", "the spokesman told X"): a verb ends the role's phrase,
        so the name is its object, not the holder ("глава делегации на переговорах X", after a
        preposition, and "šéf summitů EU, tedy Evropské rady, X", a noun further back, stay one phrase)."""
        lexicon = self.lexicon
        if not ((adjacent and self.match(lexicon.relation_heads, k)) or self.match(lexicon.cue_heads, k)):
            return False
        before = k - 1
        return not (before >= 0 and any(self.match(table, before) for table in (
            lexicon.place_prepositions, lexicon.partner_prepositions, lexicon.topic_prepositions,
            lexicon.owner_words, lexicon.between, lexicon.articles)))

    def line_break_after(self, k: int) -> bool:
        """Round 18: whether a line break stands between token ``k`` and the next one (a headline,
        caption or paragraph ends at ``k``)."""
        if k + 1 >= len(self.tokens):
            return False
        return "\n" in self.doc.text[self.tokens[k].end:self.tokens[k + 1].start]

    def _company_in_apposition(self, k: int, reach: int = 10) -> int | None:
        """The last organisation named from token ``k`` to the end of an apposition's role phrase (a
        comma, a phrase break, a speech verb; at most ``reach`` tokens on): "General Manager of Life
        Care Solutions Europe at GE Healthcare" -> GE Healthcare, the outermost body. None when a
        person is named there first (the role's owner) or no organisation is."""
        found = None
        j = k
        while j < min(k + reach, len(self.tokens)):
            if self.tokens[j].norm in PHRASE_BREAK or self.tokens[j].norm == "," or self.lexicon.speech.match_at(self.tokens, j):
                break
            m = self.token_mention[j]
            if m is not None:
                if self.doc.mentions[m].type == "PER":
                    return None
                if self.doc.mentions[m].type == "ORG":
                    found = m
                j = self.mention_tokens[m][1] + 1
                continue
            j += 1
        return found

    def _states_in_phrase(self, k: int, reach: int = 8) -> set[str]:
        """Names of the places mentioned from token ``k`` to the end of its phrase (a comma or a
        phrase break), at most ``reach`` tokens on; none when a person is named there first."""
        found: set[str] = set()
        for j in range(k, min(k + reach, len(self.tokens))):
            if self.tokens[j].norm in PHRASE_BREAK or self.tokens[j].norm == ",":
                break
            m = self.token_mention[j]
            if m is not None:
                if self.doc.mentions[m].type == "PER":
                    break
                if self.doc.mentions[m].type == "LOC":
                    found.add(self.name(m))
        return found

    def _find_datelines(self, reach: int = 12) -> set[int]:
        """Tokens of the datelines opening paragraphs: places, a date and an outlet in brackets
        before a dash ("DUBAI, United Arab Emirates — …", "MOSCOW, Nov 5 (Reuters) - …", "Berlín -
        …"). They say where the story was filed, so their places are never parties of a claim."""
        found: set[int] = set()
        for unit in self.units:
            # round 16: an outlet opening a sentence before a dash, after a place and a date of its
            # own ("Москва. 23 августа. INTERFAX.RU - …")
            dash = unit.first + 1
            m = self.token_mention[unit.first] if unit.first < len(self.tokens) else None
            if m is not None:
                dash = self.mention_tokens[m][1] + 1
            if dash < len(self.tokens) and self.tokens[dash].norm in {"—", "–", "-", "--"} \
                    and self._outlet_dateline(unit.first, dash):
                found.update(range(unit.first, dash + 1))
        starts = [p.start for p in self.doc.paragraphs] or [0]
        for start in starts:
            first = bisect_left(self.token_starts, start)
            places, k = 0, first
            while k < min(first + reach, len(self.tokens)):
                token, m = self.tokens[k], self.token_mention[k]
                if m is not None:
                    places += self.mention(m).type == "LOC"
                    k = self.mention_tokens[m][1] + 1
                    continue
                if token.norm in {"—", "–", "-", "--"}:
                    if places or self._outlet_dateline(first, k):
                        found.update(range(first, k + 1))
                    break
                if not (token.norm in {",", ".", "(", ")", "/"} or token.text[:1].isupper() or token.text[:1].isdigit()):
                    break  # a lower-case word: the sentence itself has begun
                k += 1
        return found

    def _outlet_dateline(self, first: int, dash: int) -> bool:
        """round 16: a paragraph opening with an outlet alone before a dash ("INTERFAX.RU - …",
        "BiznesAlert.pl – …"): one organisation whose name is a web address or that the document
        uses as an outlet. It says who filed the story, never a party."""
        m = self.token_mention[first]
        if m is None or self.mention(m).type != "ORG" or self.mention_tokens[m][1] + 1 != dash:
            return False
        text = self.mention(m).text
        return bool(_WEB_NAME.search(text)) or self.name(m) in self.outlet_names()

    def _owns_relational_role(self, first: int) -> bool:
        """Whether a relational role noun ("husband", "адвокат") ends right before token ``first``
        with no possessive pronoun or other name before it ("её адвокат X", "Bibi's lawyer X")."""
        length = self.phrase_ending_at(self.lexicon.relational_roles, first - 1)
        if not length:
            return False
        before = first - length - 1
        return not (before >= 0 and (self.match(self.lexicon.possessive_pronouns, before)
                                     or self.token_mention[before] is not None or self.tokens[before].norm in {"'s", "'"}))

    def unnamed_token(self, k: int) -> bool:
        """Whether token ``k`` belongs to no name (a `phrase_ending_at` filter: a cue phrase starts on no name)."""
        return self.token_mention[k] is None

    def phrase_ending_at(self, phrases: PatternSet, k: int, lengths: tuple[int, ...] = (2, 1), lo: int = 0,
                         start_ok: Callable[[int], bool] | None = None) -> int:
        """The length of a phrase of ``phrases`` (a lexicon list) that ends at token ``k`` and starts at ``lo`` or
        after, trying ``lengths`` in order (the longest first by default); 0 when none does. With ``start_ok``, only
        a phrase whose first token passes it counts (a shorter one is tried after one starting on a name)."""
        for length in lengths:
            start = k - length + 1
            if start >= lo and (start_ok is None or start_ok(start)) and self.match(phrases, start) == length:
                return length
        return 0

    def _after_partner_word(self, k: int) -> bool:
        """Whether a "between" or partner preposition ("between the foreign minister and X", "с министъра и X") stands
        before token ``k``, over at most three lower-case words: then two titles joined by "and" are two people's."""
        for j in range(k - 1, max(k - 4, -1), -1):  # over articles and a title's own words ("the foreign minister")
            if self.lexicon.between.match_at(self.tokens, j) or self.lexicon.partner_prepositions.match_at(self.tokens, j):
                return True
            if self.token_mention[j] is not None or not self.tokens[j].is_word or not self.tokens[j].text[:1].islower():
                return False
        return False

    def role_ending_at(self, k: int) -> tuple[str, int] | None:
        """A role phrase that ends at token ``k`` (multi-word roles: "press secretary")."""
        cache = self._roles_cache
        for length in (3, 2, 1):
            start = k - length + 1
            if start < 0:
                continue
            role = cache[start] if start in cache else self._role_at(start)
            if role and role[1] == length:
                return role
        return None

    def role_noun_at(self, i: int) -> tuple[str, int] | None:
        return self._role_at(i)

    def holders_of(self, role: str, exclude: set[str] = frozenset()) -> list[int]:
        """Person mentions that hold ``role`` (a role pattern) or a role of its group ("leader" ~
        "president", lexicon ``role_groups``), by document order; exact holders first."""
        exact = [m for m, roles in self.role_holders.items() if role in roles and self.name(m) not in exclude]
        if exact:
            return exact
        same = set().union(*(g for g in self.lexicon.role_groups if role in g)) if self.lexicon.role_groups else set()
        return [m for m, roles in self.role_holders.items() if same & set(roles) and self.name(m) not in exclude]

    def most_salient_organisation(self, exclude: set[str]) -> int | None:
        """The document's clear protagonist organisation: mentioned at least twice and more often
        than any other (an outlet named as a source is not one); its first mention index."""
        counts: Counter = Counter()
        first_index: dict[str, int] = {}
        for i, mention in enumerate(self.doc.mentions):
            if mention.type != "ORG":
                continue
            first, _ = self.mention_tokens[i]
            if first > 0 and self.match(self.lexicon.media, first - 1):
                exclude = exclude | {self.name(i)}  # "агентство Reuters": a source, not a protagonist
            if self.is_authority(i):
                exclude = exclude | {self.name(i)}  # "the Attorney General", "ministerstvo": an office, not "the company"
            counts[self.name(i)] += 1
            first_index.setdefault(self.name(i), i)
        leader = clear_leader(Counter({name: n for name, n in counts.items() if name not in exclude}), least=2)
        return None if leader is None else first_index[leader]

    def is_authority(self, index: int) -> bool:
        """Whether an organisation's name holds a word of an authority or office (lexicon
        ``authority_words``: "New York State Attorney General", "Komisja Europejska", "Минздрав")."""
        first, last = self.mention_tokens[index]
        return any(self.match(self.lexicon.authority_words, k) for k in range(first, last + 1))

    def union_named_after(self, k: int, gap: int = 2) -> int | None:
        """The organisation a union noun ending before token ``k`` introduces: the name right after it
        or after an apposition comma ("профсоюз Forsa", "odborového svazu Vereinigung Cockpit",
        "związku zawodowego, Międzyzakładowej …"), or after at most ``gap`` lower-case words ("związek
        zawodowy pilotów VC") unless that name is the document's protagonist organisation ("профсоюз
        пилотов Ryanair" is the union of Ryanair's pilots). Never an inflected name right after it
        ("odbory Ryanairu": the union's owner)."""
        if k < len(self.tokens) and self.tokens[k].norm == "," and self.token_mention[k] is None:
            k += 1
        for j in range(k, min(k + gap + 1, len(self.tokens))):
            m = self.token_mention[j]
            if m is not None:
                if self.mention(m).type != "ORG":
                    return None
                if j == k:
                    return None if self.is_oblique(m) else m
                protagonist = self.most_salient_organisation(set())
                return None if protagonist is not None and self.name(protagonist) == self.name(m) else m
            token = self.tokens[j]
            if not token.is_word or not token.text[:1].islower() or self.lexicon.conjunctions.match_at(self.tokens, j):
                return None
        return None

    def unions(self) -> list[int]:
        """Organisation mentions the document presents as trade unions: introduced by a union noun
        ("the pilots' union Cockpit", "профсоюз Forsa"), followed by one ("the Unite union"), or
        whose own name starts with one ("Odborová organizace posádek letadel")."""
        if "unions" in self._roles_cache:
            return self._roles_cache["unions"]
        union_nouns = self.lexicon.union_nouns
        found: set[int] = set()
        for k in range(len(self.tokens)):
            length = self.match(union_nouns, k)
            if not length:
                continue
            owner = self.token_mention[k]
            if owner is not None:
                if self.mention(owner).type == "ORG" and self.mention_tokens[owner][0] == k:
                    found.add(owner)
                continue
            named = self.union_named_after(k + length)
            if named is not None:
                found.add(named)
            before = self.token_mention[k - 1] if k > 0 else None
            if before is not None and self.mention(before).type == "ORG" and not self.is_possessive(before):
                found.add(before)  # "the Unite union"
        names = {self.name(m) for m in found}
        unions = [i for i, m in enumerate(self.doc.mentions) if m.type == "ORG" and self.name(i) in names]
        self._roles_cache["unions"] = unions
        return unions

    def state_of_adjective(self, k: int, shortest: int = 4) -> int | None:
        """The place mention of the document whose name an adjective at token ``k`` is derived from
        ("Pakistani" -> Pakistan, "российские" -> Россия, "pákistánské" -> Pákistán): the longest
        shared beginning, at least ``shortest`` letters and all but the last letter or two of the name."""
        if not (0 <= k < len(self.tokens)) or self.token_mention[k] is not None or not self.tokens[k].is_word:
            return None
        word = self.tokens[k].norm
        if len(word) < shortest + 1:
            return None
        best, best_length = None, 0
        for index, mention in enumerate(self.doc.mentions):
            if mention.type != "LOC":
                continue
            for form in {(mention.lemma or mention.text).lower(), mention.text.lower()}:
                if " " in form or len(form) < shortest:
                    continue
                common = 0
                for a, b in zip(word, form):
                    if a != b:
                        break
                    common += 1
                if common >= max(shortest, len(form) - 2) and common > best_length:
                    best, best_length = index, common
        return best

    def document_union(self, exclude: set[str]) -> int | None:
        """The trade union a bare "the union", "odbory", "профсоюз" stands for: the document's most
        named union (none when two are named equally often); its first mention index."""
        leader = clear_leader(Counter(self.name(m) for m in self.unions() if self.name(m) not in exclude))
        return None if leader is None else next(m for m in self.unions() if self.name(m) == leader)

    def is_people_name(self, m: int) -> bool:
        """Round 70: whether a person mention of one word names a people, a group, not one person: its lemma ends in a
        plural name of peoples (lexicon ``people_name_endings``: "Polacy", "Britové", "Europejczycy", "британци"), a
        name the recogniser tagged as a person's, and no full name of the document ends in it (a surname: "Fauci" of
        "Anthony Fauci")."""
        mention = self.doc.mentions[m]
        if mention.type != "PER" or len(mention.text.split()) != 1 or not self.lexicon.people_name_endings:
            return False
        word = normalize_word(mention.lemma or mention.text)
        if not word.endswith(self.lexicon.people_name_endings):
            return False
        surnames = self._roles_cache.get("surnames")
        if surnames is None:  # the last words of the document's full names: "Fauci" of "Anthony Fauci" is a person
            surnames = self._roles_cache["surnames"] = {
                normalize_word(part) for other in self.doc.mentions if other.type == "PER"
                for text in (other.text, other.lemma or "") if len(text.split()) > 1 for part in text.split()[-1:]}
        return word not in surnames and normalize_word(mention.text) not in surnames

    def most_salient_person(self, exclude: set[str], before: int | None = None) -> int | None:
        """The most-mentioned person not in ``exclude`` (a name set), as its first mention index (round 70: never a
        people's name the recogniser tagged as a person: "Szefowa rządu odwiedziła …" in a text about "Polacy" is
        not the Poles)."""
        counts = Counter()
        first_index: dict[str, int] = {}
        for i, mention in enumerate(self.doc.mentions):
            if mention.type != "PER" or (before is not None and mention.start >= before) or self.is_people_name(i):
                continue
            name = self.name(i)
            if name in exclude:
                continue
            counts[name] += 1
            first_index.setdefault(name, i)
        leader = clear_leader(counts)
        return None if leader is None else first_index[leader]
