"""Who says it: the sources of one sentence, from reporting cues and the names next to them.

A *source* is a reporting cue (a speech verb "said"/"заяви", a publishing verb "reported"/
"съобщава", a stance verb "denied"/"потвърди", a prepositional cue "according to"/"по словам" or a
headline "WSJ: …") plus the name it attributes to:

- a verb's source is its subject: the nearest name just before it ("Peskov told reporters"), or,
  when the verb opens its clause (after a comma, dash or quote: "…, заяви Дмитриев", "…,” Peskov
  said"), the name just after it;
- inflected names (Путина) and names that own a role ("envoy of Putin", "Putin's press secretary")
  are skipped: they are not the subject; a role phrase or pronoun in subject position is resolved
  (`storyline.claims.references`);
- an unnamed subject ("officials", "media", "представители", a group of people: "the US lawyers",
  "юристы США", "X's critics") gives a source with no name: the claim is attributed, but to nobody
  we can name; the name that only says whose they are belongs to the attribution;
- a bare "the union"/"svaz"/"профсоюз" (lexicon ``union_nouns``) or "the company"/"компанията"
  (``organisation_nouns``) as the subject is the union or organisation the document calls so, else
  its protagonist organisation ("…," uvedl svaz"), speaking for itself (no outlet); "the ministry",
  "vláda" (``institution_nouns``, ``government_nouns``) the one body the document calls so ("the
  Pakistani government said": Pakistan; `storyline.claims.nominals`); none when the document names none;
- after the verb, an outlet in the dative before the real subject is whom it was told
  ("powiedziała agencji dpa rzeczniczka związku X", "заявил ТАСС пресс-секретарь Кремля"): a `via`;
  a role nobody in the document holds speaks for the organisation named right after it, and a
  person named right after "<organisation> <role>" is the speaker ("said Gazprom CEO Alexei Miller").

- whom something was told is no party: an organisation after a speech verb (over articles and
  ``told_prepositions``: "told the BBC that", "каза пред Дарик, че"), after a sentence-opening
  speech verb with a dropped subject ("Powiedział BBC, że …": the subject is the person the text is
  about), or after an interview phrase ("in an interview with CNN", "w rozmowie z agencją PAP", "в
  интервью ТАСС"; lexicon ``interview``) is the addressee, relaying the words (a `via`), and is
  skipped when looking for the verb's subject.

Round 17: a speaker is someone who can speak — a headline "X: …" opened by another name (MISC:
"Brexit: …") has none unless the document uses X as an outlet; a verb after ", and"/", но" shares the
first clause's subject, not the nearest name ("visited the plant near Springfield, Ohio, and said");
"he added" right after a sentence whose source is an unnamed role ("said the spokesman") is unnamed
too; a role's holder may follow its qualifiers ("szef Acme ds. sprzedaży Jan Kowalski"); "<person> –
<role>:" opening a sentence is a speaker label; ", to napsala agentura X" points back (X speaks for
what came before); a place or institution after an institution preposition next to a verb in a
person's singular form ("powiedziała w Berlinie", "в Кремле заявил") is where someone spoke, never
the speaker (a person named right after it speaks, else someone unnamed).

Round 18: a reporting verb in a person's singular form with no subject on either side, closing a
quote ("„…,“ dodal.", "– … – dodał.") is the last speaker, else the person the text is about when
the document names them in full; after a plain comma ("Mayová loni v Japonsku …, řekla, že") it is
the person opening the sentence. A sentence opening with such a verb ("Poinformował, że …") is left
unattributed: on unannotated text the last speaker was too often someone else.

Round 74: a setting or topic phrase next to the verb ("řekl po schůzce s X premiér Y", "X, který při návštěvě Y
řekl", "повідомляла про співпрацю з X") is no part of the attribution (`Source.setting`, left out of
`attribution_span`); an organisation reporting its own relation with a named partner is a party, no outlet; "podle"
right before a relation word ("podle podoby dohody mezi X a Y") is no source; "…, X, according to whom …" is X.

The speaker of a claim is its innermost source (the cue nearest the relation); outer sources are
the `via` chain, outermost first ("Dmitriev said …, Newsweek reports" -> speaker Dmitriev, via
Newsweek). A person relaying another's words is part of the chain like an outlet is.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from storyline.claims.context import CLAUSE_END, PHRASE_BREAK, POSSESSIVE_MARKS, QUOTE_MARKS, DocumentContext, Unit
from storyline.claims.lexicon import time_words
from storyline.claims.nominals import entity_of_noun
from storyline.claims.references import after_preposition, hyphen_modifier, resolve_pronoun, resolve_role

__all__ = ["Source", "find_sources", "attribution_span", "source_of_verb"]

_CLAUSE_OPENERS = {",", "—", "–", "-", "»", "«", "”", "“", "\"", "'", "’", "‘", ":", "("}  # (« closes a quote in sl, cs, de: »…«)
_STOP_BACK = {".", "!", "?", ";", ":", "»", "”", "“", "\"", "„", "«", "(", ")"}
_QUOTE_CLOSERS = {"»", "«", "”", "“", "\"", "'", "’", "‘"}  # round 18: '„…,“ dodal' closes a quote before its comma
_DASHES = {"-", "–", "—"}
_BACK_WINDOW = 5  # words between a subject and its verb ("The Kremlin on Wednesday denied")
_AFTER_WINDOW = 6


def _quoted_name(ctx: DocumentContext, k: int, stop: int) -> int | None:
    """Round 36: whether the quote mark at ``k`` opens a name and nothing else, closed right after it
    (an outlet's or a company's name in quote marks: "предаде \"Фокус\"", "pisze „Rzeczpospolita”",
    "сообщает «Коммерсантъ»"): the name's first token, else None."""
    if k + 2 >= min(stop, len(ctx.tokens)) or (m := ctx.token_mention[k + 1]) is None or ctx.mention_tokens[m][0] != k + 1:
        return None
    end = ctx.mention_tokens[m][1]
    return k + 1 if end + 1 < len(ctx.tokens) and ctx.tokens[end + 1].norm in QUOTE_MARKS else None


def _sorted_has(positions: list[int], k: int) -> bool:
    """Whether ``k`` is in the ascending list ``positions`` (`DocumentContext.may_start_positions`), by bisection."""
    at = bisect_left(positions, k)
    return at < len(positions) and positions[at] == k


def _quoted_name_before(ctx: DocumentContext, k: int, first: int) -> bool:
    """Round 71: whether the quote mark at token ``k`` closes a name and nothing else, opened right before it
    ("„Rzeczpospolita”", "«Газпром»", "\\"Ройтерс\\""): the name is a subject like any other, no quotation's end."""
    if k - 1 < first or (m := ctx.token_mention[k - 1]) is None or ctx.mention_tokens[m][1] != k - 1:
        return False
    start = ctx.mention_tokens[m][0]
    return start - 1 >= first and ctx.tokens[start - 1].norm in QUOTE_MARKS


@dataclass(slots=True)
class Source:
    mention: int | None  # None: an unnamed source ("officials said", "media reported")
    kind: str  # speech, publish, according, deny, confirm, headline, quote
    cue_first: int  # token range of the cue
    cue_last: int
    span_first: int  # token range of cue + source phrase (not participants of the claim)
    span_last: int
    outlet: bool = False
    cue_text: str = ""
    parenthetical: bool = False  # the attribution stands as its own clause (", Peskov said", "according to")
    addressee: int | None = None  # an outlet told it ("Peskov told Interfax"): it relays the words
    # round 74: tokens [a, b] of a setting or topic phrase between a verb and its subject after it ("said after the
    # meeting with Y Prime Minister X"): inside the span, yet no part of the attribution
    setting: tuple[int, int] | None = None
    # round 79: an "according to" cue that cites ("…, пишет X, со ссылкой на Y"; lexicon ``citing``): Y is what the
    # outlet before it relays, so the innermost of the sources after the relation word
    citing: bool = False


def _is_subject_candidate(ctx: DocumentContext, m: int) -> bool:
    return m not in ctx.role_owned and not ctx.is_oblique(m) and not ctx.is_possessive(m) \
        and not hyphen_modifier(ctx, m)


def _institution_voice(ctx: DocumentContext, m: int) -> bool:
    """An organisation or place right after an institution preposition, next to a reporting verb
    with no subject: "в Кремле заявили", "сообщили в МИД", "от Кремъл съобщиха" (lexicon
    ``institution_prepositions``): the institution speaks, though its name is not the subject."""
    first = ctx.mention_tokens[m][0]
    return (ctx.mention(m).type in ("ORG", "LOC") and m not in ctx.role_owned and first > 0
            and ctx.token_mention[first - 1] is None and bool(ctx.match(ctx.lexicon.institution_prepositions, first - 1)))


def _government_owned_by(ctx: DocumentContext, m: int, first: int) -> bool:
    """Round 88: whether a bare government noun (lexicon ``government_nouns``) stands right before the place ``m``
    in an oblique case that says whose government it is ("власти Молдовы", "vláda Maronie"); a name in the base
    form after the noun is a subject of its own, read as before."""
    start = ctx.mention_tokens[m][0]
    if ctx.mention(m).type != "LOC" or not ctx.is_oblique(m) or m in ctx.role_owned:
        return False
    # (a noun of one word first: it needs only the token before the name to be a word of no name, one of two both)
    length = ctx.phrase_ending_at(ctx.lexicon.government_nouns, start - 1, (1, 2), first)
    return length > 0 and all(ctx.token_mention[j] is None and ctx.tokens[j].is_word
                              for j in range(start - length, start))


def _near_media_noun(ctx: DocumentContext, m: int) -> bool:
    """Whether a media noun stands within three tokens before or after the name ("the newspaper X", "X daily"): the
    name is an outlet's. Only in its sentence (`DocumentContext.sentence_first`, `sentence_stop`: not a media noun
    ending the sentence before or opening the next one, where that one has no final punctuation)."""
    first, last = ctx.mention_tokens[m]
    before = range(max(first - 3, ctx.sentence_first(first)), first)
    for k in list(before) + list(range(last + 1, min(last + 4, ctx.sentence_stop(last)))):
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.media, k):
            return True
    return False


def interview_outlets(ctx: DocumentContext, first: int, stop: int) -> list[tuple[int, int, int]]:
    """(first token of the phrase, outlet mention, its last token) for each interview phrase in
    tokens [first, stop) followed by whom it was given to (lexicon ``interview``: "in an interview
    with CNN", "в интервью ТАСС", "w rozmowie z agencją PAP", "в беседе с РБК"): an organisation
    after at most two words (media nouns, articles: "w rozmowie z agencją PAP"). The one
    interviewing relays the words; it is neither the speaker nor a party, and the interview is no
    relation. A person after such a phrase is a partner of a conversation, and a phrase after a
    complementiser belongs to what is reported ("сообщил, что в беседе с X были затронуты …")."""
    found: list[tuple[int, int, int]] = []
    lexicon = ctx.lexicon
    # only the tokens where a complementiser or an interview phrase may start can stop or start one
    openers = ctx.may_start_positions(lexicon.complementizers, lexicon.interview)
    k = first
    for at in openers[bisect_left(openers, first) : bisect_left(openers, stop)]:
        if at < k:
            continue  # inside an interview phrase already read
        k = at
        if ctx.match(lexicon.complementizers, k):
            # round 103: a complementiser inside the content before a parenthetical speech verb ("… няма да има, заяви X
            # в интервю за Y") ends with that content: the scan goes on after ", <speech verb>"; otherwise what follows
            # the complementiser is what is reported
            k = _parenthetical_speech_after(ctx, k, stop)
            if k is None:
                break
            continue
        length = ctx.token_mention[k] is None and ctx.match(lexicon.interview, k)
        if not length:
            continue
        j, words, topic = k + length, 0, False
        while j < stop and words <= 2:
            m = ctx.token_mention[j]
            if m is not None:
                # round 56: an outlet the corpus tags MISC (a programme, a title: "v rozhovoru pro BBC") too; review 16b:
                # not a MISC after a topic preposition ("in an interview about Brexit", "v rozhovoru o Brexitu": its topic)
                if ctx.mention(m).type == "ORG" or (ctx.mention(m).type == "MISC" and not topic):
                    found.append((k, m, ctx.mention_tokens[m][1]))
                break
            token = ctx.tokens[j]
            if token.text in QUOTE_MARKS or (token.text == "." and words and len(ctx.tokens[j - 1].text) == 1):
                j += 1  # round 103: quote marks, an abbreviation's full stop ("в интервю за германския в. "Билд"")
                continue
            if not token.is_word or ctx.match(lexicon.audience_nouns, j) or not token.text[:1].islower():
                break
            topic = topic or bool(ctx.match(lexicon.topic_prepositions, j))
            words += 1
            j += 1
        k += length
    return found


def _parenthetical_speech_after(ctx: DocumentContext, k: int, stop: int) -> int | None:
    """Round 103: the token after the first ", <speech verb>" in tokens (k, stop) before another complementiser, or
    None: the reported content a complementiser at ``k`` belongs to ends there (`interview_outlets`)."""
    lexicon = ctx.lexicon
    for j in range(k + 1, stop - 1):
        if ctx.match(lexicon.complementizers, j):
            return None
        if ctx.tokens[j].text == "," and ctx.token_mention[j + 1] is None and ctx.match(lexicon.speech, j + 1):
            return j + 1
    return None


