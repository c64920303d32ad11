"""Claim extraction: one Document in, its claims out.

For each sentence with a relation word (from the language's lexicon) the extractor finds who says
it (`attribution`), whether they assert, deny or confirm it (`stance`), between whom it holds
(`participants`), when it happened (`storyline.dates.event_time`) and renders a summary. Sentences
inside a direct quote are attributed to the quote's speaker: the name by the reporting verb after
the quote ("…,” Peskov said"), else before it ("Peskov said: “…”"), else the speaker of the quote
just before in the same or previous paragraph (a quote continued after an attribution).

A sentence gives one claim for its first relation word, and one more for each later relation of
another kind standing in a clause of its own ("Besides the meeting with May and Davis, Barnier will
visit the EBA"); a relation inside the content of an invitation or request is not a claim of its
own ("instructed Zauers to collaborate with Musk" is a request). A later relation word of another
kind followed by "between" and names has a clause of its own even without a comma ("after the
meeting, X did not rule out an agreement between Y and Z"); the earlier word then only sets the
scene and takes no parties from elsewhere. A relation word between a named subject and its reporting
verb ("Лина Ортис в письме Ивану Петрову заявила, что …", "X w rozmowie z Y powiedział") is a
relation of the subject's, not part of the attribution (unless inside an apposition: "X, envoy for
economic cooperation, said"); a reporting verb that opens a longer relation phrase (bg "предложи
убежище", offered asylum) is the relation's word.

A sentence whose denial or confirmation points back ("Musk denied this", "Песков опроверг эти
утверждения", "confirmed Musk's assertion") yields a claim about the most recent claim's relation,
participants and time, with its own speaker and stance. A sentence without a relation that names a
source for what was just said ("Об этом сообщает Интерфакс", "Това съобщи БТА") attributes the
claims of the sentence before it.

Each paragraph is read with the lexicon of its own language (`Paragraph.language`) when one exists,
else with the document's: a quoted English tweet in a Bulgarian article is matched with English words.

The places of a dateline opening a paragraph ("DUBAI, United Arab Emirates — …") are where the story
was filed, never parties; a relation word whose partner is the press ("spoke to reporters", lexicon
``audience``) is how something was said, not a relation.

Each claim needs two parties; a sentence that names none, or only parties of a claim of the same
relation in it or the sentence before, continues that claim ("The meeting was held in Berlin."); one
that names fewer further on takes the parties the document established for the relation in an
earlier explicit mention, when unambiguous (`storyline.claims.implied`: "Talks between London and
Brussels began. … The talks broke down."); one that names just one other party gives no claim. A
relation word after a word of absence ("without consultation") gives no claim, nor does a call for
an action ("призвали к проведению забастовок", "asked for compassion": no addressee, and no party is
taken from elsewhere), nor an ambiguous relation word without a partner (lexicon ``needs_partner``:
"an even better deal" is a bargain). An interview ("X spoke to CNN in an interview", "в беседе с
РБК заявил") is how something was said, no relation (lexicon ``interview``), and a request word that
also means addressing someone is no request when a speech follows ("turned to the Senate and said",
"обратился к нации с речью"; lexicon ``addressing``). A sentence gives one claim per relation,
speaker and parties: a second one with the same stance, or another time, is dropped — unless the first
only pointed back ("Delmont confirmed this, saying X spoke with Y on July 25": the sentence's own
claim replaces the pointing one). A negation of the speaker's own part ("I was not on the call
between X and Y") denies nothing about X and Y. Pure function of the Document.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from storyline.claims.attribution import Source, _Finder, _media_noun_in, attribution_span, attributes, find_sources, relays_before_quote, source_of_verb
from storyline.claims.context import CLAUSE_END, POSSESSIVE_MARKS, QUOTE_MARKS, DocumentContext, Unit
from storyline.claims.implied import ExplicitMention, after_absence, deal_parties, established_parties, has_unnamed_parties, is_relation_noun, unnamed_group_before, leaver_partner, membership_sides, negotiator_partner, topic_between_pair, unnamed_group_at, unnamed_partner_group, joint_phrase_of_unnamed
from storyline.claims.lexicon import Lexicon, PhraseMatch, load_lexicon, time_words
from storyline.claims.participants import _same_person, _verb_word, before_noun_modifiers, name_within, between_names_parties, calls_for_action, find_participants, group_noun_before, hyphenated_pair, membership_pair, place_object_after, relative_antecedent, setting_clause_subject, trigger_inside_name
from storyline.claims.quotes import Quote
from storyline.claims.references import resolve_pronoun
from storyline.claims.stance import is_negated, negates_topic, stance_of, verb_negated
from storyline.claims.summary import summarize
from storyline.dates.event_time import EventTime, find_event_times, told_apart
from storyline.records import Claim, Document, Span

__all__ = ["extract_claims", "ClaimExtractor", "RelationWord", "relation_words"]

_ANAPHORA_REACH = 4  # tokens from a denial/confirmation verb to "this"/"these claims"
_INHERIT_REACH = 3  # sentences back a pointing denial or a nameless sentence may continue
_DIRECTED = {"invite", "request"}  # relations whose object may be another relation
_DEAL_NOUN = "@deal_noun"  # round 46: the pattern of a deal noun no relation word covers (`_deal_claim`)
_NEGOTIATOR = "@negotiator"  # round 54: the pattern of a negotiator noun with its holder named (`_negotiator_claims`)
_FRONTED = "@fronted"  # round 58: the pattern of a pressing verb after its own preposition and the pressed (`_fronted_requests`)
_BY_PHRASE = "@by_phrase"  # round 48: the pattern of a relation phrase naming its maker ("at the invitation of X")
# where a subject left out before a verb would have to stand: the sentence or a quote opens there
_SENTENCE_STOPS = frozenset({".", "!", "?", ";", ":", "\"", "«", "»", "„", "“", "”"})
_QUOTE_MARKS = "»«”“\"'’‘„"
_QUOTE_JOINERS = {",", "—", "–", "-"} | set(_QUOTE_MARKS)  # between a closing quote and its reporting clause


@dataclass(slots=True)
class _QuoteFrame:
    quote: Quote
    first: int  # token range [first, stop) of the quote
    stop: int
    sources: list[Source]


def _document_language(doc: Document) -> str | None:
    if doc.language:
        return doc.language
    counts: dict[str, int] = {}
    for p in doc.paragraphs:
        if p.language:
            counts[p.language] = counts.get(p.language, 0) + (p.end - p.start)
    return max(counts, key=counts.get) if counts else None


def _sentences(doc: Document) -> list[Span]:
    if doc.sentences:
        return doc.sentences
    from storyline.sentences.split import split_sentences

    return split_sentences(doc.text, doc.language)


def _paragraph_languages(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, language) of the paragraphs whose language is known."""
    return [(p.start, p.end, p.language) for p in doc.paragraphs if p.language]


def _letter_demand(ctx: DocumentContext, trigger: PhraseMatch, stop: int, contacts: dict | None, reach: int = 6
                   ) -> PhraseMatch:
    """Round 63: a contact word (a letter, a call) whose phrase goes on, within ``reach`` words in its clause (a
    name counts as one word; the sentence ends before token ``stop``), to a demand phrase (lexicon ``letter_demands``:
    "with a demand", "с искане", "z żądaniem", "s žádostí") is a request: "изпратиха писмо до X с искане за …" asks X
    (when no request claim can be made of it, `_claim` makes the contact claim: ``contacts`` records request -> contact
    word). Otherwise the trigger."""
    if trigger.key != "contact" or not ctx.lexicon.letter_demands.patterns or ctx.lexicon.relation("request") is None:
        return trigger
    words, k = 0, trigger.last + 1
    while k < stop and words < reach:
        if ctx.tokens[k].norm in CLAUSE_END:
            break
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.letter_demands, k):
            request = PhraseMatch(trigger.first, trigger.last, "request", trigger.pattern)
            if contacts is not None:
                contacts[request] = trigger
            return request
        mention = ctx.token_mention[k]
        while mention is not None and k + 1 < stop and ctx.token_mention[k + 1] == mention:
            k += 1
        words += 1
        k += 1
    return trigger


def _negotiator_dialogue(ctx: DocumentContext, trigger: PhraseMatch, found: list[PhraseMatch], dialogues: set | None,
                         reach: int = 4) -> PhraseMatch:
    """Round 66: a contact word with its partner preposition right after it, within ``reach`` words after a
    negotiator's role noun (a negotiate word that names a person) in its clause, is that role's negotiation:
    "Главный переговорщик Лондона в диалоге с Брюсселем", "the chief negotiator in the talks with Y" negotiate
    with Y; a role it describes, it takes no event time of the sentence's predicate (``dialogues`` records its first
    token). Otherwise the trigger."""
    contact = ctx.lexicon.relation("contact")
    if trigger.key != "contact" or ctx.lexicon.relation("negotiate") is None \
            or not ctx.match(ctx.lexicon.partner_prepositions, trigger.last + 1):
        return trigger
    if contact is None or not is_relation_noun(ctx, contact, trigger):
        return trigger  # (review 17: a verb is the sentence's own predicate: "negotiator X spoke with Y on Monday")
    for role in found:
        if role.key == "negotiate" and role.last < trigger.first <= role.last + 1 + reach \
                and ctx.role_noun_at(role.first) is not None \
                and not any(ctx.tokens[k].norm in CLAUSE_END for k in range(role.last + 1, trigger.first)):
            if dialogues is not None:
                dialogues.add(trigger.first)
            return PhraseMatch(trigger.first, trigger.last, "negotiate", trigger.pattern)
    return trigger


def _sentence_relation_words(ctx: DocumentContext, first: int, stop: int, contacts: dict | None = None,
                             dialogues: set | None = None) -> list[PhraseMatch]:
    """The relation words the extractor reads in one sentence, tokens [first, stop) of ``ctx``: the lexicon's
    relation phrases in token order (the longer where two overlap), less those inside a name (round 57: "the Talks
    Committee", "Eastern Partnership" make no claim), a letter with a demand read as a request (`_letter_demand`) and a
    negotiator's dialogue as a negotiation (`_negotiator_dialogue`)."""
    starts = ctx.may_start_positions(ctx.lexicon.relation_heads)  # (read once per document)
    heads = [k - first for k in starts[bisect_left(starts, first) : bisect_left(starts, stop)]]
    found = [PhraseMatch(first + t.first, first + t.last, t.key, t.pattern)
             for t in ctx.lexicon.find_relations(ctx.tokens[first:stop], heads)]
    found = [t for t in found if not trigger_inside_name(ctx, t)]
    found = [_letter_demand(ctx, t, stop, contacts) for t in found]  # round 63: "a letter to X with a demand for …"
    return [_negotiator_dialogue(ctx, t, found, dialogues) for t in found]  # round 66: "chief negotiator in talks with X"


def _lexicon_of(doc: Document, lexicon_dir: str | None = None) -> Lexicon | None:
    """The lexicon a document is read with: its language's; for a language without one, that of its largest
    paragraph language that has one (a Czech page quoting a Polish statement); None when there is none."""
    lexicon = load_lexicon(_document_language(doc), lexicon_dir)
    if lexicon is None:
        sizes: dict[str, int] = {}
        for start, end, language in _paragraph_languages(doc):
            sizes[language] = sizes.get(language, 0) + end - start
        for language in sorted(sizes, key=sizes.get, reverse=True):
            if (lexicon := load_lexicon(language, lexicon_dir)) is not None:
                break
    return lexicon


def _language_contexts(doc: Document, ctx: DocumentContext, sentences: list[Span], lexicon_dir: str | None = None
                       ) -> tuple[dict[str, DocumentContext], dict[int, str]]:
    """A paragraph in another language (a quoted tweet, a bilingual page) is read with its own language's lexicon:
    the contexts by language (``ctx``, the document's, first; they share tokens and mention indices, only the words
    differ) and the language of each unit read with another lexicon than ``ctx``'s."""
    contexts: dict[str, DocumentContext] = {ctx.lexicon.language: ctx}
    unit_language: dict[int, str] = {}
    for unit in ctx.units:
        paragraph = doc.paragraph_at(unit.start)
        language = paragraph.language if paragraph else None  # unknown: the document's lexicon
        if language is None or language == ctx.lexicon.language:
            continue
        if language not in contexts:
            other = load_lexicon(language, lexicon_dir)
            if other is None:
                continue
            contexts[language] = DocumentContext.build(doc, other, sentences)
        unit_language[unit.index] = language
    return contexts, unit_language


@dataclass(frozen=True, slots=True)
class RelationWord:
    """A relation word as the extractor reads it: its relation (``key``), its token span [first, last] (the
    extractor's tokens, last inclusive) and its character span [start, end) in the document's text."""

    key: str
    first: int
    last: int
    start: int
    end: int


def relation_words(doc: Document, start: int = 0, end: int | None = None, lexicon_dir: str | None = None
                   ) -> list[RelationWord]:
    """The relation words the extractor reads (`_sentence_relation_words`: the lexicon's, less those inside a name,
    re-read as it re-reads them) in the sentences of ``doc`` that overlap ``doc.text[start:end]``, each sentence with
    its paragraph's lexicon, in text order. What it would see, not what it makes claims of: a word may still give no
    claim (no second party, a speech verb, the content of a request). [] where `extract_claims` reads nothing (no
    lexicon, no mentions, no text)."""
    lexicon = _lexicon_of(doc, lexicon_dir)
    if lexicon is None or not doc.mentions or not doc.text.strip():
        return []
    end = len(doc.text) if end is None else end
    sentences = _sentences(doc)
    primary = DocumentContext.build(doc, lexicon, sentences)
    contexts, unit_language = _language_contexts(doc, primary, sentences, lexicon_dir)
    words: list[RelationWord] = []
    for unit in primary.units:
        if unit.first >= unit.stop or unit.end <= start or unit.start >= end:
            continue
        ctx = contexts.get(unit_language.get(unit.index, ""), primary)
        words += [RelationWord(t.key, t.first, t.last, ctx.tokens[t.first].start, ctx.tokens[t.last].end)
                  for t in _sentence_relation_words(ctx, unit.first, unit.stop)]
    return words