class _Finder:
    def __init__(self, ctx: DocumentContext, first: int, stop: int, last_speaker: int | None, look_back: bool = True):
        self.ctx, self.first, self.stop, self.last_speaker = ctx, first, stop, last_speaker
        self.look_back = look_back  # (whether a pronoun may read the sentence before for an unnamed speaker)
        self.depth = 0
        self.settings: dict[int, tuple[int, int]] = {}  # round 74: a cue's last token -> the setting after it (`subject_after`)
        # whom an interview was given to: skipped when looking for a verb's subject
        self.interviewers = {m: (start, end) for start, m, end in interview_outlets(ctx, first, stop)}

    def pronoun_speaker(self, k: int) -> int | None:
        """The person a pronoun at token ``k`` that is a reporting verb's subject names
        (`resolve_pronoun`), or nobody (round 17) when it continues an unnamed speaker: the sentence
        before names its source only by a role or group noun that no name resolves ("…," said the
        spokesman after a meeting of X and Y. "…," he added": the spokesman, not Y), and the
        pronoun's own sentence names no person before it."""
        ctx = self.ctx
        if self.look_back and self._continues_unnamed_speaker(k):
            return None
        return resolve_pronoun(ctx, k, None, self.last_speaker)

    def _continues_unnamed_speaker(self, k: int) -> bool:
        ctx = self.ctx
        position = ctx.unit_position(k)
        if position < 1 or not ctx.units[position].first <= k < ctx.units[position].stop:
            return False
        unit, previous = ctx.units[position], ctx.units[position - 1]
        if any((m := ctx.token_mention[j]) is not None and ctx.mention(m).type == "PER" and ctx.quote_at(j) is None
               for j in range(unit.first, k)):
            return False  # (a person named in its own clause before it, outside the quote, is whom it names)
        # (read without a last speaker: a role then resolves only to a holder the document names)
        sources = _find_sources(ctx, previous.first, previous.stop, None, look_back=False)
        speaking = [s for s in sources if s.kind in ("speech", "according", "deny", "confirm")]
        if not speaking or any(s.mention is not None and ctx.mention(s.mention).type == "PER" for s in sources):
            return False
        last = speaking[-1]
        if last.mention is not None or last.outlet:
            return False
        if last.addressee is not None and self.last_speaker is not None and ctx.mention(self.last_speaker).type == "PER":
            return False  # round 56: a role that told an outlet ("повідомив міністр у коментарі DW") is the person
            # last speaking, as its own sentence read it
        return any(ctx.token_mention[j] is None and (ctx.role_noun_at(j) is not None or ctx.match(ctx.lexicon.anonymous, j)
                                                     or ctx.match(ctx.lexicon.people_nouns, j))
                   for j in range(last.span_first, last.span_last + 1))

    def _possessor_in_sentence(self, k: int) -> int | None:
        """For a possessive pronoun before a noun at token ``k`` ("his office", "her spokesman",
        after the statement it attributes): the first person named in the sentence before it,
        whose office speaks ("Scholz spoke with Zelensky, his office said"); None otherwise."""
        ctx = self.ctx
        if not ctx.match(ctx.lexicon.possessive_pronouns, k) or k + 1 >= len(ctx.tokens):
            return None
        if ctx.token_mention[k + 1] is not None or not ctx.tokens[k + 1].is_word:
            return None
        # "his"/"her" own for a person; "its"/"their" for an organisation or a person
        kinds = {"PER"} if ctx.match(ctx.lexicon.person_pronouns, k) else {"PER", "ORG"}
        for j in range(self.first, k):
            m = ctx.token_mention[j]
            if m is None and "PER" in kinds and ctx.role_noun_at(j) is not None and _opens_sentence(ctx, j, self.first):
                # round 32: "The Russian leader met X, his office said": the role holder's office, an
                # unnamed source (`_role_subject_owns`), not X
                return None
            if m is not None and ctx.mention(m).type in kinds and m not in ctx.role_owned:
                return m
        return None

    def _role_subject_owns(self, k: int) -> bool:
        """Round 32: whether the possessive pronoun at ``k`` ("his office") belongs to a role phrase
        opening the sentence before any name, which `_possessor_in_sentence` could not resolve."""
        ctx = self.ctx
        if not (ctx.match(ctx.lexicon.possessive_pronouns, k) and ctx.match(ctx.lexicon.person_pronouns, k)):
            return False
        if k + 1 >= len(ctx.tokens) or ctx.token_mention[k + 1] is not None or not ctx.tokens[k + 1].is_word:
            return False
        for j in range(self.first, k):
            if (m := ctx.token_mention[j]) is not None and ctx.mention(m).type == "PER":
                return False
            if m is None and ctx.role_noun_at(j) is not None:
                return _opens_sentence(ctx, j, self.first)
        return False

    def _subject_before_place(self, m: int, reach: int = 10) -> int | None:
        """A person or organisation in the subject position before an institution named after a
        preposition ("Johnson je v svojem govoru v britanskem parlamentu obljubil", "Путин в Кремле
        заявил"): the one who speaks there, not the place. Same clause only (no punctuation,
        complementiser or other preposition-governed name between)."""
        ctx = self.ctx
        k, words = ctx.mention_tokens[m][0] - 2, 0
        while k >= self.first and words <= reach:
            token = ctx.tokens[k]
            if token.norm in _STOP_BACK or token.norm == "," or ctx.match(ctx.lexicon.complementizers, k):
                return None
            m2 = ctx.token_mention[k]
            if m2 is not None:
                start = ctx.mention_tokens[m2][0]
                prepositional = start > 0 and ctx.token_mention[start - 1] is None and (
                    ctx.match(ctx.lexicon.place_prepositions, start - 1)
                    or ctx.match(ctx.lexicon.institution_prepositions, start - 1)
                    or ctx.match(ctx.lexicon.partner_prepositions, start - 1))
                if (ctx.mention(m2).type in ("PER", "ORG") and _is_subject_candidate(ctx, m2)
                        and not prepositional):
                    return m2
                k = start - 1
                words += 1
                continue
            words += 1
            k -= 1
        return None

    def subject_before(self, cue: int) -> tuple[int | None, int, bool] | None:
        """(mention, first token of the phrase, named) walking back from the cue; None when no
        subject is found in the window."""
        ctx, words = self.ctx, 0
        k = cue - 1
        while k >= self.first and words <= _BACK_WINDOW:
            token = ctx.tokens[k]
            if token.norm in _QUOTE_CLOSERS and _quoted_name_before(ctx, k, self.first):
                k -= 1  # round 71: "„Rzeczpospolita” ujawniła", "«Газпром» сообщил": the name in quote marks speaks
                continue
            if token.norm in _STOP_BACK:
                return None
            m = ctx.token_mention[k]
            if m is not None and m in self.interviewers:
                k = self.interviewers[m][0] - 1  # "X w rozmowie z agencją PAP powiedział": X said it
                words += 1
                continue
            if m is not None and (skip := _before_according_phrase(ctx, self.first, k)) != k \
                    and (s := ctx.token_mention[skip]) is not None and ctx.mention(s).type == "PER":
                # round 92: "Duda podle televize TVN 24 označil …": the outlet relays, the person before it is the
                # subject (an unnamed group before it, "Představitelé Británie podle BBC varovali", leaves the outlet)
                k = skip
                words += 1
                continue
            if m is not None and self._told_before(m):
                # round 15: "X pro Daily Express vydal prohlášení": whom it was told, no subject
                k = ctx.mention_tokens[m][0] - 2
                words += 1
                continue
            if m is not None and _institution_voice(ctx, m) and (subject := self._subject_before_place(m)) is not None:
                return subject, ctx.mention_tokens[subject][0], True  # "Johnson je v parlamentu obljubil": Johnson
            if m is not None and not _is_subject_candidate(ctx, m) and _institution_voice(ctx, m) \
                    and all(ctx.token_mention[j] is None for j in range(ctx.mention_tokens[m][1] + 1, cue)):
                return m, ctx.mention_tokens[m][0] - 1, True  # "В Кремле опровергли": the Kremlin
            if m is not None:
                if _is_subject_candidate(ctx, m) and _owner_in_prepositional_phrase(ctx, m, self.first):
                    # round 62: "X w liście przed szczytem UE podkreślił": the name after a preposition's noun
                    # only says whose the noun is (a name that does not inflect reads as the base form); the subject
                    # is a name before it in the same clause, else none in the window
                    if (subject := self._subject_before_place(m, reach=12)) is not None:
                        return subject, ctx.mention_tokens[subject][0], True
                    k = ctx.mention_tokens[m][0] - 1
                    words += 1
                    continue
                if _is_subject_candidate(ctx, m) and not _institution_voice(ctx, m) and _after_partner_or_topic(ctx, m):
                    # round 65: "рискува сблъсък … свързан с Брекзит, като ги предупреди": a name after "with" or
                    # "about" is that preposition's, no subject, where no case shows it
                    k = ctx.mention_tokens[m][0] - 2
                    words += 1
                    continue
                if _is_subject_candidate(ctx, m) and _institution_voice(ctx, m) and not _plural_cue(ctx, cue) \
                        and _after_common_noun(ctx, ctx.mention_tokens[m][0] - 1, self.first):
                    # round 65: "В речта си пред конференцията в Мюнхен ще предложи": the place after a noun says
                    # where that noun is, no institution's voice and no subject
                    k = ctx.mention_tokens[m][0] - 2
                    words += 1
                    continue
                if _is_subject_candidate(ctx, m):
                    start = ctx.mention_tokens[m][0]
                    # "representatives of the US authorities": the name only says whose they are
                    # (and "юристы США заявили": the lawyers of the US)
                    for j in range(start - 1, max(start - 3, self.first - 1), -1):
                        if ctx.token_mention[j] is None and (ctx.match(ctx.lexicon.anonymous, j)
                                                             or ctx.match(ctx.lexicon.people_nouns, j)):
                            return None, j, False
                    if (outer := self._outer_role_before(start)) is not None:
                        # round 56: "говорител на премиера … Тереза Мей заяви", "a spokesman for Prime Minister
                        # X said": X holds the nearer role; the outer role's holder speaks, unnamed unless the
                        # document names one
                        holder = resolve_role(ctx, outer)
                        return holder, outer, holder is not None
                    return m, start, True
                if ctx.is_possessive(m) and self._plain_words_between(ctx.mention_tokens[m][1] + 1, cue):
                    return None, ctx.mention_tokens[m][0], False  # "X's accusers said": someone unnamed of X's
                if _government_owned_by(ctx, m, self.first) and cue - ctx.mention_tokens[m][1] <= 3 and all(
                        ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower()
                        for j in range(ctx.mention_tokens[m][1] + 1, cue)):
                    # round 88: "власти Молдовы заявили", "vláda Maronie uvedla": the state its government speaks
                    # for (the phrase stays outside the attribution: the state may be a party of what it says)
                    return m, cue, True
                k = ctx.mention_tokens[m][0] - 1
                words += 1
                continue
            if token.norm == "," and k == cue - 1:
                # "Кирил Дмитриев, специалният пратеник на Путин …, заяви": skip the apposition
                found = self._before_apposition(k)
                if found is not None:
                    return found
                # "Le porte-parole du Kremlin, Dmitri Peskov, a démenti": the name right before
                m = ctx.token_mention[k - 1] if k - 1 >= self.first else None
                if m is not None and _is_subject_candidate(ctx, m) and ctx.mention(m).type in ("PER", "ORG") \
                        and k - 1 == ctx.mention_tokens[m][1] and self._between_commas(ctx.mention_tokens[m][0]):
                    return m, ctx.mention_tokens[m][0], True
                if (media := self._media_before_parenthesis(k)) is not None:
                    return None, media, False  # round 44: "The news organization, citing X, reported"
                if (found := self._before_parenthetical_adverb(k)) is not None:
                    return found  # round 62: "Он, в частности, считал", "X, navíc, řekl": the subject before it
                # "Путин не встречался с Маском, заявили в Кремле": a verb right after a comma
                # opens its own clause; the subject of the content before it is not its subject
                return None
            if token.norm == "," and self._plain_words_between(k + 1, cue, most=3) \
                    and (opening := self._apposition_opening(k)) is not None:
                # round 44: "The whistleblower, a protégé of X and Y, would then have claimed": the names
                # inside the apposition only describe its head, which is the subject (unnamed here)
                m = ctx.token_mention[opening - 1] if opening - 1 >= self.first else None
                if m is not None and _is_subject_candidate(ctx, m) and ctx.mention(m).type == "PER":
                    return m, ctx.mention_tokens[m][0], True
                return None
            if ctx.match(ctx.lexicon.complementizers, k):
                return None  # the name before a complementiser belongs to another clause
            if ctx.match(ctx.lexicon.conjunctions, k) and k - 1 >= self.first and ctx.tokens[k - 1].norm == ",":
                # "Меркел не се отказала от проекта, но заявила": the subject is the first clause's
                if (subject := self._first_clause_subject(k - 1)) is not None:
                    return subject
                words = -6
                k -= 2
                continue
            if ctx.match(ctx.lexicon.person_pronouns, k) or ctx.match(ctx.lexicon.plural_pronouns, k):
                if ctx.match(ctx.lexicon.plural_pronouns, k):
                    return None
                if (owner := self._possessor_in_sentence(k)) is not None:
                    return owner, k, True  # "Scholz spoke with Zelensky, his office said": Scholz's
                if self._role_subject_owns(k):
                    return None, k, False  # round 32: the office of a role holder the document does not name
                return self.pronoun_speaker(k), k, True
            if ctx.match(ctx.lexicon.first_person, k):
                return None
            if (ending := ctx.role_ending_at(k)) is not None and ending[1] > 1 and k - ending[1] + 1 >= self.first \
                    and ctx.role_noun_at(k - ending[1] + 1) == ending:
                k -= ending[1] - 1  # round 32: "Ivan Petrov's press secretary said": the whole role
            role = ctx.role_noun_at(k)
            if role is not None and not self._owned_chain_follows(k + role[1], cue):
                if _indefinite_before(ctx, k, self.first):
                    return None, k, False  # "a government spokesman said": someone unnamed
                if _plural_cue(ctx, cue):
                    return None, k, False  # round 24: "депутатите заявиха", "Ministrowie powiedzieli": a group
                return resolve_role(ctx, k, last_speaker=self.last_speaker, as_speaker=True), k, True
            if ctx.match(ctx.lexicon.audience_nouns, k):
                k -= 1  # "X v rozhovoru novinářům řekl": the press is who heard it, X who said it
                words += 1
                continue
            if ctx.match(ctx.lexicon.anonymous, k) or ctx.match(ctx.lexicon.people_nouns, k):
                # "the US lawyers said", "Hooli's critics said": a group of people, unnamed; the name
                # right before says whose they are and belongs to the attribution, not the content
                j = k - 1
                if j >= self.first and ctx.tokens[j].norm in {"'s", "'"}:
                    j -= 1
                owner = ctx.token_mention[j] if j >= self.first else None
                return None, (ctx.mention_tokens[owner][0] if owner is not None else k), False
            if ctx.match(ctx.lexicon.collective_roles, k) and _plural_cue(ctx, cue) \
                    and (k + 1 >= cue or ctx.token_mention[k + 1] is None):
                # round 62: "Zebrani na szczycie w Brukseli przywódcy potwierdzili": a group no name owns after it
                # speaks, unnamed; the place before it is where they met ("лидеры ЕС заявили": the EU, as before)
                return None, k, False
            if ctx.match(ctx.lexicon.media, k):
                return None, k, False
            if (body := _body_named_by_noun(ctx, k)) is not None:
                # (the state's adjective belongs to the attribution: "…, the Pakistani government said")
                start = k - 1 if k - 1 >= self.first and ctx.state_of_adjective(k - 1) == body else k
                owner = start - 1
                while owner > self.first and (ctx.match(ctx.lexicon.owner_words, owner) or ctx.match(ctx.lexicon.articles, owner)):
                    owner -= 1
                if owner >= self.first and ctx.token_mention[owner] is None and (role := ctx.role_ending_at(owner)) is not None:
                    # round 15: "Šéfka německé vlády řekla", "the head of the German government said":
                    # the body owns the role; its holder speaks
                    at = owner - role[1] + 1
                    return resolve_role(ctx, at, last_speaker=self.last_speaker, as_speaker=True), at, True
                return body, start, True  # "the union said", "uvedl svaz", "компанията съобщи"
            if token.norm != ",":
                words += 1
            k -= 1
        return None

    def _first_clause_subject(self, comma: int) -> tuple[int, int, bool] | None:
        """Round 17: the subject of the clause a verb after ", and"/", но" at ``comma`` shares: the
        first name of that clause in subject position, read from its start (the sentence start, or a
        relative pronoun after which the clause opens), not the nearest name before the comma ("In
        October, Rep. X visited the border near McAllen, Texas, and argued …": X, not Texas): a
        person, organisation or place, not after a preposition, not an owner or an oblique name; a
        title before a name is skipped ("Rep. X"). A complementiser's clause is the content of the
        first clause's verb, whose subject goes on ("X said that Y met Z, and added …": X, not Y),
        and a fronted subordinate clause (lexicon ``relative``: "After Y met Z, X praised …, and
        said") names no subject. None when a pronoun or a role opens the clause or it names no
        subject (the caller walks back as before)."""
        ctx = self.ctx
        start = comma
        # (a full stop inside a sentence ends an abbreviation: "Rep. X", "W.Va.")
        while start > self.first and (ctx.tokens[start - 1].norm == "." or ctx.tokens[start - 1].norm not in _STOP_BACK) \
                and not ctx.match(ctx.lexicon.relative_pronouns, start - 1):
            start -= 1
        k = start
        if ctx.match(ctx.lexicon.relative, k):
            # a fronted subordinate clause ("After X spoke with Y, Z praised …, and said"): its names
            # are not the subject; the clause proper opens after its comma
            k = next((j + 1 for j in range(k, comma) if ctx.tokens[j].norm == ","), comma)
        while k < comma:
            m = ctx.token_mention[k]
            if m is None:
                role = ctx.role_noun_at(k)
                if role is not None:
                    after = k + role[1]
                    if after < comma and ctx.tokens[after].norm == ".":
                        after += 1
                    if after < comma and ctx.token_mention[after] is not None:
                        k = after  # a title before its holder's name ("Rep. X", "President X")
                        continue
                if role is not None or ctx.match(ctx.lexicon.person_pronouns, k) \
                        or ctx.match(ctx.lexicon.plural_pronouns, k) or ctx.match(ctx.lexicon.first_person, k):
                    return None  # (a pronoun or role opens it: resolved by the walk back, as before)
                k += 1
                continue
            first, last = ctx.mention_tokens[m]
            if _is_subject_candidate(ctx, m) and m not in self.interviewers and not self._told_before(m) \
                    and ctx.mention(m).type in ("PER", "ORG", "LOC") and not after_preposition(ctx, first):
                # (the attribution is the verb after the conjunction: the first clause is no part of
                # it, its names stay parties of what it says)
                return m, comma + 2, True
            k = last + 1
        return None

    def _outer_role_before(self, start: int, reach: int = 4) -> int | None:
        """Round 56: the first token of a role phrase that owns, over an owner word ("на", "of", "for"), the role
        phrase right before the name starting at ``start`` (over owner words and at most ``reach`` tokens of
        place or organisation names: "говорител на премиера на Великобритания Тереза Мей", "a spokesman for Prime
        Minister X"); None when the name's role is owned by no other role. Without an owner word between the two
        roles ("rzecznik premiera X") the name's case tells whose it is, so none is taken."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        j, skipped = start - 1, 0
        while j >= self.first and skipped < reach and (
                (ctx.token_mention[j] is not None and ctx.mention(ctx.token_mention[j]).type in ("LOC", "ORG"))
                or (ctx.token_mention[j] is None and ctx.match(lexicon.owner_words, j))):
            j -= 1
            skipped += 1
        if j < self.first or ctx.token_mention[j] is not None or (inner := ctx.role_ending_at(j)) is None:
            return None
        j -= inner[1]
        while j >= self.first and ctx.token_mention[j] is None and ctx.match(lexicon.articles, j):
            j -= 1
        if j < self.first or ctx.token_mention[j] is not None or not ctx.match(lexicon.owner_words, j):
            return None
        j -= 1
        while j >= self.first and ctx.token_mention[j] is None and ctx.match(lexicon.articles, j):
            j -= 1
        if j < self.first or ctx.token_mention[j] is not None or (outer := ctx.role_ending_at(j)) is None:
            return None
        return j - outer[1] + 1

    def _told_before(self, m: int) -> bool:
        """Whether an organisation stands right after a told preposition ("pro", "dla", "пред")."""
        ctx = self.ctx
        start = ctx.mention_tokens[m][0]
        return (ctx.mention(m).type in ("ORG", "MISC") and start - 1 >= self.first and ctx.token_mention[start - 1] is None
                and bool(ctx.match(ctx.lexicon.told_prepositions, start - 1)))

    def _plain_words_between(self, start: int, stop: int, most: int = 2) -> bool:
        """Whether tokens [start, stop) are one to ``most`` lower-case words (over a possessive 's):
        the noun a possessive name owns ("Marsh's accusers", "Russia's foreign ministry")."""
        ctx, words = self.ctx, 0
        for j in range(start, stop):
            token = ctx.tokens[j]
            if token.norm in POSSESSIVE_MARKS and words == 0:
                continue
            if ctx.token_mention[j] is not None or not token.is_word or not token.text[:1].islower():
                return False
            words += 1
        return 0 < words <= most

    def _between_commas(self, start: int) -> bool:
        """Whether a comma (or the sentence start) stands right before token ``start``: a name set
        off by commas is an apposition ("…, Dmitri Peskov, said")."""
        return start == self.first or self.ctx.tokens[start - 1].norm == ","

    def _noun_phrase_apposition(self, opening: int, comma: int, reach: int = 12) -> bool:
        """Round 44: whether tokens (opening, comma) are a noun phrase set off by commas, not a clause:
        a possessive name and one to three lower-case words ("X, Y's superior, said"), or an article
        and lower-case words, with at most an owner or place preposition and names after them ("X, a
        senior consultant at Acme, said", "X, a protégé of Y and Z, claimed")."""
        ctx, lexicon = self.ctx, self.ctx.lexicon
        start = opening + 1
        if not 0 < comma - start <= reach:
            return False
        m = ctx.token_mention[start]
        if m is not None and ctx.mention_tokens[m][0] == start and ctx.is_possessive(m):
            return self._plain_words_between(ctx.mention_tokens[m][1] + 1, comma, most=3)
        if not ctx.match(lexicon.articles, start):
            return False
        words, named = 0, False
        for j in range(start + 1, comma):
            token = ctx.tokens[j]
            if ctx.token_mention[j] is not None:
                if words == 0:
                    return False  # "the Acme spokesman": a name first, read as before
                named = True
                continue
            if named:
                if not ctx.match(lexicon.conjunctions, j) and token.norm not in POSSESSIVE_MARKS \
                        and not (token.norm == "." and j + 1 == comma):
                    return False  # a clause after the name ("a man Y met"): not a noun phrase
                continue
            if not token.is_word or not token.text[:1].islower() or ctx.match(lexicon.complementizers, j) \
                    or ctx.match(lexicon.relative_pronouns, j) or ctx.match(lexicon.passive_auxiliaries, j):
                return False
            words += 1
        return words > 0

    def _media_before_parenthesis(self, comma: int, reach: int = 12) -> int | None:
        """Round 44: the media noun right before a parenthesis that ``comma`` closes ("The news
        organization, citing an anonymous source, reported"): the noun is the subject (the outlet named
        last, `find_sources`); its token, else None."""
        ctx = self.ctx
        for k in range(comma - 1, max(comma - reach, self.first), -1):
            if ctx.tokens[k].norm in _STOP_BACK or ctx.token_mention[k] is not None and k == comma - 1:
                return None
            if ctx.tokens[k].norm == ",":
                j = k - 1
                while j > self.first and ctx.token_mention[j] is None and ctx.tokens[j].is_word \
                        and not ctx.match(ctx.lexicon.media, j) and ctx.tokens[j].text[:1].islower():
                    j -= 1  # (a multi-word media noun ends with its last word: "news organization")
                if j >= self.first and ctx.token_mention[j] is None and ctx.match(ctx.lexicon.media, j) \
                        and j + ctx.match(ctx.lexicon.media, j) == k \
                        and (j == self.first or ctx.match(ctx.lexicon.articles, j - 1)):
                    return j
                return None
        return None

    def _apposition_opening(self, comma: int) -> int | None:
        """Round 44: the comma opening a noun-phrase apposition that ``comma`` closes, else None."""
        k = self._opening_comma(comma, max(comma - 14, self.first))
        return k if k is not None and self._noun_phrase_apposition(k, comma) else None

    def _opening_comma(self, comma: int, low: int, abbreviations: bool = True) -> int | None:
        """The comma that opens what ``comma`` closes: the nearest one before it, down to (not
        including) token ``low``, with no sentence or quote boundary (``_STOP_BACK``) between; a
        "." right before a comma closes an abbreviation ("Acme, Inc., says") and no sentence unless
        ``abbreviations`` is off. None when there is none."""
        tokens = self.ctx.tokens
        for k in range(comma - 1, low, -1):
            norm = tokens[k].norm
            if norm in _STOP_BACK and not (abbreviations and norm == "." and tokens[k + 1].norm == ","):
                return None
            if norm == ",":
                return k
        return None

    def _before_apposition(self, comma: int) -> tuple[int, int, bool] | None:
        """The name before an apposition that ends at ``comma`` ("X, <role phrase>, said")."""
        ctx, closing, low = self.ctx, comma, max(comma - 30, self.first - 1)
        # (round 44: ".," closes an abbreviation, "Acme, Inc., says", and no sentence)
        k = self._opening_comma(comma, low)
        while k is not None and k + 3 == closing and ctx.tokens[k + 2].norm == "." and ctx.tokens[k + 1].text[:1].isupper():
            closing = k  # round 44: "Acme, Inc.,": a company's legal form belongs to its name
            k = self._opening_comma(closing, low)
        if k is None:
            return None
        m = ctx.token_mention[k - 1] if k - 1 >= self.first else None
        if m is not None and _is_subject_candidate(ctx, m) and ctx.mention(m).type in ("PER", "ORG"):
            # the apposition must hold a role noun, not a clause of its own
            if ctx.match(ctx.lexicon.relative_pronouns, k + 1):
                # "X, who met Y in Munich, said …": the relative clause is content of its
                # own (a claim), so the attribution covers only the closing comma and verb
                return m, comma, True
            if any(ctx.role_noun_at(j) for j in range(k + 1, min(k + 5, comma))):
                return m, ctx.mention_tokens[m][0], True
            if ctx.mention(m).type == "PER" and self._noun_phrase_apposition(k, comma):
                return m, ctx.mention_tokens[m][0], True  # round 44: "X, Y's superior, said"
            if ctx.lexicon.according.match_at(ctx.tokens, k + 1):
                # round 15: "X, цитиран от ТАСС, заяви", "X, cytowany przez PAP, powiedział":
                # the apposition only says who relays X's words
                return m, ctx.mention_tokens[m][0], True
        return None

    def _before_parenthetical_adverb(self, comma: int, most: int = 3) -> tuple[int | None, int, bool] | None:
        """Round 62: the subject before a short parenthetical that ``comma`` closes, right before the verb ("Он, в
        частности, считал", "On, mimo jiné, řekl", "X, however, said"): at most ``most`` lowercase words with no
        name, complementiser or relative pronoun between the commas; the subject is a person pronoun (resolved as
        one before the verb is) or a person or organisation named right before the opening comma."""
        ctx = self.ctx
        opening = self._opening_comma(comma, max(comma - most - 2, self.first - 1), abbreviations=False)
        if opening is None or opening - 1 < self.first or opening + 1 >= comma:
            return None
        lexicon = ctx.lexicon
        for j in range(opening + 1, comma):
            token = ctx.tokens[j]
            if ctx.token_mention[j] is not None or not token.is_word or not token.text[:1].islower() \
                    or ctx.match(lexicon.complementizers, j) or ctx.match(lexicon.relative_pronouns, j) \
                    or ctx.role_noun_at(j) is not None:
                return None
        before = opening - 1
        if ctx.token_mention[before] is None and ctx.match(lexicon.person_pronouns, before) == 1 \
                and (before == self.first or ctx.tokens[before - 1].norm in _STOP_BACK or ctx.tokens[before - 1].norm == ","):
            if (owner := self._possessor_in_sentence(before)) is not None:
                return owner, before, True
            return self.pronoun_speaker(before), before, True
        m = ctx.token_mention[before]
        if m is not None and _is_subject_candidate(ctx, m) and ctx.mention(m).type in ("PER", "ORG") \
                and ctx.mention_tokens[m][1] == before:
            start = ctx.mention_tokens[m][0]
            if start == self.first or ctx.tokens[start - 1].norm in _STOP_BACK:
                return m, start, True  # (the name opens its sentence: no clause of its own before it)
        return None

    def relative_apposition_before(self, comma: int) -> bool:
        """Whether the comma closes a relative clause opened right after a name ("Imran Khan, who
        had returned from Paris,")."""
        ctx = self.ctx
        k = self._opening_comma(comma, max(comma - 20, self.first), abbreviations=False)
        if k is None:
            return False
        return (ctx.match(ctx.lexicon.relative_pronouns, k + 1) > 0 and k - 1 >= self.first
                and ctx.token_mention[k - 1] is not None) or self._role_apposition(k, comma)

    def _role_apposition(self, opening: int, comma: int, reach: int = 6) -> bool:
        """Round 29: the commas enclose a role phrase after a person opening the sentence ("Mark
        Dalton, the spokesman, said …", "X, Y's spokesman, said …"): the person is the subject, and
        a name after the verb begins what was said."""
        ctx = self.ctx
        m = ctx.token_mention[opening - 1] if opening - 1 >= self.first else None
        if m is None or ctx.mention(m).type != "PER" or ctx.mention_tokens[m][0] != self.first \
                or not 0 < comma - opening - 1 <= 12:
            return False
        if comma - opening - 1 <= reach and any(ctx.role_noun_at(j) is not None for j in range(opening + 1, comma)):
            return True
        return self._noun_phrase_apposition(opening, comma)  # round 44: "X, a consultant at Y, says …"

    def _owned_chain_follows(self, k: int, cue: int) -> bool:
        """Whether a non-owned name stands between token ``k`` and the cue (the role is then a
        modifier of that name: "press secretary Dmitry Peskov")."""
        for j in range(k, cue):
            m = self.ctx.token_mention[j]
            if m is not None and _is_subject_candidate(self.ctx, m):
                return True
        return False

    def subject_after(self, cue_last: int) -> tuple[int | None, int, bool] | None:
        """(mention, last token of the phrase, named) after a clause-opening cue."""
        ctx = self.ctx
        k, words = cue_last + 1, 0
        institution: tuple[int, int, bool] | None = None  # "заявили в Кремле", unless a subject follows
        while k < self.stop and words <= _AFTER_WINDOW:
            token = ctx.tokens[k]
            if token.norm == "." and k > 0 and len(ctx.tokens[k - 1].norm) == 1:
                k += 1  # an abbreviation ("в. Уолстрийт джърнъл")
                continue
            if token.norm in QUOTE_MARKS and (named := _quoted_name(ctx, k, self.stop)) is not None:
                k = named  # round 36: a name in quote marks ("предаде \"Фокус\"", "pisze „Rzeczpospolita”")
                continue
            if token.norm in _STOP_BACK or token.norm == "," or ctx.match(ctx.lexicon.complementizers, k):
                return institution  # "…, said that …": the verb is not inverted, its subject is before it
            if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.indefinite_articles, k) and not self._speaker_noun_within(k + 1):
                return institution  # round 44: "it posted a series of tweets supporting X": an object, no subject
            if words <= 1 and ctx.token_mention[k] is None and (past := _past_setting(ctx, k, self.stop)) is not None:
                # round 74: "je povedal po srečanju z belgijskim premierjem X", "повідомляла про співпрацю з X",
                # "разказа за срещата си с X": a phrase of the saying's setting or topic (a preposition of time or
                # topic before a relation word) is no subject phrase; the role or name in it is the relation's
                # partner. The subject may follow it ("Uvedli to po schůzkách s ministrem X premiér Y"), or stand
                # before the verb, or was dropped
                self.settings[cue_last] = (k, past - 1)
                k = past
                continue
            if words <= 1 and ctx.token_mention[k] is None and (past := _past_conversation(ctx, k, self.stop)) is not None:
                # round 77: "заяви в разговор с премиера X китайският премиер Y": a conversation with a person right
                # after the verb is the saying's setting, and that person its partner, no subject (Y said it)
                self.settings[cue_last] = (k, past - 1)
                k = past
                continue
            m = ctx.token_mention[k]
            if m is not None and m in self.interviewers:
                k = ctx.mention_tokens[m][1] + 1  # "заявил в интервью РБК Петров": Petrov
                words += 1
                continue
            if m is not None:
                end = ctx.mention_tokens[m][1]
                if _is_subject_candidate(ctx, m):
                    holder = self._holder_after_qualified_role(m)
                    if holder is not None:
                        return holder, ctx.mention_tokens[holder][1], True  # "said Gazprom CEO Alexei Miller"
                    return m, end, True  # ("заявил в Москве Путин": Putin, not Moscow)
                if institution is None and _institution_voice(ctx, m):
                    institution = (m, end, True)
                k = end + 1
                continue
            if (ctx.match(ctx.lexicon.possessive_pronouns, k) and k + 1 < self.stop and ctx.token_mention[k + 1] is None
                    and (owned := ctx.role_noun_at(k + 1)) is not None):
                # round 27: "…, заявил его пресс-секретарь", "…, uvedl jeho mluvčí": someone of the
                # owner's, unnamed (as "…, his spokesman said"), unless named right after the role
                after = k + 1 + owned[1]
                holder = ctx.token_mention[after] if after < self.stop else None
                if holder is not None and ctx.mention(holder).type == "PER":
                    return holder, ctx.mention_tokens[holder][1], True
                return None, after - 1, False
            if ctx.match(ctx.lexicon.person_pronouns, k):
                return self.pronoun_speaker(k), k, True
            role = ctx.role_noun_at(k)
            if role is not None:
                after = k + role[1]
                # "said Russian President Putin": the name right after the role holds it
                if after < self.stop and (m2 := ctx.token_mention[after]) is not None and _is_subject_candidate(ctx, m2):
                    # "объявил председатель Cockpit Мартин Лохер": the organisation owns the role, the
                    # person named right after it holds it
                    holder = self._person_right_after(m2)
                    if holder is None and ctx.mention(m2).type != "PER":
                        # round 17: "stwierdził szef Forda ds. globalnych operacji X": X holds it
                        holder = self._holder_after_qualifiers(ctx.mention_tokens[m2][1] + 1)
                    m2 = holder if holder is not None else m2
                    return m2, ctx.mention_tokens[m2][1], True
                end = self._owner_chain_end(after)
                if _bare_role(ctx, k, role[1], cue_last + 1) and not self._person_soon_after(after):
                    return None, end, False  # round 15: "каза банкер пред Ройтерс": someone unnamed
                if _plural_cue(ctx, cue_last):
                    return None, end, False  # round 24: "заявиха депутатите": a group, unnamed
                holder = resolve_role(ctx, k)
                if holder is None and (named := self._holder_after_qualifiers(end + 1)) is not None:
                    return named, ctx.mention_tokens[named][1], True
                if holder is None and (owner := self._organisation_owning(after)) is not None:
                    # "powiedziała rzeczniczka związku zawodowego Cockpit": nobody holds the role in
                    # the document, so its organisation speaks
                    return owner, max(end, ctx.mention_tokens[owner][1]), True
                return holder if holder is not None else resolve_role(
                    ctx, k, last_speaker=self.last_speaker, as_speaker=True), end, True
            if ctx.match(ctx.lexicon.anonymous, k) or ctx.match(ctx.lexicon.people_nouns, k) or (
                    ctx.match(ctx.lexicon.media, k) and not self._name_follows(k)):
                return None, k, False
            if ctx.match(ctx.lexicon.media, k):
                k += 1  # "съобщава агенция РБК": the name follows its media noun
                continue
            if (body := _body_named_by_noun(ctx, k)) is not None:
                return body, k, True  # "uvedl svaz", "said the company"
            words += 1
            k += 1
        return institution

    def _speaker_noun_within(self, k: int, words: int = 3) -> bool:
        """Round 44: whether a noun that may speak (a role, an unnamed source, a group of people, a media or
        organisation noun) or a name stands within ``words`` tokens from ``k`` ("said a spokesman", "said a
        senior official", "reported a local newspaper")."""
        ctx = self.ctx
        for j in range(k, min(k + words, self.stop)):
            if ctx.token_mention[j] is not None or ctx.role_noun_at(j) is not None or ctx.match(ctx.lexicon.anonymous, j) \
                    or ctx.match(ctx.lexicon.people_nouns, j) or ctx.match(ctx.lexicon.media, j) \
                    or _body_named_by_noun(ctx, j) is not None:
                return True
            if not ctx.tokens[j].is_word:
                return False
        return False

    def _holder_after_qualifiers(self, k: int, words: int = 4) -> int | None:
        """Round 17: the person named right after a role phrase and its qualifiers, from token ``k``
        over at most ``words`` lower-case words and abbreviation points ("stwierdził szef Forda ds.
        globalnych operacji Jan Kowalski", "said Acme's head of global operations John Smith"):
        the role's holder, who speaks; None at other punctuation, a capitalised word or another name."""
        ctx, seen = self.ctx, 0
        k = _past_abbreviation(ctx, k, self.stop)  # round 53: "šéf ústavu X (CDSCO) Y"
        while k < self.stop and seen <= words:
            m = ctx.token_mention[k]
            if m is not None:
                return m if ctx.mention(m).type == "PER" and _is_subject_candidate(ctx, m) else None
            token = ctx.tokens[k]
            if token.norm == "." and k > 0 and ctx.tokens[k - 1].is_word and len(ctx.tokens[k - 1].norm) <= 3 \
                    and ctx.tokens[k - 1].text[:1].islower():
                k += 1  # an abbreviation ("ds.", "gen.")
                continue
            if not token.is_word or not token.text[:1].islower() or ctx.match(ctx.lexicon.told_prepositions, k) \
                    or ctx.match(ctx.lexicon.complementizers, k) or ctx.match(ctx.lexicon.during, k):
                return None
            seen += 1
            k += 1
        return None

    def _person_soon_after(self, k: int, reach: int = 6) -> bool:
        """Whether a person is named within ``reach`` tokens from ``k``, before any punctuation
        ("министър на енергетиката Александър Новак": the role's holder)."""
        ctx = self.ctx
        for j in range(k, min(k + reach, self.stop)):
            m = ctx.token_mention[j]
            if m is not None and ctx.mention(m).type == "PER":
                return True
            if not ctx.tokens[j].is_word:
                return False
        return False

    def _organisation_owning(self, k: int, words: int = 6) -> int | None:
        """The organisation named right after a role phrase ending before token ``k``, over owner
        words, articles and at most ``words`` lower-case words ("rzeczniczka związku zawodowego
        pracowników sektora usług X", "spokeswoman for the pilots' union Cockpit"); None at
        punctuation, a capitalised word or a person."""
        ctx, seen = self.ctx, 0
        while k < self.stop and seen <= words:
            m = ctx.token_mention[k]
            if m is not None:
                return m if ctx.mention(m).type == "ORG" and m not in self.interviewers else None
                # (round 56: "повідомив міністр у коментарі DW": whom the interview was given to owns no role)
            token = ctx.tokens[k]
            if not token.is_word and token.norm not in {"'s", "'"}:
                return None
            if ctx.match(ctx.lexicon.told_prepositions, k):
                return None  # round 15: "каза дипломат пред Ройтерс": whom it was told, no owner
            if not (ctx.match(ctx.lexicon.owner_words, k) or ctx.match(ctx.lexicon.articles, k)):
                if token.text[:1].isupper():
                    return None
                seen += 1
            k += 1
        return None

    def _holder_after_qualified_role(self, m: int) -> int | None:
        """The person named right after "<organisation> <role>" ("Gazprom CEO Alexei Miller", "Kremlin
        spokesman Dmitry Peskov"): the organisation only qualifies the role its holder speaks in."""
        ctx = self.ctx
        if ctx.mention(m).type == "PER":
            return None
        k = ctx.mention_tokens[m][1] + 1
        role = ctx.role_noun_at(k) if k < self.stop else None
        if role is None:
            return None
        after = k + role[1]
        holder = ctx.token_mention[after] if after < self.stop else None
        if holder is not None and ctx.mention(holder).type == "PER" and _is_subject_candidate(ctx, holder):
            return holder
        return None

    def _person_right_after(self, m: int) -> int | None:
        """The person named right after a non-person mention ("Cockpit Мартин Лохер"), if any."""
        ctx = self.ctx
        if ctx.mention(m).type == "PER":
            return None
        k = _past_abbreviation(ctx, ctx.mention_tokens[m][1] + 1, self.stop)  # round 53: "šéf X (CDSCO) Y"
        nxt = ctx.token_mention[k] if k < self.stop else None
        return nxt if nxt is not None and ctx.mention(nxt).type == "PER" and nxt not in ctx.role_owned else None

    def _name_follows(self, k: int) -> bool:
        return any(self.ctx.token_mention[j] is not None for j in range(k + 1, min(k + 4, self.stop)))

    def _owner_chain_end(self, k: int) -> int:
        """Last token of "на президента Владимир Путин" / "of Russia" after a role noun."""
        ctx, end = self.ctx, k - 1
        while k < self.stop:
            m = ctx.token_mention[k]
            if m is not None:
                end = k = ctx.mention_tokens[m][1]
                k += 1
                continue
            if ctx.match(ctx.lexicon.owner_words, k) or ctx.role_noun_at(k):
                end = k
                k += 1
                continue
            break
        return end


def _own_relation_topic(ctx: DocumentContext, cue_last: int, stop: int) -> bool:
    """Round 74: whether a topic phrase right after a publishing verb names a relation with one partner only, right
    after it ("\"Лекхім\" повідомляла про співпрацю з Sinovac", "X informowała o porozumieniu z Y"): the
    organisation before the verb reports its own relation, as a party, and relays nobody's words (an outlet names
    both sides: "Reuters informovala o jednání X s Y")."""
    k = cue_last + 1
    if k >= stop or ctx.token_mention[k] is not None or not ctx.match(ctx.lexicon.topic_prepositions, k):
        return False
    past = _past_setting(ctx, k, stop)
    if past is None:
        return False
    lexicon = ctx.lexicon
    for j in range(k + ctx.match(lexicon.topic_prepositions, k), past):
        if ctx.token_mention[j] is not None:
            return False  # (a name before the partner preposition: the relation's own side)
        if ctx.match(lexicon.partner_prepositions, j):
            return any(ctx.token_mention[i] is not None for i in range(j + 1, past))
    return False


def _setting_before_cue(ctx: DocumentContext, start: int, cue: int) -> tuple[int, int] | None:
    """Round 74: tokens [a, b] of a setting phrase (a time preposition of lexicon ``during`` before a relation word,
    `_past_setting`) that ends right before the reporting verb, in a relative clause or apposition between the named
    subject (ending before ``start``) and the verb ("Philip Hammond, který při páteční návštěvě Berlína řekl", "X, която
    след срещата с Y заяви"): where and when the subject said it, no part of the attribution."""
    lexicon = ctx.lexicon
    if not any(ctx.tokens[k].norm == "," for k in range(start, cue)):
        return None  # (with no comma the subject's own setting is round 15's `_between_subject_and_cue`)
    for k in range(start, cue):
        if ctx.token_mention[k] is None and ctx.match(lexicon.during, k):
            past = _past_setting(ctx, k, cue)
            if past is not None and all(ctx.match(lexicon.auxiliaries, j) or _plain_adverb(ctx, j) for j in range(past, cue)):
                return k, past - 1
    return None


def _past_conversation(ctx: DocumentContext, k: int, stop: int, reach: int = 3) -> int | None:
    """Round 77: the token after a conversation phrase at token ``k`` (lexicon ``interview``, ending in a partner
    preposition: "в разговор с", "w rozmowie z") whose partner is a person, named within ``reach`` lower-case words
    after it (a role noun, an adjective: "в разговор с премиера X"); None for an outlet, the press or no name ("w
    rozmowie z agencją TASS": the interview's outlet, round 20's `interview_outlets`; "с журналиста X": an
    interviewer, no partner)."""
    length = ctx.match(ctx.lexicon.interview, k)
    if not length or not ctx.match(ctx.lexicon.partner_prepositions, k + length - 1):
        return None  # (only a phrase ending in "with": "в интервю за X", "v intervjuju opozoril X" name no partner)
    j = k + length
    while j < stop and j - (k + length) < reach and ctx.token_mention[j] is None:
        token = ctx.tokens[j]
        if not token.is_word or not token.text[:1].islower() or ctx.match(ctx.lexicon.audience_nouns, j) \
                or ctx.match(ctx.lexicon.media, j):
            return None
        j += 1
    m = ctx.token_mention[j] if j < stop else None
    if m is None or ctx.mention(m).type != "PER" or ctx.mention_tokens[m][0] != j:
        return None
    return ctx.mention_tokens[m][1] + 1


def _joint_before_cue(ctx: DocumentContext, m: int, cue: int) -> tuple[int, int] | None:
    """Round 77: tokens [a, b] of a relation word standing right after a coordinated subject and before its
    reporting verb (over reflexive particles and auxiliaries only): "Латвия, Литва и Полша съвместно се обявиха
    срещу …", "Marona a Borelia společně oznámily nesouhlas": the subjects state their joint stance, a relation
    among themselves the text states, no part of the attribution. Only a subject of two or more names joined by a
    conjunction (a lone subject has no partner there); a person or organisation subject is round 15's
    `_between_subject_and_cue` already, a state or place subject was covered."""
    lexicon = ctx.lexicon
    first, end = ctx.mention_tokens[m]
    k = end + 1
    if k >= cue or ctx.token_mention[k] is not None or lexicon.relation_heads is None:
        return None
    if not (first >= 2 and ctx.token_mention[first - 1] is None and ctx.match(lexicon.conjunctions, first - 1)
            and ctx.token_mention[first - 2] is not None):
        return None  # (no "X and Y" subject)
    found = [t for t in lexicon.find_relations(ctx.tokens[k:cue], [0]) if t.first == 0]
    if not found:
        return None
    last = k + max(t.last for t in found)
    if not all(ctx.match(lexicon.reflexive_particles, j) or ctx.match(lexicon.auxiliaries, j) for j in range(last + 1, cue)):
        return None
    return k, last


def _past_setting(ctx: DocumentContext, k: int, stop: int, reach: int = 3, words: int = 8) -> int | None:
    """Round 74: the token after a phrase of setting or topic that starts at token ``k`` with a time or topic
    preposition (lexicons ``during``, ``topic_prepositions``) and has a relation word among the ``reach`` words after
    it ("po današnjem srečanju z belgijskim premierjem X", "про співпрацю з X", "за последната среща в затвора"):
    the phrase ends after the first name past the relation word (with a name joined to it by a conjunction), or at
    punctuation, a complementiser or a capitalised word, within ``words`` tokens. None when no such phrase starts at
    ``k`` (a name, punctuation or a conjunction before the relation word: "за неоснователен и настоя")."""
    lexicon = ctx.lexicon
    length = max(ctx.match(lexicon.during, k), ctx.match(lexicon.topic_prepositions, k))
    if not length or lexicon.relation_heads is None:
        return None
    start, head_stop = k + length, min(k + length + reach, stop)
    heads = ctx.may_start_positions(lexicon.relation_heads)
    at = bisect_left(heads, start)
    if at == len(heads) or heads[at] >= head_stop:
        return None
    head = heads[at]
    if not all(ctx.token_mention[j] is None and ctx.tokens[j].is_word and not ctx.match(lexicon.conjunctions, j)
               for j in range(start, head)):
        return None
    j = head + 1
    while j < min(stop, head + 1 + words):
        m = ctx.token_mention[j]
        if m is not None:
            j = ctx.mention_tokens[m][1] + 1
            if j + 1 < stop and ctx.token_mention[j] is None and ctx.match(lexicon.conjunctions, j) \
                    and ctx.token_mention[j + 1] is not None:
                j += 1  # "с X и Y"
                continue
            return j
        token = ctx.tokens[j]
        if not token.is_word or ctx.match(lexicon.complementizers, j) or token.text[:1].isupper():
            return j
        j += 1
    return j


def _past_abbreviation(ctx: DocumentContext, k: int, stop: int) -> int:
    """Round 53: the token after an organisation's abbreviation in parentheses at ``k`` ("Indického ústavu
    pro kontrolu léčiv (CDSCO) Venugópál Sómání": one capitalised word or name between the parentheses),
    else ``k``: the abbreviation belongs to the name before it."""
    if k + 2 < stop and ctx.tokens[k].norm == "(" and ctx.tokens[k + 2].norm == ")" \
            and ctx.tokens[k + 1].is_word and ctx.tokens[k + 1].text[:1].isupper():
        return k + 3
    return k


def _body_named_by_noun(ctx: DocumentContext, k: int) -> int | None:
    """The organisation a bare union or organisation noun at token ``k`` stands for as a subject, with
    no name right after it: "the union" -> the document's trade union (lexicon ``union_nouns``), "the
    company", "компанията" -> its clear protagonist organisation (``organisation_nouns``); None when
    the document establishes none (never guessed). An owner before it ("the company's") is no
    subject of its own: "Ryanair's union" is the union, named or not."""
    if ctx.token_mention[k] is not None:
        return None
    if (length := ctx.match(ctx.lexicon.union_nouns, k)) and ctx.union_named_after(k + length) is None:
        return entity_of_noun(ctx, k, set(), ctx.document_union)
    if (length := ctx.match(ctx.lexicon.organisation_nouns, k)) and not (
            k + length < len(ctx.tokens) and ctx.token_mention[k + length] is not None) and not (
            k > 0 and ctx.role_ending_at(k - 1) is not None):
        return entity_of_noun(ctx, k, set(), ctx.most_salient_organisation)
    if ctx.match(ctx.lexicon.government_nouns, k) and (state := ctx.state_of_adjective(k - 1)) is not None:
        return state  # "the Pakistani government said", "российские власти заявили": the state
    if ctx.match(ctx.lexicon.institution_nouns, k) or ctx.match(ctx.lexicon.government_nouns, k):
        # "the ministry said", "vláda uvedla": the one body the document calls so ("Ministerstvo
        # zahraničí", "the Pakistani government"); nobody when it calls none or several so
        return entity_of_noun(ctx, k)
    return None


def find_sources(ctx: DocumentContext, first: int, stop: int, last_speaker: int | None,
                 last_outlet: int | None = None) -> list[Source]:
    """The sources in tokens [first, stop) (one sentence or the text around a quote), in order.

    An outlet named only by a media noun ("the newspaper", "изданието", "Газета") is the last
    named outlet of the document (``last_outlet``) when there is one."""
    sources = _find_sources(ctx, first, stop, last_speaker)
    for source in sources:
        if source.mention is None and _media_noun_in(ctx, source) \
                and not _group_media_in(ctx, source) and not _media_noun_names_another(ctx, source):
            # round 56: or an outlet named after a media noun since ("… на британския вестник Daily Express носи
            # заглавието …. Изданието пояснява, че …"), though no source of a claim
            named = _outlet_after_media_noun_before(ctx, first)
            if named is not None and (last_outlet is None or ctx.mention_tokens[named][0] > ctx.mention_tokens[last_outlet][0]):
                source.mention, source.outlet = named, True
            elif last_outlet is not None:
                source.mention, source.outlet = last_outlet, True
    return sources


def _outlet_after_media_noun_before(ctx: DocumentContext, first: int, reach: int = 150) -> int | None:
    """Round 56: the last organisation (or title the corpus tags MISC) before token ``first``, within ``reach``
    tokens, named right after a media noun over at most two lower-case words ("британския вестник Daily Express",
    "the newspaper Daily Planet", "deníku Právo"); None when there is none. The media noun stands in the name's sentence
    (`DocumentContext.sentence_first`): one ending the sentence before, where that one has no final punctuation, names
    no one of this one."""
    lexicon = ctx.lexicon
    k = first - 1
    while k >= max(first - reach, 0):
        m = ctx.token_mention[k]
        if m is None:
            k -= 1
            continue
        start = ctx.mention_tokens[m][0]
        if ctx.mention(m).type in ("ORG", "MISC"):
            lo = ctx.sentence_first(start)
            j = start - 1
            if j >= lo and ctx.tokens[j].norm in QUOTE_MARKS:
                j -= 1
            for _ in range(3):
                if j < lo or ctx.token_mention[j] is not None or not ctx.tokens[j].is_word:
                    break
                if ctx.match(lexicon.media, j) and not ctx.match(lexicon.group_media, j):
                    return m
                if not ctx.tokens[j].text[:1].islower():
                    break
                j -= 1
        k = start - 1
    return None


def _separable_particle_closes(ctx: DocumentContext, cue: int, stop: int) -> bool:
    """Round 32: whether the speech verb at ``cue`` is the finite part of a separable verb of
    refusing or cancelling (lexicon ``separable_deny``: "sagte … ab") whose particle closes its clause
    ("sagte das Treffen mit Y ab", "sagte am Montag ab."; not "sagte, er habe …", a statement)."""
    entries = [(verbs, particle) for verbs, particle in ctx.lexicon.separable_deny if verbs.match_at(ctx.tokens, cue)]
    if not entries:
        return False
    end = None
    for k in range(cue + 1, min(stop, len(ctx.tokens))):
        if ctx.tokens[k].norm in PHRASE_BREAK or ctx.tokens[k].norm == ",":
            break
        end = k
    return end is not None and ctx.token_mention[end] is None and any(ctx.tokens[end].norm == particle for _, particle in entries)


def _group_media_in(ctx: DocumentContext, source: Source) -> bool:
    """Round 24: whether the source's phrase names the press in general (lexicon ``group_media``:
    "съобщиха местни медии", "По данным СМИ", "podle médií", "British media reported"): several
    outlets, unnamed, not the one the document named last."""
    return any(ctx.token_mention[k] is None and ctx.match(ctx.lexicon.group_media, k)
               for k in range(source.span_first, source.span_last + 1))


def _indefinite_before(ctx: DocumentContext, k: int, first: int, reach: int = 3) -> bool:
    """An indefinite article within ``reach`` words before the role noun at ``k`` ("a Japanese
    government spokesman", "ein Sprecher"): the role names someone unnamed, not a known holder."""
    for j in range(k - 1, max(first, k - reach) - 1, -1):
        if ctx.tokens[j].norm in {",", ".", ";", ":"}:
            return False
        if ctx.match(ctx.lexicon.indefinite_articles, j):
            return True
    return False


def _bare_role(ctx: DocumentContext, k: int, length: int, start: int) -> bool:
    """Round 15: a role noun at ``k`` without the suffixed definite article of a language that has
    one (lexicon ``definite_endings``, bg), on itself or on a word between ``start`` and it (the
    article goes on the phrase's first word: "руският министър"): indefinite, "a banker" ("каза
    банкер")."""
    endings = ctx.lexicon.definite_endings
    return bool(endings) and not any(ctx.tokens[j].norm.endswith(endings) for j in range(start, k + length))


def _describes_next_noun(ctx: DocumentContext, m: int, stop: int) -> bool:
    """A MISC mention (a nationality, "Japanese", "российский") followed by a lower-case word: it
    describes that noun ("a Japanese government spokesman") and is no source itself."""
    after = ctx.mention_tokens[m][1] + 1
    return (ctx.mention(m).type == "MISC" and after < min(stop, len(ctx.tokens))
            and ctx.token_mention[after] is None and ctx.tokens[after].is_word
            and ctx.tokens[after].text[:1].islower())


def _labelled_colon(ctx: DocumentContext, m: int, stop: int, reach: int = 12) -> int | None:
    """Round 17: the colon of a speaker label "<person> – <role phrase>:" or "<person>, <role
    phrase>:" opening a sentence ("Иван Петров – председател на съвета: …", "Jan Kowalski,
    minister: …"): a dash or comma right after the person, a role noun right after it, and the
    colon within ``reach`` tokens, over words and names only. None otherwise."""
    if ctx.mention(m).type != "PER":
        return None
    k = ctx.mention_tokens[m][1] + 1
    if k + 2 >= stop or ctx.tokens[k].norm not in {"–", "—", "-", ","} or ctx.role_noun_at(k + 1) is None:
        return None
    for j in range(k + 1, min(stop, k + 1 + reach)):
        token = ctx.tokens[j]
        if token.norm == ":":
            return j
        if not token.is_word and ctx.token_mention[j] is None:
            return None
        if ctx.token_mention[j] is None and (ctx.match(ctx.lexicon.speech, j) or ctx.match(ctx.lexicon.publish, j)):
            return None
    return None


def _person_of_initials(ctx: DocumentContext, m: int) -> int:
    """Round 71: the person a speaker label of capitals stands for in a question-and-answer interview: "RG: …" after
    "Roland Götz: …" opened an answer before (a person named earlier in the document whose words' initials are the
    label's letters, in order), when the label itself was read as a person's name. ``m`` itself otherwise (an outlet's
    or a body's abbreviation: "TASS: …", "UE: …", "ЕС: …" never become a person's initials)."""
    label = ctx.doc.text[ctx.doc.mentions[m].start:ctx.doc.mentions[m].end]
    if ctx.mention(m).type != "PER" or not (2 <= len(label) <= 4 and label.isalpha() and label.isupper()):
        return m
    for index in range(m - 1, -1, -1):
        mention = ctx.doc.mentions[index]
        words = ctx.doc.text[mention.start:mention.end].split()
        if mention.type == "PER" and len(words) == len(label) and all(w[:1] == c for w, c in zip(words, label)):
            return index
    return m


def _second_label(ctx: DocumentContext, start: int, stop: int, reach: int = 6) -> tuple[int, int] | None:
    """Round 71: (person, colon) of a second speaker label right after a headline's first ("The Independent: Health
    Secretary Tom Hale: …", "Zenco: minister Jan Nowak: …"): at most ``reach`` plain words (a role phrase, no
    reporting cue), then a person's name and a colon right after it. None otherwise."""
    for j in range(start, min(stop, start + reach + 1)):
        if (m := ctx.token_mention[j]) is not None:
            end = ctx.mention_tokens[m][1]
            if ctx.mention(m).type == "PER" and end + 2 < stop and ctx.tokens[end + 1].norm == ":":
                return m, end + 1
            return None
        token = ctx.tokens[j]
        if not token.is_word or ctx.match(ctx.lexicon.cue_heads, j):
            return None
    return None


def _can_speak(ctx: DocumentContext, m: int) -> bool:
    """Round 17: whether the mention names someone who can speak: a person, an organisation or a
    place (a state, a capital standing for its government), or another name (MISC: events,
    products, works) only when the document uses it as an outlet: next to a media noun or to a
    relay cue ("the newspaper FAZ", "according to FAZ", "FAZ reported"). "Brexit: …", "Nord Stream
    2: …" open a headline by its topic, not by a source."""
    if ctx.mention(m).type != "MISC":
        return True
    lexicon = ctx.lexicon
    for index, mention in enumerate(ctx.doc.mentions):
        if ctx.name(index) != ctx.name(m):
            continue
        if _near_media_noun(ctx, index):
            return True
        first, last = ctx.mention_tokens[index]
        # a relay cue before it in its sentence, over at most two lower-case words ("пише британският The Times")
        for start in range(first - 1, max(first - 4, ctx.sentence_first(first) - 1), -1):
            token = ctx.tokens[start]
            if ctx.token_mention[start] is not None or not token.is_word:
                break
            length = max(ctx.match(lexicon.according, start), ctx.match(lexicon.publish, start))
            if length and start + length <= first:
                return True
            if not token.text[:1].islower():
                break
        if last + 1 < len(ctx.tokens) and ctx.token_mention[last + 1] is None and (
                ctx.match(lexicon.publish, last + 1) or ctx.match(lexicon.speech, last + 1)):
            return True
    return False


def _media_noun_names_another(ctx: DocumentContext, source: Source) -> bool:
    """Round 53: whether a media noun of the source is followed by a name the corpus did not mark (a
    capitalised word, or one in quote marks, that is no mention and no time word: "пише вестник Sunday
    Express", "napisał dziennik „Fakty”"): the outlet is that one, not the one the document named last."""
    lexicon = ctx.lexicon
    dates = time_words(lexicon, relative=False)
    n = len(ctx.tokens)
    for k in range(source.span_first, source.span_last + 1):
        if ctx.token_mention[k] is not None or not (length := ctx.match(lexicon.media, k)):
            continue
        j = k + length
        if j < n and ctx.tokens[j].norm in QUOTE_MARKS:
            j += 1
        if j < n and ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].isupper() \
                and not ctx.match(dates, j):
            return True
    return False


def _media_noun_in(ctx: DocumentContext, source: Source) -> bool:
    for k in range(source.span_first, source.span_last + 1):
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.media, k):
            return True
    return False


def _find_sources(ctx: DocumentContext, first: int, stop: int, last_speaker: int | None,
                  look_back: bool = True, depth: int = 0) -> list[Source]:
    lexicon = ctx.lexicon
    sources: list[Source] = []
    tokens = ctx.tokens
    i = first
    sentence_stop = stop  # (the headline dash below may end ``stop`` earlier; the finder reads it all)
    # headline convention "WSJ: …", "Reuters — …"
    if first + 1 < stop and (m := ctx.token_mention[first]) is not None:
        end = ctx.mention_tokens[m][1]
        colon = end + 1 if end + 1 < stop and tokens[end + 1].norm == ":" else _labelled_colon(ctx, m, stop)
        if colon is not None and _can_speak(ctx, m):
            m = _person_of_initials(ctx, m)  # round 71: an interview's "RG: …" is Roland Götz's answer
            sources.append(Source(m, "headline", colon, colon, first, colon, ctx.mention(m).type != "PER", ":", True))
            i = colon + 1
            if (label := _second_label(ctx, i, stop)) is not None:
                # round 71: "The Independent: Health Secretary Tom Hale: …": the first label relays the second's words
                sources.append(Source(label[0], "headline", label[1], label[1], i, label[1], False, ":", True))
                i = label[1] + 1
    # headline convention "… – Трюдо": a name after a dash ends the sentence
    k = stop - 1
    while k > first and tokens[k].norm in {".", "!", "?"}:
        k -= 1
    if k > first + 2 and (m := ctx.token_mention[k]) is not None:
        start = ctx.mention_tokens[m][0]
        if start - 1 > first and tokens[start - 1].norm in {"—", "–", "-"} and ctx.mention(m).type in ("PER", "ORG"):
            sources.append(Source(m, "headline", start - 1, start - 1, start - 1, k, ctx.mention(m).type != "PER", "–", True))
            stop = start - 1
    # a cue never starts inside a name, and most words start none: only the tokens where one may start
    # are read (`DocumentContext.may_start_positions`)
    starts = ctx.may_start_positions(lexicon.cue_heads)
    at = bisect_left(starts, i)
    if not sources and (at == len(starts) or starts[at] >= stop):
        return sources  # no cue, no headline: no source (and no interview phrase to read)
    finder = _Finder(ctx, first, sentence_stop, last_speaker, look_back)
    finder.depth = depth  # (round 71: how many sentences back `_previous_sentence_speaker` has read)
    while i < stop:
        while at < len(starts) and starts[at] < i:
            at += 1
        if at == len(starts) or starts[at] >= stop:
            break
        i = starts[at]
        if ctx.token_mention[i] is not None:
            i += 1
            continue
        kind, length = None, 0
        for name, patterns in (("according", lexicon.according), ("publish", lexicon.publish), ("speech", lexicon.speech),
                               ("deny", lexicon.deny), ("confirm", lexicon.confirm),
                               ("according_after", lexicon.according_after), ("naming", lexicon.naming_verbs)):
            # (round 83: a verb of calling or describing, "X określił współpracę Y i Z", "X, който определя
            # речта като …", is X's statement about what it names: X is its source, as a speech verb's subject)
            n = patterns.match_at(tokens, i)
            if n > length and ctx.token_mention[i] is None:
                kind, length = name, n
        if not kind:
            i += 1
            continue
        if kind == "naming":
            # (only right after its subject, a person or a publication, "The Economist określił …", or after a
            # relative pronoun whose antecedent is a person, "X, който определя …": a body or state "defining"
            # something as its position speaks for itself as a party, "ЕС определи като една от позициите си …"; a
            # name after a relative pronoun is a relative clause's, "jednání, které Britové označují jako …"; after
            # a noun or a setting, "дипломат назвал", "в письме назвал", the subject is not plainly named)
            if not _naming_subject(ctx, first, i):
                i += 1
                continue
            kind = "speech"
        cue_last = i + length - 1
        if kind == "according" and ctx.match(lexicon.complementizers, i) >= length:
            i += ctx.match(lexicon.complementizers, i)  # "les informations selon lesquelles …": content, no source
            continue
        if ctx.match(lexicon.negation, i):
            i = cue_last + 1  # "не ведутся", "not true": a predicate of the content, not a reporting verb
            continue
        if kind == "speech" and ctx.match(lexicon.commitment_markers, cue_last + 1):
            # "X and Y pledged to deepen their cooperation", "is said to have met": a commitment
            # (or a passive), not a statement with a content: X and Y are parties, not sources
            i = cue_last + 1
            continue
        if kind == "speech" and i > first and ctx.match(lexicon.passive_auxiliaries, i - 1) \
                and not (cue_last + 1 < stop and ctx.match(lexicon.passive_agents, cue_last + 1)):
            # round 32: "X was accused of …", "X was told that …": a passive, X is whom it was said
            # of or to, not the source ("This was said by X": the agent after it is)
            i = cue_last + 1
            continue
        if kind == "speech" and ctx.match(lexicon.persuasion_passives, i) > length:
            # round 68: "X was convinced by Y to meet Z", "X est convaincu par Y": being convinced with the
            # passive's agent after it is being persuaded: no statement, Y is no source
            i = cue_last + 1
            continue
        if kind == "deny" and ctx.match(lexicon.refusals, i) and _refuses_relation(ctx, cue_last, stop):
            # round 53: "the Taliban, who have long refused to negotiate with Y", "X отказался встретиться с
            # Y": a refusal of the relation is the refuser's own stance, a party's: no source (it is denied)
            i = cue_last + 1
            continue
        if kind == "speech" and _separable_particle_closes(ctx, i, stop):
            # round 32: "X sagte das Treffen mit Y ab": a verb of cancelling (lexicon ``separable_deny``),
            # not "said": X cancelled, and is a party, not the source
            i = cue_last + 1
            continue
        participle = ctx.match(lexicon.participles, i) or (i > first and ctx.match(lexicon.participles, i - 1) > 1)
        # (a relay does not act: "X, citovaný agenturou ČTK, řekl": X said it, not the agency)
        if participle and sources and sources[-1].mention is not None and sources[-1].kind != "according":
            # "Musk denied this, saying …": the participle shares the main verb's subject
            prior = sources[-1]
            sources.append(Source(prior.mention, kind, i, cue_last, i, cue_last, prior.outlet,
                                  ctx.doc.text[tokens[i].start : tokens[cue_last].end], False))
            i = cue_last + 1
            continue
        if kind in ("speech", "publish") and i > first and (ctx.match(lexicon.according_prefix, i - 1) or (
                i - 1 > first and ctx.match(lexicon.auxiliaries, i - 1) and ctx.match(lexicon.according_prefix, i - 2))
                or _as_clause_with_adverb(ctx, first, i)):
            kind = "according"  # "как оповестил Джонсон", "kot so sporočili iz X": the source follows
        source = _source_for(ctx, finder, kind, i, cue_last, first, stop)
        if source is not None and kind == "publish" and source.span_first < i and cue_last + 1 < stop \
                and ctx.token_mention[cue_last + 1] is None and ctx.match(lexicon.published_texts, cue_last + 1) \
                and not any(ctx.match(patterns, k) for k in range(cue_last + 2, stop)
                            for patterns in (lexicon.according, lexicon.according_after, lexicon.publish, lexicon.speech)):
            # round 95: "Evropská komise schválila a zveřejnila návrh právního textu dohody o …": the subject
            # published a document (a draft, a text) and the text tells it: no one says the relation the document is
            # about, and the publisher is no side of it (its clause stays the attribution's; unless the sentence
            # goes on to cite a source, "…, се казва в прессъобщение от ЕК": the publisher's own account)
            source.mention = None
        if source is not None:
            source.citing = kind == "according" and ctx.match(lexicon.citing, i) > 0
            before = source.span_first - 1
            while before > first and (ctx.match(lexicon.articles, before) or ctx.match(lexicon.auxiliaries, before)):
                before -= 1  # "…, the State Department said", "…, je poročala STA"
            if source.span_first == i and before - 1 > first and _plain_adverb(ctx, before):
                # round 62: one adverb between the comma and a verb whose subject follows it ("…, še poroča AFP",
                # "…, je še dejal X", "…, dále uvedl X", "…, также сообщает X"): the clause is still the attribution
                prior = before - 1
                while prior > first and ctx.match(lexicon.auxiliaries, prior):
                    prior -= 1
                if tokens[prior].norm == ",":
                    before = prior
            if before > first and source.span_first == i and ctx.token_mention[before] is None \
                    and ctx.match(lexicon.back_reference, before) == 1 and tokens[before - 1].norm == ",":
                before -= 1  # round 17: "…, to napsala agentura X": the pointer takes up what came before
            if (source.mention is not None and source.span_first < i and before > first
                    and ctx.token_mention[before] is None and (role := ctx.role_ending_at(before)) is not None
                    and not (cue_last + 1 < stop and tokens[cue_last + 1].norm in {":", "\"", "«", "„", "“"})):
                # round 27: "…, government spokesman X said", "…, spokesman X said": the role phrase
                # before the named subject (one word of its complement before it) is the source's too,
                # when a comma opens the clause before it (not "Během setkání prezident X slíbil", nor a
                # source whose words follow it: "…, minister X odpowiedział: „…“")
                start = before - role[1] + 1
                if (start - 1 > first and tokens[start - 1].is_word and tokens[start - 1].text[:1].islower()
                        and ctx.token_mention[start - 1] is None and not ctx.match(lexicon.conjunctions, start - 1)
                        and not ctx.match(lexicon.complementizers, start - 1) and not ctx.match(lexicon.articles, start - 1)):
                    start -= 1
                opener = start - 1
                while opener > first and ctx.match(lexicon.articles, opener):
                    opener -= 1
                if opener > first and tokens[opener].norm == ",":
                    source.span_first = start
                    before = opener
            if source.mention is None and not source.outlet:
                # round 15: "…, two sources told Reuters", "…, senior EU officials said": the words
                # before an unnamed subject belong to it
                words = 0
                while before > first and words < 2 and ctx.token_mention[before] is None and tokens[before].is_word \
                        and not ctx.match(lexicon.conjunctions, before) and not ctx.match(lexicon.complementizers, before):
                    before -= 1
                    words += 1
            source.parenthetical = kind in ("according", "according_after") or source.span_first == first or (
                # "О встрече X и Y сообщил Z": the fronted topic is what Z reported
                source.mention is not None and source.span_first == i and source.span_last > i
                and topic_fronted(ctx, first, i)) or (
                before >= first and (tokens[before].norm in _CLAUSE_OPENERS
                                     # "…, wie dpa berichtete": "as X reported" is its own clause
                                     or (before > first and tokens[before - 1].norm == ","
                                         and ctx.match(lexicon.according_prefix, before))))
            _take_addressed_outlet(ctx, source, stop)
            if source.parenthetical and source.span_first > first and (
                    _inside_relative_clause(ctx, first, min(i, source.span_first))
                    if kind in ("according", "according_after")
                    else _opens_content_after(ctx, max(source.span_last, cue_last) + 1, stop)
                    and not (ctx.token_mention[first] is None and (ctx.match(lexicon.topic_prepositions, first)
                                                                   or ctx.match(lexicon.place_prepositions, first)))):
                # round 53: a cue in a relative clause after the relation word ("… jednat o podmínkách období,
                # které by mělo podle EU trvat …") attributes that clause only; a verb with a content clause of
                # its own ("След като X призова Y …, Индия обяви, че …") governs what follows it, not what stands
                # before (but a phrase opening with a preposition is its topic: "Na pytanie o współpracę z X, Y
                # odpowiedział, że")
                source.parenthetical = False
            sources.append(source)
        i = cue_last + 1
    _take_interviewers(finder, sources)
    return sources