class _Extraction:
    def __init__(self, doc: Document, lexicon: Lexicon, lexicon_dir: str | None = None):
        self.doc = doc
        sentences = _sentences(doc)
        self.ctx = DocumentContext.build(doc, lexicon, sentences)
        # a paragraph in another language is read with its own language's lexicon (`_language_contexts`)
        self.contexts, self.unit_language = _language_contexts(doc, self.ctx, sentences, lexicon_dir)
        self._time_mention_cache: dict[int, set[int]] = {}  # round 29: unit -> mentions that are a time
        # round 63: a letter's request trigger (`_letter_demand`) -> the contact word it was read from
        self._letter_contacts: dict[PhraseMatch, PhraseMatch] = {}
        # round 66: first tokens of contact words read as a negotiator's negotiation (`_negotiator_dialogue`): a role, no event time
        self._role_dialogues: set[int] = set()
        # round 75: first tokens of relation nouns kept for the two members named after them ("a joint venture of
        # X and Y", "negotiators of X and Y"), with those members: the claim's parties
        self._member_words: dict[int, list[int]] = {}
        self.primary = self.ctx
        self.claims: list[Claim] = []
        self._told_settings: set[str] = set()  # round 80: ids of meetings an outlet tells (`_repeated`)
        self._asker: tuple[int, int, int] | None = None  # round 95: (sentence, last token of the request word, asker)
        self.claim_units: list[int] = []
        self.explicit: list[ExplicitMention] = []  # claims whose own sentence named their parties
        self._credit_tokens: dict[int, set[int]] = {}  # round 35: per lexicon (document language)
        self.answered: dict[int, int | None] = {}  # round 33: first tokens of invitations and requests a refusal answers (round 35: -> the refuser)
        self.anaphoric: set[str] = set()  # ids of claims made by pointing back ("denied this")
        self.negotiator_claims: set[str] = set()  # round 54: ids of claims a negotiator noun made (`_negotiator_claims`)
        self._topics: dict[str, frozenset[str]] = {}  # round 94: claim id -> its relation word's topic (`_topic_words`)
        self.topic_talks: set[str] = set()  # round 81: ids of contact nouns' claims read as negotiations by their topic (`_negotiated_topic`)
        self.last_speaker: int | None = None
        self.last_outlet: int | None = None  # the last named outlet, for "the newspaper reported"
        self._named_speakers: dict[int, list[int]] = {}  # sentence -> the persons its sources name
        self.quote_frames = self._quote_frames()
        self.last_speaker = None  # (set per quote while reading the quotes; the sentences start afresh)

    # -- quotes -----------------------------------------------------------------------------------
    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        """(first, stop): the tokens [first, stop) that start in the characters [start, end)."""
        starts = self.ctx.token_starts
        first = bisect_left(starts, start)
        return first, max(first, bisect_left(starts, end))

    def _unit_at(self, offset: int) -> Unit | None:
        for unit in self.ctx.units:
            if unit.start <= offset < unit.end:
                return unit
        return None

    def _speaker_before(self, offset: int, reach: int = 3) -> int | None:
        """The last person who spoke (subject of a reporting verb) in the few sentences before
        ``offset``: whom "he added" after a quote most likely means (quotes are read before the
        sentences, so the running last speaker is not known yet)."""
        units = [u for u in self.ctx.units if u.end <= offset][-reach:]
        for unit in reversed(units):
            named = self._named_speakers.get(unit.index)
            if named is None:  # (quotes in a row look back at the same sentences)
                named = self._named_speakers[unit.index] = [
                    s.mention for s in find_sources(self.ctx, unit.first, unit.stop, None)
                    if s.mention is not None and self.ctx.mention(s.mention).type == "PER"]
            if named:
                return named[-1]
        return None

    def _quote_frames(self) -> list[_QuoteFrame]:
        frames: list[_QuoteFrame] = []
        for quote in self.ctx.quotes:
            first, stop = self._token_range(quote.start, quote.end)
            sources: list[Source] = []
            self.last_speaker = self._speaker_before(quote.start)
            after_unit = self._unit_at(quote.end) or self._unit_at(quote.end - 1)
            if after_unit is not None and after_unit.end > quote.end:
                region_first, region_stop = self._token_range(quote.end, after_unit.end)
                sources = [s for s in find_sources(self.ctx, region_first, region_stop, self.last_speaker)
                           if not self._inside_quote(s.cue_first)]
                # round 36: only the attribution's own sentence, where the sentence splitter missed an end
                # ("– powiedziała X (wPolityce.pl). … skomentował także Y": Y relays nothing of the quote)
                sentence_stop = self._sentence_end_after(region_first, region_stop)
                sources = [s for s in sources if s.cue_first < sentence_stop]
                if not sources:
                    sources = self._speaker_after_quote(quote, region_first, region_stop)
                elif all(s.kind in ("publish", "according") or s.outlet or (s.mention is None and _media_noun_in(self.ctx, s))
                         for s in sources):
                    # round 15: "X заявив, що "…", пише видання", "X said that "…", the paper wrote":
                    # the outlet after the quote relays the speaker named before it
                    sources = self._speakers_before_quote(quote) + sources
                sources = sources + self._relays_before_quote(quote, sources)  # round 98
            if not sources:
                before_unit = self._unit_at(quote.start)
                if before_unit is not None and before_unit.start < quote.start:
                    region_first, region_stop = self._token_range(before_unit.start, quote.start)
                    sources = [s for s in find_sources(self.ctx, region_first, region_stop, self.last_speaker)
                               if not self._inside_quote(s.cue_first)]
                elif before_unit is not None and before_unit.index > 0:
                    previous = self.ctx.units[before_unit.index - 1]
                    text = self.doc.text[previous.start : previous.end].rstrip()
                    if text.endswith(":"):
                        sources = find_sources(self.ctx, previous.first, previous.stop, self.last_speaker)
            if not sources:
                sources = self._speaker_pointing_back(quote)
            if not sources and frames:
                # a quote continued after its attribution: same speaker within a paragraph or the next
                prior = frames[-1]
                gap = self.doc.text[prior.quote.end : quote.start]
                if prior.sources and gap.count("\n\n") <= 1 and len(gap) < 400:
                    sources = self._speakers_between(prior.quote.end, quote.start) or prior.sources
            frames.append(_QuoteFrame(quote, first, stop, sources))
        return frames

    def _relays_before_quote(self, quote: Quote, sources: list[Source]) -> list[Source]:
        """Round 98: a quote opening its sentence, said by one named person after it, takes the outlets relaying the
        person's report in the sentence right before it, in the same paragraph (`attribution.relays_before_quote`)."""
        if len(sources) != 1 or sources[0].kind != "speech" or sources[0].mention is None \
                or self.ctx.mention(sources[0].mention).type != "PER":
            return []
        unit = self._unit_at(quote.start)
        if unit is None or unit.index == 0 or self.doc.text[unit.start : quote.start].strip("".join(QUOTE_MARKS) + " "):
            return []
        previous = self.ctx.units[unit.index - 1]
        if self.doc.text[previous.end : unit.start].count("\n") > 1:
            return []
        return relays_before_quote(self.ctx, previous, sources[0].mention)

    def _relays_of_opening_quote(self, source: Source) -> list[Source]:
        """Round 98: `_relays_before_quote` for a sentence a quote opens, its source after the quote."""
        unit = self._unit_at(self.ctx.tokens[source.cue_first].start)
        if unit is None:
            return []
        quotes = self.ctx.quotes  # (in text order: the first quote at or after the sentence's start, no scan)
        i = bisect_left(quotes, unit.start, key=lambda q: q.start)
        if i == len(quotes) or quotes[i].start >= unit.end or quotes[i].end > self.ctx.tokens[source.cue_first].start:
            return []
        return self._relays_before_quote(quotes[i], [source])

    def _speaker_pointing_back(self, quote: Quote) -> list[Source]:
        """Round 65: a quote ending its sentence and followed by a sentence that opens by pointing back at it with a
        speech verb and names its subject ("„…“. Това сподели от своя страна X", "«…». Об этом рассказала X"): X said
        it (before, the previous quote's speaker was carried over, X taken as a relay)."""
        ctx = self.ctx
        unit = self._unit_at(quote.end - 1)
        if unit is None or unit.index + 1 >= len(ctx.units):
            return []
        first, _ = self._token_range(quote.end, unit.end)
        if any(ctx.tokens[k].is_word or ctx.token_mention[k] is not None for k in range(first, unit.stop)):
            return []  # (the quote's own sentence goes on after it)
        following = ctx.units[unit.index + 1]
        if self.doc.text[unit.end:following.start].count("\n") > 1:
            return []
        if not any(ctx.match(ctx.lexicon.back_reference, k) for k in range(following.first, min(following.first + 2, following.stop))):
            return []
        return [s for s in find_sources(ctx, following.first, following.stop, self.last_speaker)
                if s.kind in ("speech", "according") and s.mention is not None and ctx.mention(s.mention).type == "PER"
                and s.cue_first <= following.first + 4 and not self._inside_quote(s.cue_first)][:1]

    def _sentence_end_after(self, first: int, stop: int) -> int:
        """Round 36: the first full stop in tokens [first, stop) that ends a sentence the splitter left
        whole: after a closing bracket or a word of four letters or more (no abbreviation), before a
        capitalised word that is no name; ``stop`` when there is none."""
        tokens, ctx = self.ctx.tokens, self.ctx
        for k in range(first + 1, stop - 1):
            if tokens[k].norm != "." or ctx.token_mention[k + 1] is not None:
                continue
            before, after = tokens[k - 1], tokens[k + 1]
            if (before.norm == ")" or before.is_word and len(before.text) >= 4) and after.is_word and after.text[:1].isupper():
                return k
        return stop

    def _speakers_between(self, start: int, end: int) -> list[Source]:
        """Round 15: the last named person speaking in the sentences wholly between two quotes ("“…,”
        said X. Y said that …. “…”": Y, not X, is the one the next quote goes on with)."""
        found: list[Source] = []
        for unit in self.ctx.units:
            if unit.start >= start and unit.end <= end and not self._quotes_in(unit):
                found += [s for s in find_sources(self.ctx, unit.first, unit.stop, self.last_speaker)
                          if s.kind in ("speech", "according") and s.mention is not None
                          and self.ctx.mention(s.mention).type == "PER"]  # round 36: "W opinii X, … . - …"
        return found[-1:]

    def _speakers_before_quote(self, quote: Quote) -> list[Source]:
        """The named speech sources before a quote in its own sentence, nearest first."""
        unit = self._unit_at(quote.start)
        if unit is None or unit.start >= quote.start:
            return []
        first, stop = self._token_range(unit.start, quote.start)
        return [s for s in reversed(find_sources(self.ctx, first, stop, self.last_speaker))
                if s.kind == "speech" and s.mention is not None and not self._inside_quote(s.cue_first)]

    def _speaker_after_quote(self, quote: Quote, first: int, stop: int) -> list[Source]:
        """A quote closed by a comma or a dash and followed by a clause whose verb the lexicon does
        not list ("„…,“ navázal na konferenci premiér X", "«…», — парировал X"): the person named as
        that clause's subject, within a few words of its first word, said it (round 15; before, the
        previous quote's speaker was carried over)."""
        ctx, text = self.ctx, self.doc.text
        k = first
        while k < stop and ctx.tokens[k].norm in _QUOTE_JOINERS:
            k += 1
        if k >= stop or k == first and not text[max(quote.end - 2, quote.start) : quote.end].rstrip(_QUOTE_MARKS).endswith((",", "?", "!")):
            return []  # (no comma or dash between the quote and the clause: not an attribution)
        token = ctx.tokens[k]
        if ctx.token_mention[k] is not None or not token.is_word or not token.text[:1].islower():
            return []
        if ctx.match(ctx.lexicon.complementizers, k) or ctx.match(ctx.lexicon.conjunctions, k):
            return []
        found = _Finder(ctx, first, stop, self.last_speaker).subject_after(k)
        if found is None or found[0] is None or ctx.mention(found[0]).type != "PER":
            return []
        return [Source(found[0], "speech", k, k, k, found[1], False, token.text, True)]

    def _inside_quote(self, token: int) -> bool:
        offset = self.ctx.tokens[token].start
        return any(q.start < offset < q.end for q in self.ctx.quotes)

    def _quotes_in(self, unit: Unit) -> bool:
        """Whether a quote overlaps the sentence."""
        return any(q.start < unit.end and unit.start < q.end for q in self.ctx.quotes)

    def _frame_of(self, token: int) -> _QuoteFrame | None:
        offset = self.ctx.tokens[token].start
        return next((f for f in self.quote_frames if f.quote.start < offset < f.quote.end), None)

    # -- sentences --------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        for unit in self.primary.units:
            if unit.first >= unit.stop:
                continue
            self.ctx = self.contexts.get(self.unit_language.get(unit.index, ""), self.primary)
            self._unit(unit)
        self.ctx = self.primary
        return self.claims

    def _speaker_and_via(self, sources: list[Source], trigger: PhraseMatch, frame: _QuoteFrame | None
                         ) -> tuple[Source | None, list[Source]]:
        """The innermost source is the speaker; the outer ones relay it (outermost first)."""
        if frame is not None:
            # (round 15: inside a quote too, a verb after the relation word is its own clause's only
            # when parenthetical: "„W trakcie rokowań X wykluczył …“ – zaznaczył Y": Y speaks)
            inner = [s for s in sources if frame.first <= s.cue_first < frame.stop
                     and (s.cue_first < trigger.first or s.parenthetical)]
            outer = list(frame.sources)
            chain = outer[::-1] + sorted(inner, key=lambda s: -abs(s.cue_first - trigger.first))
            # chain: outermost ... innermost
        else:
            # a reporting verb after the relation word counts only as its own clause ("…, Peskov
            # said"); inside the content it is part of what is reported ("before he tweeted")
            outside = [s for s in sources if not self._inside_quote(s.cue_first)
                       and (s.cue_first < trigger.first or s.parenthetical) and attributes(self.ctx, s, trigger.first)]
            # the reporting verb governing the content ("Trump promised that …") is inside the
            # parenthetical relays after it ("…, BGNES reports"); among each, nearer is inner
            # (round 79: a citing cue naming its source, "…, пишет X со ссылкой на Y", is inside the outlet's: Y speaks,
            # X relays; an unnamed one, "citing officials", leaves the outlet the speaker)
            after = sorted((s for s in outside if s.cue_first > trigger.first), key=lambda s: (s.citing and s.mention is not None, -s.cue_first))
            before = _relays_outside(self.ctx, sorted((s for s in outside if s.cue_first < trigger.first), key=lambda s: s.cue_first))
            chain = after + before
            if len(chain) == 1:
                # round 98: "“…”, said X" in a sentence a quote opens, the relation word outside the quote: the relays of X's
                # report right before it relay this too
                chain = self._relays_of_opening_quote(chain[0])[::-1] + chain
        if not chain:
            return None, []
        speaker = chain[-1]
        via, seen = [], {self.ctx.name(speaker.mention)} if speaker.mention is not None else set()
        for s in chain[:-1]:
            if s.mention is not None and self.ctx.name(s.mention) not in seen:
                seen.add(self.ctx.name(s.mention))
                via.append(s)
        return speaker, via

    def _unit(self, unit: Unit) -> None:
        ctx = self.ctx
        sources = find_sources(ctx, unit.first, unit.stop, self.last_speaker, self.last_outlet)
        found = _sentence_relation_words(ctx, unit.first, unit.stop, self._letter_contacts, self._role_dialogues)
        # a speech verb that opens a longer relation phrase is the relation's word, no attribution:
        # bg "предложи" (proposed) in "предложи убежище" (offered asylum); round 35: so is a speech verb
        # that is itself a word needing a person (lexicon ``needs_person``) when a person follows it as its
        # object ("poinformował ambasadora X", "проинформировал Y"), and only then ("X poinformował, że …",
        # ", poinformował rzecznik X" stay reports)
        sources = [s for s in sources if not any(
            t.first <= s.cue_first and s.cue_last <= t.last and self._takes_cue(t, s) for t in found)]
        found = self._talk_about_events(unit, found, sources)
        # round 33: a refusal of an invitation or request ("declined Y's invitation", "odrzucił zaproszenie
        # Y") answers it: the invitation was made, told by the text; the refusal is no source and no denial
        answered = {s.cue_first: self._answers_directed(s, found) for s in sources if s.kind == "deny"}
        answers = {cue for cue, noun in answered.items() if noun is not None}
        self.answered = {noun: s.mention for s in sources if s.kind == "deny"
                         and (noun := answered.get(s.cue_first)) is not None}
        sources = [s for s in sources if s.cue_first not in answers]
        if not sources and found and (carried := self._first_person_continuation(unit)) is not None:
            sources = [carried]
        covered = attribution_span(sources)
        used_cues: set[int] = set(answers)
        # a denial/confirmation pointing back at the previous claim
        for source in sources:
            if source.kind in ("deny", "confirm") and self._points_back(source):
                previous = self._recent_claim(unit)
                if previous is not None:
                    self._add_anaphoric(unit, source, previous)
                    used_cues.add(source.cue_first)
        triggers = [t for t in found if self._is_relation_word(t, sources, covered)]
        triggers = self._agreed_to_cooperate(triggers)  # round 89: "agreed to cooperate" is the cooperation
        # round 48: "visited X at the invitation of Y", "по покана на Y", "na zaproszenie Y": the phrase
        # is an adjunct of another relation's clause, a claim of its own between Y and that relation's agent
        by_phrases = self._by_phrases(unit, triggers, sources, covered)
        if by_phrases:
            triggers = sorted([t for t in triggers if not any(b.first <= t.first <= b.last for b, _ in by_phrases.values())]
                              + [b for b, _ in by_phrases.values()], key=lambda t: t.first)
        position_of = {id(t): i for i, t in enumerate(triggers)}  # (each segment below holds one of these objects)
        # the first relation of the sentence makes a claim; a later one only when it has a
        # clause of its own and another relation ("Besides meeting May, Barnier will visit the
        # EBA"): one in the same clause is usually the content of the first ("invited the CEO
        # to discuss", "instructed X to collaborate with Y")
        # A later trigger of the same relation in a clause of its own is tried only when the one
        # before it made no claim ("the case was discussed, when X phoned Y": the passive names no
        # second party, the phone call does).
        segments: list[tuple[PhraseMatch, int, int, bool]] = []  # trigger, its clause, only-if-none-before
        scene_setters: set[int] = set()  # first tokens of relation words that only set the scene of a later one
        contrasts: set[int] = set()  # round 27: first tokens of negated relation words contrasting with the one before
        for trigger in triggers:
            if not segments:
                segments.append((trigger, unit.first, unit.stop, False))
                continue
            previous, start, _, fallback = segments[-1]
            if trigger.first in by_phrases:
                # round 48: the phrase after another relation word ends that word's clause (its maker is no
                # party of it: "met X at the invitation of Y")
                segments[-1] = (previous, start, min(segments[-1][2], trigger.first), fallback)
                segments.append((trigger, trigger.first, unit.stop, False))
                continue
            if previous.first in by_phrases:
                # round 48: the phrase opening the sentence ("По покана на Y X посети Z"): the later relation's
                # clause starts after the maker's name
                maker = by_phrases[previous.first][1]
                end = (ctx.mention_tokens[maker][1] if maker is not None else previous.last) + 1
                if end <= trigger.first:
                    segments[-1] = (previous, start, end, fallback)
                    segments.append((trigger, end, unit.stop, False))
                    continue
            boundary = self._clause_boundary(previous.last + 1, trigger.first)
            joint = trigger.first - 1
            while joint > previous.last + 1 and ctx.match(ctx.lexicon.reflexive_particles, joint):
                joint -= 1  # round 17: "… и се срещна с Y", "… a sešel se": over a reflexive particle
            if boundary is None and joint > previous.last and trigger.key != previous.key \
                    and ctx.match(ctx.lexicon.conjunctions, joint):
                boundary = joint  # "X visited Beijing and met Y": a second predicate
            if boundary is None and trigger.first - 1 > previous.last and trigger.key != previous.key \
                    and self._is_places_relation(previous) and self._partner_follows(trigger):
                # "Tusk pojechał do Londynu na lunch z May": the trip and the lunch with May are two
                # relations (the lunch's subject is the traveller: a subjectless clause continues it)
                boundary = trigger.first - 1
            if boundary is None and trigger.first - 1 > previous.last and trigger.key != previous.key \
                    and self._between_follows(trigger):
                # "after the meeting, X did not rule out an agreement between Y and Z": the names
                # after "between" are the later relation word's own parties, not the earlier one's,
                # which is only the setting: it takes no parties from elsewhere in the document
                boundary = trigger.first - 1
                scene_setters.add(previous.first)
            if boundary is None and trigger.key != previous.key and (earlier := ctx.lexicon.relation(previous.key)) is not None \
                    and earlier.directed and not earlier.places and (later := ctx.lexicon.relation(trigger.key)) is not None \
                    and not later.directed and is_relation_noun(ctx, later, trigger) \
                    and (self._is_setting(trigger, reach=3) or self._time_adjunct(trigger)) \
                    and position_of[id(trigger)] == position_of[id(previous)] + 1:
                # round 35: "Тръмп се опитвал да убеди Меркел … по време на тяхната среща", "tried to persuade
                # Merkel … during their meeting": a request's setting, a symmetric relation noun after a
                # setting preposition, is no content of the request but when it was made: a claim of its own
                # (not after a relation word asked for: "asked X to meet Y during the summit"); round 42: so is
                # one after a time bound ("Това призова X преди среща с Y", "asked Y for clarity before the talks")
                segments.append((trigger, start, segments[-1][2], False))
                continue
            if trigger.key != previous.key and self._is_setting(previous) \
                    and (earlier := ctx.lexicon.relation(previous.key)) is not None and not earlier.directed \
                    and is_relation_noun(ctx, earlier, previous) and (later := ctx.lexicon.relation(trigger.key)) is not None \
                    and later.directed and not later.places and not is_relation_noun(ctx, later, trigger) \
                    and position_of[id(trigger)] == position_of[id(previous)] + 1:
                # round 48: "По време на срещите си с Y той е призовал САЩ да …", "during his meetings with Y, X
                # urged Z to …": a request or invitation made in the setting of a meeting is no content of the
                # meeting but a claim of its own (round 35's order reversed); the meeting's clause ends at the verb
                # (the request's clause starts after the meeting's partner: "during the meeting with Y, X asked Z")
                after: int | None = start
                for j in (previous.last + 1, previous.last + 2):  # (over one word: "срещите си с Y")
                    if j < trigger.first and (length := ctx.match(ctx.lexicon.partner_prepositions, j)) \
                            and (m := ctx.token_mention[j + length] if j + length < trigger.first else None) is not None:
                        after = ctx.mention_tokens[m][1] + 1
                        break
                else:
                    after = None
                if after is not None and any(ctx.token_mention[k] is not None or ctx.match(ctx.lexicon.person_pronouns, k)
                                             for k in range(after, trigger.first)):
                    # (its subject named, or a pronoun, before its verb: not a verb-second "… forderte X Y auf")
                    segments[-1] = (previous, start, trigger.first, fallback)
                    segments.append((trigger, after, unit.stop, False))
                    continue
            if boundary is None and trigger.key != previous.key and self._is_setting(previous) \
                    and (later := ctx.lexicon.relation(trigger.key)) is not None and is_relation_noun(ctx, later, trigger):
                # "Šefčovič je po srečanju ocenil pogovore", "after the meeting, X praised the talks":
                # a relation word after a setting preposition is when the clause happens; when it
                # makes no claim of its own, a relation noun later in the clause may (not a verb:
                # "В ходе встречи политики обсудят …" is what happens at that meeting)
                segments.append((trigger, start, segments[-1][2], True))
                continue
            if boundary is not None:
                segments[-1] = (previous, start, boundary, fallback)
                # a clause with a source of its own is another voice, even on the same relation ("X
                # claimed he spoke with Y, but the Kremlin said no such call took place")
                own_voice = bool(self.ctx.match(self.ctx.lexicon.clause_conjunctions, boundary + 1)) and any(
                    boundary < s.cue_first < trigger.first for s in sources)
                # round 27: "X met Y, but did not meet Z", "…, ale s Z se nesetkal": a negated clause
                # after an adversative conjunction contrasts with the relation before it, a claim of its own
                contrast = (trigger.key == previous.key and not own_voice
                            and self._contrasting(previous, start, boundary, trigger, unit.stop))
                if contrast:
                    contrasts.add(trigger.first)
                segments.append((trigger, boundary + 1, unit.stop,
                                 trigger.key == previous.key and not own_voice and not contrast))
        made_previous = False
        unit_claims = len(self.claims)
        deferred = []
        for trigger, start, end, fallback in segments:
            if trigger.first in by_phrases:
                deferred.append((trigger, start, end))  # (after the claims it is an adjunct of)
                continue
            if fallback and made_previous:
                continue
            position = position_of[id(trigger)]
            following = triggers[position + 1] if position + 1 < len(triggers) else None
            before = len(self.claims)
            self._claim(unit, trigger, sources, covered, used_cues, following, clause=(start, end),
                        setting=trigger.first in scene_setters)
            if len(self.claims) == before and start > unit.first and made_previous and self._subjectless(
                    start, trigger, partners=trigger.first in contrasts):
                # "X will visit Berlin, where (he) will talk with Y", "X visited Beijing, where talks
                # with Y were held": a clause without a subject of its own continues the subject of
                # the claim just made (its first person or organisation, never the place visited)
                agent = next((m for m in sorted(self.claims[-1].participants, key=lambda m: ctx.mention_tokens[m][0])
                              if ctx.mention(m).type in ("PER", "ORG")), None)
                if agent is not None:
                    self._claim(unit, trigger, sources, covered, used_cues, following, clause=(start, end),
                                inherited_agent=agent)
            if len(self.claims) == before and (agent := self._subject_before_relative(unit, trigger)) is not None \
                    and (invited := self._named_after(trigger, end)) is not None and ctx.name(invited) != ctx.name(agent):
                # round 48: "X je na razpravo, ki bo v sredo, povabil tudi Y": a relative clause between the
                # subject and the verb of an invitation or request; the verb's subject is the sentence's, its
                # object the name right after it
                self._claim(unit, trigger, sources, covered, used_cues, following, clause=(unit.first, end),
                            fixed=[agent, invited])
            if len(self.claims) == before and (pair := self._object_before_verb(unit, trigger)) is not None:
                # round 52: "X je Y povabil na obisk", "X je Y pozval k odstopu", "X Y vyzval k …": the one asked or
                # invited, inflected, right before the verb; its subject opens the sentence
                self._claim(unit, trigger, sources, covered, used_cues, following, clause=(unit.first, end),
                            fixed=list(pair))
            if len(self.claims) == before and (after := self._named_after_relative(unit, trigger, end)) is not None \
                    and ctx.mention_tokens[after[1]][0] not in covered:
                # round 52: "X zaprosił na konferencję, która …, także Y": a relative clause after the verb's
                # prepositional object; the invited or asked is the name right after the comma closing it
                self._claim(unit, trigger, sources, covered, used_cues, following, clause=(unit.first, end),
                            fixed=list(after))
            if trigger.first in contrasts and len(self.claims) > before and before > 0 and {
                    ctx.name(m) for m in self.claims[-1].participants} == {ctx.name(m) for m in self.claims[before - 1].participants}:
                # round 27: the contrast is with a new partner ("but did not meet Z"); the same parties
                # ("negotiates with X, but has not agreed on anything yet") were a claim already
                self.claims.pop()
                self.claim_units.pop()
            made_previous = len(self.claims) > before
        for trigger, start, end in deferred:
            maker = by_phrases[trigger.first][1]
            agent = self._by_phrase_agent(unit, trigger, maker, unit_claims, covered)
            if maker is not None and agent is not None:
                self._claim(unit, trigger, sources, covered, used_cues, clause=(start, end), fixed=[maker, agent])
        if ctx.lexicon.relation("negotiate") is not None \
                and not any(c.relation == "negotiate" for c in self.claims[unit_claims:]):
            self._deal_claim(unit, triggers, sources, covered, used_cues)
        self._negotiator_claims(unit, found, sources, covered, used_cues)
        self._fronted_requests(unit, found, sources, covered, used_cues)
        if not triggers:
            self._attribute_back(unit, sources)
        named = [s.mention for s in sources if s.mention is not None and ctx.mention(s.mention).type == "PER"]
        if named:
            self.last_speaker = named[-1]
        outlets = [s.mention for s in sources if s.mention is not None and s.outlet]
        if outlets:
            self.last_outlet = outlets[-1]

    def _agreed_to_cooperate(self, triggers: list[PhraseMatch], reach: int = 2) -> list[PhraseMatch]:
        """Round 89: an agreement verb (a negotiate word, no noun) whose content is a cooperate word right
        after it, over at most ``reach`` plain words ("agreed to cooperate", "домовилися співпрацювати",
        "се договориха да си сътрудничат"), states the cooperation agreed on: the agreement verb makes no
        claim of its own (the first relation of a clause would take the claim, the cooperation only its
        content). Not a noun ("the agreement on cooperation") nor over a name or punctuation."""
        ctx = self.ctx
        negotiate, cooperate = ctx.lexicon.relation("negotiate"), ctx.lexicon.relation("cooperate")
        if negotiate is None or cooperate is None:
            return triggers
        dropped: set[int] = set()
        for i, t in enumerate(triggers[:-1]):
            later = triggers[i + 1]
            if t.key != "negotiate" or later.key != "cooperate" or not 0 <= later.first - t.last - 1 <= reach \
                    or is_relation_noun(ctx, negotiate, t):
                continue
            if all(ctx.tokens[k].is_word and ctx.token_mention[k] is None for k in range(t.last + 1, later.first)):
                dropped.add(i)
        return [t for i, t in enumerate(triggers) if i not in dropped]

    def _deal_claim(self, unit: Unit, triggers: list[PhraseMatch], sources: list[Source], covered: set[int],
                    used_cues: set[int]) -> None:
        """Round 46: a sentence that made no negotiate claim and holds a singular deal or agreement noun
        (lexicon ``deal_nouns``: "the deal", "споразумението", "dohoda", "umowa") that no relation word of
        the sentence covers: the document's negotiation between its established sides, when the sentence
        names one of them (or one says it) and no one else (`implied.deal_parties`): "ЕС не предложи
        споразумение за финансовите услуги", "The Union says the deal still has to pass parliament". The
        first such noun only."""
        ctx = self.ctx
        starts = ctx.may_start_positions(ctx.lexicon.deal_nouns)  # (most sentences hold none: skip them fast)
        for k in starts[bisect_left(starts, unit.first) : bisect_left(starts, unit.stop)]:
            if ctx.token_mention[k] is not None or any(t.first <= k <= t.last for t in triggers):
                continue
            if (length := ctx.match(ctx.lexicon.deal_nouns, k)):
                trigger = PhraseMatch(k, k + length - 1, "negotiate", _DEAL_NOUN)
                if self._is_relation_word(trigger, sources, covered):
                    self._claim(unit, trigger, sources, covered, used_cues)
                return

    def _negotiator_claims(self, unit: Unit, found: list[PhraseMatch], sources: list[Source], covered: set[int],
                           used_cues: set[int], reach: int = 6) -> None:
        """Round 54: a negotiator noun (a negotiate word that is a role noun: "the EU's chief negotiator X",
        "главният преговарящ на ЕС Y", "vyjednávač EU X") whose holder is named right after it, with the side it
        negotiates for named in its role phrase: the holder negotiates with the document's other side
        (`implied.negotiator_partner`). Not inside an attribution ("said the EU's chief negotiator X": how
        it was said), and not when the side is not named ("the chief negotiator X": for whom is unknown)."""
        ctx = self.ctx
        for trigger in found:
            if trigger.key != "negotiate" or ctx.role_noun_at(trigger.first) is None \
                    or trigger.first in covered or any(s.span_first <= trigger.first <= s.span_last for s in sources):
                continue
            holder = None
            for k in range(trigger.last + 1, min(trigger.last + 1 + reach, unit.stop)):
                if ctx.tokens[k].norm in CLAUSE_END:
                    break
                m = ctx.token_mention[k]
                if m is not None and ctx.mention(m).type == "PER":
                    holder = m if m in ctx.role_holders else None  # (its role: the chain's leftmost noun, "chief")
                    break
            if holder is None or any(ctx.match(ctx.lexicon.partner_prepositions, k) for k in
                                     range(max(unit.first, trigger.first - 3), trigger.first)):
                continue  # ("на среща с главния преговарящ на ЕС X": the partner of another relation)
            if any(0 < trigger.first - s.cue_last <= 6 and not any(ctx.tokens[k].norm in CLAUSE_END
                                                                   for k in range(s.cue_last + 1, trigger.first))
                   for s in sources):
                continue  # ("…," said the EU's chief negotiator X": the speaker named right after the verb, how it was said)
            # the side it negotiates for: a place or organisation in its role phrase ("на ЕС", "EU's")
            before = range(max(unit.first, trigger.first - 3), trigger.first)
            own = {m for k in list(before) + list(range(trigger.last + 1, ctx.mention_tokens[holder][0]))
                   if (m := ctx.token_mention[k]) is not None and ctx.mention(m).type in ("LOC", "ORG")}
            if len({ctx.name(m) for m in own}) != 1:
                continue
            partner = self._addressed_side(unit, holder, own) or negotiator_partner(ctx, self.explicit, unit.index, next(iter(own)))
            if partner is None or any(ctx.name(holder) in {ctx.name(p) for p in c.participants} and c.relation != "negotiate"
                                      for c, u in zip(self.claims, self.claim_units) if u == unit.index):
                continue  # ("X met the EU's chief negotiator Y": the sentence tells the holder's other relation)
            before = len(self.claims)
            self._claim(unit, PhraseMatch(trigger.first, trigger.last, "negotiate", _NEGOTIATOR), sources, covered,
                        used_cues, fixed=[holder, partner])
            if len(self.claims) > before:
                self.negotiator_claims.add(self.claims[-1].id)  # (no claim a later sentence continues)

    def _addressed_side(self, unit: Unit, holder: int, own: set[int]) -> int | None:
        """Round 99: the side the negotiator's own clause names after the holder ("главният преговарящ на ЕС X
        предупреди днес Великобритания, че …", "X трябва … да предложи на Мей прехода"): the first place,
        organisation or person in the holder's clause (up to a clause end), not the holder nor its own side, is the
        other side the sentence gives it, in the sentence's own words, before the document's (`negotiator_partner`)."""
        ctx = self.ctx
        skip = {ctx.name(holder)} | {ctx.name(m) for m in own}
        for k in range(ctx.mention_tokens[holder][1] + 1, unit.stop):
            if ctx.tokens[k].norm in CLAUSE_END:
                return None
            m = ctx.token_mention[k]
            if m is not None and ctx.mention(m).type in ("LOC", "ORG", "PER") and ctx.name(m) not in skip:
                return m
        return None

    def _fronted_requests(self, unit: Unit, found: list[PhraseMatch], sources: list[Source], covered: set[int],
                          used_cues: set[int], reach: int = 4) -> None:
        """Round 58: a verb of pressing whose addressee, with the verb's own preposition, stands before it ([relations.request]
        ``fronted_verbs`` after a ``fronted_prepositions`` word: "X na Y naléhají, aby …", "X na Y čím dál více tlačí",
        "X na Y naciska"), in a language of free word order: a request between the one person or organisation opening
        the sentence (`_opening_name`) and the one pressed, an inflected name right after the preposition, at most
        ``reach`` lower-case words before the verb (the ordinary order, "tlačí na Y", is the trigger's; a trigger
        "naléhají" found the name before it no party: a preposition is no object's). Not when the sentence made a
        claim with the same two."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        if not lexicon.fronted_verbs.patterns or not lexicon.fronted_prepositions.patterns or not lexicon.drops_subjects:
            return
        starts = ctx.may_start_positions(lexicon.fronted_verbs)
        for k in starts[bisect_left(starts, unit.first) : bisect_left(starts, unit.stop)]:
            if ctx.token_mention[k] is not None or not ctx.match(lexicon.fronted_verbs, k) or k in covered:
                continue
            if k - 1 <= unit.first or ctx.match(lexicon.fronted_prepositions, k + 1):
                continue  # (review 16b: the verb with its own preposition after it, "i naciska na rząd": the "na Y" before is another verb's)
            j, words = k - 1, 0
            while j > unit.first and ctx.token_mention[j] is None and ctx.tokens[j].is_word \
                    and ctx.tokens[j].text[:1].islower() and words < reach:
                if any(ctx.match(table, j) for table in (lexicon.conjunctions, lexicon.clause_conjunctions,
                                                         lexicon.complementizers, lexicon.relative_pronouns)):
                    break  # (review 16b: "X liczy na Y i naciska": Y is what the first verb governs)
                j, words = j - 1, words + 1
            m = ctx.token_mention[j]
            if m is None or ctx.mention(m).type not in ("PER", "ORG") or not ctx.is_oblique(m) or ctx.is_possessive(m):
                continue
            o_first = ctx.mention_tokens[m][0]
            if o_first < 1 or ctx.mention_tokens[m][1] != j or not ctx.match(lexicon.fronted_prepositions, o_first - 1):
                continue
            agent = self._opening_name(unit, o_first - 1)
            if agent is None or ctx.is_oblique(agent) or ctx.name(agent) == ctx.name(m):
                continue
            pair = {ctx.name(agent), ctx.name(m)}
            if any(u == unit.index and {ctx.name(p) for p in c.participants} == pair
                   for c, u in zip(self.claims, self.claim_units)):
                continue
            self._claim(unit, PhraseMatch(k, k, "request", _FRONTED), sources, covered, used_cues,
                        clause=(unit.first, unit.stop), fixed=[agent, m])

    def _subject_before_relative(self, unit: Unit, trigger: PhraseMatch) -> int | None:
        """Round 48: the subject of a directed relation's verb (invite, request) that stands right after a
        comma closing a relative clause inserted after the subject ("X je na razpravo, ki …, povabil tudi Y",
        "X zaprosił na konferencję, która …, także Y"): the one person or organisation named before that
        relative clause, when it opens the sentence (no other name or quote before it)."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or not relation.directed or relation.places or is_relation_noun(ctx, relation, trigger):
            return None
        k = trigger.first - 1
        if k <= unit.first or ctx.tokens[k].norm != ",":
            return None
        opening = None
        for j in range(k - 1, unit.first, -1):
            if ctx.tokens[j].norm == ",":
                if ctx.match(ctx.lexicon.relative_pronouns, j + 1):
                    opening = j
                break
            if ctx.tokens[j].norm in CLAUSE_END or ctx.tokens[j].norm in _SENTENCE_STOPS:
                return None
        if opening is None:
            return None
        return self._opening_name(unit, opening)

    def _opening_name(self, unit: Unit, end: int) -> int | None:
        """The one person or organisation named before token ``end`` in the sentence, when it opens the
        sentence (within its first three tokens) and no comma, quote or other name stands before ``end``."""
        ctx = self.ctx
        named = []
        for j in range(unit.first, end):
            m = ctx.token_mention[j]
            if ctx.tokens[j].norm in _SENTENCE_STOPS or ctx.tokens[j].norm == ",":
                return None
            if m is not None and m not in named:
                named.append(m)
        if len(named) != 1 or ctx.mention(named[0]).type not in ("PER", "ORG") \
                or ctx.mention_tokens[named[0]][0] > unit.first + 2:
            return None
        return named[0]

    def _named_after_relative(self, unit: Unit, trigger: PhraseMatch, end: int, reach: int = 4,
                              length: int = 15) -> tuple[int, int] | None:
        """Round 52: the agent and the object of an invitation or request verb whose object stands after a
        relative clause inserted after the verb's prepositional object ("X zaprosił na konferencję, która
        odbędzie się w środę, także Y", "X je povabil na razpravo, ki bo v sredo, tudi Y"): a comma and a
        relative pronoun within ``reach`` tokens after the verb, with no name or stop before them; the next
        comma within ``length`` tokens closes the clause (no name, quote or stop inside it); the object is the
        name right after it over at most two lower-case words, the agent the one person or organisation that
        opens the sentence before the verb (`_opening_name`)."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or not relation.directed or relation.places or is_relation_noun(ctx, relation, trigger):
            return None
        opening = None
        for k in range(trigger.last + 1, min(trigger.last + 1 + reach, end)):
            if ctx.tokens[k].norm == ",":
                if ctx.match(ctx.lexicon.relative_pronouns, k + 1):
                    opening = k
                break
            if ctx.token_mention[k] is not None or ctx.tokens[k].norm in CLAUSE_END or ctx.tokens[k].norm in _SENTENCE_STOPS:
                return None
        if opening is None or opening == trigger.last + 1:
            return None  # (a prepositional object before the clause: "zaprosił na konferencję, która …")
        closing = None
        for k in range(opening + 2, min(opening + 2 + length, end)):
            if ctx.tokens[k].norm == ",":
                closing = k
                break
            if ctx.token_mention[k] is not None or ctx.tokens[k].norm in CLAUSE_END or ctx.tokens[k].norm in _SENTENCE_STOPS \
                    or ctx.quote_at(k) is not None:
                return None
        if closing is None:
            return None
        invited = self._named_after(PhraseMatch(closing, closing, trigger.key, trigger.pattern), end)
        agent = self._opening_name(unit, trigger.first)
        if invited is None or agent is None or ctx.name(invited) == ctx.name(agent):
            return None
        return agent, invited

    def _concluded_pair(self, trigger: PhraseMatch, stop: int, reach: int = 10) -> tuple[int, int] | None:
        """Round 52: who concluded a deal with whom, named by the clause right after its noun (lexicon
        ``deal_nouns``): over an optional comma and a relative word or complementizer ("which", "that", "която",
        "którą", "que"), within ``reach`` tokens and no other comma, quote or stop: one name of a person,
        organisation or place, in the base form, with no preposition before it (the subject), a verb of
        concluding (``deal_verbs``: "reached", "постигне", "zawarł") and, after the subject, a partner preposition
        right before a second name, over an article ("avec la Maronie"; the partner), the verb between the two and
        no negation in the clause:
        "the deal that X reached with Y", "сделката, която премиерът X постигне с Y", "l'accord que X a conclu
        avec Y". The subject and the partner."""
        ctx = self.ctx
        if not ctx.lexicon.deal_verbs.patterns or not any(
                ctx.match(ctx.lexicon.deal_nouns, k) for k in range(trigger.first, trigger.last + 1)):
            return None
        k = trigger.last + 1
        if k < stop and ctx.tokens[k].norm == ",":
            k += 1
        if k < stop and (length := max(ctx.match(ctx.lexicon.relative_pronouns, k), ctx.match(ctx.lexicon.relative, k),
                                       ctx.match(ctx.lexicon.complementizers, k))):
            k += length
        subject = partner = None
        verb = False
        j = k
        while j < min(stop, k + reach):
            token = ctx.tokens[j]
            if token.norm in CLAUSE_END or token.norm in _SENTENCE_STOPS or ctx.quote_at(j) is not None:
                break
            if (m := ctx.token_mention[j]) is not None:
                if subject is not None or ctx.is_oblique(m) or ctx.is_possessive(m) \
                        or ctx.mention(m).type not in ("PER", "ORG", "LOC"):
                    return None
                subject = m
                j = ctx.mention_tokens[m][1] + 1
                continue
            if (length := ctx.match(ctx.lexicon.partner_prepositions, j)) and j + length < stop \
                    and (named := j + length + (1 if ctx.match(ctx.lexicon.articles, j + length) else 0)) < stop \
                    and (m := ctx.token_mention[named]) is not None:
                if partner is not None or subject is None:
                    return None  # (the subject first: "than the one signed between X and Y" names no one who concluded it)
                partner = m
                j = ctx.mention_tokens[m][1] + 1
                continue
            if not token.is_word or not token.text[:1].islower():
                return None
            if subject is None and any(ctx.match(table, j) for table in (
                    ctx.lexicon.place_prepositions, ctx.lexicon.topic_prepositions, ctx.lexicon.owner_words)):
                return None  # (a name after a preposition is no subject: "umowa zawarta w czasach X")
            if ctx.match(ctx.lexicon.negation, j):
                return None  # ("the deal that X never reached with Y": no one concluded it)
            if ctx.match(ctx.lexicon.deal_verbs, j) and subject is not None and partner is None:
                verb = True  # (between the subject and the partner: "The deal will be signed after X talks with Y" is not)
            j += 1
        if not verb or subject is None or partner is None or ctx.name(subject) == ctx.name(partner) \
                or ctx.mention(partner).type not in ("PER", "ORG", "LOC"):
            return None
        return subject, partner

    def _object_before_verb(self, unit: Unit, trigger: PhraseMatch) -> tuple[int, int] | None:
        """Round 52: the agent and the object of an invitation or request verb whose object, an inflected name
        (not after a preposition, no possessive), stands right before the verb ("Marko Kos je Janeza Novaka
        povabil na obisk", "… je Janeza Novaka pozval k odstopu", "Jan Novák Petra Dvořáka vyzval k …"), in a
        language that drops subjects (free word order); the agent is the one person or organisation that opens
        the sentence before the object (`_opening_name`)."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if not ctx.lexicon.drops_subjects or relation is None or not relation.directed or relation.places \
                or is_relation_noun(ctx, relation, trigger) or trigger.first < 1:
            return None
        m = ctx.token_mention[trigger.first - 1]
        agent = self._agent_opening_before(unit, m) if m is not None else None
        if agent is None:
            return None
        o_first = ctx.mention_tokens[m][0]
        if any(not (ctx.match(ctx.lexicon.copulas, j) or ctx.match(ctx.lexicon.auxiliaries, j)
                    or ctx.match(ctx.lexicon.reflexive_particles, j))
               for j in range(ctx.mention_tokens[agent][1] + 1, o_first)):
            return None  # (only an auxiliary between: "X w imieniu Y zaprosił …" is on Y's behalf, not Y invited)
        return agent, m

    def _agent_opening_before(self, unit: Unit, m: int) -> int | None:
        """The agent of a directed relation whose object, the inflected name ``m`` (a person, organisation or place
        in an oblique case, no possessive, after no preposition, owner word or conjunction), stands before the
        relation word: the one person or organisation opening the sentence (`_opening_name`), not oblique and not
        ``m`` itself. Shared by `_object_before_verb` (round 52) and `_dative_addressee` (round 66)."""
        ctx = self.ctx
        if ctx.mention(m).type not in ("PER", "ORG", "LOC") or not ctx.is_oblique(m) or ctx.is_possessive(m):
            return None
        o_first = ctx.mention_tokens[m][0]
        if o_first < 1 or any(ctx.match(table, o_first - 1) for table in (
                ctx.lexicon.place_prepositions, ctx.lexicon.partner_prepositions, ctx.lexicon.topic_prepositions,
                ctx.lexicon.owner_words, ctx.lexicon.addressee_prepositions, ctx.lexicon.conjunctions)):
            return None
        agent = self._opening_name(unit, o_first)
        if agent is None or ctx.is_oblique(agent) or ctx.name(agent) == ctx.name(m):
            return None
        return agent

    def _named_after(self, trigger: PhraseMatch, end: int, reach: int = 2) -> int | None:
        """Round 48: a person's or organisation's name right after the relation word, over at most ``reach``
        lower-case words ("povabil tudi Y", "zaprosił także Y")."""
        m = name_within(self.ctx, trigger.last + 1, end, reach)
        return m if m is not None and self.ctx.mention(m).type in ("PER", "ORG") else None

    def _details_of(self, trigger: PhraseMatch, reach: int = 2) -> bool:
        """Round 48: whether a details noun (lexicon ``detail_nouns``: "details", "detaily", "подробности")
        stands right before the relation word, over at most ``reach`` lower-case words ("details of the deal",
        "подробности за срещата"), in its sentence (`DocumentContext.sentence_first`)."""
        ctx = self.ctx
        for k in range(trigger.first - 1, max(trigger.first - 2 - reach, ctx.sentence_first(trigger.first) - 1), -1):
            n = ctx.match(ctx.lexicon.detail_nouns, k)
            if n and k + n <= trigger.first:
                return True
            if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word:
                return False
            if ctx.tokens[k].text[:1].isupper() and k != trigger.first - 1:
                return False
        return False

    def _by_phrases(self, unit: Unit, triggers: list[PhraseMatch], sources: list[Source], covered: set[int],
                    reach: int = 3) -> dict[int, tuple[PhraseMatch, int | None]]:
        """Round 48: the phrases of a relation's noun that name its maker right after them (relation
        ``by_phrases``: "at the invitation of", "по покана на", "na zaproszenie", "auf Einladung"), each with
        the maker: the first name within ``reach`` lower-case words after it ("na zaproszenie premiera Y"),
        None when there is none ("at the invitation of his counterpart"). Keyed by the phrase's first token."""
        ctx = self.ctx
        found: dict[int, tuple[PhraseMatch, int | None]] = {}
        for relation in ctx.lexicon.relations:
            if relation.by_phrases is None or not relation.by_phrases.patterns:
                continue
            starts = ctx.may_start_positions(relation.by_phrases)  # (most sentences hold none: skip them fast)
            index = bisect_left(starts, unit.first)
            while index < len(starts) and starts[index] < unit.stop:
                k = starts[index]
                index += 1
                n = ctx.match(relation.by_phrases, k) if ctx.token_mention[k] is None else 0
                if not n:
                    continue
                phrase = PhraseMatch(k, k + n - 1, relation.name, _BY_PHRASE)
                maker = name_within(ctx, k + n, unit.stop, reach)
                if self._is_relation_word(phrase, sources, covered):
                    found[k] = (phrase, maker)
                while index < len(starts) and starts[index] < k + n:
                    index += 1  # (on after the phrase)
        return found

    def _by_phrase_agent(self, unit: Unit, trigger: PhraseMatch, maker: int | None, unit_claims: int,
                         covered: set[int]) -> int | None:
        """Round 48: who the maker of a by-phrase ("at the invitation of Y") acted on: the first person or
        organisation of the sentence's first claim of another relation ("X visited Z at the invitation of Y":
        the visitor, never the place); with none, the sentence's first person or organisation, when no other
        name stands before it ("X came to Z at the invitation of Y")."""
        ctx = self.ctx
        if maker is None:
            return None
        made = [c for c in self.claims[unit_claims:] if c.relation != trigger.key]
        if made:
            return next((m for m in sorted(made[0].participants, key=lambda m: ctx.mention_tokens[m][0])
                         if ctx.mention(m).type in ("PER", "ORG") and ctx.name(m) != ctx.name(maker)), None)
        for k in range(unit.first, unit.stop):
            m = ctx.token_mention[k]
            if m is None or m == maker or k in covered or trigger.first <= k <= trigger.last:
                continue
            if ctx.mention(m).type in ("PER", "ORG") and ctx.name(m) != ctx.name(maker):
                return m
            return None
        return None

    def _first_person_continuation(self, unit: Unit, shortest: int = 4) -> Source | None:
        """Round 15: a sentence in the first person with no source and no quote marks, right after a
        sentence whose source is a named person ("Kurtyka odpowiedział, że … Podjęliśmy także
        współpracę ze Szwecją", "Petrov said … We have also started talks with X"): the reported
        speech goes on unquoted, by the same speaker. First person: a pronoun (lexicon
        ``first_person``) or a verb with a first-person ending of at least ``shortest`` letters
        (``first_person_endings``: "podjęliśmy", "jednáme" is too short to tell from a noun)."""
        ctx = self.ctx
        if unit.index == 0 or self._quotes_in(unit):
            return None
        endings = tuple(e for e in ctx.lexicon.first_person_endings if len(e) >= shortest)
        if not any(ctx.token_mention[k] is None and (
                ctx.match(ctx.lexicon.first_person, k)
                or (endings and ctx.tokens[k].norm.endswith(endings) and len(ctx.tokens[k].norm) > len(endings[0]) + 2))
                for k in range(unit.first, unit.stop)):
            return None
        previous = ctx.units[unit.index - 1]
        if self._quotes_in(previous):
            # round 36: the person's words before were in quote marks, closed there: an unquoted first person
            # after them is the writer's ("»…,« je povedal X. … smo priredili spletni klepet": the magazine)
            return None
        named = [s for s in find_sources(ctx, previous.first, previous.stop, self.last_speaker)
                 if s.kind in ("speech", "according") and s.mention is not None and ctx.mention(s.mention).type == "PER"]
        if not named:
            return None
        # (an empty attribution span: the cue stands for the sentence before)
        return Source(named[-1].mention, "speech", unit.first - 1, unit.first - 1, unit.first, unit.first - 1,
                      False, named[-1].cue_text, True)

    def _credits(self) -> set[int]:
        """Round 35: tokens of the names in photo credits ("foto: Reuters", lexicon ``credits``): the
        photographer or agency, no party of a relation (read once per document language)."""
        ctx = self.ctx
        if id(ctx.lexicon) not in self._credit_tokens:
            found: set[int] = set()
            for k in range(len(ctx.tokens) - 2):
                n = ctx.match(ctx.lexicon.credits, k)
                if n and ctx.tokens[k + n].norm == ":":
                    j = k + n + 1
                    while j < len(ctx.tokens) and ctx.token_mention[j] is not None:
                        found.add(j)
                        j += 1
            self._credit_tokens[id(ctx.lexicon)] = found
        return self._credit_tokens[id(ctx.lexicon)]

    def _takes_cue(self, trigger: PhraseMatch, source: Source) -> bool:
        """Whether a relation word covering a reporting cue is the relation's word, not the attribution:
        a word needing a person (lexicon ``needs_person``: informing, notifying) is when a person follows
        it as its object (round 35: "poinformował ambasadora X"; not "poinformował, że"); any other is
        when it is the longer phrase (bg "предложи убежище")."""
        relation = self.ctx.lexicon.relation(trigger.key)
        if relation is not None and relation.needs_person is not None and trigger.pattern in {
                p.source for p in relation.needs_person.patterns}:
            return self._receives_person(trigger) and (
                self.ctx.lexicon.owner_genitive or self._named_before(trigger))
        return trigger.last - trigger.first > source.cue_last - source.cue_first

    def _named_before(self, trigger: PhraseMatch) -> bool:
        """Whether a name or a role noun stands before the word in its clause: where case is not marked, a
        reporting verb that opens its clause has its subject after it ("Както информира X, …": X speaks). The clause
        opens at its sentence's first token at the latest (`DocumentContext.sentence_first`)."""
        ctx = self.ctx
        lo = ctx.sentence_first(trigger.first)
        for j in range(trigger.first - 1, max(trigger.first - 1 - ctx.lexicon.window_before, lo - 1), -1):
            if ctx.tokens[j].norm in CLAUSE_END:
                return False
            if ctx.token_mention[j] is not None or ctx.role_noun_at(j) is not None:
                return True
        return False

    def _talk_about_events(self, unit: Unit, found: list[PhraseMatch], sources: list[Source], reach: int = 4
                           ) -> list[PhraseMatch]:
        """Round 15: a contact verb whose object is a meeting or a visit with parties of its own
        ("Kremlin discusses potential Putin-Musk meeting", "Кремъл обсъжда възможна среща между Путин
        и Мъск", "Peskow omówił możliwe spotkanie Putina z Muskiem") is what its subject says about
        that event: the subject is the speaker (a source is added), the verb no relation."""
        ctx = self.ctx
        kept = list(found)
        for trigger, event in zip(found, found[1:]):
            relation = ctx.lexicon.relation(trigger.key)
            if trigger.key != "contact" or event.key not in ("meet", "visit") or relation is None \
                    or is_relation_noun(ctx, relation, trigger) or not 0 <= event.first - trigger.last - 1 <= reach:
                continue
            named_between = False
            for k in range(trigger.last + 1, event.first):
                token = ctx.tokens[k]
                if ctx.token_mention[k] is not None:
                    named_between = True
                elif not (token.norm in {"-", "–"} or token.is_word and token.text[:1].islower()):
                    break
            else:
                after = event.last + 1
                while after < unit.stop and ctx.token_mention[after] is None and after <= event.last + 2 and (
                        ctx.match(ctx.lexicon.between, after) or ctx.match(ctx.lexicon.owner_words, after)):
                    after += 1
                if not named_between and not (after < unit.stop and ctx.token_mention[after] is not None):
                    continue  # ("discussed the meeting": the event names no parties of its own)
                source = source_of_verb(ctx, unit.first, unit.stop, self.last_speaker, trigger.first, trigger.last)
                if source is None or source.mention is None:
                    continue
                sources.append(source)
                sources.sort(key=lambda s: s.cue_first)
                kept.remove(trigger)
        return kept

    def _answers_directed(self, source: Source, found: list[PhraseMatch], reach: int = 3) -> int | None:
        """Round 33: whether a refusal cue's object is the noun of an invitation or request (lexicon
        ``answered``) that is a directed relation word: right after the cue, over articles, possessive
        pronouns and an owner's name ("declined Lidia Orlova's invitation", "odrzucił zaproszenie Y",
        "отхвърли поканата на Y"). What is refused was made: the invitation is asserted, between its
        maker and the refuser, by the text itself (not an infinitive: "refused to invite"). Returns the
        noun's first token. Read in the cue's sentence (`DocumentContext.sentence_stop`): a noun opening the next one,
        where this one has no final punctuation, is no object of the cue."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        k, words = source.cue_last + 1, 0
        stop = ctx.sentence_stop(source.cue_last)
        while k < stop and words <= reach:
            if ctx.match(lexicon.answered, k):
                relation = next((lexicon.relation(t.key) for t in found if t.first == k), None)
                return k if relation is not None and relation.directed and not relation.places else None
            mention = ctx.token_mention[k]
            if mention is not None:
                k = ctx.mention_tokens[mention][1] + 1
            elif ctx.tokens[k].norm in POSSESSIVE_MARKS or ctx.match(lexicon.articles, k) \
                    or ctx.match(lexicon.possessive_pronouns, k):
                k += 1
            else:
                return None
            words += 1
        return None

    def _is_relation_word(self, trigger: PhraseMatch, sources: list[Source], covered: set[int]) -> bool:
        """A trigger counts unless it is part of the attribution ("Speaking to journalists",
        "по въпросите на сътрудничеството" in an envoy's title) or names a person ("the chief
        negotiator") or has the press as its partner ("a conference call with media")."""
        ctx, i = self.ctx, trigger.first
        if any(s.cue_first <= i <= s.cue_last for s in sources):
            return False
        if i in covered and not self._between_subject_and_cue(trigger, sources) \
                and not self._setting_in_attribution(trigger, sources):
            return False
        length = trigger.last - trigger.first + 1
        if max(ctx.lexicon.speech.match_at(ctx.tokens, i), ctx.lexicon.according.match_at(ctx.tokens, i)) > length:
            return False  # "speaking to journalists" is a longer reporting phrase than "speaking to"
        if self._addresses_audience(trigger):
            return False  # "v rozhovoru novinářům řekl", "a conference call with media": how it was said
        if self._in_interview(trigger):
            return False  # "X spoke to CNN in an interview": the talk is the interview, a way of saying
        if self._talks_to_outlet(trigger):
            return False  # "X spoke to Reuters", "разговаривал с РБК": the outlet relays X's words
        relation = ctx.lexicon.relation(trigger.key)
        if relation is not None and relation.needs_partner is not None and trigger.pattern in {
                p.source for p in relation.needs_partner.patterns}:
            if (members := self._members_follow(trigger)) is not None:
                self._member_words[i] = members  # round 75: "a joint venture of X and Y" (not the venture itself: "Z is a …")
            elif not self._has_partner(trigger):
                return False  # "an even better deal", "Black Friday deals": a bargain, no agreement between parties
        if relation is not None and relation.needs_person is not None and trigger.pattern in {
                p.source for p in relation.needs_person.patterns} and not self._receives_person(trigger):
            return False  # round 27: "received a letter", "принял решение": no visitor received
        if relation is not None and relation.addressing is not None and trigger.pattern in {
                p.source for p in relation.addressing.patterns} and self._only_addresses(trigger, relation):
            return False  # "turned to the Senate and said", "обратился к нации с речью": an address
        if ctx.role_noun_at(i) is None:
            return True
        # round 75: "negotiators of X and Y", "преговарящите екипи на ЕС и Великобритания": a role noun of a
        # symmetric relation followed by the two sides it stands for (no person: "the chief negotiator X and
        # Y" is round 54's holder) — the sides are the relation's parties
        members = self._members_follow(trigger)
        if relation is None or relation.directed or members is None or any(ctx.mention(m).type == "PER" for m in members):
            return False
        self._member_words[i] = members
        return True

    def _members_follow(self, trigger: PhraseMatch, reach: int = 3, modifiers: int = 2) -> list[int] | None:
        """Round 75: the two members a relation noun names right after it, joined by a conjunction, as a
        genitive or after a preposition ("a joint venture of X and Y", "совместное предприятие «X» и
        итальянской Y", "negocjatorów z X i Y"): within ``reach`` lower-case words (or quotes) after the
        word, the last of them an ``owner`` or ``origin_prepositions`` word ("of", "на", "z", "от"; none in a
        genitive language), a person's, organisation's or state's name, then a conjunction (lexicon
        ``conjunctions``), at most ``modifiers`` lower-case words and a second such name, different from the
        first; no clause end between, nor the sentence's end (`DocumentContext.sentence_stop`: the next sentence's first
        names, where this one has no final punctuation, are no members). The two mentions, or None."""
        ctx = self.ctx
        stop = ctx.sentence_stop(trigger.last)
        kinds = ("PER", "ORG", "LOC", "GPE")

        def name_at(k: int, words: int, linked: bool) -> tuple[int, int] | None:
            last_word = None
            while k < stop and ctx.token_mention[k] is None:
                token = ctx.tokens[k]
                if token.norm in QUOTE_MARKS:
                    k += 1
                    continue
                if not token.is_word or not token.text[:1].islower() or words == 0:
                    return None
                last_word, words, k = k, words - 1, k + 1
            if k >= stop or ctx.mention(m := ctx.token_mention[k]).type not in kinds:
                return None
            if linked and last_word is not None and not (ctx.match(ctx.lexicon.owner_words, last_word)
                                                         or ctx.match(ctx.lexicon.origin_prepositions, last_word)):
                return None  # (the first member is the noun's genitive or follows "of"/"from": not "deals at X and Y")
            return m, ctx.mention_tokens[m][1]

        first = name_at(trigger.last + 1, reach, True)
        if first is None:
            return None
        k = first[1] + 1
        while k < stop and ctx.tokens[k].norm in QUOTE_MARKS:
            k += 1
        if k >= stop or not (c := ctx.match(ctx.lexicon.conjunctions, k)):
            return None
        second = name_at(k + c, modifiers, False)
        if second is None or ctx.name(second[0]) == ctx.name(first[0]):
            return None
        return [first[0], second[0]]

    def _setting_in_attribution(self, trigger: PhraseMatch, sources: list[Source]) -> bool:
        """Round 42: whether a symmetric relation noun after a setting preposition (lexicon ``during``:
        "after", "po", "след") stands inside an attribution whose subject is unnamed, between it and its
        reporting verb ("Jeden z předních diplomatů EU po jednáních ve čtvrtek uvedl, že …", "an EU
        diplomat said after the talks"): the talks took place, told by the text, their parties implied
        (`implied.established_parties`). A named subject is round 15's `_between_subject_and_cue`."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or relation.directed or not is_relation_noun(ctx, relation, trigger) \
                or not self._is_setting(trigger):
            return False
        return any(s.mention is None and s.kind == "speech" and s.span_first <= trigger.first
                   and trigger.last < s.cue_first for s in sources)

    def _between_subject_and_cue(self, trigger: PhraseMatch, sources: list[Source]) -> bool:
        """Whether the relation word stands between a named subject and its reporting verb, inside
        the attribution ("Лина Ортис в письме Ивану Петрову заявила, что …", "X w trakcie spotkania z
        Y powiedział"): the letter or meeting is a relation of the subject's the text states (an
        interview given to an outlet is not: lexicon ``interview``)."""
        ctx = self.ctx
        for s in sources:
            if s.mention is None or ctx.mention(s.mention).type not in ("PER", "ORG"):
                continue
            end = ctx.mention_tokens[s.mention][1]
            # (not inside an apposition: "Кирил Дмитриев, специалният пратеник на Путин по въпросите
            # на … сътрудничество, заяви" — the cooperation is in his title)
            if s.span_first <= trigger.first and trigger.last < s.cue_first and end < trigger.first \
                    and not any(ctx.tokens[k].norm == "," for k in range(end + 1, trigger.first)):
                # (an interview phrase covering the word, given to an outlet, is how it was said:
                # "w rozmowie z Polsat"; one with a person is a conversation: "w rozmowie z X")
                covering = any(k + ctx.match(ctx.lexicon.interview, k) > trigger.first
                               for k in range(max(end + 1, trigger.first - 3), trigger.first + 1))
                partner = next((ctx.token_mention[k] for k in range(trigger.last + 1, min(trigger.last + 4, s.cue_first))
                                if ctx.token_mention[k] is not None), None)
                if covering and (partner is None or ctx.mention(partner).type != "PER"):
                    return False
                return not self._in_interview(trigger)
        return False

    def _only_addresses(self, trigger: PhraseMatch, relation, reach: int = 8) -> bool:
        """For a request word that also means addressing someone (lexicon ``addressing``: "turned to",
        "обратился к"): whether an address noun (``address_words``: "с речью", "with a speech") or
        "and" with a speech verb ("turned to the Senate and said") follows in its clause within
        ``reach`` tokens, before anything asked (another word of the relation: "с просьбой"), and before the sentence's
        end (`DocumentContext.sentence_stop`)."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        for k in range(trigger.last + 1, min(trigger.last + 1 + reach, ctx.sentence_stop(trigger.last))):
            if ctx.tokens[k].norm in {".", ";", "!", "?", ",", ":"}:
                return False
            if ctx.token_mention[k] is not None:
                continue
            if relation.triggers.match_at(ctx.tokens, k) or ctx.match(lexicon.content_prepositions, k):
                return False  # "обратился к X с просьбой", "turned to the UN for help"
            if relation.address_words is not None and relation.address_words.match_at(ctx.tokens, k):
                return True
            if (n := ctx.match(lexicon.conjunctions, k)) and ctx.match(lexicon.speech, k + n):
                return True
        return False

    def _has_partner(self, trigger: PhraseMatch, reach: int = 3) -> bool:
        """For an ambiguous relation word (lexicon ``needs_partner``: "deal"): a partner preposition or
        "between" within ``reach`` words after it ("a deal reached with X"), or a person or
        organisation before it in its clause as the subject ("X struck a new deal"; not a name right
        before it or one naming a product after it: "Apple AirPods deals"), or two names joined by a
        hyphen right before it (round 17, `hyphenated_pair`: "the Acme-Globex deal"). Both sides are read in its
        sentence (`DocumentContext.sentence_first`, `sentence_stop`)."""
        ctx = self.ctx
        if hyphenated_pair(ctx, trigger) is not None:
            return True  # round 17: "the Acme-Globex deal"
        stop = ctx.sentence_stop(trigger.last)
        for k in range(trigger.last + 1, min(trigger.last + 1 + reach, stop)):
            if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None:
                break
            if ctx.match(ctx.lexicon.partner_prepositions, k) or ctx.match(ctx.lexicon.between, k):
                # (a party must follow it: "a deal with Qantas"; not "a better deal is to subscribe")
                j = ctx.after_articles(k + 1, stop)
                return j < stop and (ctx.token_mention[j] is not None or ctx.role_noun_at(j) is not None
                                     or bool(ctx.match(ctx.lexicon.organisation_nouns, j)))
        words = 0
        lo = ctx.sentence_first(trigger.first)
        for k in range(trigger.first - 1, max(trigger.first - 1 - ctx.lexicon.window_before, lo - 1), -1):
            token = ctx.tokens[k]
            if not token.is_word and token.norm not in {"'s", "'"}:
                return False
            m = ctx.token_mention[k]
            if m is None:
                words += 1
                continue
            first, last = ctx.mention_tokens[m]
            following = ctx.token_mention[last + 1] if last + 1 < len(ctx.tokens) else None
            return (ctx.mention(m).type in ("PER", "ORG") and words > 0 and following is None
                    and not ctx.is_possessive(m))
        return False

    def _receives_person(self, trigger: PhraseMatch) -> bool:
        """Round 27: for a word of receiving (lexicon ``needs_person``): a person follows it as its object
        or passive agent — a person's name right after it (over articles), or a role noun there or one
        word further after an article ("received Y", "принял Y", "was received by Y", "received the
        Austrian chancellor") — or, where the verb ends the clause (lexicon ``verb_final``), a person
        after a passive agent preposition (``agent_prepositions``) before it in its clause ("wurde von Y
        im Kanzleramt empfangen"). "received a letter", "принял решение", "received Y's letter" are
        no meeting, nor is a state or organisation named last before the word in its clause receiving
        someone ("Франция е готова да приеме X": taking someone in). The object is read in the word's sentence
        (`DocumentContext.sentence_stop`): the next sentence's first name, where this one has no final punctuation, is
        no one received; so is the last name of the sentence before (`DocumentContext.sentence_first`)."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        lo, stop = ctx.sentence_first(trigger.first), ctx.sentence_stop(trigger.last)
        # round 68: one persuaded to act (a request, lexicon ``needs_person`` of [relations.request]: "przekonać
        # Niemców", "persuaded Germany to") may be a state or an organisation, and a state may persuade
        kinds = ("PER", "ORG", "LOC") if trigger.key in _DIRECTED else ("PER",)
        for j in range(trigger.first - 1, max(trigger.first - 1 - lexicon.window_before, lo - 1), -1):
            if ctx.tokens[j].norm in CLAUSE_END:
                break
            if (m := ctx.token_mention[j]) is not None:
                if ctx.mention(m).type not in kinds:
                    return False  # "Франция е готова да приеме X": a state taking someone in, no meeting
                break
        k = ctx.after_articles(trigger.last + 1, stop)
        articles = k - (trigger.last + 1)
        for j in range(k, min(k + (2 if articles else 1), stop)):
            m = ctx.token_mention[j]
            # (where the language marks case, an object or agent is inflected: "принял Лидию Орлову";
            # a name in the base form is the subject after the verb: "решение принял X")
            cased = lexicon.owner_genitive and not lexicon.verb_final
            if m is not None:
                return ctx.mention(m).type in kinds and not ctx.is_possessive(m) and (not cased or ctx.is_oblique(m))
            if (role := ctx.role_noun_at(j)) is not None:
                end = j + role[1]
                holder = ctx.token_mention[end] if end < stop else None
                if holder is not None:
                    return ctx.mention(holder).type == "PER" and not ctx.is_possessive(holder) and (
                        not cased or ctx.is_oblique(holder))
                return not cased and not (end < stop and ctx.tokens[end].norm in {"'s", "'"})
            if not ctx.tokens[j].is_word:
                break
            if j == k and (holder := self._holder_after_modifier(j, stop)) is not None:
                # round 58: one lower-case modifier before the role noun ("убеди бившия премиер Y да …",
                # "persuaded the former premier Y"): the role's holder, named right after it, is the object
                return ctx.mention(holder).type == "PER" and not ctx.is_possessive(holder) and (
                    not cased or ctx.is_oblique(holder))
            if j == k and (holder := self._holder_after_owned_noun(j, stop)) is not None:
                # round 68: a noun with its owner before the person it names ("убеди предшественика на X Y да …",
                # "persuaded the predecessor of X, Y"): Y is the object
                return not cased or ctx.is_oblique(holder)
        if lexicon.verb_final and lexicon.agent_prepositions is not None:
            for j in range(trigger.first - 1, max(trigger.first - 1 - lexicon.window_before, lo), -1):
                if ctx.tokens[j].norm in CLAUSE_END:
                    break
                m = ctx.token_mention[j]
                if (m is not None and ctx.mention_tokens[m][0] == j and ctx.mention(m).type == "PER"
                        and ctx.match(lexicon.agent_prepositions, j - 1)):
                    return True
        return False

    def _holder_after_owned_noun(self, j: int, stop: int) -> int | None:
        """Round 68: the person named right after a lower-case noun at token ``j`` and its owner — an owner word
        (lexicon [references] ``owner``: "на", "of") and a name, then a person's name, over at most a comma
        ("предшественика на X Y", "the predecessor of X, Y"), before ``stop`` (the exclusive end of the sentence): the
        noun's apposition; None otherwise."""
        ctx = self.ctx
        token = ctx.tokens[j]
        if not token.is_word or not token.text[:1].islower() or ctx.token_mention[j] is not None \
                or not (length := ctx.match(ctx.lexicon.owner_words, j + 1)) or j + 1 + length >= stop:
            return None
        owner = ctx.token_mention[j + 1 + length]
        if owner is None or ctx.mention_tokens[owner][0] != j + 1 + length:
            return None
        k = ctx.mention_tokens[owner][1] + 1
        if k < stop and ctx.tokens[k].norm == ",":
            k += 1
        holder = ctx.token_mention[k] if k < stop else None
        if holder is None or ctx.mention_tokens[holder][0] != k or ctx.mention(holder).type != "PER" \
                or ctx.is_possessive(holder):
            return None
        return holder

    def _holder_after_modifier(self, j: int, stop: int) -> int | None:
        """Round 58: the holder named right after a role noun that follows the lower-case word at token ``j``
        (a modifier: "бившия премиер Y", "the former premier Y", "byłego premiera Y"); None when token ``j`` is
        no lower-case word, is itself a role noun or a name, or no role noun with its holder follows it before
        ``stop`` (the exclusive end of the sentence)."""
        ctx = self.ctx
        token = ctx.tokens[j]
        if not token.is_word or not token.text[:1].islower() or ctx.token_mention[j] is not None \
                or ctx.role_noun_at(j) is not None or j + 1 >= stop or (role := ctx.role_noun_at(j + 1)) is None:
            return None
        end = j + 1 + role[1]
        holder = ctx.token_mention[end] if end < stop else None
        if holder is None or ctx.mention_tokens[holder][0] != end:
            return None
        return holder

    def _talks_with(self, trigger: PhraseMatch, reach: int = 3) -> bool:
        """Round 20: whether a partner preposition follows the relation word within ``reach`` words,
        before any name or punctuation ("разговори с пакистанското правителство", "talks with X"): a
        talk with someone, which the annotators read as contact. (Not a preposition opening the next sentence, where
        this one has no final punctuation: `DocumentContext.sentence_stop`.)"""
        ctx = self.ctx
        for k in range(trigger.last + 1, min(trigger.last + 1 + reach, ctx.sentence_stop(trigger.last))):
            if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None:
                return False
            if ctx.match(ctx.lexicon.partner_prepositions, k) and not ctx.match(ctx.lexicon.between, k):
                return True  # ("talks between X and Y" name both sides)
        return False

    def _in_interview(self, trigger: PhraseMatch, reach: int = 6) -> bool:
        """Whether a symmetric relation word is followed in its clause, within ``reach`` tokens, by
        an interview phrase (lexicon ``interview``: "spoke to CNN in an interview", "разговаривал с
        РБК в интервью") with no person between: the one talked to is the interviewer, the talk no
        relation. (Not an interview phrase opening the next sentence, where this one has no final punctuation:
        `DocumentContext.sentence_stop`.)"""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or relation.directed:
            return False
        for k in range(trigger.last + 1, min(trigger.last + 1 + reach, ctx.sentence_stop(trigger.last))):
            if ctx.tokens[k].norm in {".", ";", "!", "?", ","}:
                return False
            m = ctx.token_mention[k]
            if m is not None and ctx.mention(m).type != "ORG":
                return False  # "discussed his talks with Trump in an interview with Fox": a relation of its own
            if m is None and ctx.match(ctx.lexicon.interview, k):
                return True
        return False

    def _talks_to_outlet(self, trigger: PhraseMatch, reach: int = 4) -> bool:
        """Whether a symmetric relation word's partner right after it (over lower-case words: partner
        prepositions, articles, media nouns; within ``reach`` words) is a news outlet of the document
        (`DocumentContext.outlet_names`: named as a relay or by a media noun somewhere) with no other
        name in its clause: "X spoke to Reuters", "разговаривал с РБК" say where the words were said. The clause
        ends at its sentence's end too (`DocumentContext.sentence_stop`: a sentence with no final punctuation)."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or relation.directed:
            return False
        outlets = ctx.outlet_names()
        if not outlets:
            return False
        stop = ctx.sentence_stop(trigger.last)
        k = trigger.last + 1
        while k < stop and k - trigger.last <= reach and ctx.token_mention[k] is None and (
                ctx.tokens[k].is_word and ctx.tokens[k].text[:1].islower()):
            k += 1
        m = ctx.token_mention[k] if k < stop else None
        if m is None or ctx.mention(m).type != "ORG" or ctx.name(m) not in outlets:
            return False
        # no other party in the rest of the clause ("spoke with Reuters and Globex's chief …")
        j = ctx.mention_tokens[m][1] + 1
        while j < stop and ctx.tokens[j].norm not in {".", ";", "!", "?", ","}:
            other = ctx.token_mention[j]
            if other is not None and ctx.name(other) != ctx.name(m):
                return False
            j += 1
        return True

    def _addresses_audience(self, trigger: PhraseMatch, reach: int = 3) -> bool:
        """Whether the relation word's partner is the press (lexicon ``audience``: "reporters",
        "журналистам", "novinářům") within ``reach`` words after it, with no name between."""
        ctx = self.ctx
        others = 0
        for k in range(trigger.last + 1, min(trigger.last + 1 + reach, len(ctx.tokens))):
            if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word or ctx.line_break_after(k - 1):
                return False  # (a headline's last word is not the partner of the next line's verb)
            if ctx.match(ctx.lexicon.audience_nouns, k):
                return True
            if not (ctx.match(ctx.lexicon.partner_prepositions, k) or ctx.match(ctx.lexicon.articles, k)):
                others += 1  # an adjective ("with foreign journalists"); more is another phrase
                if others > 1:
                    return False
        return False

    def _attribute_back(self, unit: Unit, sources: list[Source]) -> None:
        """"Об этом сообщает The Telegraph", "Това съобщи БТА", "This was reported by X": the
        source of the claims of the sentence just before."""
        ctx = self.ctx
        for source in sources:
            if source.mention is None or source.kind not in ("speech", "publish", "according"):
                continue
            if self._inside_quote(source.cue_first):
                continue  # round 36: a reporting verb inside a quote is the quoted speaker's own words ("„… да се
                # вслушат в това, което казва премиера …“"): it attributes nothing to the sentence before
            near = range(max(unit.first, source.cue_first - 3), min(unit.stop, source.cue_last + 4))
            # (round 15: not after a complementiser, where "this" is what is said: "Y said that this
            # was not true" relays nobody's words)
            opened = next((k for k in near if k > source.cue_last and ctx.match(ctx.lexicon.complementizers, k)), None)
            if not any(ctx.match(ctx.lexicon.back_reference, k) for k in near if opened is None or k < opened):
                continue
            # round 56: whom the source told it and the outlets relaying it after it ("Това заяви X, цитиран от
            # Ройтерс"; "X told Y this, reports Z") relay it to the claims before too
            relays = [m for m in [source.addressee] + [s.mention for s in sources if s is not source and s.outlet
                                                         and s.cue_first > source.cue_first]
                      if m is not None and ctx.name(m) != ctx.name(source.mention)]
            for claim, index in zip(self.claims, self.claim_units):
                if index != unit.index - 1:
                    continue
                if claim.speaker is None:
                    claim.speaker = source.mention
                    claim.via.extend(m for m in relays if m not in claim.via)
                elif source.mention not in claim.via and ctx.name(source.mention) != ctx.name(claim.speaker):
                    claim.via.insert(0, source.mention)
                else:
                    continue
                relation = ctx.lexicon.relation(claim.relation)
                claim.summary = summarize(ctx, claim, relation.noun if relation else claim.relation)
            return

    def _points_back(self, source: Source) -> bool:
        """Whether a denial or confirmation cue points back at the claim before it: an anaphora ("this", "it", "the
        reports") within `_ANAPHORA_REACH` words after it in its sentence (`DocumentContext.sentence_stop`: not the
        next one's opening "This …", where this one has no final punctuation) that names no content of its own."""
        ctx = self.ctx
        stop = ctx.sentence_stop(source.cue_last)
        k, steps = source.cue_last + 1, 0
        while k < stop and steps < _ANAPHORA_REACH:
            m = ctx.token_mention[k]
            if m is not None:
                k = ctx.mention_tokens[m][1] + 1  # "confirmed Musk’s assertion"
                steps += 1
                continue
            if ctx.match(ctx.lexicon.anaphora, k):
                # "denied reports that X met Y" names its own content: not a pointer back
                # (also with a comma first, "dementierte Berichte, wonach …", and in any language:
                # the lexicon's complementizers and topic prepositions, "que", "dass", "über")
                nxt = k + ctx.match(ctx.lexicon.anaphora, k)
                if nxt < stop and ctx.tokens[nxt].norm == ",":
                    nxt += 1
                if nxt < stop and (ctx.tokens[nxt].norm in {"that", "что", "че", "about", "о", "за"}
                                   or ctx.match(ctx.lexicon.complementizers, nxt)
                                   or ctx.match(ctx.lexicon.topic_prepositions, nxt)):
                    return False
                return True
            if ctx.tokens[k].norm in {".", ";", "!", "?"}:
                return False
            steps += 1
            k += 1
        return False

    def _boss_and_aide(self, participants: list[int]) -> bool:
        """Round 104: whether the later of two persons is introduced by a personal possessive pronoun (not a reflexive
        one) and a role noun that is no counterpart word ("jeho šéf Y", "his boss Y", "его советник Y"; not "his
        counterpart Y", lexicon ``counterpart_nouns``; nor kin or a lawyer, "his wife Y", lexicon ``kin_nouns``,
        ``relational_roles``) and the nearest person named before the pronoun is the other party: a person and his boss
        or aide are one side, so the two make no claim of their own."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        first, later = sorted(participants, key=lambda m: ctx.mention_tokens[m][0])
        if ctx.mention(first).type != "PER" or ctx.mention(later).type != "PER":
            return False
        k = ctx.mention_tokens[later][0] - 1
        role = ctx.role_ending_at(k) if k >= 0 and ctx.token_mention[k] is None else None
        if role is None:
            return False
        start = k - role[1] + 1
        if any(ctx.match(lexicon.counterpart_nouns, j) or ctx.match(lexicon.kin_nouns, j)
               or ctx.match(lexicon.relational_roles, j) for j in range(start, k + 1)):
            return False  # (nor kin or a person's lawyer: "met with his wife Y" is a meeting of the two)
        pronoun = start - 1
        if pronoun < 0 or not ctx.match(lexicon.possessive_pronouns, pronoun) \
                or ctx.match(lexicon.reflexive_possessives, pronoun):
            return False
        for j in range(pronoun - 1, ctx.mention_tokens[first][1] - 1, -1):
            if (m := ctx.token_mention[j]) is not None and ctx.mention(m).type == "PER":
                return m == first or ctx.name(m) == ctx.name(first)
        return False

    def _recent_claim(self, unit: Unit) -> Claim | None:
        for claim, index in zip(reversed(self.claims), reversed(self.claim_units)):
            if unit.index - index <= _INHERIT_REACH:
                return claim
            break
        return None

    def _unnamed_relative_subject(self, unit: Unit, trigger: PhraseMatch, reach: int = 6) -> bool:
        """Round 87: whether the relation word's clause opens, within ``reach`` tokens before it (over a saying verb
        and its complementiser), with a relative pronoun (lexicon ``relative_pronouns``) whose antecedent, the word
        before it over a comma and quotes, carries no name: "харківський “Лекхім”, який заявив, що уклав угоду" (the
        company untagged) — the relation's subject is that noun, so it continues no claim of named parties."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or (is_relation_noun(ctx, relation, trigger) and trigger.first == trigger.last):
            return False  # (a noun's relative clause is about something else: "договорът, за който се водят преговори")
        for k in range(trigger.first - 1, max(trigger.first - 1 - reach, unit.first - 1), -1):
            if ctx.token_mention[k] is not None or ctx.tokens[k].norm in CLAUSE_END - {","}:
                return False
            if ctx.match(ctx.lexicon.relative_pronouns, k):
                if k > unit.first and ctx.tokens[k - 1].is_word:
                    return False  # (a preposition before it: an oblique relative, "в който", not the subject)
                j = k - 1
                while j >= unit.first and not ctx.tokens[j].is_word:
                    j -= 1
                return j >= unit.first and ctx.token_mention[j] is None
        return False

    def _people_since(self, unit: Unit) -> bool:
        """Round 87: whether a sentence between the last claim's and ``unit`` (neither of them) speaks of a group of
        people it does not name (lexicon ``people_nouns``, ``collective_roles``, no name on the word), and names none of
        the last claim's parties: "they" at the
        start of ``unit`` is then that group, not the parties of the claim before it."""
        ctx = self.ctx
        if not self.claim_units:
            return False
        parties = {ctx.name(m) for m in self.claims[-1].participants}
        for between in ctx.units[self.claim_units[-1] + 1 : unit.index]:
            if any(ctx.token_mention[k] is not None and ctx.name(ctx.token_mention[k]) in parties
                   for k in range(between.first, between.stop)):
                continue  # ("Nabu is one of the oldest organisations": the group is the party's own kind)
            for k in range(between.first, between.stop):
                if unnamed_group_at(ctx, k):
                    return True
        return False

    def _add_anaphoric(self, unit: Unit, source: Source, previous: Claim) -> None:
        if source.mention is None:
            return
        claim = Claim(
            id="", start=unit.start, end=unit.end,
            stance="denies" if source.kind == "deny" else "confirms",
            relation=previous.relation, participants=list(previous.participants), speaker=source.mention,
            via=[], when=previous.when, when_text=previous.when_text, cameo=previous.cameo,
            quote=False, trigger=source.cue_text,
        )
        self._append(unit, claim, anaphoric=True)

    def _subjectless(self, start: int, trigger: PhraseMatch, partners: bool = False) -> bool:
        """No name and no pronoun between a clause's start and its relation word (with ``partners``, a
        name after a partner preposition is no subject: "…, ale s Z se nesetkal")."""
        ctx = self.ctx
        lexicon = ctx.lexicon

        def partner(k: int) -> bool:
            m = ctx.token_mention[k]
            if m is None or not partners:
                return False
            j = ctx.mention_tokens[m][0] - 1
            return j >= start and bool(ctx.match(lexicon.partner_prepositions, j))

        return not any((ctx.token_mention[k] is not None and not partner(k)) or ctx.match(lexicon.person_pronouns, k)
                       or ctx.match(lexicon.plural_pronouns, k) for k in range(start, trigger.first))

    def _contrasting(self, previous: PhraseMatch, start: int, boundary: int, trigger: PhraseMatch, stop: int) -> bool:
        """Round 27: whether the clause after ``boundary`` opens with an adversative conjunction (lexicon
        ``clause_conjunctions``: "but", "ale", "aber") and negates its relation word while the relation
        word before it (its clause from ``start``) is not negated: "X met Y, but did not meet Z"."""
        ctx = self.ctx
        if not ctx.match(ctx.lexicon.clause_conjunctions, boundary + 1):
            return False
        return verb_negated(ctx, trigger, boundary + 1, stop) and not verb_negated(ctx, previous, start, boundary)

    def _is_places_relation(self, trigger: PhraseMatch) -> bool:
        relation = self.ctx.lexicon.relation(trigger.key)
        return bool(relation is not None and relation.places)

    def _partner_follows(self, trigger: PhraseMatch, reach: int = 3) -> bool:
        """Whether a partner preposition ends the relation word's phrase or follows it, before a name
        within ``reach`` words ("lunch z May", "pogovorih z vodjo britanskih pogajalcev X"), in its sentence
        (`DocumentContext.sentence_stop`)."""
        ctx = self.ctx
        stop = ctx.sentence_stop(trigger.last)
        for k in (trigger.last, trigger.last + 1):
            if k < stop and ctx.match(ctx.lexicon.partner_prepositions, k):
                for j in range(k + 1, min(k + 2 + reach, stop)):
                    if ctx.token_mention[j] is not None:
                        return True
                    if not ctx.tokens[j].is_word:
                        return False
        return False

    def _role_partner_follows(self, trigger: PhraseMatch, reach: int = 2) -> bool:
        """Round 69: whether a partner preposition ends the relation word's phrase or follows it, with a role noun
        within ``reach`` words after it ("po schůzce se státním tajemníkem …", "after the meeting with the head of
        …"): the relation's partner is that role's holder. Read in its sentence (`DocumentContext.sentence_stop`)."""
        ctx = self.ctx
        stop = ctx.sentence_stop(trigger.last)
        for k in (trigger.last, trigger.last + 1):
            if k < stop and (n := ctx.match(ctx.lexicon.partner_prepositions, k)):
                for j in range(k + n, min(k + n + reach, stop)):
                    if ctx.role_noun_at(j) is not None:
                        return True
                    if not ctx.tokens[j].is_word or ctx.token_mention[j] is not None:
                        return False
        return False

    def _plural_verb(self, trigger: PhraseMatch) -> bool:
        """Whether the relation verb is plural: a plural ending (lexicon ``plural_verb_endings``) or a
        plural auxiliary (``plural_auxiliaries``) right before or after it, a reflexive between."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        if lexicon.plural_verb_endings and any(ctx.tokens[k].norm.endswith(lexicon.plural_verb_endings)
                                               for k in range(trigger.first, trigger.last + 1)):
            return True
        for k in (trigger.first - 1, trigger.first - 2, trigger.last + 1, trigger.last + 2):
            if 0 <= k < len(ctx.tokens) and ctx.match(lexicon.plural_auxiliaries, k):
                if abs(k - trigger.first) == 2 or k == trigger.last + 2:
                    between = trigger.first - 1 if k < trigger.first else trigger.last + 1
                    if not (ctx.match(lexicon.reflexive_particles, between) or ctx.match(lexicon.reflexives, between)):
                        continue
                return True
        return False

    def _no_subject_after(self, trigger: PhraseMatch, stop: int, reach: int = 4) -> bool:
        """No common noun of people, roles, organisations or governments right after the relation
        verb: "Jednat budou ministři" has a subject of its own."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        for k in range(trigger.last + 1, min(stop, trigger.last + 1 + reach)):
            if ctx.tokens[k].norm in {".", ",", ";", ":", "!", "?"}:
                break
            if (ctx.token_mention[k] is not None or ctx.role_noun_at(k) is not None
                    or any(ctx.match(table, k) for table in (
                        lexicon.people_nouns, lexicon.collective_roles, lexicon.organisation_nouns,
                        lexicon.government_nouns, lexicon.union_nouns, lexicon.institution_nouns,
                        lexicon.person_pronouns, lexicon.plural_pronouns))):
                return False
        return True

    def _subject_dropped(self, first: int, trigger: PhraseMatch, partner: int | None, covered: set[int],
                         place: bool = False) -> bool:
        """Whether the relation verb's clause has no subject before it: only the partner's phrase
        ("S Olegem Sokolovem se sešel"), reflexive particles, auxiliaries, prepositions and time
        words ("Во вторник встретился с X", "We wtorek spotkał się z X") and words of sequence
        (lexicon ``sequence_words``: "Następnie", "Затем") stand between the clause's start and the
        verb, and the partner follows a partner preposition (``place``: the place visited follows
        the visit verb's own preposition, "pojechał do Londynu")."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        p_first, p_last = ctx.mention_tokens[partner] if partner is not None else (-1, -2)
        if partner is None:
            pass  # round 16: no partner named ("Spotkają się w środę")
        elif place:
            if p_first != trigger.last + 1 and not (p_first > 0 and ctx.match(lexicon.place_prepositions, p_first - 1)
                                                    and p_first - 1 == trigger.last + 1) \
                    and not place_object_after(ctx, trigger, p_first):
                return False  # (round 84: over an auxiliary, "also" and a place noun: "Obiskal je tudi mesto X")
        elif not (p_first > 0 and (ctx.match(lexicon.partner_prepositions, p_first - 1)
                                   or any(ctx.match(lexicon.partner_prepositions, k) for k in range(trigger.first, trigger.last + 1)))):
            return False
        times = time_words(lexicon)
        start = next((k + 1 for k in range(trigger.first - 1, first - 1, -1)
                      if ctx.tokens[k].norm in _SENTENCE_STOPS), first)
        if start >= trigger.first:
            # a clause opening with its verb may name its subject after it ("Rozmawiał z nim premier X");
            # with no partner, the caller looks after the verb (``_no_subject_after``); round 27: with
            # the partner after the verb and no other noun of a subject around it in the clause
            # ("Spotkał się tam z X.", "Setkal se tam s X"), it has none
            # (the verb opening its sentence, not a clause cut after a conjunction: "se med obiskom ni sestal")
            opens = start == 0 or ctx.tokens[start - 1].norm in _SENTENCE_STOPS
            return partner is None or (opens and p_first > trigger.last
                                       and self._only_partner_after(trigger, p_first, p_last, relative_ends=place))
        k = start
        sequence = False
        while k < trigger.first:
            token = ctx.tokens[k]
            if k in covered or p_first <= k <= p_last or token.norm == "," or token.norm.isdigit():
                k += 1
                continue
            if (length := times.match_at(ctx.tokens, k)):
                k += length
                continue
            if ctx.token_mention[k] is not None:
                return False  # a name before the verb is its subject
            sequence = sequence or ctx.match(lexicon.sequence_words, k) > 0
            length = max(ctx.match(lexicon.partner_prepositions, k), ctx.match(lexicon.place_prepositions, k),
                         ctx.match(lexicon.reflexive_particles, k), ctx.match(lexicon.auxiliaries, k),
                         ctx.match(lexicon.reflexives, k), ctx.match(lexicon.sequence_words, k),
                         ctx.match(lexicon.place_adverbs, k))
            if not length:
                # round 13: "Następnie wsiadł do pociągu X i pojechał do Londynu": after a word of
                # sequence, a first verb and its prepositional phrases, "and" joins the relation verb
                # to it: both share the dropped subject
                return sequence and self._coordinated_with_verb(k, trigger)
            k += length
        return True

    def _only_partner_after(self, trigger: PhraseMatch, p_first: int, p_last: int, reach: int = 4,
                            relative_ends: bool = False) -> bool:
        """Round 27: whether no name, role, people noun or pronoun other than the partner's phrase
        [p_first, p_last] follows the relation verb in its sentence (to ``reach`` tokens past the partner),
        which ends there: a short sentence of the verb and its partner ("Spotkał się tam z X."; not
        "Rozmawiał z X, spacerując …", whose clause goes on). A sentence with no final punctuation ends at its last
        token (`DocumentContext.sentence_stop`): the next one's first name does not go on with it."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        for k in range(trigger.last + 1, min(ctx.sentence_stop(trigger.last), p_last + 1 + reach)):
            if p_first <= k <= p_last:
                continue
            if ctx.tokens[k].norm == "," and relative_ends and k == p_last + 1 and ctx.match(lexicon.relative, k + 1):
                break  # round 84: a place visited and a relative clause about it ("Obiskal je mesto X, kjer …")
            if ctx.tokens[k].norm in {",", ":"}:
                return False
            if ctx.tokens[k].norm in {".", ";", "!", "?"}:
                break
            if (ctx.token_mention[k] is not None or ctx.role_noun_at(k) is not None
                    or any(ctx.match(table, k) for table in (
                        lexicon.people_nouns, lexicon.collective_roles, lexicon.organisation_nouns,
                        lexicon.government_nouns, lexicon.union_nouns, lexicon.institution_nouns,
                        lexicon.person_pronouns, lexicon.plural_pronouns, lexicon.first_person))):
                return False
        return True

    def _coordinated_with_verb(self, verb: int, trigger: PhraseMatch) -> bool:
        """Whether the lower-case word at ``verb`` (a verb with a dropped subject) is joined to the
        relation word by a conjunction right before it, with no clause punctuation between and any
        name between only inside a prepositional phrase ("wsiadł do pociągu Eurostar i pojechał")."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        token = ctx.tokens[verb]
        joint = trigger.first - 1
        if not token.is_word or not token.text[:1].islower() or joint <= verb \
                or ctx.token_mention[joint] is not None or not ctx.match(lexicon.conjunctions, joint):
            return False
        if ctx.role_noun_at(verb) is not None or any(ctx.match(table, verb) for table in (
                lexicon.people_nouns, lexicon.collective_roles, lexicon.organisation_nouns, lexicon.union_nouns,
                lexicon.government_nouns, lexicon.institution_nouns, lexicon.anonymous, lexicon.person_pronouns,
                lexicon.plural_pronouns, lexicon.first_person)):
            return False  # "Następnie delegacja wsiadła … i pojechała": the first word is a subject of its own
        preposition = False
        for j in range(verb + 1, joint):
            if not ctx.tokens[j].is_word:
                return False
            if ctx.token_mention[j] is not None:
                if not preposition:
                    return False  # "… wsiadł X i pojechał": a name after the first verb may be its subject
                continue
            if ctx.match(lexicon.place_prepositions, j) or ctx.match(lexicon.partner_prepositions, j):
                preposition = True
            elif ctx.match(lexicon.conjunctions, j) or ctx.match(lexicon.speech, j) or ctx.match(lexicon.publish, j):
                return False
        return True

    def _between_follows(self, trigger: PhraseMatch, reach: int = 3) -> bool:
        """Whether "between"/"между"/"med" ends the relation word's phrase or follows it, and a name
        follows within ``reach`` words ("dogovora med ruskim podjetjem Gazprom in …"), in its sentence
        (`DocumentContext.sentence_stop`)."""
        ctx = self.ctx
        stop = ctx.sentence_stop(trigger.last)
        k = trigger.last if ctx.match(ctx.lexicon.between, trigger.last) else trigger.last + 1
        if k >= stop or not ctx.match(ctx.lexicon.between, k):
            return False
        return any(ctx.token_mention[j] is not None for j in range(k + 1, min(k + 2 + reach, stop)))

    def _clause_boundary(self, first: int, stop: int) -> int | None:
        """The token of the last comma/semicolon in [first, stop), if any."""
        for k in range(stop - 1, first - 1, -1):
            if self.ctx.tokens[k].norm in {",", ";"}:
                return k
        return None

    def _asked_not_said(self, trigger: PhraseMatch, first: int, reach: int = 8) -> bool:
        """Whether the relation word stands in an embedded question ("whether Putin would meet
        Erdogan", "встретится ли Путин", "дали Путин ще се срещне", lexicon ``embedded_questions``):
        a question word within ``reach`` words before it in its clause, or right after it (the
        Slavic particle follows its verb); round 28: or, a relation verb, in a direct question, its
        sentence ending with "?" (no full stop, colon, closing quote, line break or comma before a
        conjunction before it). A relation noun in a question is presupposed ("NS2 in the US-Russia
        talks?"), not asked."""
        ctx = self.ctx
        questions = ctx.lexicon.embedded_questions
        relation = ctx.lexicon.relation(trigger.key)
        noun = relation is not None and is_relation_noun(ctx, relation, trigger)
        for k in range(trigger.last + 1, len(ctx.tokens) if not noun else 0):  # a noun is presupposed: "Nord Stream in the talks?"
            norm = ctx.tokens[k].norm
            if ctx.line_break_after(k - 1):
                break
            if norm == "?":
                return True  # round 28: a direct question ("Did X meet Y?", "Setkal se X s Y?") asserts nothing
            if norm in {".", "!", ";", ":", "»", "“", "”", '"'}:
                break  # "Before the meeting with Y, he said: will we …?": the question is what he said
            if norm == "," and k + 1 < len(ctx.tokens) and any(ctx.match(table, k + 1) for table in (
                    ctx.lexicon.conjunctions, ctx.lexicon.clause_conjunctions, ctx.lexicon.embedded_questions)):
                break  # "…, that the meeting took place, but do I feel safer?": another clause asks
        for k in (trigger.last + 1, trigger.last + 2):
            if k < len(ctx.tokens) and ctx.match(questions, k):
                return True
        for k in range(trigger.first - 1, max(first, trigger.first - reach) - 1, -1):
            if ctx.tokens[k].norm in {".", ";", "!", "?"}:
                return False
            if ctx.token_mention[k] is None and ctx.match(questions, k):
                return True
        return False

    def _claim(self, unit: Unit, trigger: PhraseMatch, sources: list[Source], covered: set[int],
               used_cues: set[int], following: PhraseMatch | None = None,
               clause: tuple[int, int] | None = None, inherited_agent: int | None = None,
               setting: bool = False, fixed: list[int] | None = None) -> None:
        made = len(self.claims)
        self._relation_claim(unit, trigger, sources, covered, used_cues, following, clause, inherited_agent, setting, fixed)
        if len(self.claims) == made and (contact_word := self._letter_contacts.get(trigger)) is not None:
            # round 63: a letter with a demand whose asker and asked are not found is still the contact it was
            self._relation_claim(unit, contact_word, sources, covered, used_cues, following, clause, inherited_agent, setting, fixed)
            pair = None
            if fixed is None and len(self.claims) == made:
                pair = self._dative_addressee(unit, trigger)  # round 66: "X adresovalo Y dopis s výzvou", no contact found
            if pair is not None:
                self._relation_claim(unit, trigger, sources, covered, used_cues, following, clause, inherited_agent,
                                     setting, fixed=pair)
            elif len(self.claims) == made + 1 and fixed is None and (pair := self._addressed_before(self.claims[-1], trigger)):
                # round 66: "X adresovalo Y otevřený dopis s výzvou", "X sent Y a letter with a demand": the sender named
                # before the letter noun and an addressee not named after it are the asker and the asked
                contact = self.claims.pop()
                self.claim_units.pop()
                self._relation_claim(unit, trigger, sources, covered, used_cues, following, clause, inherited_agent,
                                     setting, fixed=pair)
                if len(self.claims) == made:
                    self.claims.append(contact)
                    self.claim_units.append(unit.index)

    def _dative_addressee(self, unit: Unit, letter: PhraseMatch, reach: int = 3) -> list[int] | None:
        """Round 66: the sender and the addressee of a letter noun whose addressee, an inflected name (not after a
        preposition, no possessive), stands within ``reach`` lower-case words before it, and whose sender is the one
        person or organisation opening the sentence (`_opening_name`, in its base form): "Zenco v úterý adresovalo
        Maronii otevřený dopis", "Зенко направило Марони открытое письмо" (languages marking case, lexicon
        ``owner_genitive``). Otherwise None."""
        ctx = self.ctx
        k, words = letter.first - 1, 0
        while k > unit.first and ctx.token_mention[k] is None and ctx.tokens[k].is_word \
                and ctx.tokens[k].text[:1].islower() and words < reach:
            k, words = k - 1, words + 1
        m = ctx.token_mention[k] if k >= unit.first else None
        agent = self._agent_opening_before(unit, m) if m is not None else None
        return None if agent is None else [agent, m]

    def _addressed_before(self, contact: Claim, letter: PhraseMatch) -> list[int] | None:
        """Round 66: the two parties of a letter's contact claim when the first stands before the letter noun in its
        sentence and the second is not named after it there (an addressee before the noun, "adresovalo německé vládě
        otevřený dopis", "sent the government an open letter", or resolved from such a phrase): the sender then the
        addressee. Otherwise None (the one after the noun would have been the request's own asked)."""
        ctx = self.ctx
        if len(contact.participants) != 2:
            return None
        sender, addressee = contact.participants
        if ctx.name(sender) == ctx.name(addressee):
            return None
        s_first, s_last = ctx.mention_tokens[sender]
        a_first, _ = ctx.mention_tokens[addressee]
        if not (contact.start <= ctx.tokens[s_first].start and s_last < letter.first):
            return None
        if contact.start <= ctx.tokens[a_first].start < contact.end and a_first > letter.last:
            return None
        return [sender, addressee]

    def _relation_claim(self, unit: Unit, trigger: PhraseMatch, sources: list[Source], covered: set[int],
                        used_cues: set[int], following: PhraseMatch | None = None,
                        clause: tuple[int, int] | None = None, inherited_agent: int | None = None,
                        setting: bool = False, fixed: list[int] | None = None) -> None:
        ctx = self.ctx
        if self._asked_not_said(trigger, unit.first) \
                and self._concluded_pair(trigger, (clause or (unit.first, unit.stop))[1]) is None:
            # "declined to comment on whether Putin would meet Erdogan": nothing is asserted; round 85: but a deal
            # noun whose relative clause names who concludes it with whom ("a vote on whether to approve the deal
            # that X reaches with Y") is presupposed by the question, which asks about something done to the deal
            return
        if after_absence(ctx, trigger):
            return  # "without consultation with the other members", "a no-deal exit": no such relation
        if self._stranded_partner(trigger):
            return  # round 45: "according to multiple people I spoke to, …": the partner is the common noun
        if fixed is None and trigger.first in self._member_words:
            fixed = self._member_words[trigger.first]  # round 75: the members named after the noun, not its owner
        if fixed is None and self._unnamed_relative_partner(trigger, unit.first):
            return  # round 69: "the people from foreign governments, with whom they cooperated": a common noun's partner
        relation = ctx.lexicon.relation(trigger.key)
        # (a later word of the same relation is no content of this one: "saw the request to investigate
        # X as a request to …" is still a call with no addressee)
        if relation is not None and relation.directed and not relation.places \
                and (following is None or following.key == trigger.key) and fixed is None and calls_for_action(ctx, trigger):
            return  # "призвали к проведению забастовок": a call for an action has no addressee (round 52: unless
            # named apart from it: "pozval na konferenci, která …, také Y")
        frame = self._frame_of(trigger.first)
        speaker_source, via_sources = self._speaker_and_via(sources, trigger, frame)
        speaker = speaker_source.mention if speaker_source else None
        # a source that only relays (an outlet) cannot be a party; a person or organisation can
        party_allowed = speaker_source is not None and not speaker_source.outlet
        previous = self._recent_claim(unit)
        first, stop = clause or (unit.first, unit.stop)
        # round 35: a vertical bar separates page furniture (a caption, a photo credit) from the text the
        # splitter joined to it ("Britský vyjednavač David Davis. | foto: Reuters Ani další tři dny rozhovorů …")
        first = max([first] + [k + 1 for k in range(first, trigger.first) if ctx.tokens[k].norm == "|"])
        if following is not None and trigger.key in _DIRECTED and following.key != trigger.key:
            stop = min(stop, following.first)  # "asked X to meet Y": the request is between the asker and X
        # a reporting verb inside the content ("… that Putin hadn't ruled out …") is content
        covered = attribution_span([s for s in sources if (s.cue_first < trigger.first or s.parenthetical
                                    or self._inside_quote(s.cue_first) != self._inside_quote(trigger.first))
                                    and not self._between_subject_and_cue(trigger, [s])])
        covered |= ctx.dateline  # "DUBAI, United Arab Emirates — …": where it was filed, not a party
        covered |= self._credits()
        # round 18: "stwierdził X podczas wizyty w Krakowie", "said X during a visit to Y": a visit in the
        # setting of its speaker's saying has the speaker for visitor (as round 15's "said X during his
        # meeting with Y"); the saying is then the text's own account of it (`_setting_of_saying` below)
        visitor = speaker if (relation is not None and relation.places and speaker_source is not None
                              and speaker is not None and ctx.mention(speaker).type == "PER"
                              and self._setting_of_saying(trigger, speaker_source, [speaker])) else None
        participants = find_participants(
            ctx, first, stop, trigger, covered, speaker, party_allowed, self.last_speaker,
            # "they" names the parties of the claim just made, whatever its relation ("… the only
            # contact between Putin and Musk was a call. 'They have never met,' he added.")
            # (round 87: unless a sentence between names a group of people, the nearer "they": "Сначала не вышли на
            # работу пилоты … Они требуют повышения зарплат")
            previous.participants if previous and not self._people_since(unit) else None,
            # (the asker of a request just made, for one repeated to others: "The same request he
            # addressed to X and Y")
            previous.participants[0] if previous and previous.relation == trigger.key and relation is not None
            and relation.directed and not relation.places and previous.participants else None,
            visitor=visitor,
        )
        if (times := self._time_mentions(unit)):
            participants = [m for m in participants if m not in times]  # "Anfang März" tagged PER
        if len(participants) == 2 and fixed is None and self._boss_and_aide(participants):
            return  # round 104: "mluvčí Rady X … a jeho šéf Y": one side, no relation between the two
        if relation is not None and relation.places and participants and not _verb_word(ctx, trigger.first) \
                and self._company_named(participants[0]):
            return  # round 84: "letecká společnost X si na cestách do Y účtuje …": a company's journeys are its routes
        owned_setting = False
        told_setting = False  # round 80: the meeting an outlet tells (below)
        if fixed is None and len(participants) <= 1 and relation is not None and relation.directed and relation.places \
                and (owned := self._owned_visit(trigger, stop, covered, speaker, participants)) is not None:
            # round 69: "по време на визитата й в Брюксел", "during her visit to Brussels": a visit word owned by a personal
            # possessive pronoun, with the place right after it: the pronoun's person visited it
            participants = owned
            owned_setting = self._owned_setting(trigger, speaker_source, owned)
        if fixed is None and len(participants) == 1 and ctx.mention_tokens[participants[0]][0] > trigger.last \
                and relation is not None and not is_relation_noun(ctx, relation, trigger) \
                and (subject := self._apposed_subject(unit, trigger)) is not None and ctx.name(subject) != ctx.name(participants[0]):
            # round 69: "Джон Болтон, советник президента США по государственной безопасности, встретился с Y": the name
            # opening the sentence before an apposition closed right before the verb is its subject, however far
            participants.insert(0, subject)
        if fixed is None and trigger.first in self._role_dialogues and len(participants) == 1 \
                and ctx.mention_tokens[participants[0]][0] > trigger.last \
                and (side := self._negotiator_side(trigger, first)) is not None and ctx.name(side) != ctx.name(participants[0]):
            # round 69: "Дэвис был главным переговорщиком Лондона в диалоге с Брюсселем", "X was London's chief negotiator
            # in the dialogue with Brussels" (the holder not found): the side the role negotiates for, with the partner
            participants.insert(0, side)
        if fixed is not None:
            participants = list(fixed)  # round 48: a phrase's maker and the agent of the clause it is an adjunct of
        elif len(participants) == 1 and relation is not None and relation.directed and relation.places \
                and ctx.mention(participants[0]).type in ("PER", "ORG") \
                and (place := self._visited_after(trigger, stop, covered)) is not None \
                and ctx.name(place) != ctx.name(participants[0]) and not any(
                    ctx.tokens[k].norm in CLAUSE_END for k in range(*sorted((trigger.last, ctx.mention_tokens[participants[0]][0])))):
            # round 69: "Przebywająca z wizytą w Gruzji kanclerz Niemiec Angela Merkel", "on a visit to X, the
            # chancellor Y": the place right after the visit word's place preposition is the place visited,
            # though a role noun follows it (not a modifier of that role: "X chancellor"); the visitor in the same clause
            # ("W kontekście wizyty w Warszawie kanclerz Niemiec, X został zapytany": the unnamed chancellor visits)
            participants = [participants[0], place]
        if not participants and relation is not None and is_relation_noun(ctx, relation, trigger) and self._details_of(trigger):
            return  # round 48: "Detaily dohody nejsou známy": what is (not) known of a relation told before
        concluded = False
        if (len(participants) < 2 or trigger.pattern == _DEAL_NOUN) and relation is not None and not relation.directed \
                and (pair := self._concluded_pair(trigger, stop)) is not None \
                and {ctx.name(m) for m in participants} <= {ctx.name(m) for m in pair}:
            # round 52: "the deal that X reached with Y", "финалната сделка, която X постигне с Y", "umowa, którą X
            # zawarł z Y": a clause after the deal noun names who concluded it and with whom
            participants, concluded = list(pair), True
        deal_implied = False
        if trigger.pattern == _DEAL_NOUN and not concluded:
            # round 46: a deal noun no relation word covers names the document's negotiation, its sides
            parties = deal_parties(ctx, self.explicit, unit.index, trigger, participants, speaker, covered)
            if parties is None and speaker is not None and (inside := [
                    m for m in participants if unit.first <= ctx.mention_tokens[m][0] < unit.stop]) != participants:
                # round 95: "our" in a quote brings the speaker's body from outside the sentence ("Донал Туск,
                # председател на Европейския съвет, заявява „… Нашето споразумение няма да направи търговията между
                # Великобритания и Евросъюза …"): the deal's sides are the ones the sentence names
                parties = deal_parties(ctx, self.explicit, unit.index, trigger, inside, speaker, covered)
            if parties is None:
                return
            participants, deal_implied = parties, True
        referred = False
        if relation is not None and not relation.directed and is_relation_noun(ctx, relation, trigger) \
                and not deal_implied and self._refers_back(trigger):
            # round 45: "the July 25 call", "that call", "the call with Y": a definite relation noun is the
            # event the document told before, with its parties; the other names of its clause are not
            # ("X was surprised that Z went to the NSC about the call", "the call made him realize W …")
            # (its own partner, after a partner preposition: "the call with Y" is still the call X made)
            own = [m for m in participants if trigger.last < ctx.mention_tokens[m][0] <= trigger.last + 4
                   and ctx.match(ctx.lexicon.partner_prepositions, trigger.last + 1)]
            between = ctx.match(ctx.lexicon.between, trigger.last + 1) > 0
            # (one other name alone, not the speaker's "I", is left to the rules below: "France welcomed the
            # call" is France's reaction)
            alone = len(participants) == 1 and not own and (speaker is None or ctx.name(participants[0]) != ctx.name(speaker))
            established = self._told_before(unit, trigger, own) if len(own) < 2 and not between and not alone else None
            if established is not None:
                participants, referred = established, True
        if len(participants) >= 2 and (unnamed_partner_group(ctx, trigger) or joint_phrase_of_unnamed(ctx, trigger, participants)):
            return  # round 102: "Ryanair не ищет соглашения с пилотами": the partner is the unnamed group, no claim
        if len(participants) < 2 and relation is not None and not relation.directed \
                and (group := self._reciprocal_subject(first, stop, trigger)) is not None \
                and {ctx.name(m) for m in participants} <= {ctx.name(m) for m in group}:
            # round 42: "X and Y talked with each other", "X i Y rozmawiali ze sobą", "X a Y spolu mluvili":
            # a reciprocal pronoun makes the coordinated subject both parties of a symmetric relation
            participants = group
            if speaker is not None and ctx.name(speaker) in {ctx.name(m) for m in group}:
                # "X and Y accused each other of sabotaging the talks": the talks are the text's own, no one
                # of the two says them
                speaker, speaker_source, via_sources = None, None, []
        if len(participants) == 1 and ctx.mention_tokens[participants[0]][0] > trigger.last \
                and (antecedent := relative_antecedent(ctx, unit.first, trigger)) is not None \
                and ctx.name(antecedent) != ctx.name(participants[0]):
            # round 22: "Мей, която пристигна в Китай на посещение", "Merkel, która spotka się z
            # Putinem": the person the relative clause is about is the other party
            participants.insert(0, antecedent)
        elif len(participants) == 1 and relation is not None and (not relation.directed or relation.places) \
                and ctx.mention_tokens[participants[0]][0] > trigger.last \
                and (subject := setting_clause_subject(ctx, unit.first, trigger)) is not None \
                and ctx.name(subject) != ctx.name(participants[0]):
            # round 26: "Perry odwiedził Moskwę, gdzie rozmawiał z Nowakiem", "Mayová zahajuje
            # návštěvu Číny, při které se setká se Si Ťin-pchingem", "турне, в процессе которого
            # посетит Англию": a clause of place or time with no subject of its own is about the
            # person the sentence opened with (the visitor of a visit)
            participants.insert(0, subject)
        elif len(participants) < 2 and relation is not None and not relation.directed \
                and (pair := self._setting_pair(first, trigger)) is not None \
                and {ctx.name(m) for m in participants} <= {ctx.name(m) for m in pair}:
            # round 52: "During his meeting with Y, X urged Z to …", "Podczas spotkania z Y, X wezwał Z": the
            # setting phrase's partner ends at a comma (its clause), the sentence's subject right after it met Y
            participants = list(pair)
        visited = relation is not None and relation.directed and relation.places and len(participants) == 1 \
            and ctx.mention(participants[0]).type in {"LOC", "GPE"} and ctx.mention_tokens[participants[0]][0] > trigger.last
        if len(participants) == 1 and relation is not None and (not relation.directed or visited) and ctx.lexicon.drops_subjects \
                and not is_relation_noun(ctx, relation, trigger) \
                and self._subject_dropped(first, trigger, participants[0], covered, place=visited):
            # "Jan Novák přijel do Prahy. S Olegem Sokolovem se sešel v úterý.": a verb with no subject
            # in a language that drops it is about the person the text is about
            agent = resolve_pronoun(ctx, trigger.first, speaker, self.last_speaker, exclude={ctx.name(participants[0])})
            if agent is not None:
                participants.insert(0, agent)
        if (not participants and relation is not None and not relation.directed and ctx.lexicon.drops_subjects
                and previous is not None and len(previous.participants) >= 2
                and self.claim_units and unit.index - self.claim_units[-1] <= 1
                and not is_relation_noun(ctx, relation, trigger) and not has_unnamed_parties(ctx, trigger)
                and self._plural_verb(trigger) and self._subject_dropped(first, trigger, None, covered)
                and self._no_subject_after(trigger, stop)):
            # round 16: "Babiš se ve středu setká s Perrym. Jednat budou o spolupráci.", "Spotkają się
            # w środę": a plural verb with no subject and no party in its clause is "they", the parties
            # of the claim just made (as the pronoun is: "They have never met")
            participants = list(previous.participants)
        if visited and len(participants) < 2:
            return  # "passengers travelling to Belgium": the visitor is unnamed
        # ("Negotiations with foreign investors …" continues no claim: its partner is its own)
        # (nor does a request whose asker is a common noun: "the unions, which represent X, urged Y")
        if setting and len(participants) < 2:
            return  # "after the meeting, X did not rule out an agreement between Y and Z": no claim of its own
        implied_sides = False
        if len(participants) < 2 and (topic := established_parties(
                ctx, self.explicit, unit.index, trigger, participants, speaker, topic_only=True)) is not None:
            # round 42: "Jednání o odchodu se zadrhla", "talks on the withdrawal": the document's membership
            # change's two sides, not the claim just made (trade talks with someone else); implied, so no
            # explicit mention for later sentences
            participants, implied_sides = topic, True
        elif len(participants) == 1 and fixed is None and (pair := leaver_partner(ctx, trigger, participants)) is not None:
            # round 72: "X has eight months to reach a deal on leaving the EU": a person whose negotiation is about
            # leaving (or joining) the union, no member named, is the one leaving: the union is the partner
            participants, implied_sides = pair, True
        elif len(participants) <= 1 and fixed is None and (pair := topic_between_pair(ctx, trigger)) is not None:
            # round 72: "talks on the relations between X and Y": the talks of two bodies on their own relations are theirs
            participants = pair
        # round 87: a relative pronoun of an untagged noun as the clause's subject is a side of its own, unnamed
        unnamed_subject = len(participants) < 2 and self._unnamed_relative_subject(unit, trigger)
        # round 94: so is an unnamed group before the relation word in its clause ("the heads of the services held a
        # meeting"): the relation is theirs, neither the claim just made nor the document's established parties
        unnamed_subject = unnamed_subject or (len(participants) < 2 and unnamed_group_before(ctx, trigger))
        continued = self._continued_claim(unit, trigger, participants) if (
            len(participants) < 2 and not has_unnamed_parties(ctx, trigger) and not unnamed_subject
            and not (relation is not None and relation.directed and group_noun_before(ctx, first, trigger))) else None
        if referred and continued is None:
            continued = self._continued_claim(unit, trigger, participants)  # (its time: "that call was released on …")
        if continued is not None:
            # a sentence continuing a claim just made, naming none or only some of its parties: "The
            # meeting has not yet taken place.", "The meeting, Varadkar's first as premier, was in Berlin."
            named = {ctx.name(p): p for p in participants}
            if relation is not None and relation.directed and continued.relation == trigger.key \
                    and set(named) <= {ctx.name(m) for m in continued.participants}:
                # round 104: a directed relation continued keeps the claim's direction, the side named here in its place
                # ("Y asked X for the numbers. 'Y asks us for the numbers,' said X": Y asks X, not X asks Y)
                participants = [named.get(ctx.name(m), m) for m in continued.participants]
            for m in continued.participants:
                if ctx.name(m) not in {ctx.name(p) for p in participants}:
                    participants.append(m)
        if inherited_agent is not None and len(participants) == 1 and ctx.name(inherited_agent) != ctx.name(participants[0]):
            participants.insert(0, inherited_agent)
        if len(participants) == 1 and speaker_source is not None and speaker is not None \
                and ctx.name(speaker) != ctx.name(participants[0]) \
                and self._setting_of_saying(trigger, speaker_source, participants):
            participants.insert(0, speaker)  # round 33: "“…,” X said after meeting Y": X met Y (below: no speaker)
        explicit = continued is None and inherited_agent is None and len(participants) >= 2 and not implied_sides \
            and not referred and not deal_implied and trigger.pattern != _NEGOTIATOR \
            and not (trigger.first in self._member_words and ctx.role_noun_at(trigger.first) is not None)
        # (round 75: nor are the sides of a role noun, "negotiators of X and Y": the role phrase may name a side by
        # another form than the text's talks do, "Европейския съюз" / "ЕС", and two explicit negotiations that
        # differ leave the document no sides for its deal nouns — as round 54's negotiator noun)
        if len(participants) == 1 and (refuser := self.answered.get(trigger.first)) is not None \
                and ctx.name(refuser) != ctx.name(participants[0]) and ctx.mention_tokens[refuser][1] < trigger.first:
            # round 35: "X turned down Y's offer of talks": the owner before the noun made it, the refuser,
            # the refusal's subject, was its addressee (the parties found hold only the owner)
            participants.append(refuser)
            explicit = continued is None and inherited_agent is None
        if len(participants) < 2 and not unnamed_subject:
            # "The negotiations will resume next week": the parties the document established for the
            # relation in earlier explicit mentions, when unambiguous
            participants = established_parties(
                ctx, self.explicit, unit.index, trigger, participants, speaker) or participants
        if len(participants) < 2:
            return
        if trigger.first in self.answered:
            # round 33: "X declined Y's invitation": Y, named after the refusal, made it; X was invited
            before = [m for m in participants if ctx.mention_tokens[m][0] < trigger.first]
            participants = [m for m in participants if m not in before] + before
        if (trigger.key == "contact" and relation is not None and is_relation_noun(ctx, relation, trigger)
                and ctx.lexicon.relation("negotiate") is not None and not self._talks_with(trigger)
                and ({ctx.name(m) for m in participants} in [
                    {ctx.name(m) for m in pair} for pair in
                    [membership_pair(ctx, trigger, stop) or (), membership_sides(ctx) or ()]
                    + [e.participants for e in self.explicit if e.relation == "negotiate"] if pair]
                     or (len(participants) == 2 and ctx.match(ctx.lexicon.between, trigger.last + 1) > 0 and any(
                         {ctx.name(m) for m in participants} <= {ctx.name(m) for m in e.participants}
                         for e in self.explicit if e.relation == "negotiate")))):
            # round 20: talks between the two sides of a membership change ("rozhovory o odchodu Británie
            # z EU", "talks on Britain's exit from the EU"; the document's member and union) or between
            # the parties of a negotiation the document names ("UE i Wielka Brytania poczyniły postępy w
            # rozmowach") are that negotiation; "talks with X" stays a contact; round 54: so are talks "between" two of
            # the parties of such a negotiation ("разговорите между Лондон и Брюксел" after London, Brussels and the UK)
            # (a negotiation read so establishes none of its own for later sentences)
            trigger, explicit = PhraseMatch(trigger.first, trigger.last, "negotiate", trigger.pattern), False
        elif (trigger.key == "contact" and relation is not None and not is_relation_noun(ctx, relation, trigger)
                and ctx.lexicon.relation("negotiate") is not None
                and {ctx.name(m) for m in participants} in [
                    {ctx.name(m) for m in pair} for pair in
                    [membership_pair(ctx, trigger, stop) or (), membership_sides(ctx) or ()]
                    + [e.participants for e in self.explicit if e.relation == "negotiate"] if pair]):
            # round 100: as round 20 for a talking verb: the two sides of the document's membership change or of a
            # negotiation it names discussing ("V něm se budou projednávat budoucí vztahy Británie s EU" after
            # "Vyjednavači Británie a EU") are that negotiation (establishing none of its own for later sentences)
            trigger, explicit = PhraseMatch(trigger.first, trigger.last, "negotiate", trigger.pattern), False
        topic_talks = False
        if (trigger.key == "contact" and relation is not None and is_relation_noun(ctx, relation, trigger)
                and ctx.lexicon.relation("negotiate") is not None and self._negotiated_topic(trigger)):
            # round 81: talks about what is bargained over ("rozmowy koalicyjne", "Rozhovory o budoucnosti
            # obchodních vztahů mezi X a Y", "trade talks") are negotiations (guidelines: talks on a deal, trade,
            # terms or a coalition read negotiate; as round 20, it establishes no negotiation of its own for later sentences)
            trigger, explicit = PhraseMatch(trigger.first, trigger.last, "negotiate", trigger.pattern), False
            topic_talks = True
        if speaker is not None and (owned_setting or self._setting_of_saying(trigger, speaker_source, participants)):
            # "…, said X during his meeting with Y": the meeting is where X spoke, told by the text
            # itself; what X said is something else ("je dejal X po pogovorih z Y in Z": X talked
            # with both)
            if ctx.name(speaker) not in {ctx.name(p) for p in participants}:
                participants.insert(0, speaker)
            # round 80: an outlet reporting the saying with a verb of its own after the relation word ("Това обяви X
            # след среща с Y, съобщи Z", "…, предаде БТА") tells the meeting too: it is the speaker (its own relays,
            # if any, the via); one that only quotes the speaker ("…, цитиран от Z", kind ``according``) relays his
            # words, not the text's account of where he spoke (dev: Varadkar "цитиран от Belfast Telegraph")
            relays = [s for s in via_sources if s.mention is not None and s.cue_first > trigger.last
                      and s.kind in ("speech", "publish") and s.mention not in participants]
            speaker_source, via_sources = (relays[-1], relays[:-1]) if relays else (None, [])
            speaker = speaker_source.mention if speaker_source is not None else None
            told_setting = speaker is not None
        # (a stance verb whose subject stands before the relation word and which follows it is about
        # something else: "X и Y в телефонен разговор са потвърдили позициите си")
        framing = {s.cue_first for s in sources if self._between_subject_and_cue(trigger, [s])}
        stance, cue = stance_of(ctx, first, max(stop, trigger.last + 1), trigger, skip=used_cues | framing)
        if stance == "denies" and self._denies_own_part(first, trigger, participants):
            stance, cue = "asserts", None  # "I was not on the call between X and Y": the call took place
        if stance == "denies" and not any(ctx.match(ctx.lexicon.deny, k) for k in range(first, max(stop, trigger.last + 1))) \
                and negates_topic(ctx, trigger, first, max(stop, trigger.last + 1)):
            return  # round 27: "X and Y did not discuss sanctions": the topic is denied, not the contact
        when = self._when(unit, trigger, covered, sources)
        when_value, when_text = (when.when, when.text) if when else (None, None)
        if continued is not None and continued.when_text and not explicit and not self._other_topic(trigger, continued):
            # a sentence continuing a claim that has its time names the same event: another time
            # word in it is of something else ("the July 25 call … until the transcript of that call
            # was released on September 25")
            when_value, when_text = continued.when, continued.when_text
        relation = ctx.lexicon.relation(trigger.key)
        if speaker is None and frame is None and trigger.key != "request" and self._asker is not None \
                and self._asker[0] == unit.index and self._asker[1] < trigger.first \
                and ctx.name(self._asker[2]) not in {ctx.name(p) for p in participants}:
            # round 95: the talks a person's request is about are told by the asker ("Той призова британския
            # министър-председател „да засили скоростта“ на преговорите, за да може споразумението …": Barnier)
            speaker = self._asker[2]
        trigger_text = self.doc.text[ctx.tokens[trigger.first].start : ctx.tokens[trigger.last].end]
        claim = Claim(
            id="", start=unit.start, end=unit.end, stance=stance, relation=trigger.key,
            participants=participants, speaker=speaker,
            # outermost first; an outlet the speaker told it to relays it innermost ("Peskov told Interfax")
            via=[m for m in [s.mention for s in via_sources if s.mention is not None]
                 + ([speaker_source.addressee] if speaker_source and speaker_source.addressee is not None else [])
                 if m not in participants],
            when=when_value, when_text=when_text,
            cameo=relation.cameo if relation else None, quote=frame is not None,
            trigger=trigger_text if not cue else f"{trigger_text}; {cue}",
        )
        if frame is not None:
            claim.start, claim.end = min(unit.start, frame.quote.start), max(unit.end, frame.quote.end)
        self._append(unit, claim)
        if claim.id:
            self._topics[claim.id] = self._topic_words(trigger)
        if trigger.key == "request" and claim.id and participants and ctx.mention(participants[0]).type == "PER":
            self._asker = (unit.index, trigger.last, participants[0])
        if topic_talks and claim.id:
            # round 81: a later sentence's talk noun continues it as the contact it was told as ("Diskuse se týkaly
            # …"), a negotiation noun does not take its parties (they are the talks', not the document's negotiation)
            self.topic_talks.add(claim.id)
        if told_setting:
            self._told_settings.add(claim.id)
        if explicit:
            self.explicit.append(ExplicitMention(unit.index, trigger.key, tuple(participants),
                                                 ctx.tokens[trigger.last].norm))
        if stance == "asserts" and (denied := self._elliptic_denial(unit, trigger, participants)) is not None:
            # round 33: "X met Y, but not Z", "pero no con Z", "ale ne se Z": the same relation with the
            # partner Z instead of Y, denied (the verb is left out)
            partner, cue_first, cue_last = denied
            after = [m for m in participants if ctx.mention_tokens[m][0] > trigger.last]
            self._append(unit, replace(
                claim, id="", stance="denies", participants=[m for m in participants if m != after[0]] + [partner],
                trigger=f"{trigger_text}; {self.doc.text[ctx.tokens[cue_first].start : ctx.tokens[cue_last].end]}"))

    def _told_before(self, unit: Unit, trigger: PhraseMatch, own: list[int]) -> list[int] | None:
        """Round 45: the parties of the earlier sentences' explicit claims of the relation told by the same
        noun ("call") that include ``own`` (the noun's own partner), when they all name the same parties
        (a person's two spellings are one: "Zelensky", "Zelenskyy"); None when there are none or they differ."""
        ctx = self.ctx

        def same(a: int, b: int) -> bool:
            return ctx.name(a) == ctx.name(b) or _same_person(ctx, a, b)

        def within(these, those) -> bool:
            return all(any(same(a, b) for b in those) for a in these)

        def bare(norm: str) -> str:  # without a glued elided article: "l'appel" is "appel"
            return norm.split("'", 1)[1] if "'" in norm[:3] else norm

        noun = bare(ctx.tokens[trigger.last].norm)

        def same_noun(other: str | None) -> bool:  # (one noun in two forms: "call", "calls")
            short, long = sorted((noun, bare(other or "")), key=len)
            return bool(short) and long.startswith(short) and len(long) - len(short) <= 2

        told = [e for e in self.explicit if e.relation == trigger.key and same_noun(e.noun) and e.unit < unit.index
                and within(own, e.participants)]
        if not told or any(not (within(e.participants, told[-1].participants)
                                and within(told[-1].participants, e.participants)) for e in told):
            return None
        return list(told[-1].participants)

    def _stranded_partner(self, trigger: PhraseMatch) -> bool:
        """Round 45: a relation verb whose partner preposition ends its clause ("people I spoke to,",
        "the man she talked with."): a relative clause without a pronoun, whose partner is the noun before
        its subject; True when that noun is a common noun (no party named), not a name ("Hale, whom I
        spoke to, …" keeps its claim)."""
        ctx = self.ctx
        tokens, lexicon = ctx.tokens, ctx.lexicon
        relation = lexicon.relation(trigger.key)
        if relation is None or is_relation_noun(ctx, relation, trigger):
            return False
        k = trigger.last + 1 if ctx.match(lexicon.partner_prepositions, trigger.last + 1) else (
            trigger.last if trigger.last > trigger.first and ctx.match(lexicon.partner_prepositions, trigger.last) else None)
        if k is None or k + 1 >= len(tokens) or tokens[k + 1].is_word or tokens[k + 1].norm not in {",", ".", ";", ":", ")", "—", "–"}:
            return False
        j = trigger.first - 1
        for _ in range(2):  # auxiliaries: "I have spoken to", "she had talked with"
            if j >= 0 and ctx.token_mention[j] is None and tokens[j].is_word and tokens[j].text[:1].islower() \
                    and not ctx.match(lexicon.person_pronouns, j) and not ctx.match(lexicon.first_person, j) \
                    and not ctx.match(lexicon.plural_pronouns, j):
                j -= 1
        if j < 0:
            return False
        if (m := ctx.token_mention[j]) is not None:
            j = ctx.mention_tokens[m][0] - 1
        elif ctx.match(lexicon.person_pronouns, j) or ctx.match(lexicon.first_person, j) or ctx.match(lexicon.plural_pronouns, j):
            j -= 1
        else:
            return False
        if j >= 0 and ctx.match(lexicon.relative_pronouns, j):
            j -= 1
        return j >= 0 and ctx.token_mention[j] is None and tokens[j].is_word and tokens[j].text[:1].islower()

    def _visited_after(self, trigger: PhraseMatch, stop: int, covered: set[int]) -> int | None:
        """Round 69: the place named right after a visit word and a place or addressee preposition that is no origin ("z
        wizytą w Gruzji", "visit to Georgia", "на посещение в Грузия"), in its clause and outside the attribution; None
        otherwise."""
        ctx = self.ctx
        k = trigger.last + 1
        if trigger.last > trigger.first and ctx.token_mention[trigger.last] is None \
                and 1 in (ctx.match(ctx.lexicon.place_prepositions, trigger.last), ctx.match(ctx.lexicon.addressee_prepositions, trigger.last)):
            k = trigger.last  # round 72: a visit phrase ending in its preposition ("cestě do", "trip to"): the place is next
        n = max(ctx.match(ctx.lexicon.place_prepositions, k), ctx.match(ctx.lexicon.addressee_prepositions, k)) if k < stop else 0
        if not n or ctx.match(ctx.lexicon.origin_prepositions, k) or k + n >= stop or k + n in covered:
            return None
        m = ctx.token_mention[k + n]
        return m if m is not None and ctx.mention(m).type in ("LOC", "GPE") else None

    def _negotiator_side(self, trigger: PhraseMatch, start: int, reach: int = 4) -> int | None:
        """Round 69: the one state or organisation named between a negotiator's role noun and the dialogue word after
        it (round 66's role dialogue: "главным переговорщиком Лондона в диалоге"), the side it negotiates for; None
        otherwise."""
        ctx = self.ctx
        side = None
        for k in range(trigger.first - 1, max(start, trigger.first - 1 - reach) - 1, -1):
            if ctx.tokens[k].norm in CLAUSE_END:
                return None
            m = ctx.token_mention[k]
            if m is not None:
                if ctx.mention(m).type not in ("LOC", "GPE", "ORG") or (side is not None and ctx.name(side) != ctx.name(m)):
                    return None
                side = m
            elif ctx.role_noun_at(k) is not None:
                return side
        return None

    def _apposed_subject(self, unit: Unit, trigger: PhraseMatch) -> int | None:
        """Round 69: the person or organisation opening the sentence (its first name, within the first two tokens,
        in the base form) followed by a comma, when a second comma closes that apposition right before the relation
        verb (over reflexive particles) and nothing between the two ends a clause or opens a quote; None otherwise."""
        ctx = self.ctx
        j = trigger.first - 1
        while j > unit.first and ctx.match(ctx.lexicon.reflexive_particles, j):
            j -= 1
        if j <= unit.first or ctx.tokens[j].norm != ",":
            return None
        m = next((ctx.token_mention[k] for k in range(unit.first, min(unit.first + 2, j)) if ctx.token_mention[k] is not None), None)
        if m is None or ctx.mention(m).type not in ("PER", "ORG") or ctx.is_oblique(m) or ctx.is_possessive(m):
            return None
        opening = ctx.mention_tokens[m][1] + 1
        if opening >= j - 1 or ctx.tokens[opening].norm != "," \
                or any(not ctx.tokens[k].is_word and ctx.token_mention[k] is None for k in range(opening + 1, j)):
            return None
        return m

    def _owned_visit(self, trigger: PhraseMatch, stop: int, covered: set[int], speaker: int | None,
                     participants: list[int]) -> list[int] | None:
        """Round 69: [visitor, place] for a visit word owned by a singular possessive pronoun right before or after it
        ("визитата й в Брюксел", "jej wizyty w Brukseli", "её визита в Брюссель"), with the place visited right after it
        (`_visited_after`) and no other party found: the visitor is the pronoun's person (`resolve_pronoun`: the
        sentence's speaker, or the subject before it). None otherwise."""
        ctx = self.ctx
        pronoun = next((k for k in (trigger.last + 1, trigger.first - 1) if 0 <= k < len(ctx.tokens)
                        and ctx.token_mention[k] is None and ctx.match(ctx.lexicon.possessive_pronouns, k)
                        and not ctx.match(ctx.lexicon.plural_possessive, k)), None)
        if pronoun is None:
            return None
        after = PhraseMatch(trigger.first, max(trigger.last, pronoun), trigger.key, trigger.pattern)
        place = self._visited_after(after, stop, covered)
        if place is None or any(ctx.name(m) != ctx.name(place) for m in participants):
            return None
        visitor = resolve_pronoun(ctx, pronoun, speaker, self.last_speaker, exclude={ctx.name(place)})
        if visitor is None or ctx.mention(visitor).type != "PER":
            return None
        return [visitor, place]

    def _owned_setting(self, trigger: PhraseMatch, source: Source | None, owned: list[int], reach: int = 12) -> bool:
        """Round 72: whether a visit owned by its speaker's possessive (`_owned_visit`) is the setting of the saying: after
        the whole attribution in the same clause (words only, within ``reach``, no complementizer), right after a setting
        preposition (lexicon ``during``) before the pronoun ("uvedla X v rozhovoru s novináři na palubě letadla při své
        cestě do Číny", "said X … during her trip to Y"): the text tells the visit, X's words are something else."""
        ctx = self.ctx
        if source is None or source.kind != "speech" or source.mention is None or ctx.name(source.mention) != ctx.name(owned[0]):
            return False
        end = max(source.cue_last, source.span_last, ctx.mention_tokens[source.mention][1])
        if not end < trigger.first <= end + reach:
            return False
        if any(not ctx.tokens[k].is_word or ctx.match(ctx.lexicon.complementizers, k) for k in range(end + 1, trigger.first)):
            return False
        return ctx.phrase_ending_at(ctx.lexicon.during, trigger.first - 2) > 0  # (then the pronoun: "při své")

    def _unnamed_relative_partner(self, trigger: PhraseMatch, start: int, reach: int = 6) -> bool:
        """Round 69: whether the relation word's partner is a relative pronoun after a partner preposition (", с
        които те са си сътрудничили", ", with whom they cooperated", ", z którymi …") within ``reach`` tokens before
        it in its clause, whose antecedent, the word before the comma, is no name: the partner is that common noun
        ("the people from foreign governments"), and the subject, often a pronoun, is no party of a claim just made
        with someone else."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        for j in range(trigger.first - 1, max(start, trigger.first - 1 - reach), -1):
            if ctx.tokens[j].norm != "," and (ctx.tokens[j].norm in CLAUSE_END or ctx.token_mention[j] is not None):
                return False
            if ctx.tokens[j].norm != ",":
                continue
            n = ctx.match(lexicon.partner_prepositions, j + 1)
            if not n or not ctx.match(lexicon.relative_pronouns, j + 1 + n):
                return False
            return j > start and ((ctx.token_mention[j - 1] is None and ctx.tokens[j - 1].is_word)
                                  or self._owned_unnamed_source(j - 1))
        return False

    def _company_named(self, m: int) -> bool:
        """Round 84: whether the organisation ``m`` is named right after a noun of a company (lexicon
        ``organisation_nouns``: "letecká společnost X", "the airline X", "авиакомпания X"): as the visitor of a visit
        noun ("na cestách do Y", "on its flights to Y") it flies a route, no one visits."""
        ctx = self.ctx
        if ctx.mention(m).type != "ORG":
            return False
        return ctx.phrase_ending_at(ctx.lexicon.organisation_nouns, ctx.mention_tokens[m][0] - 1, (1, 2)) > 0

    def _owned_unnamed_source(self, k: int) -> bool:
        """Round 84: whether the name ending at ``k`` owns an unnamed source noun right before it (lexicon ``anonymous``:
        "źródła z KE", "источника в МИД", "a source at the Commission"; over one word, a preposition): the antecedent of a
        relative pronoun after it is that source, not the name ("według źródła z KE, z którym rozmawiała PAP")."""
        ctx = self.ctx
        m = ctx.token_mention[k]
        if m is None:
            return False
        first = ctx.mention_tokens[m][0]
        for j in (first - 1, first - 2):
            if j < 0 or ctx.token_mention[j] is not None or not ctx.tokens[j].is_word:
                return False
            if ctx.match(ctx.lexicon.anonymous, j):
                return True
        return False

    def _refers_back(self, trigger: PhraseMatch, reach: int = 4) -> bool:
        """Whether a definite article or demonstrative opens the relation noun's phrase ("the call", "the
        July 25 call", "that phone call"): over numbers, capitalised words that are no names (a month) and
        at most one lower-case word; not over a name or a possessive ("Trump's call", "the US-China talks")."""
        ctx = self.ctx
        # an elided article is glued to the noun ("l'appel", "l’incontro"; norms use "'")
        if any(p.words[0].endswith("'") and ctx.tokens[trigger.first].norm.startswith(p.words[0])
               for p in ctx.lexicon.definite_determiners.patterns):
            return True
        determiners = ctx.lexicon.definite_determiners
        k = before_noun_modifiers(ctx, trigger.first, reach, lambda j: ctx.match(determiners, j) > 0)
        # ("that" may open a clause instead, "said that talks with Y would start": no article then)
        return k is not None and 0 <= k and trigger.first - k <= reach and ctx.match(determiners, k) > 0 \
            and not (ctx.match(ctx.lexicon.complementizers, k) or ctx.match(ctx.lexicon.relative_pronouns, k))

    def _reciprocal_subject(self, first: int, stop: int, trigger: PhraseMatch, reach: int = 3) -> list[int] | None:
        """Round 42: the names of a coordinated subject ("X and Y", "X, Y a Z") of a reciprocal pronoun
        (lexicon ``reciprocals``: "each other", "one another", "друг с другом", "ze sobą", "spolu", "med
        seboj", "miteinander") within ``reach`` words after the relation word ("talked with each other") or
        within twice that before it ("spolu mluvili", "se navzájem setkali", "accused each other of
        sabotaging the talks"). At most ``reach`` + 2 words (a verb, an auxiliary, a reflexive, and the
        reciprocal itself when it stands there) are between the subject and the relation word or the
        reciprocal before it, no name nor punctuation;
        the group is not after a preposition ("in Berlin and Paris"). None otherwise."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        tokens = ctx.tokens
        anchor = None  # where the subject ends its reach: the relation word, or a reciprocal before it
        for k in range(trigger.last + 1, min(stop, trigger.last + 1 + reach)):
            if not tokens[k].is_word or ctx.token_mention[k] is not None:
                break
            if ctx.match(lexicon.reciprocals, k):
                anchor = trigger.first
                break
        k = trigger.first - 1
        while anchor is None and k >= max(first, 0) and trigger.first - k <= 2 * reach:
            if not tokens[k].is_word or ctx.token_mention[k] is not None:
                break
            if (length := ctx.match(lexicon.reciprocals, k)) and k + length <= trigger.first:
                anchor = k  # ("accused each other of sabotaging the talks": over at most 2 × reach words)
                break
            k -= 1
        if anchor is None:
            return None
        k, words = anchor - 1, 0
        while k >= first and ctx.token_mention[k] is None:
            if not tokens[k].is_word or words >= reach + 2:
                return None  # (the reciprocal itself may stand between: "se navzájem setkali")
            k, words = k - 1, words + 1
        if k < first:
            return None
        group = [ctx.token_mention[k]]
        j, joined = ctx.mention_tokens[group[0]][0] - 1, False
        while j > first:
            comma = tokens[j].norm == ","
            if comma:
                step = 1
            elif (length := ctx.match(lexicon.conjunctions, j)) == 1:
                step, joined = 1, True
            else:
                break
            m = ctx.token_mention[j - step]
            if m is None and comma:
                break  # "On Monday, X and Y talked with each other": the comma closes an opening phrase
            if m is None:
                return None  # "Tom and his wife": a group with someone unnamed
            group.insert(0, m)
            j = ctx.mention_tokens[m][0] - 1
        if not joined or len({ctx.name(m) for m in group}) < 2:
            return None
        if j >= first and ctx.token_mention[j] is None and any(ctx.match(table, j) for table in (
                lexicon.place_prepositions, lexicon.topic_prepositions, lexicon.partner_prepositions, lexicon.between)):
            return None  # "in Berlin and Paris, officials talked with each other": no subject
        if any(ctx.mention(m).type not in ("PER", "ORG", "LOC") for m in group):
            return None
        return group

    def _elliptic_denial(self, unit: Unit, trigger: PhraseMatch, participants: list[int]
                         ) -> tuple[int, int, int] | None:
        """Round 33: a denied partner left after the relation's clause with its verb elided: a comma, an
        adversative conjunction (lexicon ``clause_conjunctions``), a negation, an optional partner
        preposition and a name that ends the clause ("X met Y, but not Z", "встретился с Y, но не с Z",
        "se setkal s Y, ale ne s Z"). Only when exactly one party stands after the relation word (the
        partner Z replaces). Returns (Z, first and last token of the contrast)."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        if sum(ctx.mention_tokens[m][0] > trigger.last for m in participants) != 1:
            return None
        names = {ctx.name(m) for m in participants}
        n = min(unit.stop, len(ctx.tokens))
        for k in range(trigger.last + 1, n - 3):
            if ctx.tokens[k].norm != "," or not (length := ctx.match(lexicon.clause_conjunctions, k + 1)):
                continue
            j = k + 1 + length
            if not (negation := ctx.match(lexicon.negation, j)) or ctx.match(lexicon.not_negation, j):
                return None
            j += negation
            if j < n and ctx.token_mention[j] is None and (length := ctx.match(lexicon.partner_prepositions, j)):
                j += length
            if j >= n or (partner := ctx.token_mention[j]) is None or ctx.name(partner) in names:
                return None
            end = ctx.mention_tokens[partner][1]
            if end + 1 < n and ctx.tokens[end + 1].norm not in CLAUSE_END:
                return None  # "but not Z's plan", "ale ne s Z o …": more than a partner follows
            return partner, k + 1, end
        return None

    def _setting_of_saying(self, trigger: PhraseMatch, source: Source, participants: list[int], reach: int = 4) -> bool:
        """Whether the relation word is the setting in which its own speaker spoke: right after the
        whole attribution ("said X", "посочи премиерът X"), within ``reach`` words, after a setting
        preposition (lexicon ``during``: "during his meeting with Y", "при срещата си с Y"), with the
        speaker a party and no content between ("that", a colon, a quote)."""
        ctx = self.ctx
        if source.kind != "speech" or source.mention is None or ctx.mention(source.mention).type != "PER":
            return False
        if ctx.name(source.mention) not in {ctx.name(p) for p in participants} and not self._partner_follows(trigger) \
                and not (trigger.last + 1 < len(ctx.tokens) and ctx.token_mention[trigger.last + 1] is not None) \
                and not self._role_partner_follows(trigger):
            return False  # (a relation word with its own "with", or its object right after it (round 33: "said
            # after meeting Y"), has the speaker as its subject; round 69: so has one whose "with" takes a role
            # phrase, however long before its holder's name: "uvedl X po schůzce se státním tajemníkem (náměstkem)
            # slovenského ministerstva zahraničí Y", "oświadczyła X po spotkaniu z szefem irlandzkiego przewoźnika")
        end = max(source.cue_last, source.span_last, ctx.mention_tokens[source.mention][1])
        # (round 69: a place of saying and its preposition do not count towards the reach: "oświadczyła X w Brukseli
        # po środowym spotkaniu z …")
        places = sum(1 for k in range(end + 1, trigger.first) if ctx.token_mention[k] is not None and self._place_of_saying(k))
        if places:
            places += 1
        if end + reach + places < trigger.first <= end + reach + places + 2 \
                and any(ctx.match(ctx.lexicon.during, k) for k in range(end + reach + places - 1, trigger.first)):
            places += 2  # round 72: a place of saying before the setting word ("powiedział X na konferencji po niedawnym spotkaniu z Y")
        if not (end < trigger.first <= end + reach + places):
            return False
        between = range(end + 1, trigger.first)
        if any(not ctx.tokens[k].is_word or (ctx.token_mention[k] is not None and not self._place_of_saying(k))
               or ctx.match(ctx.lexicon.complementizers, k) for k in between):
            return False
        if any(ctx.match(ctx.lexicon.during, k) for k in between):
            return True
        # a place of saying ("said X at a press conference with Y", "uvedl X v rozhovoru s Y") with the partner after
        # "with": not a name right after the noun ("napsal v dopise Petra Dvořáka": the owner of the letter)
        return any(ctx.match(ctx.lexicon.saying_places, k) for k in between) and (
            self._partner_follows(trigger) or ctx.name(source.mention) in {ctx.name(p) for p in participants})

    def _place_of_saying(self, k: int) -> bool:
        """Round 62: whether token ``k`` is in a place's name right after a place preposition ("řekla v Berlíně po
        jednání s Y", "заяви в Брюксел след срещата с Y"): where the words were said, no content of them."""
        ctx = self.ctx
        m = ctx.token_mention[k]
        start = ctx.mention_tokens[m][0]
        return ctx.mention(m).type == "LOC" and start > 0 and ctx.token_mention[start - 1] is None \
            and bool(ctx.match(ctx.lexicon.place_prepositions, start - 1))

    def _time_adjunct(self, trigger: PhraseMatch, reach: int = 4) -> bool:
        """Round 42: whether a time bound that is no place or partner preposition (the [time] table's
        ``bounds``: "before", "after", "until", "преди", "przed"; not "до", "с", "з") or a setting preposition
        (``during``) stands before the relation word over at most ``reach`` words and no name ("before the
        start of the second round of talks"), in its sentence (`DocumentContext.sentence_first`)."""
        ctx = self.ctx
        lexicon = ctx.lexicon
        for k in range(trigger.first - 1, max(trigger.first - 2 - reach, ctx.sentence_first(trigger.first) - 1), -1):
            if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None:
                return False
            # a bound that is also a place or partner preposition ("до", "с", "з": "призвал X выступить с
            # инициативой переговоров с Y") heads a phrase of another kind, and so does any such
            # preposition nearer the relation word: the relation noun is inside that phrase
            if ctx.match(lexicon.place_prepositions, k) or ctx.match(lexicon.partner_prepositions, k):
                return False
            if ctx.match(lexicon.during, k) or ctx.match(lexicon.time_bounds, k):
                return True
        return False

    def _is_setting(self, trigger: PhraseMatch, reach: int = 2) -> bool:
        """Whether a setting preposition (lexicon ``during``: "after", "during", "po", "при") stands
        right before the relation word, over at most ``reach`` words and no name ("po srečanju",
        "after their meeting", "при срещата си"), in its sentence (`DocumentContext.sentence_first`)."""
        ctx = self.ctx
        for k in range(trigger.first - 1, max(trigger.first - 2 - reach, ctx.sentence_first(trigger.first) - 1), -1):
            if ctx.match(ctx.lexicon.during, k):
                return True
            if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None:
                return False
        return False

    def _setting_pair(self, first: int, trigger: PhraseMatch) -> tuple[int, int] | None:
        """Round 52: the subject of a sentence that opens with a setting phrase of a symmetric relation noun
        and its partner, closed by a comma ("During his meeting with Y, X urged Z …", "Podczas spotkania z Y,
        X wezwał Z …", "Po pogovoru z Y, X …"): the setting preposition (lexicon ``during``) opens the clause,
        the partner follows a partner preposition right after the noun (over one word: "срещата си с Y"), a
        comma follows the partner, and a person's or organisation's name in the base form stands right after
        the comma, itself followed by a word that is no name, conjunction or comma (not a list of partners:
        "after talks with Y, Z and W"). The subject and the partner."""
        ctx = self.ctx
        relation = ctx.lexicon.relation(trigger.key)
        if relation is None or relation.directed or not is_relation_noun(ctx, relation, trigger) \
                or not self._is_setting(trigger):
            return None
        k = first
        while k < trigger.first and not ctx.tokens[k].is_word:
            k += 1
        if not ctx.match(ctx.lexicon.during, k):
            return None  # (the setting phrase opens the clause)
        partner = next((m for j in (trigger.last + 1, trigger.last + 2)
                        if j < len(ctx.tokens) and (length := ctx.match(ctx.lexicon.partner_prepositions, j))
                        and j + length < len(ctx.tokens) and (m := ctx.token_mention[j + length]) is not None
                        and ctx.mention_tokens[m][0] == j + length), None)
        if partner is None or ctx.mention(partner).type not in ("PER", "ORG", "LOC", "GPE"):
            return None
        p_last = ctx.mention_tokens[partner][1]
        comma = p_last + 1
        if comma + 2 >= len(ctx.tokens) or ctx.tokens[comma].norm != ",":
            return None
        m = ctx.token_mention[comma + 1]
        if m is None or ctx.mention(m).type not in ("PER", "ORG") or ctx.is_possessive(m) or ctx.is_oblique(m) \
                or ctx.name(m) == ctx.name(partner):
            return None
        after = ctx.mention_tokens[m][1] + 1
        if after >= len(ctx.tokens) or not ctx.tokens[after].is_word or ctx.token_mention[after] is not None \
                or ctx.match(ctx.lexicon.conjunctions, after):
            return None
        if any(ctx.match(table, j) for table in (ctx.lexicon.speech, ctx.lexicon.publish)
               for j in range(after, min(after + 3, len(ctx.tokens)))) or ctx.match(ctx.lexicon.media, comma + 1):
            return None  # ("After the meeting with Y, Reuters reported that …": a report of it, not a party to it)
        return m, partner

    def _denies_own_part(self, first: int, trigger: PhraseMatch, participants: list[int]) -> bool:
        """Whether a negation right before the relation word denies that the speaker took part, not
        the relation: its subject is "I"/"we" and the relation's parties are named after "between"
        ("I was not on the call between X and Y", "Я не участвовал в разговоре между X и Y")."""
        ctx = self.ctx
        if not is_negated(ctx, trigger.first, first) or not between_names_parties(ctx, trigger, participants):
            return False
        if any(ctx.mention_tokens[m][0] < trigger.first for m in participants):
            return False
        return any(ctx.match(ctx.lexicon.first_person, k) for k in range(first, trigger.first))

    def _continued_claim(self, unit: Unit, trigger: PhraseMatch, participants: list[int]) -> Claim | None:
        """The latest claim of the same relation in this or the previous sentence whose parties include
        the ones named here ("Musk's invitation was interesting" after "Musk invited Putin")."""
        ctx = self.ctx
        named = {ctx.name(p) for p in participants}
        for claim, index in zip(reversed(self.claims), reversed(self.claim_units)):
            if unit.index - index > 1:
                break
            key = "contact" if claim.id in self.topic_talks else claim.relation  # round 81: talks told as contact
            if key == trigger.key and named <= {ctx.name(p) for p in claim.participants} \
                    and claim.id not in self.negotiator_claims:
                return claim
        return None

    def _other_topic(self, trigger: PhraseMatch, earlier: Claim) -> bool:
        """Round 94: whether the relation word's topic (`_topic_words`) and the earlier claim's both are given and share
        no word: "dohoda o jejím odchodu … dohoda o volném obchodu" (the exit deal, then a trade deal) are two events of
        the same parties, so the earlier one's time is not the later one's."""
        own, other = self._topic_words(trigger), self._topics.get(earlier.id)
        return bool(own and other and not own & other)

    def _topic_words(self, trigger: PhraseMatch, reach: int = 2, stem: int = 5) -> frozenset[str]:
        """Round 94: the topic of a relation word: the first ``reach`` words after a topic preposition right after it
        (lexicon ``topic_prepositions``; no name or clause end between), each cut to ``stem`` letters so that inflected
        forms match ("dohoda o odchodu", "dohody o odchodu" -> {"odcho"}); empty when it has none. Read in the word's
        sentence (`DocumentContext.sentence_stop`)."""
        ctx = self.ctx
        stop = ctx.sentence_stop(trigger.last)
        k = trigger.last + 1
        if k >= stop or not (length := ctx.match(ctx.lexicon.topic_prepositions, k)):
            return frozenset()
        words = []
        for j in range(k + length, min(stop, k + length + reach)):
            if ctx.tokens[j].norm in CLAUSE_END or not ctx.tokens[j].is_word:
                break
            if ctx.token_mention[j] is not None:
                words.append(ctx.name(ctx.token_mention[j]))
                break
            words.append(ctx.tokens[j].norm[:stem])
        return frozenset(words)

    def _when(self, unit: Unit, trigger: PhraseMatch, covered: set[int], sources: list[Source]) -> EventTime | None:
        ctx = self.ctx
        if trigger.first in self._role_dialogues:
            return None  # round 66: "объявил в понедельник Y, являвшийся главным переговорщиком в диалоге с Z": a role, the time is the predicate's
        tokens = ctx.tokens[unit.first : unit.stop]
        times = find_event_times(self.doc.text, tokens, ctx.lexicon.time, self.doc.published)
        reported = any(s.kind in ("speech", "publish", "deny", "confirm", "according") for s in sources)
        candidates = []
        for t in times:
            first = next(i for i in range(unit.first, unit.stop) if ctx.tokens[i].start >= t.start)
            if first in covered:
                continue  # "The Kremlin on Wednesday denied": the time of the statement
            if ctx.token_mention[first] is not None and ctx.token_mention[first] not in self._time_mentions(unit):
                continue  # part of a name ("Днес+", "Today" show)
            if t.kind == "deictic" and reported and self._nearer_cue(first, trigger, sources):
                continue  # "said on Tuesday", "Speaking on Friday": when it was said, not when it happened
            if self._time_told_apart(t, first, unit, trigger):
                continue  # round 43: "…, which takes place in September", "…, че ще напусне на 29 март": another event's time
            if self._time_of_other_event(first, unit, trigger):
                continue  # round 63: "the deal with Y expires in 2022", "CureVac, founded in 2000": that event's time
            candidates.append((abs(first - trigger.first), t))
        if not candidates:
            return None
        if any(t.rescheduled for _, t in candidates):
            # round 14: "planned for December, the talks were postponed to January": the new time
            candidates = [c for c in candidates if c[1].rescheduled]
        return min(candidates, key=lambda c: c[0])[1]

    def _negotiated_topic(self, trigger: PhraseMatch, reach: int = 4) -> bool:
        """Round 81: whether a contact noun's topic is something bargained over (lexicon [relations.contact]
        ``negotiated_topics``: trade, a deal, terms, a coalition): such a word right before or right after the noun
        ("koaliční rozhovory", "rozmów koalicyjnych", "trade talks"), or within ``reach`` words after a topic
        preposition right after it (no name or clause end between: "rozhovory o budoucnosti obchodních vztahů",
        "rozmów na temat warunków"). A topic named further on ("talks about the problem, … the tariffs"), or in the
        next sentence (`DocumentContext.sentence_stop`), is not."""
        ctx = self.ctx
        topics = ctx.lexicon.negotiated_topics
        if not topics.patterns:
            return False
        stop = ctx.sentence_stop(trigger.last)
        for k in (trigger.first - 1, trigger.last + 1):
            if 0 <= k < stop and ctx.token_mention[k] is None and ctx.match(topics, k):
                return True
        k = trigger.last + 1
        if k < stop and (length := ctx.match(ctx.lexicon.topic_prepositions, k)):
            for j in range(k + length, min(stop, k + length + reach)):
                if ctx.tokens[j].norm in CLAUSE_END or ctx.token_mention[j] is not None:
                    return False
                if ctx.match(topics, j):
                    return True
        return False

    def _time_of_other_event(self, first: int, unit: Unit, trigger: PhraseMatch, reach: int = 3) -> bool:
        """Round 63: whether a word of an event with a time of its own (lexicon ``other_events``: an expiry, a founding,
        a leaving: "expires", "vyprší", "wygaśnięciu", "founded", "ще напусне") ends within ``reach`` tokens before the
        time (no punctuation between, not inside the relation word): "the agreement with Y expires in 2022", "po
        wygaśnięciu z końcem 2019 roku umowy" tell when that event happens, not when the relation holds."""
        ctx = self.ctx
        if not ctx.lexicon.other_events.patterns:
            return False
        for k in range(first - 1, max(unit.first, first - 1 - reach) - 1, -1):
            if ctx.tokens[k].norm in CLAUSE_END:
                return False
            if trigger.first <= k <= trigger.last:
                return False
            if (length := ctx.phrase_ending_at(ctx.lexicon.other_events, k, (1, 2, 3), unit.first)) \
                    and not (trigger.first <= k - length + 1 <= trigger.last):
                return True
        return self._time_of_membership(first, unit, trigger)

    def _time_of_membership(self, first: int, unit: Unit, trigger: PhraseMatch, reach: int = 6) -> bool:
        """Round 81: whether a membership noun (lexicon ``membership_nouns``: "exit", "излизането", "wyjście") stands
        within ``reach`` tokens before the time, its member and union between ("за излизането на Великобритания от ЕС
        през март 2019 г.", "Britain's exit from the EU in March 2019"; no punctuation, no relation word between): the
        time is the exit's (or accession's), not the talks'."""
        ctx = self.ctx
        for k in range(first - 1, max(unit.first, first - 1 - reach) - 1, -1):
            if ctx.tokens[k].norm in CLAUSE_END or trigger.first <= k <= trigger.last:
                return False
            if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.membership_nouns, k):
                return True
        return False

    def _time_told_apart(self, t: EventTime, first: int, unit: Unit, trigger: PhraseMatch) -> bool:
        """Round 43: whether the time and the relation word stand in different clauses
        (`storyline.dates.event_time.told_apart`)."""
        ctx, lexicon = self.ctx, self.ctx.lexicon
        last = max([i for i in range(first, unit.stop) if ctx.tokens[i].end <= t.end] or [first])
        relation = lexicon.relation(trigger.key)
        return told_apart(
            ctx.tokens, first, last, trigger.first, trigger.last,
            lambda k: any(ctx.match(table, k) for table in (lexicon.complementizers, lexicon.relative, lexicon.relative_pronouns,
                                                            lexicon.clause_conjunctions, lexicon.conditionals)),
            lambda k: bool(ctx.match(lexicon.relative_pronouns, k) or ctx.match(lexicon.relative, k)),
            lambda k: bool(ctx.match(lexicon.setting_relatives, k)),
            relation is not None and is_relation_noun(ctx, relation, trigger),
            is_conjunction=lambda k: bool(ctx.match(lexicon.conjunctions, k)),
            noun_between=lambda k: self._noun_phrase_between(trigger.last + 1, k))

    def _noun_phrase_between(self, start: int, end: int) -> bool:
        """Round 81: whether a place preposition (lexicon ``place_prepositions``: "na", "v", "on", "in") followed by a
        word that is no name stands among tokens ``start``..``end - 1`` (right after a relation noun, before a comma):
        a common noun of its own ("dohodly se na 21měsíčním přechodném období, které …") that a relative clause after
        the comma tells of (a name after it, "the meeting in Berlin, which …", leaves the clause to the relation noun)."""
        ctx = self.ctx
        for k in range(start, end - 1):
            if ctx.tokens[k].norm in CLAUSE_END:
                return False
            if (length := ctx.match(ctx.lexicon.place_prepositions, k)) and k + length < end \
                    and ctx.token_mention[k + length] is None:
                return True
        return False

    def _time_mentions(self, unit: Unit) -> set[int]:
        """Mentions that are only a date, month or year of the sentence, with at most a time word
        before it ("im Februar" with "Februar" tagged LOC, "Anfang März" tagged PER; round 29): a
        time, neither a party nor part of a name; not "Theresa May" (a name word before it)."""
        if (known := self._time_mention_cache.get(unit.index)) is not None:
            return known
        ctx = self.ctx
        tokens = ctx.tokens[unit.first : unit.stop]
        found: set[int] = set()
        before = ctx.lexicon.time.get("year_before") or []
        for t in find_event_times(self.doc.text, tokens, ctx.lexicon.time, self.doc.published):
            if t.kind not in ("date", "month", "year"):
                continue
            span = [i for i in range(unit.first, unit.stop) if t.start <= ctx.tokens[i].start < t.end]
            if not span:
                continue
            for i in span:
                m = ctx.token_mention[i]
                if m is None or m in found:
                    continue
                first, last = ctx.mention_tokens[m]
                if last > span[-1] or first < span[0] - 1:
                    continue
                if first == span[0] - 1 and ctx.tokens[first].norm not in before:
                    continue
                found.add(m)
        self._time_mention_cache[unit.index] = found
        return found

    @staticmethod
    def _nearer_cue(first: int, trigger: PhraseMatch, sources: list[Source]) -> bool:
        """A weekday or "today" in a reported sentence is when it was said ("said on Tuesday that they
        met in May"), unless it is nearer the relation word than any reporting cue ("Tass reported
        that X talked to Y on Monday", "Как сообщает ТАСС, … провёл переговоры … в понедельник":
        the event's day; round 29)."""
        cues = [min(abs(first - s.cue_first), abs(first - s.cue_last)) for s in sources
                if s.kind in ("speech", "publish", "deny", "confirm", "according")]
        if not cues:
            return True
        return min(cues) <= abs(first - trigger.first)

    def _repeated(self, unit: Unit, claim: Claim) -> int | None:
        """The index of a claim of this sentence that already says it: same relation and speaker,
        parties of which one set holds the other, and the same stance or another time. A sentence
        gives one claim per relation between the same parties ("Delmont confirmed this, saying X
        spoke with Y on July 25" is not also a confirmation of the earlier claim's other date)."""
        names = {self.ctx.name(m) for m in claim.participants}
        for position in range(len(self.claims) - 1, -1, -1):
            other = self.claims[position]
            if self.claim_units[position] != unit.index:
                break
            if other.relation != claim.relation or other.speaker != claim.speaker and not (
                    claim.speaker is None and other.speaker is not None and other.id in self._told_settings):
                continue  # (round 80: the meeting an outlet told, once more with no speaker, is one claim)
            if other.stance != claim.stance and other.when == claim.when:
                continue  # ("X denied this, saying they never met": one denial, said twice)
            known = {self.ctx.name(m) for m in other.participants}
            if names <= known or known <= names:
                return position
        return None

    def _append(self, unit: Unit, claim: Claim, anaphoric: bool = False) -> None:
        relation = self.ctx.lexicon.relation(claim.relation)
        claim.summary = summarize(self.ctx, claim, relation.noun if relation else claim.relation)
        if (position := self._repeated(unit, claim)) is not None:
            if self.claims[position].id in self.anaphoric and not anaphoric:
                # the sentence's own words say it better than the claim it points back to
                claim.id = self.claims[position].id
                self.anaphoric.discard(claim.id)
                self.claims[position] = claim
            return
        claim.id = f"{self.doc.id}:{len(self.claims)}"
        if anaphoric:
            self.anaphoric.add(claim.id)
        self.claims.append(claim)
        self.claim_units.append(unit.index)
        if claim.speaker is not None and self.ctx.mention(claim.speaker).type == "PER":
            self.last_speaker = claim.speaker


def _relays_outside(ctx: DocumentContext, sources: list[Source], gap: int = 2) -> list[Source]:
    """Sources in text order, outermost first, with a relay cue right after a named source's
    phrase moved outside it: "Това заяви X, цитиран от ТАСС, …", "said X, quoted by Reuters":
    X speaks, the outlet relays (round 15)."""
    ordered = list(sources)
    for source in sources:
        if source.kind != "according":
            continue
        host = next((o for o in ordered if o is not source and o.mention is not None and o.kind != "according"
                     and o.cue_first < source.cue_first <= max(o.span_last, ctx.mention_tokens[o.mention][1]) + gap), None)
        if host is not None and ordered.index(host) < ordered.index(source):
            ordered.remove(source)
            ordered.insert(ordered.index(host), source)
    return ordered


def extract_claims(doc: Document, lexicon_dir: str | None = None) -> list[Claim]:
    """The claims of one analysed document (text, sentences, mentions, published, language).

    Returns [] for a language without a lexicon or a document without mentions. Claim ids are
    ``f"{doc.id}:{n}"`` in text order."""
    lexicon = _lexicon_of(doc, lexicon_dir)
    if lexicon is None or not doc.mentions or not doc.text.strip():
        return []
    return _Extraction(doc, lexicon, lexicon_dir).run()


class ClaimExtractor:
    """The claims stage: ``ClaimExtractor(settings)(doc) -> doc`` with ``doc.claims`` filled.

    Lexicons come from ``settings.extra["claims_lexicon_dir"]`` when given (a folder of
    ``<language>.toml`` files, same format as the packaged ones), else the packaged lexicons; each
    is read once per process."""

    name = "claims"

    def __init__(self, settings=None):
        extra = getattr(settings, "extra", None) or {}
        self.lexicon_dir = extra.get("claims_lexicon_dir")
        from storyline.claims.lexicon import available_languages

        for language in available_languages(self.lexicon_dir):
            load_lexicon(language, self.lexicon_dir)  # parse once, fail early on a broken file

    def __call__(self, doc: Document) -> Document:
        doc.claims = extract_claims(doc, self.lexicon_dir)
        return doc