def attributes(ctx: DocumentContext, source: Source, trigger_first: int) -> bool:
    """Round 53: whether a source whose attribution ends before the relation word attributes it: not when the
    word stands in a relative clause on the source's named subject after its verb ("…," said X, who met Y
    on Monday", "каза Мей, която пристигна в Китай", "řekla Merkelová, která jednala s Y") or on the object of
    a denial or confirmation cue ("отхвърли позицията на Y, който призова Z"): that clause is the text's own
    account. A content clause (a complementiser) or a sentence break before the relative pronoun ends the scan."""
    end = max(source.span_last, source.cue_last)
    if source.cue_first > trigger_first and (
            source.kind == "according" and _opens_own_clause(ctx, trigger_first, source.cue_first)
            or any(ctx.tokens[k].norm in {".", "!", "?"} and _glued_sentence_end(ctx, k, trigger_first)
                   for k in range(trigger_first + 1, source.cue_first))):
        # round 79: an "according to" cue heading a clause of its own after the relation word (a reason, a relative
        # clause) and a source in a sentence the splitter glued on after it ("…е много по-изгоден.В интервю,
        # публикувано в в. Ханделсблат, …") do not attribute the relation
        return False
    if source.cue_first > trigger_first or trigger_first <= end + 1:
        return True
    lexicon = ctx.lexicon
    for k in range(end + 1, trigger_first):
        token = ctx.tokens[k]
        if token.norm in {".", "!", "?"} and _glued_sentence_end(ctx, k, end):
            return False  # round 65: "…, заяви X, цитиран от Y.След като Z …": a sentence the splitter missed is not X's
        if token.norm in {".", ";", ":", "!", "?"} or (ctx.token_mention[k] is None and ctx.match(lexicon.complementizers, k)):
            return True
        if token.norm == "," and source.kind != "according" and ctx.token_mention[k + 1] is None \
                and max(ctx.match(lexicon.speech, k + 1), ctx.match(lexicon.publish, k + 1)) > ctx.match(lexicon.according, k + 1) \
                and not ctx.match(lexicon.participles, k + 1):
            # round 71: another reporting verb opening its clause after a comma closes what this source says ("ако ЕС
            # не предложи споразумение, заяви X преди среща с Y": the meeting is X's words, no relay by the EU); a
            # relay ("…, цитиран от ТАСС") or a participle ("…, saying") goes on with it, and an "according to" relay
            # stands in apposition to the verb's subject ("X, цитиран от ТАСС, заяви, че …": ТАСС relays X)
            return False
        if token.norm == "," and ctx.token_mention[k + 1] is None and ctx.match(lexicon.relative_pronouns, k + 1):
            if source.kind in ("deny", "confirm"):
                return False
            return not (source.kind == "speech" and source.mention is not None and source.cue_first < ctx.mention_tokens[source.mention][0]
                        and ctx.mention_tokens[source.mention][1] == k - 1)
    return True


def _opens_own_clause(ctx: DocumentContext, trigger_first: int, cue: int, reach: int = 2) -> bool:
    """Round 79: whether the "according to" cue at ``cue``, after the relation word, stands at the head of a clause of
    its own (lexicon ``relative``: "because", "защото", "protože", "который") opened within ``reach`` tokens before
    it ("Канада призова Исламабад …, защото според Отава животът ѝ е в опасност"): that source gives the reason, not
    the call, which stays the text's own."""
    for j in range(cue - 1, max(trigger_first, cue - reach - 1), -1):
        if ctx.token_mention[j] is not None:
            return False
        # (the longest first: a relative word of its own opens a clause only after a comma, one of several words anyway)
        length = ctx.phrase_ending_at(ctx.lexicon.relative, j, (3, 2, 1), trigger_first + 1, ctx.unnamed_token)
        if length > 1 or length == 1 and ctx.tokens[j - 1].norm == ",":
            return True
    return False


def _glued_sentence_end(ctx: DocumentContext, k: int, low: int) -> bool:
    """Round 65: whether the full stop at token ``k`` ends a sentence the splitter left whole: after a word of four
    letters or more or a closing quote or bracket (no abbreviation, "W. Brytanii"), before a capitalised word."""
    if k - 1 < low or k + 1 >= len(ctx.tokens):
        return False
    before, after = ctx.tokens[k - 1], ctx.tokens[k + 1]
    return (before.norm in _QUOTE_CLOSERS | {")"} or before.is_word and len(before.text) >= 4) \
        and after.is_word and after.text[:1].isupper()


def _inside_relative_clause(ctx: DocumentContext, first: int, k: int, reach: int = 8) -> bool:
    """Round 53: whether token ``k`` stands in a relative clause opened within ``reach`` words before it (a
    comma and a relative pronoun: "…, které by mělo podle EU trvat"; "…, который, по словам X, …" is
    not: a comma closes the scan first)."""
    for j in range(k - 1, max(first, k - reach) - 1, -1):
        if ctx.tokens[j].norm in CLAUSE_END or ctx.tokens[j].norm in _STOP_BACK:
            return False
        if ctx.token_mention[j] is None and ctx.match(ctx.lexicon.relative_pronouns, j):
            return j - 1 > first and ctx.tokens[j - 1].norm == ","
    return False


def _opens_content_after(ctx: DocumentContext, k: int, stop: int) -> bool:
    """Round 53: whether a content clause opens at token ``k``, right after a reporting verb and its
    source (over a comma, time words and short lower-case words: "Индия днес обяви, че …", "said on Monday
    that …"): a
    complementiser or a colon."""
    dates = time_words(ctx.lexicon, relative=False)
    for j in range(k, min(k + 4, stop)):
        if ctx.tokens[j].norm == ":" or (ctx.token_mention[j] is None and ctx.match(ctx.lexicon.complementizers, j)):
            return True
        token = ctx.tokens[j]
        if ctx.token_mention[j] is None and (ctx.match(ctx.lexicon.conjunctions, j)
                                             or ctx.match(ctx.lexicon.clause_conjunctions, j)):
            return False  # round 57: "…, X said, and that would help": a clause of its own, no content clause
        if token.norm != "," and not (ctx.token_mention[j] is None and (
                ctx.match(dates, j) or (token.is_word and token.text.islower() and len(token.norm) <= 3))):
            return False  # (over "on" of "said on Monday that")
    return False


def _refuses_relation(ctx: DocumentContext, cue_last: int, stop: int, reach: int = 3) -> bool:
    """Round 53: whether a relation word is the object of the refusal cue ending at ``cue_last`` (lexicon
    ``refusals``): it starts within ``reach`` words after it, over lower-case words (an infinitive marker,
    a light verb, an article: "refused to hold talks with Y", "отказа да се срещне с Y", "odmówił
    spotkania z Y"), with no punctuation, name, complementiser or word pointing back between ("rejected
    claims that X met Y", "odmítl, že …" deny a report: a source), nor a topic preposition ("refused to comment
    on talks with Y": a source). German (``verb_final``) capitalises its nouns ("verweigerte Gespräche mit Y")
    and puts the relation in a zu-infinitive after a comma ("weigerte sich, mit Y zu verhandeln"). A refused invitation or request (lexicon
    ``answered``: "turned down Y's invitation") was made, and answers it (the refuser stays its source)."""
    lexicon = ctx.lexicon
    start, clause = cue_last + 1, False
    if lexicon.verb_final and start < stop and ctx.tokens[start].norm == ",":
        # round 57: German puts the refused relation in a zu-infinitive after a comma, its partner before
        # the verb: "weigerte sich, mit X zu verhandeln" (names may stand in it)
        start, clause, reach = start + 1, True, reach + 3
    for k in range(start, min(start + reach, stop, len(ctx.tokens))):
        token = ctx.tokens[k]
        if clause and ctx.token_mention[k] is not None:
            continue
        if ctx.token_mention[k] is not None or not token.is_word \
                or not (token.text[:1].islower() or lexicon.verb_final) \
                or ctx.match(lexicon.complementizers, k) or ctx.match(lexicon.anaphora, k) \
                or ctx.match(lexicon.topic_prepositions, k):
            return False  # (round 57: "refused to comment on talks with Y" refuses to comment: a source)
        if any(m.first == 0 for m in lexicon.find_relations(ctx.tokens[k : min(k + 6, stop)])):
            return not ctx.match(lexicon.answered, k)
    return False


def _as_clause_with_adverb(ctx: DocumentContext, first: int, verb: int, reach: int = 3) -> bool:
    """Round 15: an "as" word opening a clause before a reporting verb with an adverb or an
    auxiliary between ("Kot je danes dejal,", "Jak dnes řekl,", "Как ранее сообщил X"): the
    verb's source follows it or was dropped (lower-case words only, no name, no punctuation)."""
    for k in range(verb - 1, max(first, verb - 1 - reach) - 1, -1):
        token = ctx.tokens[k]
        if ctx.token_mention[k] is not None or not token.is_word or not token.text[:1].islower() and k > first:
            return False
        if ctx.match(ctx.lexicon.according_prefix, k):
            return k < verb - 1 and (k == first or ctx.tokens[k - 1].norm in _CLAUSE_OPENERS)
    return False


_PARENTHESIS_CLOSERS = {",", "-", "–", "—"}


def _dropped_source(ctx: DocumentContext, cue: int, cue_last: int, stop: int) -> bool:
    """Round 15: an "as" clause whose singular past reporting verb has no subject after it, in a
    language that drops subjects ("Kot je danes dejal, …", "Jak dnes řekl, …", "Jak powiedział,
    …"): he or she said it, the person the text is about (lexicon ``masculine_verb_endings``,
    ``feminine_verb_endings``; a plural or neuter verb, "kot so sporočili", is impersonal)."""
    lexicon = ctx.lexicon
    if not lexicon.drops_subjects or cue_last + 1 >= stop or ctx.tokens[cue_last + 1].norm not in _PARENTHESIS_CLOSERS:
        return False  # round 79: or a dash closing a parenthesis ("Banksa - jak sam stwierdził - zaskoczyło …")
    verb = ctx.tokens[cue_last]
    if ctx.token_mention[cue_last] is not None or not verb.is_word:
        return False
    endings = lexicon.singular_verb_endings
    return bool(endings) and verb.norm.endswith(endings) and bool(
        lexicon.speech.match_at(ctx.tokens, cue_last) or lexicon.publish.match_at(ctx.tokens, cue_last)
        or any(lexicon.speech.match_at(ctx.tokens, k) + k - 1 == cue_last for k in range(cue, cue_last)))


def _take_interviewers(finder: _Finder, sources: list[Source], reach: int = 8) -> None:
    """Whom an interview was given to ("In an interview with CNN, X said", "X said in an interview
    with CNN that", "X w rozmowie z agencją PAP powiedział") is the addressee of the nearest source:
    it relays the words, and its phrase belongs to the attribution (no party, no relation)."""
    for m, (start, end) in sorted(finder.interviewers.items(), key=lambda item: item[1]):
        best, distance = None, reach + 1
        for source in sources:
            if source.kind not in ("speech", "publish", "deny", "confirm", "according") or source.mention == m:
                continue
            lo, hi = min(source.span_first, source.cue_first), max(source.span_last, source.cue_last)
            gap = start - hi if start > hi else (lo - end if end < lo else 0)
            if gap < distance:
                best, distance = source, gap
        if best is None:
            continue
        if best.addressee is None:
            best.addressee = m
        best.span_first, best.span_last = min(best.span_first, start), max(best.span_last, end)


def _take_addressed_outlet(ctx: DocumentContext, source: Source, stop: int) -> None:
    """"Peskov told Interfax that …", "сказал РИА Новости": an organisation right after a speech
    verb whose subject came before it is whom it was said to — the outlet that relays the words,
    not a party of the claim."""
    after = source.cue_last + 1
    if source.kind != "speech" or after >= stop:
        return
    if source.span_last > source.cue_last:
        # round 15: after an inverted subject, named or not ("каза дипломат пред Ройтерс", "řekl
        # novinářům mluvčí X pro agenturu ČTK"): an outlet after a told preposition
        after = source.span_last + 1
        told = ctx.match(ctx.lexicon.told_prepositions, after) if after < stop and ctx.token_mention[after] is None else 0
        if not told:
            # round 29: a dative media noun right before the outlet ("сообщил X агентству Рейтер",
            # "sagte X der Nachrichtenagentur dpa")
            while after < stop and ctx.token_mention[after] is None and ctx.match(ctx.lexicon.articles, after):
                after += 1
            media = ctx.match(ctx.lexicon.media, after) if after < stop and ctx.token_mention[after] is None else 0
            if not media or after + media >= stop or (m := ctx.token_mention[after + media]) is None \
                    or ctx.mention(m).type != "ORG" or m == source.mention:
                return
            source.addressee = m
            source.span_last = ctx.mention_tokens[m][1]
            return
        after = _past_media_noun(ctx, after + told, stop)  # round 53: "… пред агенция DPA"
        m = ctx.token_mention[after] if after < stop else None
        if m is not None and m != source.mention and ctx.mention(m).type in ("ORG", "MISC"):
            source.addressee = m
            source.span_last = ctx.mention_tokens[m][1]
        return
    for k in range(source.span_first + 1, source.cue_first - 1):
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.told_prepositions, k) \
                and (m := ctx.token_mention[k + 1]) is not None and ctx.mention(m).type in ("ORG", "MISC") and m != source.mention:
            source.addressee = m  # round 15: "X pro Daily Express vydal prohlášení, že …"
            return
    # ("told the BBC that", "said to the BBC", "каза пред Дарик", "powiedział dla RMF": lexicon
    # ``told_prepositions``)
    told = ctx.match(ctx.lexicon.told_prepositions, after) if ctx.token_mention[after] is None else 0
    addressed = told > 0 or bool(ctx.match(ctx.lexicon.telling, source.cue_first))
    after += told
    while after < stop and ctx.token_mention[after] is None and ctx.match(ctx.lexicon.articles, after):
        after += 1
    if addressed:
        after = _past_media_noun(ctx, after, stop)  # round 53: "told the agency X", "каза пред агенция X"
    if after >= stop:
        return
    m = ctx.token_mention[after]
    # round 53: an outlet the corpus tags MISC (a title: "told Billboard the …", "пред PRO") where the
    # telling marks whom it was told (a told preposition, a telling verb)
    if m is None or m == source.mention or ctx.mention(m).type not in (("ORG", "MISC") if addressed else ("ORG",)):
        return
    # only when the content starts after it ("told Interfax that …", "сказал РИА Новости, что …"):
    # in "Lavrov said NATO and Russia held talks" NATO begins the content
    nxt = ctx.mention_tokens[m][1] + 1
    # (round 29: over the time of the telling, "told the BBC on Thursday that …")
    dates = time_words(ctx.lexicon, relative=False)
    for skip in (1, 2):
        if nxt + skip < stop and all(ctx.token_mention[k] is None for k in range(nxt, nxt + skip)) \
                and ctx.match(dates, nxt + skip - 1) and (skip == 1 or ctx.tokens[nxt].text.islower()):
            nxt += skip
            break
    if nxt >= stop or ctx.tokens[nxt].norm in {",", ".", ";", ":", "»", "”", "\"", "—"} \
            or ctx.match(ctx.lexicon.complementizers, nxt) or ctx.match(ctx.lexicon.articles, nxt) \
            or ctx.match(ctx.lexicon.interview, nxt) \
            or (ctx.token_mention[nxt] is not None and _telling(ctx, source, after)) \
            or (ctx.token_mention[nxt] is None and (ctx.match(ctx.lexicon.person_pronouns, nxt)
                                                    or ctx.match(ctx.lexicon.plural_pronouns, nxt)
                                                    or ctx.match(ctx.lexicon.first_person, nxt))):
        # (round 29: "told Reuters he would meet X": a subject pronoun opens the content)
        source.addressee = m
        source.span_last = ctx.mention_tokens[m][1]


def _past_media_noun(ctx: DocumentContext, k: int, stop: int) -> int:
    """Round 53: the token after the articles at ``k`` and, when one follows them, a media noun and its
    articles ("the news agency", "агенция", "agencji"): where the outlet's name starts after a told
    preposition."""
    lexicon = ctx.lexicon
    while k < stop and ctx.token_mention[k] is None and ctx.match(lexicon.articles, k):
        k += 1
    if k < stop and ctx.token_mention[k] is None and (media := ctx.match(lexicon.media, k)) \
            and k + media < stop and ctx.token_mention[k + media] is not None:
        k += media
    return k


def _telling(ctx: DocumentContext, source: Source, at: int) -> bool:
    """Round 44: whether the cue is a telling verb (lexicon ``telling``) with the name at token ``at`` right
    after it, over articles ("told CNBC Acme is in talks with Y"): the name is whom it was told."""
    if not ctx.match(ctx.lexicon.telling, source.cue_first) or source.cue_last + 1 > at:
        return False
    return all(ctx.match(ctx.lexicon.articles, k) for k in range(source.cue_last + 1, at))


def topic_fronted(ctx: DocumentContext, first: int, cue: int, reach: int = 12) -> bool:
    """Whether the sentence opens with a topic phrase that the reporting verb at ``cue`` governs, its
    subject following the verb: "О встрече Путина и Маска сообщил Песков", "O tématech schůzky
    informoval tiskový odbor X", "O spotkaniu poinformował rzecznik" (lexicon ``topic_prepositions``
    at the sentence start, within ``reach`` words of the verb, no punctuation or name of a
    reporting clause between)."""
    lexicon = ctx.lexicon
    if cue - first > reach or cue <= first + 1 or not ctx.match(lexicon.topic_prepositions, first):
        return False
    if ctx.match(lexicon.back_reference, first) or ctx.match(lexicon.back_reference, first + 1):
        return False  # "Об этом он сказал …", "O tom informoval X": read as before (subject either side)
    return all(ctx.tokens[k].is_word or ctx.tokens[k].norm in {"-", "–", "«", "»", "„", "“", "\""}
               for k in range(first, cue)) and not any(
        ctx.match(lexicon.complementizers, k) or ctx.match(lexicon.person_pronouns, k)
        or ctx.match(lexicon.plural_pronouns, k) or ctx.match(lexicon.first_person, k) for k in range(first + 1, cue))


def _before_according_phrase(ctx: DocumentContext, first: int, k: int) -> int:
    """Round 92: the token before an according-to phrase that ends at token ``k`` ("Duda podle televize TVN 24
    označil …": the cue, at most one media noun, then a named outlet), else ``k``: the phrase names the relay of the
    verb's statement, the subject stands before it."""
    m = ctx.token_mention[k]
    if m is None or ctx.mention(m).type == "PER":
        return k
    j = ctx.mention_tokens[m][0] - 1
    if j > first and ctx.token_mention[j] is None and ctx.match(ctx.lexicon.media, j):
        j -= 1
    length = ctx.phrase_ending_at(ctx.lexicon.according, j, (1, 2), first + 1)
    return j - length if length and ctx.token_mention[j - length + 1] is None else k


def _naming_subject(ctx: DocumentContext, first: int, cue: int) -> bool:
    """Round 83: whether the verb of calling or describing at ``cue`` (lexicon ``naming_verbs``) has a named speaker
    for its subject: a person or publication (PER, MISC) right before it, not itself after a relative pronoun, or a
    relative pronoun right before it after a comma and a person ("X, който определя речта като …"); and its object
    names someone within seven words ("określił współpracę Czech", "определя речта на премиера Y"): "X назвал переговоры
    трудными" names no side, X stays one (round 17); a partner preposition before that name ("назвала переговоры с Y
    конструктивными") makes the talks X's own, X a party (round 73). The object is read in the cue's sentence
    (`DocumentContext.sentence_stop`: not the next one's first name, where this one has no final punctuation)."""
    k = cue - 1
    if k <= first:
        return False
    stop = ctx.sentence_stop(cue)
    j = cue + 1
    while j < min(cue + 7, stop) and ctx.token_mention[j] is None and ctx.tokens[j].norm not in {",", ".", ";", ":"}:
        if ctx.match(ctx.lexicon.partner_prepositions, j) and not ctx.match(ctx.lexicon.between, j):
            return False  # "X назвала переговоры с Y конструктивными": her own talks, X a party (round 73; "between"
            # names both sides: "described the talks between Y and Z" are not X's)
        j += 1
    if j >= stop or ctx.token_mention[j] is None:
        return False
    k = _before_according_phrase(ctx, first, k)
    if (m := ctx.token_mention[k]) is not None:
        start = ctx.mention_tokens[m][0]
        return ctx.mention(m).type in ("PER", "MISC") and not (
            start - 1 >= first and ctx.token_mention[start - 1] is None and ctx.match(ctx.lexicon.relative_pronouns, start - 1))
    if ctx.match(ctx.lexicon.relative_pronouns, k) and k - 2 >= first and ctx.tokens[k - 1].norm == ",":
        m = ctx.token_mention[k - 2]
        return m is not None and ctx.mention(m).type == "PER"
    return False


def _source_for(ctx, finder: _Finder, kind: str, cue: int, cue_last: int, first: int, stop: int) -> Source | None:
    text = ctx.doc.text[ctx.tokens[cue].start : ctx.tokens[cue_last].end]
    if kind == "according_after":
        # "dem Kreml zufolge", "Angaben des Ministeriums zufolge": the source stands just before the cue
        for k in range(cue - 1, max(first, cue - 5) - 1, -1):
            if ctx.tokens[k].norm in _STOP_BACK or ctx.tokens[k].norm == ",":
                break
            if (m := ctx.token_mention[k]) is not None:
                start = ctx.mention_tokens[m][0]
                outlet = ctx.mention(m).type != "PER" and (_near_media_noun(ctx, m) or ctx.mention(m).type == "ORG")
                return Source(m, "according", cue, cue_last, start, cue_last, outlet, text)
        return Source(None, "according", cue, cue_last, max(first, cue - 3), cue_last, True, text)
    if kind == "according":
        # "according to Tass", "по словам Пескова", "по его словам" (pronoun inside the cue)
        for k in range(cue, cue_last + 1):
            if ctx.match(ctx.lexicon.person_pronouns, k):
                m = finder.pronoun_speaker(k)
                return Source(m, kind, cue, cue_last, cue, cue_last, False, text)
        if cue_last + 1 < stop and ctx.token_mention[cue_last + 1] is None \
                and (length := ctx.match(ctx.lexicon.person_pronouns, cue_last + 1)):
            # round 71: the pronoun right after the cue ("podle něj", "според него", "według niego"): whom it names
            m = finder.pronoun_speaker(cue_last + 1)
            return Source(m, kind, cue, cue_last, cue, cue_last + length, False, text)
        if cue_last + 1 < stop and cue - 1 > first and ctx.tokens[cue - 1].norm == "," and ctx.token_mention[cue_last + 1] is None \
                and (length := ctx.match(ctx.lexicon.relative_pronouns, cue_last + 1)):
            # round 74: "…, Мишел Барние, според който ЕС …", "analýzu …, podle které odchod Británie …": "according to
            # whom/which" points back to the noun before the comma; a name there is the source, anything else is
            # unnamed (not the next name, which begins the content)
            m = ctx.token_mention[cue - 2]
            if m is not None and ctx.mention_tokens[m][1] == cue - 2 and _can_speak(ctx, m):
                start = ctx.mention_tokens[m][0]
                outlet = ctx.mention(m).type != "PER" and _near_media_noun(ctx, m)
                return Source(m, kind, cue, cue_last, start, cue_last + length, outlet, text)
            return Source(None, kind, cue, cue_last, cue, cue_last + length, True, text)
        if _dropped_source(ctx, cue, cue_last, stop):
            m = resolve_pronoun(ctx, cue_last, None, finder.last_speaker)
            return Source(m, kind, cue, cue_last, cue, cue_last, False, text)  # "Kot je danes dejal, …"
        found = None
        relation_words = ctx.may_start_positions(ctx.lexicon.relation_heads) if ctx.lexicon.relation_heads is not None else []
        # round 98: a citing cue may name its source at the end of a chain of statement nouns ("позовавайки се на
        # съобщение на пресслужбата на Кремъл": the Kremlin); the scan stops at a comma as before
        reach = 9 if ctx.match(ctx.lexicon.citing, cue) else 5
        for k in range(cue_last + 1, min(cue_last + reach, stop)):
            m = ctx.token_mention[k]
            if m is not None and _describes_next_noun(ctx, m, stop) and not (
                    k - 1 > cue_last and ctx.token_mention[k - 1] is None and ctx.match(ctx.lexicon.media, k - 1)):
                continue  # "according to a Japanese government spokesman": not the Japanese (round 36: but a name
                # right after a media noun is the outlet's, "podle deníku Financial Times brexit za …")
            if m is not None:
                found = (m, ctx.mention_tokens[m][1])
                break
            role = ctx.role_noun_at(k)
            if role is None and k <= cue_last + 2 and _sorted_has(relation_words, k) and not ctx.match(ctx.lexicon.interview, k) \
                    and all(_plain_adverb(ctx, j) for j in range(cue_last + 1, k)) \
                    and any(t.first == 0 for t in ctx.lexicon.find_relations(ctx.tokens[k : k + 4], [0])):
                # round 74: "podle podoby dohody mezi Británií a Bruselem", "Podle dohody": a relation word right after
                # the cue (over one plain word, no noun of speakers: not "Според профсъюзите споразумението …") makes
                # the phrase a measure or rule (depending on, under the agreement), no source; the names after it are
                # the relation's parties
                return None
            if role is not None:
                after = k + role[1]
                if after < stop and (m2 := ctx.token_mention[after]) is not None and ctx.mention(m2).type == "PER":
                    found = (m2, ctx.mention_tokens[m2][1])
                elif _indefinite_before(ctx, k, cue_last + 1):
                    return Source(None, kind, cue, cue_last, cue, k + role[1] - 1, True, text)  # "according to a spokesman"
                else:
                    found = (resolve_role(ctx, k, last_speaker=finder.last_speaker, as_speaker=True), finder._owner_chain_end(after))
                break
            if (length := ctx.match(ctx.lexicon.anonymous, k)):
                # "citing officials": unnamed. round 12: the source ends with the noun, or with the
                # name of whose they are right after it ("według ekspertów WHO", "sources of the
                # Moncloa"), which belongs to the attribution: no party, and still no named speaker
                end = k + length - 1
                j = end + 1
                while j < stop and ctx.token_mention[j] is None and (
                        ctx.match(ctx.lexicon.owner_words, j) or ctx.match(ctx.lexicon.articles, j)):
                    j += 1
                if j < stop and (owner := ctx.token_mention[j]) is not None:
                    end = ctx.mention_tokens[owner][1]
                return Source(None, kind, cue, cue_last, cue, end, True, text)
            if ctx.match(ctx.lexicon.media, k):
                if _outlet_named_after(ctx, k, stop):
                    continue  # "according to the news agency Reuters": the outlet's name follows its media noun
                return Source(None, kind, cue, cue_last, cue, k, True, text)
            if (k > cue_last + 1 or ctx.match(ctx.lexicon.organisation_nouns, k)) \
                    and (body := _body_named_by_noun(ctx, k)) is not None:
                # round 44: "according to a statement from the company": the organisation the noun names
                # speaks for itself, relaying nobody's words (no outlet: it may be a party too); round 88: so does
                # a company noun right after the cue ("podle aerolinek", "według spółki": the document's company;
                # not "Според профсъюзите", the unions in general)
                return Source(body, kind, cue, cue_last, cue, k, False, text)
            if ctx.tokens[k].norm in {",", ".", ";"}:
                # round 12: the unnamed source ends at the comma ("According to experts, X and Y
                # …": X is content)
                return Source(None, kind, cue, cue_last, cue, max(cue_last, k - 1), True, text)
        if found is None:
            return Source(None, kind, cue, cue_last, cue, min(cue_last + 3, stop - 1), True, text)
        m, end = found
        outlet = m is not None and ctx.mention(m).type != "PER" and (_near_media_noun(ctx, m) or ctx.mention(m).type == "ORG")
        told = _told_in_parenthesis(ctx, end + 1, stop) if m is not None and ctx.mention(m).type == "PER" else None
        if told is not None:
            # round 32: "According to X, speaking to Tass, A met B": whom X told it relays the words
            # (a `via`); the parenthesis belongs to the attribution, so no contact X–Tass
            return Source(m, kind, cue, cue_last, cue, told[1], outlet, text, addressee=told[0])
        return Source(m, kind, cue, cue_last, cue, end, outlet, text)
    # (an auxiliary may stand between: Slovene "…, je poročala STA", "…, je dejal Golob")
    head = cue - 1 if cue - 1 >= first and ctx.match(ctx.lexicon.auxiliaries, cue - 1) else cue
    j = cue - 1
    while j > first and cue - j <= 2 and (_plain_adverb(ctx, j) or ctx.match(ctx.lexicon.auxiliaries, j)):
        j -= 1
    if j >= first and ctx.tokens[j].norm == "," and sum(_plain_adverb(ctx, a) for a in range(j + 1, cue)) == 1:
        head = j + 1  # round 62: "…, dále uvedl X", "…, je še dejal X": one adverb after the comma still opens the clause
    opens_clause = head == first or ctx.tokens[head - 1].norm in _CLAUSE_OPENERS
    if opens_clause and ctx.tokens[cue - 1].norm == "," and finder.relative_apposition_before(cue - 1) \
            and not (kind == "publish" and _outlet_closes_clause(ctx, finder, cue_last, stop)):
        # "X, who had returned from Paris, accused Y": X is the subject, Y the object
        # (round 22: not "Мей, която пристигна в Китай, предаде БТА.": an organisation that ends the
        # sentence right after a publishing verb is the outlet that relays it)
        opens_clause = False
    found = None
    addressee = None
    if opens_clause:
        after = finder.subject_after(cue_last)
        if after is not None:
            m, end, named = after
            later = _subject_after_addressee(ctx, finder, kind, m, end, cue)
            if later is not None:
                addressee, (m, end, named) = m, later
            elif _told_with_dropped_subject(ctx, kind, head == first, cue_last, m, end, stop):
                # "Powiedział BBC, że …", "Заявил Би-би-си, что …": a sentence opening with a speech
                # verb whose organisation is followed by the content was told it; the subject is
                # dropped, and is the person the text is about
                addressee, m = m, resolve_pronoun(ctx, cue, None, finder.last_speaker)
            if (m is not None and m != addressee and end < ctx.mention_tokens[m][0] <= end + 4
                    and (ctx.mention_tokens[m][1] + 1 >= stop
                         or ctx.tokens[ctx.mention_tokens[m][1] + 1].norm in {".", "!", "?", ";", ","})):
                # round 27: "…, заявил пресс-секретарь правительства X.", "…, a indiqué le porte-parole du
                # gouvernement X.": the holder after the role's complement, closing the clause, is in the
                # source phrase too (not "заяви депутатът X преди среща с Y": the speaker meets Y)
                end = ctx.mention_tokens[m][1]
            found = (m, cue, end, named)
    fronted = not opens_clause and topic_fronted(ctx, first, cue)
    if fronted:
        # "О встрече Путина и Маска сообщил Песков": the names before the verb are the topic's
        after = finder.subject_after(cue_last)
        if after is not None and after[0] is not None:
            m, end, named = after
            if end < ctx.mention_tokens[m][0] <= end + 4:
                end = ctx.mention_tokens[m][1]  # "poinformował rzecznik rządu Piotr Müller": the holder too
            found = (m, cue, end, named)
    if found is None:
        before = finder.subject_before(cue)
        if before is not None:
            m, start, named = before
            found = (m, start, cue_last, named)
            if m is not None and _institution_voice(ctx, m):
                # round 15: "V Berlíně to řekla kancléřka X", "В Берлине об этом заявил министр X":
                # the place or institution before the verb is where; a subject after the verb speaks
                after = finder.subject_after(cue_last)
                if after is not None and after[0] is not None and after[0] != m and _is_subject_candidate(ctx, after[0]) \
                        and not _preposition_between(ctx, cue_last + 1, ctx.mention_tokens[after[0]][0]):
                    found = (after[0], start, after[1], after[2])
    back_reference = any(ctx.match(ctx.lexicon.back_reference, k) for k in range(max(first, cue - 3), cue))
    if found is not None and not opens_clause and not fronted and _pointer_after_comma(ctx, found[1], cue):
        # round 17: "V reakci na slova, která X pronesl na setkání s Y, to napsala agentura Z": the
        # pointer "to" right before the verb opens its clause after a comma; its subject follows it
        after = finder.subject_after(cue_last)
        if after is not None and after[0] is not None and after[2]:
            m, end, named = after
            later = _subject_after_addressee(ctx, finder, kind, m, end, cue)
            if later is not None:
                addressee, (m, end, named) = m, later
            found = (m, cue, end, named)
    if found is None and not opens_clause and (back_reference or ctx.lexicon.inverted_subjects):
        # (languages that put the subject after the verb inside a clause, lexicon
        # ``inverted_subjects``: "Am Dienstag sagte Peskow", "Ayer dijo Peskov que …")
        # verb before its subject inside a clause: "Об этом сообщает Интерфакс", "Това съобщи БТА"
        after = finder.subject_after(cue_last)
        if after is not None and after[0] is not None:
            m, end, named = after
            later = _subject_after_addressee(ctx, finder, kind, m, end, cue)
            if later is not None:
                addressee, (m, end, named) = m, later
            found = (m, cue, end, named)
    if found is None and opens_clause and (head > first or head > 0 and ctx.tokens[head - 1].norm in _QUOTE_CLOSERS | _DASHES) \
            and _singular_person_verb(ctx, cue, cue_last) \
            and _no_subject_in_clause(ctx, first, cue, cue_last, stop):
        # round 18: a reporting verb in a person's singular form closing a quote or a clause, with
        # no subject on either side ("„…,“ dodal.", "– … – dodał.", "Mayová loni …, řekla, že"):
        # the subject was dropped, and is he or she (`_dropped_speaker`)
        if (speaker := _dropped_speaker(ctx, finder, first, head, cue, cue_last)) is not None:
            found = (speaker, cue, cue_last, True)
    if found is None and head == first and _singular_person_verb(ctx, cue, cue_last) \
            and _no_subject_in_clause(ctx, first, cue, cue_last, stop):
        # round 65: a sentence opening with a reporting verb whose subject was dropped ("Wyraziła przy tym nadzieję,
        # że …", "Dodal, že …"): the one person the sentence before names as its subject, of the verb's gender
        if (speaker := _previous_sentence_subject(ctx, first, cue, cue_last, finder.depth, finder.last_speaker)) is not None:
            found = (speaker, cue, cue_last, True)
    if found is None:
        return None
    m, span_first, span_last, named = found
    if m is not None and _institution_voice(ctx, m) and _singular_person_verb(ctx, cue, cue_last):
        # round 17: "– …. – powiedziała w Berlinie, na konferencji z X": a verb in a person's singular
        # form is said by a person there, not by the place; an institution speaks in the plural or
        # impersonally ("заявили в Кремле", "poinformowano w MSZ")
        # ("заявил в Кремле Дмитрий Песков": the person named right after the place; else someone
        # unnamed: the dropped subject is not guessed, the sentence before may name a relay)
        place_end = ctx.mention_tokens[m][1]
        after = finder.subject_after(place_end) if place_end > cue_last else None
        if after is not None and after[0] is not None and ctx.mention(after[0]).type == "PER":
            m, span_last = after[0], max(span_last, after[1])
        else:
            m = None
    # (the subject after an outlet it told is no outlet itself: "сообщила агентству X пресс-секретарь профсоюза Y")
    # (an organisation named by "the company", "the union" speaks for itself, relaying nobody's words)
    by_noun = m is not None and any(_body_named_by_noun(ctx, j) == m for j in {span_first, span_last})
    outlet = m is not None and ctx.mention(m).type != "PER" and not by_noun and (
        (kind == "publish" and addressee is None and not (span_first < cue and _own_relation_topic(ctx, cue_last, stop)))
        or _near_media_noun(ctx, m))
    if m is None and kind == "publish":
        outlet = True
    setting = finder.settings.get(cue_last)
    if setting is None and m is not None and span_first < cue:
        setting = _setting_before_cue(ctx, ctx.mention_tokens[m][1] + 1, cue)
    if setting is None and m is not None and span_first < cue:
        setting = _joint_before_cue(ctx, m, cue)
    if setting is not None and not (span_first <= setting[0] and setting[1] < span_last):
        setting = None  # (a setting the source's phrase does not reach past is outside it already)
    return Source(m, kind, cue, cue_last, span_first, span_last, outlet, text, addressee=addressee, setting=setting)


def _outlet_closes_clause(ctx: DocumentContext, finder: "_Finder", cue_last: int, stop: int) -> bool:
    """Round 22: whether an organisation follows a publishing verb and ends its clause or sentence
    (", предаде БТА.", ", reported Reuters,")."""
    after = finder.subject_after(cue_last)
    if after is None or after[0] is None or ctx.mention(after[0]).type != "ORG":
        return False
    end = ctx.mention_tokens[after[0]][1]
    return end + 1 >= stop or ctx.tokens[end + 1].norm in {".", ",", ";", "!", "?"} | _QUOTE_CLOSERS


def _no_subject_in_clause(ctx: DocumentContext, first: int, cue: int, cue_last: int, stop: int) -> bool:
    """Round 18: whether the clause of a reporting verb ends right after it, naming nobody: a comma,
    a stop or a complementiser within three tokens, after at most two adverbs or auxiliaries
    ("dodal.", "Povedal je še, da …", "Poinformował też, że …"; not "powiedział w rozmowie z X Y"),
    or the verb ends the sentence; and its sentence says no "I"/"we" before it ("Včera jsem …
    zopakoval": the speaker speaks of himself)."""
    lexicon = ctx.lexicon
    if any(ctx.match(lexicon.first_person, k) for k in range(first, cue)):
        return False
    start = cue_last + 1
    if start < stop and ctx.token_mention[start] is None and (past := _past_setting(ctx, start, stop)) is not None:
        start = past  # round 74: "…, je povedal po srečanju z X v Parizu, navaja AFP": the setting names no subject
    for k in range(start, min(stop, start + 3)):
        if ctx.tokens[k].norm in _STOP_BACK or ctx.tokens[k].norm == "," or ctx.match(lexicon.complementizers, k):
            return True
        if ctx.token_mention[k] is not None:
            return False
    return start >= stop


def _dropped_speaker(ctx: DocumentContext, finder: "_Finder", first: int, head: int, cue: int,
                    cue_last: int) -> int | None:
    """Round 18: who a reporting verb with a dropped subject is ("dodal", "powiedziała"). Closing
    a quote ("„…,“ dodal", "– … – dodał"): the last speaker, else whom "he"/"she" would name there
    (the person the text is about) when the document names them in full. After a plain comma ("Mayová loni v
    Japonsku …, řekla, že"): the person opening the sentence, its subject. Otherwise, or when
    the verb's gender says another person, nobody (a sentence opening with the verb,
    "Poinformował, że …", is left as it was: the last speaker there was too often someone else)."""
    lexicon = ctx.lexicon
    verb = next((ctx.tokens[k].norm for k in range(cue, cue_last + 1) if ctx.tokens[k].is_word
                 and ctx.tokens[k].norm.endswith(lexicon.singular_verb_endings)), "")
    gender = lexicon.verb_gender(verb) or "m"

    def agrees(m: int | None) -> bool:  # a person the verb's gender does not rule out
        return m is not None and ctx.mention(m).type == "PER" and ctx.gender_of(ctx.name(m)) in (None, gender)

    opener = ctx.tokens[head - 1].norm
    if opener == "," and not (head - 2 >= first and ctx.tokens[head - 2].norm in _QUOTE_CLOSERS):
        m = ctx.token_mention[first]  # the person opening the sentence is its subject
        return m if agrees(m) and not ctx.is_oblique(m) else None
    if opener != "," and opener not in _QUOTE_CLOSERS | _DASHES:
        return None
    if finder.look_back and finder._continues_unnamed_speaker(cue):
        return None  # round 71: "Jak uvedl zástupce Rady … . „…,“ vysvětlil.": the unnamed role goes on, nobody named
    m = finder.last_speaker  # "„…,“ dodal": who spoke last goes on
    if not agrees(m):
        m = resolve_pronoun(ctx, cue, None, None)  # else whom "he"/"she" would name
        if m is not None and not _named_in_full(ctx, m):
            return None  # ("Polaków": a people's name the recogniser took for a person's)
    return m if agrees(m) else None


def _previous_sentence_subject(ctx: DocumentContext, first: int, cue: int, cue_last: int, depth: int = 0,
                               last_speaker: int | None = None) -> int | None:
    """Round 65: who the reporting verb opening the sentence at token ``first`` with a dropped subject is: the person
    the sentence before names in the base form (no genitive owner or object) when it is the only name there in the base
    form, the verb's gender does not rule them out, and the document names them in full; else (round 71) the one person
    who speaks in the sentence before (`_previous_sentence_speaker`); else nobody (round 18: the last speaker of the
    document was too often someone else)."""
    lexicon = ctx.lexicon
    at = ctx.unit_position(first)
    if at < 1 or ctx.units[at].first != first:
        return None
    previous = ctx.units[at - 1]
    verb = next((ctx.tokens[k].norm for k in range(cue, cue_last + 1) if ctx.tokens[k].is_word
                 and ctx.tokens[k].norm.endswith(lexicon.singular_verb_endings)), "")
    gender = lexicon.verb_gender(verb) or "m"
    names = {ctx.name(m): m for m in {ctx.token_mention[k] for k in range(previous.first, previous.stop)} - {None}
             if not ctx.is_oblique(m) and ctx.mention(m).type != "MISC" and not _near_media_noun(ctx, m)}
    m = next(iter(names.values())) if len(names) == 1 else None
    if m is not None and ctx.mention(m).type == "PER" and ctx.gender_of(ctx.name(m)) in (None, gender) \
            and _named_in_full(ctx, m):
        return m
    # round 71: else the one person who speaks in the sentence before, of the verb's gender
    m = _previous_sentence_speaker(ctx, previous.first, previous.stop, depth, last_speaker)
    return m if m is not None and ctx.gender_of(ctx.name(m)) in (None, gender) else None


def _previous_sentence_speaker(ctx: DocumentContext, first: int, stop: int, depth: int,
                               last_speaker: int | None) -> int | None:
    """Round 71: the one person who speaks in tokens [first, stop) (the sentence before a reporting verb with a dropped
    subject that opens its sentence), by a speech, stance or "according to" cue whose subject is named, resolved from a
    role ("Unijny negocjator podkreślił, że … . Zaznaczył przy tym, że …" -> Barnier) or itself dropped and found the
    same way ("… – powiedział rzecznik X. Dodał, że … . Poinformował, że …", at most three sentences back); a plural
    verb's subject ("Dodał, że X i Y ocenili …") is a group, never the one who goes on; else nobody (two speakers, or
    only an outlet: whose the next verb is stays unknown)."""
    if depth >= 3:
        return None
    people = {ctx.name(s.mention): s.mention for s in _find_sources(ctx, first, stop, last_speaker, depth=depth + 1)
              if s.mention is not None and s.kind in ("speech", "according", "deny", "confirm")
              and ctx.mention(s.mention).type == "PER" and not _plural_cue(ctx, s.cue_first)}
    return next(iter(people.values())) if len(people) == 1 else None


def _plural_cue(ctx: DocumentContext, k: int) -> bool:
    """Round 24: whether the reporting verb at token ``k`` has a plural ending (lexicon
    ``plural_verb_endings``: "заявиха", "potwierdzili", "заявили") and no singular one: its role-noun
    subject is a group ("the MPs said"), never one person the document names elsewhere."""
    lexicon = ctx.lexicon
    if not lexicon.plural_verb_endings or not (0 <= k < len(ctx.tokens)) or ctx.token_mention[k] is not None:
        return False
    word = ctx.tokens[k].norm
    return ctx.tokens[k].is_word and word.endswith(lexicon.plural_verb_endings) \
        and not word.endswith(lexicon.singular_verb_endings)


def _named_in_full(ctx: DocumentContext, m: int) -> bool:
    """Round 18: whether the document names the person of mention ``m`` somewhere with two words or
    more (a first name and a surname, "Jeremy Corbyn")."""
    name = ctx.name(m)
    return any(ctx.name(i) == name and len(ctx.doc.text[mention.start:mention.end].split()) >= 2
               for i, mention in enumerate(ctx.doc.mentions) if mention.type == "PER")


def _singular_person_verb(ctx: DocumentContext, cue: int, cue_last: int) -> bool:
    """Whether the reporting verb at tokens [cue, cue_last] has a past-tense form of one man or one
    woman (lexicon ``masculine_verb_endings``, ``feminine_verb_endings``: "powiedziała", "заявил",
    "řekl"), in a language that drops subject pronouns."""
    lexicon = ctx.lexicon
    endings = lexicon.singular_verb_endings
    return bool(endings) and lexicon.drops_subjects and any(
        ctx.tokens[k].is_word and ctx.token_mention[k] is None and ctx.tokens[k].norm.endswith(endings)
        for k in range(cue, cue_last + 1))


def _pointer_after_comma(ctx: DocumentContext, start: int, cue: int) -> bool:
    """Whether a back-reference word ("to", "это", "this"; lexicon ``back_reference``) stands right
    before the verb at ``cue`` (over an auxiliary) and a comma between it and token ``start``: the
    pointer opens the verb's clause, and what stands before the comma is another clause's."""
    k = cue - 1
    if k > start and ctx.match(ctx.lexicon.auxiliaries, k):
        k -= 1
    length = ctx.phrase_ending_at(ctx.lexicon.back_reference, k, (2, 1), start)
    at = k + 1 - length
    return length > 0 and at > start and ctx.tokens[at - 1].norm == "," and any(
        ctx.tokens[j].norm == "," for j in range(start, at))


def _preposition_between(ctx: DocumentContext, start: int, stop: int) -> bool:
    """Whether a preposition or a relation word stands in tokens [start, stop), or more than four
    words: the name after them is no subject ("В Кремле заявили о встрече Путина": Putin is what
    was spoken about)."""
    lexicon = ctx.lexicon
    if stop - start > 4:
        return True
    if lexicon.relation_heads is not None:
        relation_words = ctx.may_start_positions(lexicon.relation_heads)
        at = bisect_left(relation_words, start)
        if at < len(relation_words) and relation_words[at] < stop:
            return True  # ("В Кремле обсуждают встречу Путина": the meeting's, no subject)
    return any(ctx.token_mention[k] is None and (
        ctx.match(lexicon.topic_prepositions, k) or ctx.match(lexicon.place_prepositions, k)
        or ctx.match(lexicon.partner_prepositions, k) or ctx.match(lexicon.told_prepositions, k)
        or ctx.match(lexicon.institution_prepositions, k)) for k in range(start, stop))


def source_of_verb(ctx: DocumentContext, first: int, stop: int, last_speaker: int | None, cue: int, cue_last: int
                   ) -> Source | None:
    """The source of a verb the lexicon lists as no reporting cue, read as a speech verb (round 15:
    "Kremlin discusses a potential Putin-Musk meeting": the Kremlin speaks about the meeting)."""
    finder = _Finder(ctx, first, stop, last_speaker)
    text = ctx.doc.text[ctx.tokens[cue].start : ctx.tokens[cue_last].end]
    source = _source_for(ctx, finder, "speech", cue, cue_last, first, stop)
    if source is not None:
        source.cue_text = text
    return source


def _told_with_dropped_subject(ctx: DocumentContext, kind: str, sentence_start: bool, cue_last: int,
                               m: int | None, end: int, stop: int) -> bool:
    """Whether the organisation right after a sentence-opening speech verb is whom it was told, the
    content following it (a comma and a complementiser, or a complementiser)."""
    if kind != "speech" or not sentence_start or m is None or ctx.mention(m).type != "ORG":
        return False
    if ctx.mention_tokens[m][0] != cue_last + 1:
        return False
    nxt = end + 1
    if nxt < stop and ctx.tokens[nxt].norm == ",":
        nxt += 1
    return nxt < stop and bool(ctx.match(ctx.lexicon.complementizers, nxt))


def _role_owned_after(ctx: DocumentContext, finder: _Finder, k: int) -> bool:
    """Whether a role phrase starts at token ``k`` and names its own owner after it ("пресс-секретарь
    Кремля", "rzeczniczka związku zawodowego X"): an organisation right before it is then not the
    role's owner but whom it was told ("заявил ТАСС пресс-секретарь Кремля Дмитрий Песков")."""
    role = ctx.role_noun_at(k) if k < finder.stop else None
    if role is None:
        return False
    j = k + role[1]
    while j < finder.stop and (ctx.match(ctx.lexicon.owner_words, j) or ctx.match(ctx.lexicon.articles, j)):
        j += 1
    owner = ctx.token_mention[j] if j < finder.stop else None
    if owner is not None:
        return ctx.mention(owner).type != "PER" or ctx.is_oblique(owner)  # (a person right after holds it)
    return finder._organisation_owning(j) is not None


def _subject_after_addressee(ctx: DocumentContext, finder: _Finder, kind: str, m: int | None, end: int,
                             cue: int | None = None) -> tuple[int | None, int, bool] | None:
    """After a speech or publishing verb, an organisation followed by the verb's subject is whom it
    was told — an outlet by its media noun ("powiedziała agencji dpa rzeczniczka związku", "заявил
    агентству ТАСС Песков") or one before a role with an owner of its own ("заявил ТАСС
    пресс-секретарь Кремля"):
    the subject after it, or None when nothing names one (the organisation is then the subject).
    Round 32: after a quoting verb (lexicon ``quoting``: "…, цитира ТАСС говорителя му X", "…, cituje
    ČTK mluvčího X") the organisation is the outlet and the person quoted after it the speaker.
    Round 56: an outlet's name in quote marks (an organisation, or one the corpus tags MISC) with a person's
    name right after the closing mark ("– przyznaje „Rz” Ian Bond", "каза пред „Труд“ Иван Петров") was told
    it; the person speaks."""
    if kind in ("speech", "publish") and m is not None and ctx.mention(m).type in ("ORG", "MISC") \
            and (person := _person_after_quoted_name(ctx, finder, m)) is not None:
        return person, ctx.mention_tokens[person][1], True
    if kind not in ("speech", "publish") or m is None or ctx.mention(m).type != "ORG":
        return None  # ("сообщила агентству X пресс-секретарь …": told, whichever verb)
    quoting = kind == "publish" and cue is not None and bool(ctx.match(ctx.lexicon.quoting, cue))
    if quoting and (quoted := _person_quoted_after(ctx, finder, end + 1)) is not None:
        return quoted, ctx.mention_tokens[quoted][1], True
    if not (_near_media_noun(ctx, m) or _role_owned_after(ctx, finder, end + 1)):
        return None  # ("said Gazprom CEO Alexei Miller": Gazprom qualifies the role, it was told nothing)
    later = finder.subject_after(end)
    if later is None or later[0] is None or later[0] == m or ctx.name(later[0]) == ctx.name(m):
        return None
    return later


def _person_after_quoted_name(ctx: DocumentContext, finder: _Finder, m: int) -> int | None:
    """Round 56: the person whose name starts right after the closing quote mark of the name ``m`` when ``m``
    stands in quote marks ("„Rz” Ian Bond"), else None."""
    first, last = ctx.mention_tokens[m]
    after = last + 2
    if first == 0 or after >= finder.stop or ctx.tokens[first - 1].norm not in QUOTE_MARKS \
            or ctx.tokens[last + 1].norm not in QUOTE_MARKS:
        return None
    person = ctx.token_mention[after]
    if person is None or ctx.mention_tokens[person][0] != after or ctx.mention(person).type != "PER" \
            or not _is_subject_candidate(ctx, person):
        return None
    return person


def _person_quoted_after(ctx: DocumentContext, finder: _Finder, k: int, reach: int = 4) -> int | None:
    """Round 32: the person named from token ``k`` on, over a role phrase, articles and possessive
    pronouns only ("говорителя му Марко Делчев", "its spokesman Mark Dalton", "Marka Dalbyho"), closing
    the clause (a punctuation mark or the sentence end after the name): whom a quoting verb quotes."""
    lexicon = ctx.lexicon
    j = k
    while j < finder.stop and j - k <= reach and ctx.token_mention[j] is None:
        if (role := ctx.role_noun_at(j)) is not None:
            j += role[1]
        elif ctx.match(lexicon.possessive_pronouns, j) or ctx.match(lexicon.articles, j) \
                or ctx.match(lexicon.person_pronouns, j):
            j += 1
        else:
            return None
    m = ctx.token_mention[j] if j < finder.stop else None
    if m is None or ctx.mention(m).type != "PER" or ctx.mention_tokens[m][0] != j:
        return None
    after = ctx.mention_tokens[m][1] + 1
    if after < finder.stop and ctx.tokens[after].is_word:
        return None  # ("Tass quoted X as saying …" keeps its older reading)
    return m


def _told_in_parenthesis(ctx: DocumentContext, k: int, stop: int, words: int = 3) -> tuple[int, int] | None:
    """Round 32: (organisation, closing comma) for a parenthesis right after an "according to" source
    telling whom the words were said to: a comma at ``k``, at most ``words`` lower-case words ending in
    a told or partner preposition ("speaking to", "who spoke to", "в разговоре с"), an organisation
    and a comma ("According to X, speaking to Tass, A met B"). None otherwise."""
    lexicon = ctx.lexicon
    if k >= stop or ctx.tokens[k].norm != ",":
        return None
    j = k + 1
    seen = 0
    while j < stop and seen < words and ctx.token_mention[j] is None and ctx.tokens[j].is_word \
            and ctx.tokens[j].text[:1].islower():
        j += 1
        seen += 1
        if ctx.match(lexicon.told_prepositions, j - 1) or ctx.match(lexicon.partner_prepositions, j - 1):
            while j < stop and ctx.token_mention[j] is None and (
                    ctx.match(lexicon.articles, j) or ctx.match(lexicon.media, j)):
                j += 1  # ("speaking to the news agency Tass")
            m = ctx.token_mention[j] if j < stop else None
            if m is None or ctx.mention(m).type != "ORG":
                return None
            close = ctx.mention_tokens[m][1] + 1
            return (m, close) if close < stop and ctx.tokens[close].norm == "," else None
    return None


def _outlet_named_after(ctx: DocumentContext, k: int, stop: int) -> bool:
    """Whether an outlet's name (not a person's) follows the media noun at ``k`` within two words and
    no punctuation ("the news agency Reuters", "der Nachrichtenagentur dpa"; not "Според изданието
    Тръмп …", where the noun is the outlet and the person starts the content)."""
    for j in range(k + 1, min(k + 3, stop)):
        m = ctx.token_mention[j]
        if m is not None:
            return ctx.mention(m).type != "PER"
        if not ctx.tokens[j].is_word:
            return False
    return False


def _opens_sentence(ctx: DocumentContext, k: int, first: int) -> bool:
    """Round 32: whether the role noun at token ``k`` opens the sentence starting at ``first``, over
    articles and a nationality or state named before it ("The Russian leader", "The president")."""
    j = k - 1
    while j >= first:
        m = ctx.token_mention[j]
        if m is not None and ctx.mention(m).type != "PER":
            j = ctx.mention_tokens[m][0] - 1
        elif m is None and ctx.match(ctx.lexicon.articles, j):
            j -= 1
        else:
            return False
    return True


def attribution_span(sources: list[Source]) -> set[int]:
    """Token indices that belong to the attribution (excluded from participants)."""
    covered: set[int] = set()
    for s in sources:
        covered.update(range(min(s.span_first, s.cue_first), max(s.span_last, s.cue_last) + 1))
        if s.setting is not None:
            covered.difference_update(range(s.setting[0], s.setting[1] + 1))  # round 74: the saying's setting
    return covered


def _owner_in_prepositional_phrase(ctx: DocumentContext, m: int, first: int) -> bool:
    """Round 62: whether the abbreviation ``m`` follows a plain lowercase noun right after a preposition ("przed
    szczytem UE", "после переговоров ЕС", "po jednání EU"): in a case language the name only says whose that noun is
    (its genitive owner, which an abbreviation cannot show), and is no subject of a verb after it. A role, media,
    people or organisation noun there is the name's apposition ("agencja PAP", "министр МИД"); only time, topic,
    partner and origin prepositions count ("w MSZ powiedziano" is an institution's voice)."""
    text = ctx.mention(m).text
    if not ctx.lexicon.owner_genitive or not text.isupper() or len(text) < 2:
        return False  # (only a name that cannot show its case, in a language whose owner follows in the genitive)
    start = ctx.mention_tokens[m][0]
    noun = start - 1
    if noun - 1 < first or ctx.token_mention[noun] is not None or ctx.token_mention[noun - 1] is not None:
        return False
    token = ctx.tokens[noun]
    lexicon = ctx.lexicon
    if not token.is_word or not token.text[:1].islower() or len(token.text) < 3 or ctx.role_noun_at(noun) is not None \
            or ctx.role_ending_at(noun) is not None or _body_named_by_noun(ctx, noun) is not None \
            or any(ctx.match(table, noun) for table in (lexicon.media, lexicon.people_nouns, lexicon.anonymous,
                                                        lexicon.audience_nouns, lexicon.organisation_nouns,
                                                        lexicon.union_nouns, lexicon.institution_nouns,
                                                        lexicon.government_nouns, lexicon.articles)):
        return False
    return any(ctx.match(table, noun - 1) for table in (lexicon.time_bounds, lexicon.during, lexicon.topic_prepositions,
                                                         lexicon.partner_prepositions, lexicon.origin_prepositions))


def _after_partner_or_topic(ctx: DocumentContext, m: int) -> bool:
    """Round 65: whether a partner or topic preposition ("with", "between", "about": lexicon ``partner_prepositions``,
    ``topic_prepositions``) stands right before the name ``m``."""
    k = ctx.mention_tokens[m][0] - 1
    if k < 0 or ctx.token_mention[k] is not None:
        return False
    return any(ctx.phrase_ending_at(prepositions, k, (4, 3, 2, 1), 0, ctx.unnamed_token)
               for prepositions in (ctx.lexicon.partner_prepositions, ctx.lexicon.topic_prepositions))


def _after_common_noun(ctx: DocumentContext, preposition: int, first: int) -> bool:
    """Round 65: whether the preposition at token ``preposition`` follows a lowercase common noun of its clause
    ("конференцията по сигурността в Мюнхен", "the conference in Munich"): its phrase then modifies that noun.
    Not after a name, punctuation, a short word, a verb's past form, an auxiliary, a conjunction or a time word."""
    k = preposition - 1
    if k < first or ctx.token_mention[k] is not None:
        return False
    token, lexicon = ctx.tokens[k], ctx.lexicon
    if not token.is_word or not token.text[:1].islower() or len(token.text) < 4:
        return False
    if ctx.match(lexicon.auxiliaries, k) or ctx.match(lexicon.complementizers, k) or ctx.match(lexicon.conjunctions, k) \
            or ctx.match(lexicon.relative_pronouns, k) or ctx.match(lexicon.back_reference, k) \
            or token.norm.endswith(lexicon.singular_verb_endings or ("\0",)) \
            or token.norm.endswith(lexicon.plural_verb_endings or ("\0",)) or ctx.match(time_words(lexicon, relative=False), k):
        return False
    return True


def _plain_adverb(ctx: DocumentContext, k: int) -> bool:
    """Round 62: whether token ``k`` is a lowercase word that may be an adverb standing between a comma and a reporting
    verb: no name, conjunction, complementiser, relative pronoun, negation, pronoun, auxiliary, back-reference word,
    participle marker, nor a noun of people, sources, media or bodies ("…, two sources told X": their subject)."""
    token, lexicon = ctx.tokens[k], ctx.lexicon
    return token.is_word and token.text[:1].islower() and ctx.token_mention[k] is None and not any(
        ctx.match(table, k) for table in (lexicon.conjunctions, lexicon.complementizers, lexicon.relative_pronouns,
                                          lexicon.negation, lexicon.person_pronouns, lexicon.plural_pronouns,
                                          lexicon.first_person, lexicon.auxiliaries, lexicon.back_reference,
                                          lexicon.according_prefix, lexicon.articles, lexicon.participles,
                                          lexicon.anonymous, lexicon.people_nouns, lexicon.collective_roles,
                                          lexicon.media, lexicon.audience_nouns, lexicon.organisation_nouns,
                                          lexicon.union_nouns, lexicon.institution_nouns, lexicon.government_nouns)) \
        and ctx.role_noun_at(k) is None


def relays_before_quote(ctx: DocumentContext, previous: Unit, speaker: int) -> list[Source]:
    """Round 98: the outlets relaying the sentence right before a quote that opens its own sentence, when that
    sentence is the quote's speaker's own report ("X заяви, че …, предава Франс прес, цитирана от Фокус. "…", заяви
    X."; "Řekl to na stanici RMF FM. „…“ prohlásil."): the quote goes on with the words the outlets relay, so they
    relay it too (named outlets only, nearest first). Nothing when that sentence's speech verb names another
    person, or when it has no speech verb of a person or dropped subject (an outlet's own report: "…, предаде
    БТА." before a quote of X's is no relay of X's words)."""
    sources = find_sources(ctx, previous.first, previous.stop, None)
    name = ctx.name(speaker)
    relays = [s for s in sources if s.mention is not None and s.outlet and ctx.name(s.mention) != name]
    own = [s for s in sources if s.kind == "speech" and not s.outlet]
    if not relays or any(s.mention is not None and ctx.name(s.mention) != name for s in own):
        return []
    if not own and not any(s.kind == "speech" and s.cue_first == previous.first for s in relays):
        return []  # ("Řekl to na stanici X.": the dropped subject's verb opens the sentence, the outlet after it)
    # round 103: whom the report was told in an interview relays it innermost ("заяви X в интервю за Y, цитирано от Z")
    told = [Source(s.addressee, "speech", s.cue_first, s.cue_last, s.span_first, s.span_last, outlet=True)
            for s in own if s.addressee is not None and ctx.name(s.addressee) != name]
    return told + relays
