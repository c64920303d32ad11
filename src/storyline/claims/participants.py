"""Participants: the entities a relation holds between.

Taken from the reported content of the sentence (the attribution phrase is not content), near the
relation word and within its clause:

- names of people and organisations; places only when they act (a country as subject or partner,
  "Russia wants to cooperate", "talks with Britain"), not after a preposition of place ("in
  Ukraine") — except for relations whose lexicon entry says places are parties (a visit's
  destination) — nor in a topic phrase ("about the case of Asia Bibi", "по делу …");
- not names that only modify another ("Tesla and SpaceX founder Elon Musk", "Kremlin spokesman",
  "envoy of Putin", "Putin's press secretary", "министр … Дании Андерс Самуэльсен") or a group of
  people ("the US lawyers", "юристы США": lexicon ``people_nouns``), nor lower-case phrases the
  recogniser took for names ("americké katolické církve");
- for a directed relation, not names inside a participle or relative clause describing its
  subject ("профсоюзы, представляющие бортпроводников X, призвали …"), nor after an infinitive
  marker following the one asked ("urge Ukraine to investigate X"); for any relation, not names in a
  complement clause after it ("…казал на канцлерката, че Германия …"), nor after an infinitive
  right after the relation word ("the request to investigate energy company X");
- for a directed relation (invite, request, visit: lexicon ``directed = true``) the agent is the
  nearest party before the relation word and the patient the nearest after it; after a relative
  pronoun ("demonstrators, who demanded …", ``relative_pronouns``) the agent is its antecedent,
  named or not;
- for a symmetric one with more candidates than it needs, the relation word's own arguments:
  the names after "between"/"между" ("talks between X and Y"), else the group after a partner
  preposition ("met with Y") plus the subject group nearest before it ("X and Z met with Y"; an
  inflected name in between is not the subject); never across ", but"/", а"/", ale";
- "the airline", "компанията" (lexicon ``organisation_nouns``) without a name after them: the one
  organisation the document calls so ("the Irish airline Ryanair"; `storyline.claims.nominals`),
  else its clear protagonist organisation; "the union", "odboráři", "профсоюз" (``union_nouns``):
  the trade union the document names (one introduced with such a noun: "профсоюз Forsa"); "the
  ministry", "vládou" (``institution_nouns``, ``government_nouns``): the one body the document
  calls so ("Министерство обороны", "the German government"), else nobody;
- pronouns and role phrases resolved within the document ("he" -> the speaker, "the Russian
  president" -> the person given that role, else the person whose role the speaker holds, else
  the document's clear protagonist);
- a short parenthesis right after a name ("Andrej Babiš (ANO) se setká s …", "Komisja Europejska
  (KE)") says who the name is: it neither ends the clause nor names a party;
- "<relation noun> <inflected owner> <partner preposition> <partner>" ("сотрудничества России с
  Китаем"): the owner and the partner, not the subject of the verb governing the noun;
- "talks on X's exit from Y", "переговоры по выходу X из Y" (lexicon ``membership_nouns``): X and
  Y, when the clause names no other parties;
- for a visit, whom one travels with ("pojechał do Londynu na lunch z X") is a companion, neither
  the visitor nor the place; round 18: a visit in the setting of its speaker's own saying ("said X
  during a visit to Y") has the speaker for visitor (``visitor``, given by the caller);
- round 17: not a place with a house number, a street address ("at 10 Downing Street", "на Даунинг
  стрийт 10"), nor a place owning a topic noun ("the border of Northern Ireland", "hranice Severního
  Irska"; as after its partner word, "границы Великобритании с Ирландией"), nor one owning a group of
  residents or citizens ("z mieszkańcami Łodzi": lexicon ``people_nouns``);
- round 17: two names joined by a hyphen right before the relation noun are its parties ("US-China
  trade talks", "the Acme-Globex deal"); a mediator (lexicon ``mediation``: "mediate between Y and
  Z", "посредничи между") is a party besides the two sides after "between";
- first-person words ("we", "нашите") and a content naming only a partner ("talks with Musk")
  make the speaker a party: "Musk denied speaking to Putin" -> Musk, Putin — but not "I" of a
  relation whose parties "between" names ("I was not on the call between X and Y" -> X, Y).
"""

from __future__ import annotations

import re

from storyline.claims.context import CLAUSE_END, POSSESSIVE_MARKS, QUOTE_MARKS, DocumentContext
from storyline.claims.nominals import entity_of_noun, noun_referent
from storyline.claims.implied import is_relation_noun, they_for_unnamed_people
from storyline.claims.lexicon import PhraseMatch, lexicon_lemmas_of, time_words
from storyline.claims.references import after_preposition, resolve_pronoun, resolve_role

__all__ = ["find_participants", "hyphenated_pair", "membership_pair", "calls_for_action", "group_noun_before", "between_names_parties", "PARTICIPANT_TYPES"]

PARTICIPANT_TYPES = {"PER", "ORG", "LOC"}
_WINDOW_AFTER = 16  # and after it ("talked with officials, including the head of X, Y")
_GROUP_WINDOW_AFTER = 40  # ... or to the end of a coordinated partner group that runs on (_partner_group_end)
_PRONOUN_REACH = 2  # a pronoun names a party only right by the relation word ("spoke with him")
_PLACE_NOUN_REACH = 2  # common nouns between a place preposition and its name ("в столицата Исламабад")
_TOPIC_REACH = 3  # words between a topic preposition and the name it governs ("о деле христианки X")
_CLAUSE_BREAK = {";", "(", ")"}
# what a relative or setting clause does not reach back over to its antecedent: clause breaks,
# sentence ends, quotes and dashes (a comma is the clause's own opening)
_RELATIVE_CLAUSE_STOPS = _CLAUSE_BREAK | {".", ":", "!", "?", "\"", "«", "»", "„", "“", "”", "–", "—"}
_EDITORIAL_BRACKETS = {"[", "]"}  # round 61: words an editor inserted into a quote ("в [резиденции] X")
_APPOSITION_REACH = 6  # words inside a parenthesis right after a name ("Andrej Babiš (ANO)")


def _name_after_adjectives(ctx: DocumentContext, k: int, stop: int, most: int = 2) -> int | None:
    """The name at token ``k`` or after at most ``most`` lower-case adjectives (lexicon
    ``adjective_endings``) from it, before ``stop`` (the exclusive end of the noun's clause): the name a common
    noun before ``k`` titles ("koncern Pfizer", round 12: "firmę farmaceutyczną BioNTech", "компания авиационная
    X"; not the next sentence's first name, where the noun ends one with no final punctuation)."""
    for j in range(k, min(k + most + 1, stop)):
        if ctx.token_mention[j] is not None:
            return ctx.token_mention[j]
        token = ctx.tokens[j]
        if not (token.is_word and token.text[:1].islower() and len(token.norm) > 4 and ctx.lexicon.adjective_endings
                and token.norm.endswith(ctx.lexicon.adjective_endings) and not ctx.match(ctx.lexicon.place_prepositions, j)):
            return None
    return None


def _partner_group_end(ctx: DocumentContext, trigger: PhraseMatch, limit: int, reach: int = 3) -> int:
    """The token after the last name of the coordinated group the relation word's own partner
    preposition or "between" introduces (within ``reach`` words after it), when that group runs on
    past the usual window: "spotka się także m.in. z prezydentem Ukrainy X, sekretarzem ds. energii
    USA Y", "pogovori med ukrajinskim zunanjim ministrom X, ruskim ministrom za energetiko Y in
    podpredsednikom Evropske komisije, pristojnim za energetsko unijo, Z" (role phrases with their
    owners make such a group long). 0 when there is no such group."""
    lexicon = ctx.lexicon
    words = 0
    for k in range(trigger.last + 1, limit):
        if ctx.token_mention[k] is not None or words > reach:
            return 0
        if not ctx.tokens[k].is_word:
            if ctx.tokens[k].norm != ".":
                return 0  # (an abbreviation's dot may stand between: "m.in. z X")
            continue
        if ctx.match(lexicon.reflexive_particles, k):
            continue  # "spotka się z"
        words += 1
        length = ctx.match(lexicon.between, k) or ctx.match(lexicon.partner_prepositions, k)
        if length and not ctx.match(lexicon.reflexives, k):
            chain = _chain_after(ctx, k + length, limit)
            return ctx.mention_tokens[chain[-1]][1] + 1 if len(chain) >= 2 else 0
    return 0


def _saying_before(ctx: DocumentContext, lo: int, trigger: PhraseMatch, speaker: int, reach: int = 2) -> int | None:
    """Round 51: the first token of the speaker's name and their speech verb (lexicon ``speech``, at most
    ``reach`` tokens from the name, either side) standing between ``lo`` and a relation word outside quotes
    after them: "Nord Stream 2 … вреди на Европа, заяви Помпейо на съвместна пресконференция с Y", "…
    harms Europe, Pompeo said at a joint press conference with Y": the names before it are what the speaker
    said, not parties of the relation word after the saying. None otherwise."""
    if ctx.quote_at(trigger.first) is not None:
        return None
    first, last = ctx.mention_tokens[speaker]
    if not lo < first or last >= trigger.first:
        return None
    verbs = [j for j in range(max(lo, first - reach), min(trigger.first, last + 1 + reach))
             if not first <= j <= last and ctx.token_mention[j] is None and ctx.match(ctx.lexicon.speech, j)]
    if not verbs:
        return None
    # round 57: the relation word stands in the saying's own adjunct (a lower-case word right after it, no
    # comma, name, conjunction or complementiser before the word): "…, Pompeo said at a joint press conference
    # with Y", "каза X след среща с Y" — not a parenthetical speaker before the sentence's own predicate
    # ("Acme, X said, will hold talks with Y")
    lexicon = ctx.lexicon
    after = max(verbs[-1] + ctx.match(lexicon.speech, verbs[-1]) - 1, last) + 1
    if after + 1 < trigger.first and ctx.tokens[after].norm == "," and ctx.match(lexicon.complementizers, after + 1):
        after = trigger.first  # (its content clause: "X poinformowała, że podczas rozmowy z Y …" is what X said)
    if after > trigger.first or any(
            ctx.token_mention[j] is not None or not ctx.tokens[j].is_word or not ctx.tokens[j].text[:1].islower()
            or ctx.match(lexicon.conjunctions, j) or ctx.match(lexicon.complementizers, j) for j in range(after, trigger.first)):
        return None
    start = min(verbs[0], first)
    return start if any(ctx.token_mention[j] is not None for j in range(lo, start)) else None


def _second_partner_end(ctx: DocumentContext, trigger: PhraseMatch, hi: int, limit: int, reach: int = 5) -> int:
    """Round 51: the token after the name of a second partner phrase ("<conjunction> <partner preposition>")
    coordinated with the relation word's own partner phrase, when the window ``hi`` cuts it: "o swoich
    spotkaniach z przedstawicielami kampanii X oraz z kierownictwem eurosceptycznej i antyimigracyjnej
    Partii Y", "meetings with representatives of X and with the leadership of Y" (the name over at most
    ``reach`` lower-case words). 0 otherwise."""
    lexicon = ctx.lexicon
    own = next((k for k in range(trigger.last + 1, min(hi, trigger.last + 4))
                if ctx.match(lexicon.partner_prepositions, k) and not ctx.match(lexicon.between, k)), None)
    if own is None:
        return 0
    for j in range(own + 1, hi - 1):
        if ctx.token_mention[j] is not None or not ctx.match(lexicon.conjunctions, j) \
                or ctx.match(lexicon.clause_conjunctions, j):
            continue
        length = ctx.match(lexicon.partner_prepositions, j + 1)
        if not length or ctx.match(lexicon.between, j + 1):
            continue
        m = name_within(ctx, j + 1 + length, limit, reach)
        if m is not None and ctx.mention_tokens[m][1] + 1 > hi:
            return ctx.mention_tokens[m][1] + 1
        return 0
    return 0


def _refuser_before(ctx: DocumentContext, first: int, trigger: PhraseMatch, reach: int = 3) -> int | None:
    """Round 57: the subject of a refusal cue (lexicon ``refusals``) whose object is the relation word, within
    ``reach`` lower-case words before it ("refused to negotiate", "отказался встретиться"; not over a topic
    preposition: "refused to comment on talks"): the name right before the cue (over up to three lower-case
    words: "have long"), or the antecedent of a relative pronoun there ("the Zenco, who have long refused")."""
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    cue = None
    for r in range(trigger.first - 1, max(first, trigger.first - 1 - reach) - 1, -1):
        if ctx.token_mention[r] is not None or not tokens[r].is_word or not tokens[r].text[:1].islower() \
                or ctx.match(lexicon.topic_prepositions, r) or ctx.match(lexicon.complementizers, r):
            return None
        n = ctx.match(lexicon.refusals, r)
        if n and r + n <= trigger.first:
            cue = r
            break
    if cue is None or ctx.match(lexicon.answered, trigger.first):
        return None
    for j in range(cue - 1, max(first, cue - 4) - 1, -1):
        if (m := ctx.token_mention[j]) is not None:
            return m if ctx.mention(m).type in PARTICIPANT_TYPES and not ctx.is_oblique(m) else None
        if not tokens[j].is_word or not tokens[j].text[:1].islower() or ctx.match(lexicon.complementizers, j):
            return None
        if ctx.match(lexicon.relative_pronouns, j):
            if j >= 2 and tokens[j - 1].norm == "," and (m := ctx.token_mention[j - 2]) is not None \
                    and ctx.mention(m).type in PARTICIPANT_TYPES:
                return m
            return None
    return None


def _conditional_main_subject(ctx: DocumentContext, first: int, trigger: PhraseMatch, speaker: int | None,
                              reach: int = 4) -> int | None:
    """Round 51: the name opening the sentence (a state, organisation or person in the base form, not the
    speaker) when the relation word stands in a conditional clause (lexicon ``conditionals``, after a comma, at
    most ``reach`` lower-case words before the word) of the clause that name opens: "Великобритания може да
    избере твърд Брекзит, ако няма сделка с ЕС", "Británie odejde, pokud nebude dohoda s EU". None otherwise."""
    lexicon = ctx.lexicon
    m0 = ctx.token_mention[first]
    if m0 is None or ctx.mention(m0).type not in PARTICIPANT_TYPES or ctx.is_oblique(m0) \
            or (speaker is not None and ctx.name(m0) == ctx.name(speaker)) or not _is_name(ctx, m0):
        return None
    k = trigger.first - 1
    words = 0
    while k > ctx.mention_tokens[m0][1]:
        if (length := ctx.match(lexicon.conditionals, k)) and k > 0 and ctx.tokens[k - 1].norm == "," \
                and k + length <= trigger.first:
            break
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word or not ctx.tokens[k].text[:1].islower() \
                or words >= reach:
            return None
        if _common_subject_between(ctx, k, k + 1):
            # round 64: "Airbus hrozí odchodem z Británie, pokud se země nedohodne s EU": the conditional clause has a
            # subject of its own ("the country"), so the main clause's name is not the side
            return None
        words += 1
        k -= 1
    else:
        return None
    # the main clause between the name and the comma: no other name, no clause of its own
    for j in range(ctx.mention_tokens[m0][1] + 1, k - 1):
        if (n := ctx.token_mention[j]) is not None and ctx.mention(n).type in PARTICIPANT_TYPES:
            return None
        if ctx.tokens[j].norm in {",", ";", ":", "(", ")"}:
            return None
    return m0


def _conditional_after_comma(ctx: DocumentContext, lo: int, trigger: PhraseMatch) -> int | None:
    """Round 64: the position of the conditional conjunction opening the relation word's clause right after a
    comma ("…, pokud se země nedohodne s EU", "…, if X reaches a deal with Y"), None otherwise."""
    for k in range(trigger.first - 1, lo, -1):
        if ctx.tokens[k].norm == ",":
            return None
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.conditionals, k) and ctx.tokens[k - 1].norm == ",":
            return k
    return None


def _common_subject_between(ctx: DocumentContext, start: int, end: int) -> bool:
    """Round 64: whether a common noun that may name a side without a name ("the country", "the government",
    "the company", "the leaders", "the lawyers": lexicon ``place_nouns``, ``government_nouns``,
    ``organisation_nouns``, ``collective_roles``, ``people_nouns``) stands between tokens ``start`` and ``end``."""
    lexicon = ctx.lexicon
    tables = (lexicon.place_nouns, lexicon.government_nouns, lexicon.organisation_nouns, lexicon.collective_roles,
              lexicon.people_nouns)
    return any(ctx.token_mention[k] is None and any(ctx.match(table, k) for table in tables) for k in range(start, end))


def _quote_opening_sentence(ctx: DocumentContext, quote, lo: int) -> int | None:
    """Round 64: the first token inside ``quote`` when its opening mark follows a full stop, question or
    exclamation mark after ``lo`` ("… Y. »Sodelujemo z Y«"): the quote is a sentence of its own. None otherwise."""
    inner = next((k for k in range(lo, len(ctx.tokens)) if ctx.tokens[k].start >= quote.inner_start), None)
    if inner is None:
        return None
    k = inner - 1
    while k > lo and ctx.tokens[k].end <= quote.inner_start and not ctx.tokens[k].is_word \
            and ctx.tokens[k].norm not in {".", "!", "?"}:
        k -= 1  # (the opening mark itself)
    return inner if k > lo and ctx.tokens[k].norm in {".", "!", "?"} else None


def _in_conditional_clause(ctx: DocumentContext, lo: int, trigger: PhraseMatch) -> bool:
    """Round 55: whether the relation word stands in a conditional clause (lexicon ``conditionals``) that
    opens its clause or follows a comma, with no comma between it and the word ("Ако X постигне
    споразумение с Y", "…, if X reaches a deal with Y")."""
    lexicon = ctx.lexicon
    for k in range(trigger.first - 1, lo - 1, -1):
        if ctx.tokens[k].norm == ",":
            return False
        if ctx.token_mention[k] is None and ctx.match(lexicon.conditionals, k) \
                and (k == lo or ctx.tokens[k - 1].norm in {",", "–", "—"} or ctx.tokens[k - 1].norm in CLAUSE_END):
            return True
    return False


def _subordinate_clause_before(ctx: DocumentContext, first: int, lo: int, trigger: PhraseMatch, reach: int = 1,
                               opener: int = 2) -> tuple[int, int] | None:
    """Round 78: the token range of a subordinate clause (opened by a relative or conditional word, lexicon
    ``relative``/``conditionals``, at the sentence's start or after a comma, over at most ``opener`` - 1 words before
    it: "ve kterém", "в който") that a comma closes right before the relation word (over names, the subject after
    the clause, and at most ``reach`` other words): "…, ve kterém se vyslovili pro odchod X, vyzvali Y", "Когато бе
    лидер на партия на X, Z убеди Y". None otherwise."""
    lexicon = ctx.lexicon
    k = trigger.first - 1
    words = 0
    while k >= lo and ctx.tokens[k].norm != ",":
        if ctx.token_mention[k] is not None:
            k = ctx.mention_tokens[ctx.token_mention[k]][0] - 1
            continue
        if not ctx.tokens[k].is_word or words >= reach:
            return None
        words += 1
        k -= 1
    if k < lo:
        return None
    close = k
    j = close - 1
    while j >= first and (ctx.tokens[j].norm not in {",", "–", "—"} and ctx.tokens[j].norm not in CLAUSE_END or (
            # (a decimal comma is no clause's edge: "51,9 procenta")
            ctx.tokens[j].norm == "," and 0 < j < len(ctx.tokens) - 1 and ctx.tokens[j - 1].text.isdigit()
            and ctx.tokens[j + 1].text.isdigit())):
        j -= 1
    start = j + 1
    if start >= close:
        return None
    if any(ctx.token_mention[o] is None and (ctx.match(lexicon.relative, o) or ctx.match(lexicon.conditionals, o))
           for o in range(start, min(start + opener, close))):
        return start, close
    return None


def _no_noun_after(ctx: DocumentContext, k: int) -> bool:
    """Round 55: whether token ``k`` ends a noun phrase: punctuation, a preposition or a conjunction follows."""
    lexicon = ctx.lexicon
    j = k + 1
    if j >= len(ctx.tokens) or not ctx.tokens[j].is_word:
        return True
    return ctx.token_mention[j] is None and any(ctx.match(table, j) for table in (
        lexicon.partner_prepositions, lexicon.place_prepositions, lexicon.topic_prepositions,
        lexicon.addressee_prepositions, lexicon.conjunctions, lexicon.between))


def _colon_list_end(ctx: DocumentContext, trigger: PhraseMatch, limit: int) -> int:
    """Round 51: the token after the last name of a list that a colon in the relation word's clause opens
    and that ends the sentence ("Partnerami Gazpromu jest pięć firm: austriacka A, niemieckie B i C,
    francuska D i E.", "its partners are five companies: A, B, C, D and E."): the members are the parties
    however long the list runs. 0 when there is no such list."""
    colon = next((k for k in range(trigger.last + 1, min(limit, trigger.last + 1 + _WINDOW_AFTER))
                  if not ctx.tokens[k].is_word and ctx.token_mention[k] is None
                  and (ctx.tokens[k].norm == ":" or ctx.tokens[k].norm in CLAUSE_END | _CLAUSE_BREAK)), None)
    if colon is None or ctx.tokens[colon].norm != ":":
        return 0
    chain = _chain_after(ctx, colon + 1, limit)
    if len(chain) < 2 or any(ctx.mention(m).type not in PARTICIPANT_TYPES for m in chain):
        return 0
    end = ctx.mention_tokens[chain[-1]][1] + 1
    return end if end == limit or end < limit and ctx.tokens[end].norm in {".", "!", "?"} else 0


def _second_predicate(ctx: DocumentContext, k: int, trigger: PhraseMatch, hi: int) -> bool:
    """Round 14: "and" at token ``k`` joins a second past-tense verb to the clause after the relation
    word, where a name already stands between them ("на закрытой встрече Джонсон раскритиковал Мэй и
    похвалил президента США Трампа", "Na spotkaniu Nowak skrytykował X i pochwalił Y"): the names
    after that verb are its objects, no parties (languages whose past tense agrees in gender, lexicon
    ``masculine_verb_endings``/``feminine_verb_endings``; a role noun is no verb: "и посла")."""
    return _past_verb_after_and(ctx, k, hi) and any(ctx.token_mention[i] is not None for i in range(trigger.last + 1, k))


def _past_verb_after_and(ctx: DocumentContext, k: int, hi: int) -> bool:
    """Whether "and" at token ``k`` (before ``hi``) joins a past-tense verb in a person's singular form
    that is no relation verb ("… и похвалил", "… i pochwalił"; a reflexive particle may come first; a
    role or place noun is no verb): the start of a second predicate (`_second_predicate`,
    `_predicate_after_unnamed_partner`)."""
    lexicon = ctx.lexicon
    endings = lexicon.singular_verb_endings
    if not endings or k + 1 >= hi or not ctx.match(lexicon.conjunctions, k) or ctx.token_mention[k + 1] is not None:
        return False
    j = k + 1
    if ctx.match(lexicon.reflexive_particles, j) and j + 1 < hi:
        j += 1
    if ctx.match(lexicon.copulas, j) and lexicon.drops_subjects:
        # round 40: an auxiliary first, the participle after the object ("… in je Američanom zagotovil"):
        # the participle within three tokens
        j = next((i for i in range(j + 1, min(j + 4, hi)) if ctx.token_mention[i] is None and _past_participle(ctx, i)), j)
    if not _past_participle(ctx, j):
        return False
    return not (lexicon.relation_heads is not None and ctx.match(lexicon.relation_heads, j))  # ("met X and talked to Y": its own clause decides)


def _past_participle(ctx: DocumentContext, j: int) -> bool:
    """A lower-case word with a singular past-tense ending (lexicon ``singular_verb_endings``) that is no
    role or place noun ("похвалил", "zagotovil")."""
    lexicon = ctx.lexicon
    token = ctx.tokens[j]
    return (token.is_word and token.text.islower() and len(token.norm) >= 5 and token.norm.endswith(lexicon.singular_verb_endings)
            and ctx.role_noun_at(j) is None and not ctx.match(lexicon.place_nouns, j))


def _coordination_before(ctx: DocumentContext, lo: int, first: int) -> int:
    """Round 14: the window start ``lo`` moved back to the first member of a coordinated list of
    names it cuts ("Газпром, E.ON, Wintershall, Shell, OMV и Engie подписали соглашение": six
    subjects push the first out of the window before the verb): only names, commas, conjunctions and
    quotation marks from there to ``lo``, at least one comma or conjunction among them, and the list
    going on at ``lo`` (a name there, or right after separators); a name the window start cuts in two
    only moves back to its first token. Unchanged otherwise (never before ``first``)."""
    if lo <= first or lo >= len(ctx.tokens):
        return lo
    # the list goes on inside the window: a name at ``lo``, or one right after separators there
    k = lo
    while k < min(lo + 3, len(ctx.tokens)) and ctx.token_mention[k] is None and (
            ctx.tokens[k].norm in _LIST_SEPARATORS or ctx.match(ctx.lexicon.conjunctions, k)):
        k += 1
    if k >= len(ctx.tokens) or ctx.token_mention[k] is None:
        return lo
    start, j, crossed = lo, lo - 1, ctx.token_mention[k] is not None and k > lo
    while j >= first:
        if (m := ctx.token_mention[j]) is not None:
            start = j = ctx.mention_tokens[m][0]
            j -= 1
            continue
        if ctx.tokens[j].norm in _LIST_SEPARATORS or ctx.match(ctx.lexicon.conjunctions, j):
            crossed = crossed or ctx.tokens[j].norm not in QUOTE_MARKS
            j -= 1
            continue
        if (title := _title_start(ctx, j, first)) is not None and ctx.token_mention[j + 1] is not None \
                and title > first and ctx.match(ctx.lexicon.conjunctions, title - 1):
            # round 40: "Trump and Chinese leader Xi Jinping have been expected to sign a deal": the member
            # after the conjunction comes with its title
            j = title - 1
            continue
        break
    # (a list: at least one separator between its members; a name cut by the window start alone
    # moves the start back to its first token)
    if start < lo and ctx.token_mention[start] is not None and (crossed or ctx.token_mention[lo] is not None):
        if not crossed:
            return ctx.mention_tokens[ctx.token_mention[lo]][0]
        return start
    return lo


def _title_start(ctx: DocumentContext, j: int, first: int, most: int = 3) -> int | None:
    """Round 40: the first token of a title ending at token ``j`` (a role noun, with up to ``most``
    tokens of roles, articles and state adjectives: "Chinese leader", "the Russian president"), or
    None when token ``j`` ends no role noun."""
    if ctx.token_mention[j] is not None or ctx.role_ending_at(j) is None:
        return None
    start = j - ctx.role_ending_at(j)[1] + 1
    k = start - 1
    while k >= first and start - k <= most and ctx.token_mention[k] is None and (
            ctx.match(ctx.lexicon.articles, k) or ctx.role_ending_at(k) is not None
            or ctx.state_of_adjective(k) is not None):
        start = k
        k -= 1
    return start


def _coordination_across(ctx: DocumentContext, trigger: PhraseMatch, hi: int, stop: int, reach: int = 3) -> int:
    """Round 14: the window end ``hi`` moved past the last member of a coordination it cuts, when a
    word of taking part (lexicon ``participation``: "take part", "участие", "udział") stands between
    the relation word and the group, whose members are then the parties: a name right before "and"
    inside the window and, at most ``reach`` words after the conjunction, a name beyond it ("У
    консультаціях … візьмуть участь міністр енергетики РФ Олександр Новак та представники Газпрому":
    the long role phrase pushes the second member out of the window). Unchanged otherwise."""
    if not any(ctx.match(ctx.lexicon.participation, j) for j in range(trigger.last + 1, hi)):
        return hi
    for j in range(max(1, hi - 2), hi):
        if (ctx.token_mention[j - 1] is None or not ctx.match(ctx.lexicon.conjunctions, j)
                or ctx.match(ctx.lexicon.clause_conjunctions, j)):
            continue
        for k in range(j + 1, min(j + 2 + reach, stop)):
            m = ctx.token_mention[k]
            if m is not None:
                return max(hi, ctx.mention_tokens[m][1] + 1) if k >= hi else hi
            if not ctx.tokens[k].is_word and ctx.tokens[k].norm not in QUOTE_MARKS:
                return hi
    return hi


def _list_run_on(ctx: DocumentContext, trigger: PhraseMatch, hi: int, limit: int) -> int:
    """Round 70: the window end ``hi`` moved past the last member of a list of names it cuts: when the last name
    before it (after the relation word) is already a list member (a comma or conjunction and a name of the same kind
    right before it), the names of that kind joined to it by commas and conjunctions (not a clause's: "but") up to
    ``limit`` are members too ("V dopise X vyslovily výhrady Polsko i Česko, Slovensko, Maďarsko, … a Řecko": all of
    them wrote, not the first two the window reached). Unchanged otherwise."""
    k = hi - 1
    while k > trigger.last and ctx.token_mention[k] is None and (
            ctx.tokens[k].norm == "," or ctx.match(ctx.lexicon.conjunctions, k)):
        k -= 1
    m = ctx.token_mention[k] if k > trigger.last else None
    if m is None:
        return hi
    kind = ctx.mention(m).type
    start, end = ctx.mention_tokens[m]

    def joined_before(j: int) -> bool:  # a same-kind name, then a comma or conjunction, right before token j
        sep = j - 1
        if sep <= trigger.last or not (ctx.tokens[sep].norm == "," or ctx.match(ctx.lexicon.conjunctions, sep)):
            return False
        before = ctx.token_mention[sep - 1]
        return before is not None and ctx.mention(before).type == kind

    if not joined_before(start):
        return hi
    first = start
    while joined_before(first):
        first = ctx.mention_tokens[ctx.token_mention[first - 2]][0]
    if ctx.token_mention[first] in ctx.role_owned or _is_modifier(ctx, ctx.token_mention[first]):
        return hi  # "външните министри на Канада, Япония, Южна Корея": the owners of a role, no parties
    j = end + 1
    while j + 1 < limit and (ctx.tokens[j].norm == "," or ctx.match(ctx.lexicon.conjunctions, j)):
        nxt = ctx.token_mention[j + 1]
        if nxt is None or ctx.mention(nxt).type != kind or ctx.mention_tokens[nxt][1] >= limit:
            break
        end = ctx.mention_tokens[nxt][1]
        j = end + 1
    return max(hi, end + 1)


def _name_parentheses(ctx: DocumentContext, lo: int, hi: int) -> set[int]:
    """Tokens of short parentheses right after a name, from "(" to ")": "Andrej Babiš (ANO) se setká
    s …", "Evropská komise (EK) jedná s …", "Rick Perry (62)". They say who the name is (a party, an
    abbreviation, an age), so they neither end the name's clause nor name a party of their own."""
    inside: set[int] = set()
    k = lo
    while k < hi:
        if ctx.tokens[k].norm == "(" and k > 0 and ctx.token_mention[k - 1] is not None:
            close = next((j for j in range(k + 1, min(hi, k + 2 + _APPOSITION_REACH))
                          if ctx.tokens[j].norm in {")", "(", ".", ";", "!", "?"}
                          and (ctx.tokens[j].norm != "." or ctx.token_mention[j] is None)), None)  # (round 51: "E.On")
            if close is not None and ctx.tokens[close].norm == ")" and close > k + 1:
                # (a role's holder in parentheses stays a name: only the brackets are skipped)
                inside.update((k, close) if _holder_in_parentheses(ctx, k, close) else range(k, close + 1))
                k = close
        k += 1
    return inside


_AFFILIATION = re.compile(r"^[A-Z]-([A-Z]|$)")  # "R-W.Va.", "D-Calif.": a party's initial and a state


def _party_affiliations(ctx: DocumentContext, lo: int, hi: int, reach: int = 6) -> set[int]:
    """Round 40: tokens of a party-and-state tag set off by commas right after a person's name ("Rep.
    David McKinley, R-W.Va., visited …"), from the opening comma to the closing one: it says who the
    person is, it names no party of the relation and ends no clause."""
    inside: set[int] = set()
    for k in range(max(lo, 1), hi - 1):
        if ctx.tokens[k].norm != "," or (m := ctx.token_mention[k - 1]) is None or ctx.mention(m).type != "PER" \
                or not _AFFILIATION.match(ctx.tokens[k + 1].text):
            continue
        close = next((j for j in range(k + 2, min(len(ctx.tokens), k + 2 + reach)) if ctx.tokens[j].norm == ","), None)
        if close is not None:
            inside.update(range(k, close + 1))
    return inside


def _holder_in_parentheses(ctx: DocumentContext, opening: int, close: int) -> bool:
    """Whether the parenthesis holds just a person's name and follows the owner of a role phrase:
    "premiérku Spojeného království (Theresu Mayovou)", "the prime minister of Britain (Theresa
    May)": the name is the role's holder, a party, not something said about the owner."""
    inner = ctx.token_mention[opening + 1]
    owner = ctx.token_mention[opening - 1]
    if inner is None or ctx.mention(inner).type != "PER" or ctx.mention_tokens[inner] != (opening + 1, close - 1):
        return False
    if owner is None or ctx.mention(owner).type == "PER":
        return False
    k = ctx.before_articles(ctx.mention_tokens[owner][0] - 1)
    return k >= 0 and ctx.role_ending_at(k) is not None


def _is_name(ctx: DocumentContext, m: int) -> bool:
    """Whether a mention reads as a name: a phrase of two or more words none of which is capitalised
    ("americké katolické církve", "the catholic church") is a common-noun phrase the recogniser took
    for a name, never a party. (A single lower-case word may be a name: "dpa", "ver.di".)"""
    text = ctx.mention(m).text
    if _people_name(ctx, m):
        return False
    return len(text.split()) < 2 or any(c.isupper() for c in text) or not any(c.islower() for c in text)


def _people_name(ctx: DocumentContext, m: int) -> bool:
    """Round 70: whether a person mention names a people, a group, not one person (`DocumentContext.is_people_name`:
    "Polacy", "Britové", "британци"). Such a group is no party: "May spotkała się z dziesięcioma Polakami" names no
    side the guidelines count (unnamed people). (Not every lower-case person word: a singular one stands for a named
    person, "пакистанката Асия Биби", and a party's members for their party, "koalicja z torysami".)"""
    return ctx.is_people_name(m)


def _is_modifier(ctx: DocumentContext, m: int) -> bool:
    """A name that only modifies another: 'SpaceX founder Elon Musk', 'Tesla and SpaceX
    founder…', 'US President Trump', 'Дании Андерс Самуэльсен', 'главой МИД'."""
    if m in ctx.role_owned:
        return True
    first, last = ctx.mention_tokens[m]
    k = last + 1
    n = len(ctx.tokens)
    mention = ctx.mention(m)
    if ctx.is_possessive(m):
        while k < n and ctx.tokens[k].norm in POSSESSIVE_MARKS and ctx.token_mention[k] is None:
            k += 1
        nxt = ctx.token_mention[k] if k < n else None
        if nxt is None and k + 1 < n and ctx.tokens[k].is_word and ctx.tokens[k].text[:1].islower() \
                and ctx.role_noun_at(k + 1) is not None:
            return True  # "Trump's personal lawyer, Rudy Giuliani": Trump owns the role
        if nxt is None and not (k < n and ctx.role_noun_at(k) is not None):
            # "Dubai's flagship carrier Emirates Airline": a short description between the owner and
            # the name it describes
            j = k
            while j < min(k + 2, n) and ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower():
                if ctx.match(ctx.lexicon.partner_prepositions, j) or ctx.match(ctx.lexicon.place_prepositions, j):
                    break  # "Trump's meeting with Putin": the owner of the relation, not a description
                j += 1
            nxt = ctx.token_mention[j] if j > k and j < n else None
        return nxt is not None or (k < n and ctx.role_noun_at(k) is not None)
    # "A and B founder X": a coordinated name shares the next one's role
    if k + 1 < n and ctx.match(ctx.lexicon.conjunctions, k) and (m2 := ctx.token_mention[k + 1]) is not None:
        return mention.type != "PER" and _is_modifier(ctx, m2)
    if mention.type != "PER":
        if k < n and ctx.role_noun_at(k) is not None:
            return True  # "Tesla CEO", "Kremlin spokesman": the organisation qualifies the role
        if (k + 1 < n and not ctx.is_oblique(m) and not (first > 0 and ctx.match(ctx.lexicon.place_prepositions, first - 1))
                and ctx.token_mention[k] is None and ctx.tokens[k].is_word and ctx.tokens[k].text[:1].islower()
                and (role := ctx.role_noun_at(k + 1)) is not None and k + 1 + role[1] < n
                and (holder := ctx.token_mention[k + 1 + role[1]]) is not None and ctx.mention(holder).type == "PER"):
            return True  # "US energy secretary Rick Perry": one word of the office between its owner and role
        if (mention.type == "LOC" and first > 0 and (owner := ctx.token_mention[first - 1]) is not None
                and owner != m and ctx.mention(owner).type == "ORG" and ctx.is_oblique(m)
                and ctx.tokens[first - 1].is_word):
            # (round 86: not after a dash the recogniser took into the name: "лидерами группы - Чехией, X": a list)
            return True  # "Нафтогазом України", "МВД Италии": an inflected place right after an organisation's name is whose it is
        if _people_noun_next_to(ctx, m, first, k):
            return True  # "the US lawyers", "German officials", "юристы США": whose people they are
        if _lower_case_adjective_of(ctx, m, k):
            return True  # round 40: "с английскими евроскептиками": a state's adjective describing a group
        if _owned_by_collective(ctx, m):
            return False  # "представителями X", "the leaders of the EU": X stands for its people
        if k < n and (m2 := ctx.token_mention[k]) is not None and m2 != m and ctx.mention(m2).type == "PER":
            return True  # "министр иностранных дел Дании Андерс Самуэльсен"
        # the owner of a role noun just before it: "главой МИД", "президента РФ", "главой
        # руководства Англии" (an inflected name after a role and one more word)
        for back in (1, 2):
            j = first - back
            if j < 0 or ctx.token_mention[j] is not None or ctx.tokens[j].norm in {",", ".", ";", ":"}:
                break
            if ctx.role_ending_at(j) is not None and (back == 1 or ctx.is_oblique(m)
                                                     or ctx.match(ctx.lexicon.owner_words, first - 1)):
                return True  # ("den Präsidenten der Ukraine": the owner word "der" between)
            if ctx.match(ctx.lexicon.place_prepositions, j) or ctx.match(ctx.lexicon.partner_prepositions, j):
                break
    elif k < n and (role := ctx.role_noun_at(k)) is not None and not ctx.is_oblique(m):
        # (round 76: not an inflected person, which no role takes as a modifier: "řekl po schůzce s Janem Novákem
        # premiér Petr Dvořák", the partner of the meeting, then the speaker with his role)
        after = k + role[1]
        for j in range(after, min(after + 3, n)):
            m2 = ctx.token_mention[j]
            if m2 is not None and ctx.mention(m2).type == "PER":
                return True
    return False


_LIST_SEPARATORS = {",", *QUOTE_MARKS}  # between the members of a list of names


def _names_a_thing(ctx: DocumentContext, m: int) -> bool:
    """Whether a name that is not a person's stands right after a noun of a thing (lexicon
    ``thing_nouns``, over quotation marks: "газопровода «Северный поток — 2»", "szczepionki Sputnik
    V") or right before one ("the Nord Stream 2 pipeline", "the Supreme Court decision"): products
    and events are never parties. (A person next to such a noun ends or starts a phrase: "премиера
    Бойко Борисов самолет …" is the premier, then the plane; "the plan Trump announced".)"""
    if ctx.mention(m).type == "PER":
        return False
    first, last = ctx.mention_tokens[m]
    k = first - 1
    while k >= 0 and ctx.tokens[k].norm in QUOTE_MARKS:
        k -= 1
    if k >= 0 and ctx.token_mention[k] is None and ctx.role_ending_at(k) is None and _thing_noun_ending_at(ctx, k):
        return True
    if _maker_of_thing(ctx, k):
        return True
    if _rule_noun_ending_at(ctx, first - 1):
        return True
    if ctx.is_oblique(m):
        return False  # "виробленого із Брюсселем проекту угоди": an inflected name modifies no noun after it
    k = last + 1
    while k < len(ctx.tokens) and ctx.tokens[k].norm in QUOTE_MARKS:
        k += 1
    return k < len(ctx.tokens) and ctx.token_mention[k] is None and bool(ctx.match(ctx.lexicon.thing_nouns, k))


def _maker_of_thing(ctx: DocumentContext, k: int, adjectives: int = 1) -> bool:
    """Round 97: whether token ``k``, right before a name, is a company noun (lexicon ``organisation_nouns``) that
    owns a thing before it — a thing noun or a named thing, over at most ``adjectives`` lower-case words:
    "закупівлю вакцини Zencovac китайської компанії Acme", "szczepionki firmy Acme". The name after it is the
    thing's maker, part of the thing's description, not a party of the relation (as the name right after a
    thing noun is the thing itself, `_names_a_thing`). One word at most: two may be the relation's own words
    ("Вакцина спільного виробництва компанії Акме та концерну Глобекс": the makers cooperate, round 55)."""
    if k < 1 or ctx.token_mention[k] is not None or not ctx.match(ctx.lexicon.organisation_nouns, k):
        return False
    j, words = k - 1, 0
    while j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower() \
            and words < adjectives and not ctx.match(ctx.lexicon.thing_nouns, j):
        j, words = j - 1, words + 1
    while j >= 0 and ctx.tokens[j].norm in QUOTE_MARKS:
        j -= 1
    if j < 0:
        return False
    thing = ctx.token_mention[j]
    if thing is None:
        return ctx.role_ending_at(j) is None and _thing_noun_ending_at(ctx, j)
    return ctx.mention(thing).type != "PER" and _names_a_thing(ctx, thing)


def _owner_of_organisation_name(ctx: DocumentContext, m: int) -> bool:
    """Round 101: whether place ``m`` follows an organisation's name over one owner word alone (lexicon ``owner``:
    "на", "of"): "Партията за независимост на Великобритания", "the Independence Party of Maronia". The place
    belongs to the organisation's name (or owns it, on the same side): the organisation is the party, the
    place no side of its own."""
    if ctx.mention(m).type != "LOC":
        return False
    k = ctx.mention_tokens[m][0] - 1
    if k < 1 or ctx.token_mention[k] is not None or not ctx.match(ctx.lexicon.owner_words, k) == 1:
        return False
    before = ctx.token_mention[k - 1]
    return before is not None and ctx.mention(before).type == "ORG"


def _rule_noun_ending_at(ctx: DocumentContext, k: int) -> bool:
    """Round 101: whether the tokens ending at ``k``, right before a name, are a noun of rules, norms or standards
    with its "of" where the language has one (lexicon ``rule_nouns``: "pravidel", "правилата на", "rules of the"):
    the name after it owns the rules — "obchodovaly na základě pravidel Světové obchodní organizace", "trade on
    the rules of the WTO" — what the relation is about, never one of its parties."""
    length = ctx.phrase_ending_at(ctx.lexicon.rule_nouns, k, (1, 2, 3))
    return length > 0 and all(ctx.token_mention[j] is None for j in range(k - length + 1, k + 1))


def _thing_noun_ending_at(ctx: DocumentContext, k: int) -> bool:
    return ctx.phrase_ending_at(ctx.lexicon.thing_nouns, k, (1, 2)) > 0


def _partner_of_topic_noun(ctx: DocumentContext, head: int, trigger: PhraseMatch) -> int | None:
    """Whether the coordinated group starting at mention ``head`` follows a partner word ("with",
    "between", "с", "между") that belongs to a topic noun before it (lexicon ``topic_nouns``:
    "relations between Washington and London", "границата със Северна Ирландия"): what is talked
    about, not the relation's parties (the relation word's own partner word is the trigger's). Returns
    the topic noun's token, or None."""
    k = ctx.mention_tokens[head][0] - 1
    while k >= 0 and (ctx.match(ctx.lexicon.articles, k) or ctx.tokens[k].norm in QUOTE_MARKS):
        k -= 1  # ("по борьбе с «Исламским государством»")
    if k < 1 or trigger.first <= k <= trigger.last or ctx.token_mention[k] is not None or not (
            ctx.match(ctx.lexicon.partner_prepositions, k) or ctx.match(ctx.lexicon.between, k)):
        return None
    j = ctx.before_articles(k - 1)
    while j >= 0 and ctx.tokens[j].norm in QUOTE_MARKS:
        j = ctx.before_articles(j - 1)  # round 73: a quoted topic noun ('"twardej granicy" między X i Y')
    if j >= 0 and (owner := ctx.token_mention[j]) is not None \
            and (noun := _owning_topic_noun(ctx, owner, trigger)) is not None:
        # round 17: "границы Великобритании с Республикой Ирландия": the topic noun's owner stands between
        return noun
    if j >= 0 and not trigger.first <= j <= trigger.last and ctx.token_mention[j] is None \
            and (ctx.match(ctx.lexicon.topic_nouns, j) or ctx.match(ctx.lexicon.model_words, j)):
        # round 101: a model word's partner names the model compared with ("споразумението с ЕС по модела с
        # Канада", "the deal on the model with Norway"), not a side of the deal
        return j
    return None


def _owning_topic_noun(ctx: DocumentContext, head: int, trigger: PhraseMatch) -> int | None:
    """Round 17: the token of a topic noun (lexicon ``topic_nouns``) the name at mention ``head`` (a
    place, where `find_participants` asks) owns: right before it over an owner word ("the border of Northern Ireland", "границата на
    Северна Ирландия") or, in a language marking case, as an inflected name right after it
    ("hranice Severního Irska", "кордонів Північної Ірландії"). None otherwise, and for a word of
    the relation itself."""
    k = ctx.before_articles(ctx.mention_tokens[head][0] - 1)
    owner = k >= 1 and ctx.token_mention[k] is None and bool(ctx.match(ctx.lexicon.owner_words, k))
    if owner:
        k = ctx.before_articles(k - 1)
    elif not (ctx.lexicon.owner_genitive and ctx.is_oblique(head)):
        return None
    if k < 0 or trigger.first <= k <= trigger.last or ctx.token_mention[k] is not None \
            or not ctx.match(ctx.lexicon.topic_nouns, k):
        return None
    return k


def _people_noun_next_to(ctx: DocumentContext, m: int, first: int, after: int) -> bool:
    """Whether a noun of a group of people (lexicon ``people_nouns``, or an unnamed source noun:
    "officials", "diplomats") follows the mention (token ``after``: "the US lawyers") or stands right
    before it as its owner — a state or the document's protagonist organisation, their employer
    ("юристы США", "пилотам Ryanair"; not "Organizacja hiszpańskich pilotów SEPLA", the pilots' own
    organisation)."""
    lexicon = ctx.lexicon
    if after < len(ctx.tokens) and ctx.token_mention[after] is None and (
            ctx.match(lexicon.people_nouns, after) or ctx.match(lexicon.anonymous, after)):
        return True
    before = first - 1
    if before < 0 or ctx.token_mention[before] is not None or not ctx.match(lexicon.people_nouns, before):
        return False
    if ctx.mention(m).type == "LOC":
        return True
    protagonist = ctx.most_salient_organisation(set())
    return protagonist is not None and ctx.name(protagonist) == ctx.name(m)


def _lower_case_adjective_of(ctx: DocumentContext, m: int, after: int) -> bool:
    """Round 40: whether the place mention ``m`` is one lower-case word (a state's adjective the
    recogniser took for the state: "английскими", "střední") right before a plain lower-case word
    that is no noun of a government, institution or organisation ("с английскими евроскептиками"):
    it describes a group of people or a thing, it is no party ("британското правителство" is the
    state's government, the state)."""
    text = ctx.mention(m).text
    lexicon = ctx.lexicon
    if ctx.mention(m).type != "LOC" or " " in text.strip() or not text[:1].islower():
        return False
    if after >= len(ctx.tokens) or not _plain_word(ctx, after):
        return False
    return not any(ctx.match(table, after) for table in (
        lexicon.government_nouns, lexicon.institution_nouns, lexicon.organisation_nouns, lexicon.collective_roles,
        lexicon.union_nouns))


def _house_number(ctx: DocumentContext, k: int) -> bool:
    """Whether token ``k`` is a house number: one to three digits, perhaps with a letter ("10", "221b")."""
    if not 0 <= k < len(ctx.tokens) or ctx.token_mention[k] is not None:
        return False
    text = ctx.tokens[k].text
    digits = text[:-1] if text[-1:].isalpha() else text
    return 0 < len(digits) <= 3 and digits.isascii() and digits.isdigit()


def _street_address(ctx: DocumentContext, m: int) -> bool:
    """Round 17: whether a place's name comes with a house number ("Даунинг стрийт 10", "ul. Wiejska
    4") or after a place preposition and one ("at 10 Downing Street"): a street address, the venue
    of a relation, never its party. (A number of a list, "the 3 Baltic states", stands before no
    place preposition; a number before a time word is a date or a duration: "talks with X 10 March",
    "с Y 10 марта", "X 10 days ago".)"""
    first, last = ctx.mention_tokens[m]
    if _house_number(ctx, last + 1) and not (last + 2 < len(ctx.tokens) and (
            ctx.tokens[last + 2].text in {"%", "-", "–"} or time_words(ctx.lexicon).match_at(ctx.tokens, last + 2))):
        return True
    return _house_number(ctx, first - 1) and first >= 2 and bool(ctx.match(ctx.lexicon.place_prepositions, first - 2))


def _owned_by_collective(ctx: DocumentContext, m: int, reach: int = 6, stop: range = range(0)) -> bool:
    """Whether a plural role noun standing for an organisation's people governs the name: "with
    representatives of X", "Лидерите на страните членки на ЕС" (no other name or punctuation
    between, and no person named right after, who would be the one meant; round 64: never across the
    relation word ``stop``: "Przywódcy unijni rozmawiali w Brukseli": the leaders talked in X, X owns no one). The noun
    stands in the name's sentence (`DocumentContext.sentence_first`): one ending the sentence before owns nothing."""
    first, last = ctx.mention_tokens[m]
    if last + 1 < len(ctx.tokens) and (after := ctx.token_mention[last + 1]) is not None and ctx.mention(after).type == "PER":
        return False
    lo = ctx.sentence_first(first)
    for k in range(first - 1, max(first - 1 - reach, lo - 1), -1):
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word or k in stop:
            return False
        if ctx.match(ctx.lexicon.collective_roles, k):
            # "главой руководства Англии": the head of the leadership is one person, Англия owns it
            return k == 0 or ctx.role_ending_at(k - 1) is None
    return False


def _unnamed_group_at(ctx: DocumentContext, k: int, stop: int, reach: int = 3) -> bool:
    """Round 64: whether the people a collective role noun names just before token ``k`` are owned by no
    name: no name (nor a noun the document names a body by: "the union", "the government") within ``reach``
    words after it, over articles, owner words ("of", "на"), origin prepositions ("ministers from X") and
    adjectives ("przedstawicielami związków",
    "representatives of the workers"); a punctuation mark or ``stop`` (the exclusive end of the noun's clause: the
    next sentence's first name, where this one has no final punctuation, owns no group of it) also ends the group."""
    lexicon = ctx.lexicon
    tables = (lexicon.union_nouns, lexicon.organisation_nouns, lexicon.government_nouns, lexicon.institution_nouns)
    for j in range(k, min(k + reach, stop)):
        if ctx.token_mention[j] is not None or any(ctx.match(table, j) for table in tables) \
                or ctx.role_noun_at(j) is not None:
            return False
        token = ctx.tokens[j]
        if not token.is_word:
            return True
        if ctx.match(lexicon.articles, j) or ctx.match(lexicon.owner_words, j) or ctx.match(lexicon.origin_prepositions, j) or (
                token.text[:1].islower() and len(token.norm) > 4 and lexicon.adjective_endings
                and token.norm.endswith(lexicon.adjective_endings)):
            continue
        return True
    return True


def _item_after_listed_names(ctx: DocumentContext, trigger: PhraseMatch) -> bool:
    """Round 64: whether the relation word follows a comma closing a list of names ("X, Y, Z, the talks
    on …", "във Франция, Германия, Австрия, преговорите"): the name before the comma follows a comma or
    a conjunction itself."""
    k = ctx.before_articles(trigger.first - 1)  # (over articles: "…, Borevia, the talks on …")
    if k < 1 or ctx.tokens[k].norm != "," or (m := ctx.token_mention[k - 1]) is None:
        return False
    j = ctx.mention_tokens[m][0] - 1
    return j >= 1 and ctx.token_mention[j - 1] is not None and (
        ctx.tokens[j].norm == "," or bool(ctx.match(ctx.lexicon.conjunctions, j)))


def _coordinated_before(ctx: DocumentContext, m: int) -> int | None:
    """The name coordinated right before ``m`` ("X и m", "X, m и Z"), if any: a comma counts only
    in a group closed by a conjunction, so "in Moscow, Putin met" is no group."""
    k = ctx.mention_tokens[m][0] - 1
    if k < 1 or (previous := ctx.token_mention[k - 1]) is None:
        return None
    if ctx.match(ctx.lexicon.conjunctions, k) and not ctx.match(ctx.lexicon.clause_conjunctions, k):
        return previous
    if ctx.tokens[k].norm == "," and _conjoined_after(ctx, m):
        return previous
    return None


def _conjoined_after(ctx: DocumentContext, m: int) -> bool:
    """Whether the names after ``m`` continue a coordination closed by a conjunction ("m, Y и Z"), in its sentence
    (`DocumentContext.sentence_stop`: not one the next sentence opens, where this one has no final punctuation)."""
    k = ctx.mention_tokens[m][1] + 1
    stop = ctx.sentence_stop(k - 1)
    while k + 1 < stop:
        nxt = ctx.token_mention[k + 1]
        if ctx.match(ctx.lexicon.conjunctions, k) and not ctx.match(ctx.lexicon.clause_conjunctions, k) and (
                nxt is not None or (k + 2 < stop and ctx.token_mention[k + 2] is not None
                                    and ctx.match(ctx.lexicon.place_prepositions, k + 1))):
            return True  # (the preposition may be repeated before the last name: "v X, Y a v Z")
        if nxt is None:
            return False
        if ctx.tokens[k].norm != ",":
            return False
        k = ctx.mention_tokens[nxt][1] + 1
    return False


def _group_head(ctx: DocumentContext, m: int, excluded: set[int] = frozenset()) -> int:
    """The first name of the coordinated group ``m`` belongs to: a preposition before the group
    governs every name in it ("към Великобритания, Канада и САЩ", "в Москве и Киеве"). A name of
    the attribution (``excluded`` tokens) is no member (round 12: "По данным ТАСС, X и Y
    встретились": "по" governs TASS only)."""
    seen = {m}
    while (previous := _coordinated_before(ctx, m)) is not None and previous not in seen \
            and ctx.mention_tokens[previous][0] not in excluded:
        seen.add(previous)
        m = previous
    return m


def _preceded_by(ctx: DocumentContext, m: int, patterns, reach: int = 0, stop: range = range(0),
                 place_nouns: bool = False) -> bool:
    """Whether one of ``patterns`` stands before the mention, over articles and at most
    ``reach`` other words (with ``place_nouns``: only the lexicon's place nouns, "в столицата
    Исламабад"; never across the tokens in ``stop``: the relation word)."""
    def unnamed_outside_stop(j: int) -> bool:  # where a phrase of several words may start
        return j not in stop and ctx.token_mention[j] is None

    k = ctx.mention_tokens[m][0] - 1
    skipped = 0
    place_noun = False  # round 64: a place noun skipped; an adjective before it is of the place phrase too
    while k >= 0 and k not in stop:
        if ctx.match(ctx.lexicon.articles, k) or ctx.tokens[k].norm in _EDITORIAL_BRACKETS:
            k -= 1  # (round 61: an editor's brackets are no word: "в [резиденции] Чекерс")
            continue
        if ctx.match(patterns, k) or ctx.phrase_ending_at(patterns, k, (4, 3, 2), 0, unnamed_outside_stop):
            return True  # (round 59: or a pattern of several words ending there: "по отношению к X", "w stosunku do X")
        if (ctx.token_mention[k] is not None or ctx.tokens[k].norm in {",", ".", ";", ":"} or skipped >= reach
                or ctx.match(ctx.lexicon.partner_prepositions, k)
                # another preposition nearer the name governs it: "молба за помощ към Канада"
                or ctx.match(ctx.lexicon.place_prepositions, k) or ctx.match(ctx.lexicon.addressee_prepositions, k)
                # (round 64: an adjective before the place noun: "във воената академия X", "na północnym wschodzie X")
                or (place_nouns and not ctx.match(ctx.lexicon.place_nouns, k) and not (place_noun and _adjective(ctx, k)))
                # round 23: a time word between governs the preposition: "on Monday X met Y", "over
                # the weekend X signed a deal with Y", "o víkendu X jednal s Y" (no topic "on X")
                or time_words(ctx.lexicon, relative=False).match_at(ctx.tokens, k)):
            return False  # "о диалоге с Путиным": the partner of the talks, not the topic
        place_noun = place_noun or (place_nouns and bool(ctx.match(ctx.lexicon.place_nouns, k)))
        skipped += 1
        k -= 1
    return False


def _topic_apposition(ctx: DocumentContext, m: int, trigger: PhraseMatch) -> bool:
    """Round 86: whether the name stands in an apposition of common nouns set off by a comma from a topic phrase
    after the relation word: a topic preposition, at most ``_TOPIC_REACH`` lower-case words, a comma, at most
    ``_TOPIC_REACH`` lower-case words, the name ("переговоры с X по поводу многодетной матери, христианки Y",
    "talks with X about a mother of five, the Christian Y"): Y is what the talks are about, as without the
    comma ("о деле христианки Y", `_preceded_by`). Never across a name, another punctuation mark, a partner or
    place preposition, a conjunction or the relation word."""
    lexicon = ctx.lexicon
    k = ctx.mention_tokens[m][0] - 1
    skipped = 0
    while k > trigger.last and ctx.tokens[k].norm != ",":
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word or not ctx.tokens[k].text[:1].islower() \
                or skipped >= _TOPIC_REACH or ctx.match(lexicon.conjunctions, k) \
                or ctx.match(lexicon.partner_prepositions, k) or ctx.match(lexicon.place_prepositions, k) \
                or ctx.match(lexicon.topic_prepositions, k) or ctx.match(lexicon.relative, k):
            return False
        skipped += 1
        k -= 1
    if k <= trigger.last or skipped == 0:
        return False  # (no apposition noun between the comma and the name: a list "about X, Y")
    k -= 1
    skipped = 0
    while k > trigger.last:
        if ctx.phrase_ending_at(lexicon.topic_prepositions, k, (4, 3, 2, 1), trigger.last + 1, ctx.unnamed_token):
            return skipped > 0  # (a noun between the preposition and the comma: "о X, Y" is a list of topics)
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word or not ctx.tokens[k].text[:1].islower() \
                or skipped >= _TOPIC_REACH or ctx.match(lexicon.conjunctions, k) \
                or ctx.match(lexicon.partner_prepositions, k) or ctx.match(lexicon.place_prepositions, k):
            return False
        skipped += 1
        k -= 1
    return False


def _topic_pair(ctx: DocumentContext, m: int, trigger: PhraseMatch, reach: int = 5) -> bool:
    """Round 50: whether the mention is one of a pair "X <partner preposition> Y" after the relation word
    whose X a topic preposition governs over at most ``reach`` words ("hovořila o své představě budoucího
    partnerství X s Y", "talked about her vision of a partnership of X with Y"): both names are what is
    talked about, not parties."""
    lexicon = ctx.lexicon
    start, end = ctx.mention_tokens[m]
    owner = None
    if start >= 2 and ctx.match(lexicon.partner_prepositions, start - 1) == 1:
        owner = ctx.token_mention[start - 2]
    if owner is None and end + 2 < len(ctx.tokens) and ctx.match(lexicon.partner_prepositions, end + 1) == 1 \
            and ctx.token_mention[end + 2] is not None:
        owner = m
    if owner is None or ctx.mention_tokens[owner][0] <= trigger.last:
        return False
    return _preceded_by(ctx, owner, lexicon.topic_prepositions, reach, range(trigger.first, trigger.last + 1))


def _in_topic_phrase(ctx: DocumentContext, m: int, trigger: PhraseMatch, lead: int = 1, reach: int = 14) -> bool:
    """Round 51: whether the mention stands inside the topic phrase a topic preposition opens right after the
    relation word (over at most ``lead`` lower-case words): "rozmawiać także o reakcji UE na próbę zamachu w
    X na pułkownika Y", "talked about the response to the attack in X on a colonel of Y": a name a place
    preposition inside the phrase governs is what is talked about. The phrase ends at punctuation, a partner
    preposition ("about trade with X"), a conjunction, a role or collective noun (a genitive agent may follow:
    "talks on Brexit of representatives of X and Y"), a clause word, a membership noun or after ``reach``
    words."""
    lexicon = ctx.lexicon
    start = ctx.mention_tokens[m][0]
    k, skipped = trigger.last + 1, 0
    while k < start and not (length := ctx.match(lexicon.topic_prepositions, k)):
        if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None or not ctx.tokens[k].text[:1].islower() \
                or ctx.match(lexicon.partner_prepositions, k) or skipped >= lead:
            return False
        skipped += 1
        k += 1
    if k >= start or start - k > reach:
        return False
    j = k + length
    if j >= start:
        return False  # the name right after the preposition: _preceded_by's case
    place = None  # the last place preposition inside the phrase
    while j < start:
        if ctx.token_mention[j] is not None:
            j = ctx.mention_tokens[ctx.token_mention[j]][1] + 1
            place = None
            continue
        if not ctx.tokens[j].is_word or ctx.match(lexicon.partner_prepositions, j) or ctx.match(lexicon.conjunctions, j) \
                or ctx.match(lexicon.collective_roles, j) or ctx.role_noun_at(j) is not None \
                or any(ctx.match(words, j) for words in (lexicon.relative, lexicon.complementizers, lexicon.conditionals,
                                                         lexicon.reflexive_particles, lexicon.membership_nouns)):
            return False  # (a membership noun: "talks on X's exit from Y" name their sides, membership_pair)
        if ctx.match(lexicon.place_prepositions, j):
            place = j
        j += 1
    # (only a name a place preposition inside the phrase governs, over at most two words: "o reakcji na
    # zamach w mieście X"; a genitive owner may be the relation's own side: "домовленість про закупівлю
    # вакцини компанії X"; nor the first of a hyphenated pair: "переговоры по газу в формате X-Y-Z")
    end = ctx.mention_tokens[m][1]
    hyphenated = end + 2 < len(ctx.tokens) and ctx.tokens[end + 1].norm in {"-", "–", "—"} \
        and ctx.token_mention[end + 2] is not None
    return place is not None and start - place - 1 <= _PLACE_NOUN_REACH and not hyphenated


def _counterparts_from(ctx: DocumentContext, m: int, trigger: PhraseMatch, reach: int = 3) -> bool:
    """Round 76: whether the place is named after the unnamed counterparts, colleagues, partners or allies a relation
    word takes ("met his counterparts from X and Y", "заяви след среща с колегите си от Литва, Латвия и Естония",
    "диалог с партньорите си от Вашингтон"): an origin preposition (lexicon ``origin_prepositions``) right before the
    name, a counterpart
    noun (lexicon ``counterpart_nouns``) before it over possessives and reflexives, and a partner or addressee
    preposition at most ``reach`` words before that, not before the relation word. The place is the side; not when a
    person is named right after it ("s kolegou z X Janem Y": the person is)."""
    lexicon = ctx.lexicon
    if not lexicon.counterpart_nouns.patterns:
        return False
    first, end = ctx.mention_tokens[m]
    k = first - 1
    if k < 1 or ctx.token_mention[k] is not None or not ctx.match(lexicon.origin_prepositions, k):
        return False  # (not "in": round 41's "rozmawia z partnerami w Europie" are firms somewhere in Europe)
    if end + 1 < len(ctx.tokens) and (after := ctx.token_mention[end + 1]) is not None and ctx.mention(after).type == "PER":
        return False
    j = k - 1
    while j > trigger.last and (ctx.match(lexicon.possessive_pronouns, j) or ctx.match(lexicon.reflexive_particles, j)):
        j -= 1
    if j < trigger.first or ctx.token_mention[j] is not None or not ctx.match(lexicon.counterpart_nouns, j):
        return False
    words = 0
    for i in range(j - 1, max(trigger.first, j - 1 - reach * 2) - 1, -1):
        if ctx.token_mention[i] is not None or not ctx.tokens[i].is_word:
            return False
        if ctx.match(lexicon.partner_prepositions, i) or ctx.match(lexicon.addressee_prepositions, i):
            return True
        if not (ctx.match(lexicon.possessive_pronouns, i) or ctx.match(lexicon.reflexive_particles, i)
                or ctx.match(lexicon.conjunctions, i) or ctx.match(lexicon.counterpart_nouns, i)):
            words += 1
            if words > reach:
                return False
    return False


def _they_antecedents(ctx: DocumentContext, k: int, opening: int = 8) -> list[int]:
    """Round 76: the names "they" at ``k`` stands for: the names before it in its own sentence when they are joined as
    one group (a list, "X and Y", or "X … with Y" with at most five words between and no punctuation but the list's
    commas) and nothing else is named there ("BioNTech працювала з компанією Pfizer …, тож у березні вони
    домовилися"); else, when its sentence names nobody before it, a list of two or more names starting within
    ``opening`` tokens of the sentence before ("Четири основни държави - Германия, Франция, Нидерландия и Италия, …
    Те подписаха сделка с X"). Otherwise none."""
    unit = ctx.unit_position(k)
    if unit < 0:
        return []
    first = ctx.units[unit].first
    before = [m for m in ctx.mentions_in(first, k) if ctx.mention(m).type in PARTICIPANT_TYPES]
    if before:
        if len(before) >= 2 and _joined_group(ctx, before) and ctx.mention_tokens[before[0]][0] - first <= opening:
            return before
        return []
    if unit == 0:
        return []
    previous = ctx.units[unit - 1]
    names = [m for m in ctx.mentions_in(previous.first, previous.stop) if ctx.mention(m).type in PARTICIPANT_TYPES]
    if not names or ctx.mention_tokens[names[0]][0] - previous.first > opening:
        return []
    group = [names[0]]
    for m in names[1:]:
        end, start = ctx.mention_tokens[group[-1]][1], ctx.mention_tokens[m][0]
        if all(ctx.tokens[j].norm == "," or ctx.match(ctx.lexicon.conjunctions, j) for j in range(end + 1, start)) \
                and start > end + 1:
            group.append(m)
        else:
            break
    return group if len(group) >= 2 and len({ctx.name(m) for m in group}) == len(group) else []


def _joined_group(ctx: DocumentContext, names: list[int], reach: int = 5) -> bool:
    """Round 76: whether consecutive names are joined as one group: by list commas and conjunctions only, or by a
    partner preposition with at most ``reach`` plain words between ("X працювала з американською компанією Y")."""
    for a, b in zip(names, names[1:]):
        end, start = ctx.mention_tokens[a][1], ctx.mention_tokens[b][0]
        between = range(end + 1, start)
        if not between:
            return False
        if all(ctx.tokens[j].norm == "," or ctx.match(ctx.lexicon.conjunctions, j) for j in between):
            continue
        if len(between) <= reach + 1 and any(ctx.match(ctx.lexicon.partner_prepositions, j) for j in between) \
                and all(ctx.tokens[j].is_word for j in between):
            continue
        return False
    return True


def _named_after(ctx: DocumentContext, j: int) -> bool:
    """Round 90: whether a naming phrase (``naming_phrases``) at token ``j`` is followed by a name ("firmą o nazwie X",
    "a company called X"): the noun before is X, not the document's protagonist organisation."""
    length = ctx.match(ctx.lexicon.naming_phrases, j)
    if not length:
        return False
    k = j + length
    while k < len(ctx.tokens) and ctx.token_mention[k] is None and ctx.tokens[k].norm in QUOTE_MARKS:
        k += 1
    return k < len(ctx.tokens) and ctx.token_mention[k] is not None


def _after_naming_phrase(ctx: DocumentContext, m: int) -> bool:
    """Round 90: whether a naming phrase (lexicon ``naming_phrases``: "o nazwie", "под названием", "called") ends right
    before the mention, over articles and quote marks: "z firmą o nazwie X" — X is what the company is called (its
    "o" is no topic preposition)."""
    k = ctx.mention_tokens[m][0] - 1
    while k >= 0 and ctx.token_mention[k] is None and (
            ctx.match(ctx.lexicon.articles, k) or ctx.tokens[k].norm in QUOTE_MARKS):
        k -= 1
    return k >= 0 and ctx.phrase_ending_at(ctx.lexicon.naming_phrases, k, (1, 2, 3, 4)) > 0


def _meeting_place(ctx: DocumentContext, m: int) -> bool:
    """Round 50: whether the place mention follows a place preposition right after a meeting noun
    (lexicon ``setting_nouns``): "at the summit in X", "na szczycie w X", "на срещата във X": the
    meeting's setting, not a party (a visit's place is one)."""
    k = ctx.before_articles(ctx.mention_tokens[m][0] - 1)
    if k < 1 or not ctx.match(ctx.lexicon.place_prepositions, k):
        return False
    return ctx.match(ctx.lexicon.setting_nouns, k - 1) == 1


def _destination_after_object(ctx: DocumentContext, m: int, trigger: PhraseMatch, reach: int = 6) -> bool:
    """Round 90: whether the place mention, after an invitation word, follows a place preposition that
    itself follows the invited one written as a common noun phrase: "pozvat britskou delegaci zpět do X",
    "invite the delegation to X", "пригласить делегацию в X": where the invited are asked to come, not
    who is invited (no name between the word and the preposition; "пригласил в Москву X", the place
    right after the word, stays for round 32's inverted order)."""
    k = ctx.before_articles(ctx.mention_tokens[m][0] - 1)
    if k <= trigger.last + 1 or k - trigger.last > reach or not ctx.match(ctx.lexicon.place_prepositions, k):
        return False
    between = range(trigger.last + 1, k)
    return all(ctx.token_mention[j] is None and ctx.tokens[j].norm not in {",", ".", ";", ":"} for j in between) \
        and any(ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower() for j in between)


def _naming_verb_before(ctx: DocumentContext, trigger: PhraseMatch, adjectives: int = 2) -> int | None:
    """Round 73: the token of a verb of calling or describing (lexicon ``naming_verbs``) right before the relation
    noun (over articles and at most ``adjectives`` lower-case words: "назвала письма", "called the latest talks"),
    whose object the noun is; None otherwise."""
    return _verb_before_noun(ctx, trigger, lambda k: k if ctx.match(ctx.lexicon.naming_verbs, k) else None,
                             adjectives)


def _influence_verb_before(ctx: DocumentContext, trigger: PhraseMatch, adjectives: int = 2) -> int | None:
    """Round 78: the first token of a verb of influencing (lexicon ``influence_verbs``, with its preposition where the
    language has one: "повлияят на", "wpłynąć na") right before the relation noun, over articles and at most
    ``adjectives`` lower-case words ("to influence the coming talks with X"); None otherwise."""
    def influence_verb_ending_at(k: int) -> int | None:
        length = ctx.phrase_ending_at(ctx.lexicon.influence_verbs, k, (1, 2, 3))
        return k - length + 1 if length and ctx.token_mention[k - length + 1] is None else None
    return _verb_before_noun(ctx, trigger, influence_verb_ending_at, adjectives)


def _verb_before_noun(ctx: DocumentContext, trigger: PhraseMatch, verb_ending_at, adjectives: int) -> int | None:
    """The first token of the verb ``verb_ending_at(k)`` finds ending at a token ``k`` right before the relation noun,
    over articles and at most ``adjectives`` lower-case adjectives; None otherwise."""
    k = trigger.first - 1
    words = 0
    while k >= 0 and ctx.token_mention[k] is None and ctx.tokens[k].is_word:
        if (verb := verb_ending_at(k)) is not None:
            return verb
        if ctx.match(ctx.lexicon.articles, k):
            k -= 1
            continue
        if words >= adjectives or not ctx.tokens[k].text[:1].islower() or not _adjective(ctx, k):
            return None
        words += 1
        k -= 1
    return None


def _owned_by_kin(ctx: DocumentContext, m: int) -> bool:
    """Round 78: whether a noun of kin (lexicon ``kin_nouns``) stands right before the mention, over articles and an
    owner word ("the daughter of X", "дъщерите на X"), or right before it in a language that marks the owner by case
    with the name inflected ("córkę Asii Kowal"): X is whose kin they are. (A name in the base form right after the
    noun is the kin itself, an apposition: "his wife Jane Doe", "жена Мария", "żona Anna".)"""
    return _owner_noun_before(ctx, m, ctx.lexicon.kin_nouns)


def _owned_by_members(ctx: DocumentContext, m: int) -> bool:
    """Round 82: whether a plural noun of the members of a parliament or party, or of a body's staff (lexicon
    ``member_nouns``: "poslanců", "posłów", "депутаты", "MPs", "служителите") stands right before an organisation's
    or place's mention, over an owner word ("MPs of X", "депутати от X"), or right before it with the name inflected,
    also over a coordinated adjective ("poslanců německého a Evropského parlamentu"): some unnamed members act, not
    X — X is no party (like round 78's kin)."""
    if ctx.mention(m).type == "PER":
        return False  # "posłów Jana Kowalskiego i Anny Nowak": the members named, an apposition
    return _owner_noun_before(ctx, m, ctx.lexicon.member_nouns, over_coordinated_adjective=True)


def _owner_noun_before(ctx: DocumentContext, m: int, nouns, over_coordinated_adjective: bool = False) -> bool:
    """Whether one of ``nouns`` owned by the mention stands right before it: over articles and an owner word ("the
    daughter of X", "MPs of X"), or right before it with the mention inflected where case marks the owner ("córkę
    Asii Kowal", "posłów Partii X"); with ``over_coordinated_adjective`` also over "adjective and" ("poslanců
    německého a Evropského parlamentu")."""
    lexicon = ctx.lexicon
    k = ctx.before_articles(ctx.mention_tokens[m][0] - 1)
    owned = False
    if k >= 0 and ctx.token_mention[k] is None and ctx.match(lexicon.owner_words, k):
        owned = True
        k = ctx.before_articles(k - 1)
    if not owned and not ctx.is_oblique(m):
        return False
    if over_coordinated_adjective and k >= 2 and ctx.token_mention[k] is None and ctx.match(lexicon.conjunctions, k) \
            and ctx.token_mention[k - 1] is None and ctx.tokens[k - 1].text[:1].islower() and _adjective(ctx, k - 1):
        k -= 2
    return k >= 0 and ctx.token_mention[k] is None and bool(ctx.match(nouns, k))


def _negated_name(ctx: DocumentContext, m: int) -> bool:
    """Round 73: whether a conjunction and a negation word (lexicon ``negation``) stand right before the mention, or
    before a conjunction right before it ("we are leaving the EU, but not Europe", "напускаме ЕС, но не и Европа",
    "z Czechami, a nie Polską"): the name is excluded from what is said, no party."""
    k = ctx.mention_tokens[m][0] - 1
    if k >= 1 and ctx.token_mention[k] is None and ctx.match(ctx.lexicon.conjunctions, k) == 1:
        k -= 1
    if k < 1 or ctx.token_mention[k] is not None or ctx.match(ctx.lexicon.negation, k) != 1:
        return False
    # (after a contrastive conjunction: "but not", "но не", "ale nie", "а не"; not "neither X, nor Y", whose names
    # are both the subject: "Нито ЕС, нито Великобритания ще получи в преговорите всичко")
    return ctx.token_mention[k - 1] is None and bool(
        ctx.match(ctx.lexicon.clause_conjunctions, k - 1) or ctx.match(ctx.lexicon.conjunctions, k - 1))


def _rest_of_full_state_name(ctx: DocumentContext, m: int) -> bool:
    """Round 73: whether the mention follows a conjunction right after another name whose mention holds a kingdom noun
    (lexicon ``kingdom_nouns``) with a word of the name after it: "the government of the United Kingdom of Great
    Britain and Northern Ireland", "rządem Zjednoczonego Królestwa Wielkiej Brytanii i Irlandii Północnej": the
    recogniser split one state's full name in two; the second part is no side of its own ("Zjednoczone Królestwo i
    Francja": the kingdom noun ends the mention, two states)."""
    k = ctx.mention_tokens[m][0] - 1
    if k < 1 or ctx.token_mention[k] is not None or not ctx.match(ctx.lexicon.conjunctions, k):
        return False
    before = ctx.token_mention[k - 1]
    if before is None or before == m:
        return False
    first, last = ctx.mention_tokens[before][0], ctx.mention_tokens[before][-1]
    # (the name after the kingdom noun is its complement, and so is the name after "and": after an owner word, "of
    # Great Britain and Northern Ireland", or inflected where the language marks case, "Irlandii Północnej"; not a
    # second state in apposition, "Кралство Белгия и Франция", "Królestwo Hiszpanii i Francja")
    return any(ctx.match(ctx.lexicon.kingdom_nouns, j) and (ctx.match(ctx.lexicon.owner_words, j + 1) or ctx.is_oblique(m))
               for j in range(first, last))


def _compared(ctx: DocumentContext, m: int) -> bool:
    """Round 50: whether the mention follows a partner preposition right after a comparison (lexicon
    ``comparisons``, over articles): "a deal broader than the one with X", "споразумение, по-широко
    от това с X", "szersze niż to z X": X is what the relation is compared with, not its party."""
    k = ctx.before_articles(ctx.mention_tokens[m][0] - 1)
    if k < 1 or not ctx.match(ctx.lexicon.partner_prepositions, k):
        return False
    k = ctx.before_articles(k - 1)
    return ctx.phrase_ending_at(ctx.lexicon.comparisons, k, (4, 3, 2, 1)) > 0


def _asked_after(ctx: DocumentContext, m: int, trigger: PhraseMatch, reach: int = 1) -> bool:
    """Round 47: whether the mention follows an asked-preposition (lexicon ``asked_prepositions``) that
    stands right after a request word (over at most ``reach`` words): "ЕС хочет потребовать от России
    гарантий", "demanded from X": the place or organisation after it is the one asked, no origin."""
    start = ctx.mention_tokens[m][0]
    for k in range(trigger.last + 1, min(trigger.last + 2 + reach, start)):
        if ctx.match(ctx.lexicon.asked_prepositions, k):
            return all(ctx.match(ctx.lexicon.articles, j) or ctx.tokens[j].is_word and ctx.token_mention[j] is None
                       and ctx.tokens[j].text[:1].islower() and ctx.match(ctx.lexicon.place_nouns, j)
                       for j in range(k + 1, start))
        if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None:
            return False
    return False


def _after_partner_word(ctx: DocumentContext, m: int, trigger: PhraseMatch | None = None) -> bool:
    """'with Putin', 'с германския канцлер Ангела Меркел' (over articles, roles and two more words;
    never back across the relation word: in "efforts to urge Ukraine" the "to" is no partner's)."""
    k, others = ctx.mention_tokens[m][0] - 1, 0
    while k >= 0 and (trigger is None or not k < trigger.first <= ctx.mention_tokens[m][0]):
        if ctx.match(ctx.lexicon.partner_prepositions, k):
            return True
        owner = ctx.token_mention[k]
        if owner is not None and ctx.mention(owner).type != "PER":
            # an organisation inside the role phrase: "z wiceprzewodniczącym Komisji Europejskiej ds.
            # Unii Energetycznej Maroszem Szefczoviczem"
            k = ctx.mention_tokens[owner][0] - 1
            continue
        if ctx.tokens[k].norm == "." and k > 0 and ctx.tokens[k - 1].is_word and len(ctx.tokens[k - 1].norm) <= 3:
            k -= 1  # an abbreviation's dot ("ds.", "gen.")
            continue
        if owner is not None or not ctx.tokens[k].is_word:
            return False
        # (round 18: nor a possessive: "с украинския си колега X", "se svým ruským protějškem X",
        # "with his Ukrainian counterpart X")
        if not (ctx.match(ctx.lexicon.articles, k) or ctx.role_noun_at(k) is not None
                or ctx.match(ctx.lexicon.possessive_pronouns, k) or ctx.match(ctx.lexicon.reflexive_particles, k)):
            others += 1
            if others > 2:
                return False
        k -= 1
    return False


def _dative_addressee(ctx: DocumentContext, m: int, trigger: PhraseMatch) -> bool:
    """Round 55: whether the mention is whom a letter or message was sent to (or a call made to), named in the
    dative right after the contact word, over at most two lower-case words (a role): "написал в письме
    премьер-министру Петру Иванову", "v dopise premiérovi Novákovi" (lexicon ``dative_endings``, masculine
    forms only: the feminine dative is the genitive's form, "письмо Марии" may be her letter)."""
    lexicon = ctx.lexicon
    if not lexicon.dative_endings or trigger.key != "contact":
        return False
    start = ctx.mention_tokens[m][0]
    if not trigger.last < start <= trigger.last + 3 or not ctx.is_oblique(m) or ctx.is_possessive(m) \
            or ctx.mention(m).type != "PER" or ctx.match(lexicon.topic_verbs, trigger.first):
        return False  # (a person: "обсудили Марию" is whom they talked about, an accusative of a topic verb)
    if any(ctx.token_mention[j] is not None or not ctx.tokens[j].is_word or not ctx.tokens[j].text[:1].islower()
           for j in range(trigger.last + 1, start)):
        return False
    return all(ctx.tokens[j].norm.endswith(lexicon.dative_endings) for j in (trigger.last + 1, start))


def _addressed(ctx: DocumentContext, position: int, trigger: PhraseMatch) -> bool:
    """Round 78: whether the name at token ``position`` (or the role phrase there) is governed by an addressee
    preposition over at most two words, not across the relation word: "к властям Пакистана", "do Komisji"."""
    m = ctx.token_mention[position]
    return m is not None and _preceded_by(ctx, m, ctx.lexicon.addressee_prepositions, _PLACE_NOUN_REACH,
                                          stop=range(trigger.first, trigger.last + 1))


def trigger_inside_name(ctx: DocumentContext, trigger: PhraseMatch) -> bool:
    """Round 51/57: whether a word of the relation phrase is a word of a name ("the Talks Committee", "Eastern
    Partnership", "Kooperationspartners" inside a tagged title): no relation of its own. Not a name the
    corpus cut at a dash before a second name ("summitu EU–" + "Ukrajina"): a hyphenated pair of parties."""
    for j in range(trigger.first, trigger.last + 1):
        if (m := ctx.token_mention[j]) is not None:
            end = ctx.mention_tokens[m][1]
            return not (ctx.tokens[end].norm in {"-", "–", "—"} and end + 1 < len(ctx.tokens)
                        and ctx.token_mention[end + 1] is not None)
    return False


def find_participants(ctx: DocumentContext, first: int, stop: int, trigger: PhraseMatch, excluded: set[int],
                      speaker: int | None, speaker_is_party_allowed: bool, last_speaker: int | None,
                      previous_participants: list[int] | None, previous_agent: int | None = None,
                      visitor: int | None = None) -> list[int]:
    """Mention indices of the parties, in text order (speaker first when added as a party). ``visitor``:
    round 18, the speaker of a visit word in the setting of their own saying ("said X during a visit
    to Y"), the visitor of the places after the word."""
    relation = ctx.lexicon.relation(trigger.key)
    if relation is not None and relation.takes_in is not None and trigger.pattern in {
            p.source for p in relation.takes_in.patterns} and not _person_taken_in(ctx, trigger, stop):
        return []  # round 47: "ready to receive the shipment", "готовы принять меры": no one invited
    if relation is not None and relation.directed and _agentless_passive(ctx, trigger, stop):
        return []  # round 105: "na konferencję zostali zaproszeni X i Y": all named are invited, the host is unnamed
    if trigger_inside_name(ctx, trigger):
        # round 51: "państw uczestniczących w Partnerstwie Wschodnim", "саммит глав Содружества": a word of a
        # name (an organisation's, an event's), no relation of its own
        return []
    places_are_parties = bool(relation and relation.places)
    # (lexicon ``window_before``: verb-final clauses put the subject further before the verb)
    lo, hi = max(first, trigger.first - ctx.lexicon.window_before), min(stop, trigger.last + 1 + _WINDOW_AFTER)
    hi = max(hi, _partner_group_end(ctx, trigger, min(stop, trigger.last + 1 + _GROUP_WINDOW_AFTER)))
    hi = _coordination_across(ctx, trigger, hi, stop)
    hi = _list_run_on(ctx, trigger, hi, min(stop, trigger.last + 1 + _GROUP_WINDOW_AFTER))
    hi = max(hi, _colon_list_end(ctx, trigger, min(stop, trigger.last + 1 + _GROUP_WINDOW_AFTER)))
    hi = max(hi, _second_partner_end(ctx, trigger, hi, min(stop, trigger.last + 1 + _GROUP_WINDOW_AFTER)))
    lo = _coordination_before(ctx, lo, first)
    lo = _fronted_subject_pronoun_start(ctx, lo, first, stop, trigger)
    appositions = _name_parentheses(ctx, lo, hi) | _party_affiliations(ctx, lo, hi)
    excluded = excluded | appositions
    # stay inside the trigger's clause
    for k in range(trigger.first - 1, lo - 1, -1):
        if ctx.tokens[k].norm in _CLAUSE_BREAK and k not in appositions:
            lo = k + 1
            break
    if _unnamed_participle_subject(ctx, lo, trigger):
        # round 105: "сред хора, пристигнали от Катар", "у пациент, посетил пазар": the relation word's subject is the
        # unnamed noun of people right before its comma; the names before it (the source, another clause's) are not its sides
        lo = trigger.first
    if (organised := _organised_event_start(ctx, lo, stop, trigger)) is not None:
        # round 105: "X, which helped organise the meeting of Y with Z": the organiser is no side of the meeting
        lo = organised
    conditional = _in_conditional_clause(ctx, lo, trigger)
    if conditional and (opening := _conditional_after_comma(ctx, lo, trigger)) is not None \
            and _common_subject_between(ctx, opening + 1, trigger.first):
        # round 64: "Airbus hrozí odchodem z Británie, pokud se země nedohodne s EU": a conditional clause with a
        # subject of its own ("the country"): the names before the comma are the main clause's
        lo = opening
    for k in range(trigger.last + 1, hi):
        if conditional and ctx.tokens[k].norm == "," and k not in appositions and k + 1 < hi \
                and ctx.token_mention[k + 1] is None and not ctx.match(ctx.lexicon.conjunctions, k + 1):
            # round 55: "ако X постигне споразумение с Y за търговията, спадът в БВП на Z …", "if X reaches a
            # deal with Y, Z's output falls": the comma closing a conditional clause ends the relation's
            # clause (not a list of partners: "ако X се споразумее с Y, Z и W")
            hi = k
            break
        if k == trigger.last + 1 and (asked := _asked_content_subject(ctx, trigger, k, hi)) is not None:
            hi = ctx.mention_tokens[asked][1] + 1  # round 47: "X požaduje, aby Y …": Y is asked, the rest is content
            break
        if ctx.tokens[k].norm in _CLAUSE_BREAK and k not in appositions or (
            ctx.tokens[k].norm == "," and any(ctx.match(ctx.lexicon.relative, j) for j in range(k + 1, min(k + 4, hi)))
        ) or _opens_clause(ctx, k) or (
            # "…казал на канцлерката, че …": a complement clause after the relation word is what
            # someone says, not the relation's parties
            ctx.tokens[k].norm == "," and k + 1 < hi and ctx.match(ctx.lexicon.complementizers, k + 1)
            and k not in excluded) or (
            # round 51: a subordinating conjunction of several words needs no comma: "беше призована да го
            # преследва „без компромис“ след като X изгуби": X is in a clause of its own
            k > trigger.last + 1 and ctx.match(ctx.lexicon.relative, k) > 1 and k not in excluded) \
                or _second_predicate(ctx, k, trigger, hi) or (
                _predicate_after_unnamed_partner(ctx, k, trigger, hi)) or (
                _verb_after_relation_noun(ctx, k, trigger, relation, lo)) or _new_topic_conjunct(ctx, k, trigger) or (
                _subject_after_place_phrase(ctx, k, trigger, relation)):
            hi = k  # "…, в ходе которого…", "…, за да…", "…, but …": a clause of its own
            break
    for k in range(trigger.first - 1, lo - 1, -1):
        if (_opens_clause(ctx, k) or _opens_setting_clause(ctx, k)) and k not in excluded:
            # "X arrived, but Y met Z": X is in another clause; "Germany was the last country, where
            # Ryanair lacked a contract with the pilots": Germany is where, not a party
            lo = k + 1
            break
    if (quote := ctx.quote_at(trigger.first)) is not None and (opening := _quote_opening_sentence(ctx, quote, lo)) is not None:
        # round 64: "… ne bo nikoli priznala priključitve polotoka X Y. »Sodelujemo z Y, …«, je dejal": a quote
        # opening a sentence of its own after a full stop takes no name of the sentence before it
        lo = opening
    if ctx.quote_at(trigger.first) is None:
        # round 37: '"… stability of Europe," X stressed at a press conference with Y': the words of a
        # direct quote are what someone said; a relation word outside it takes no names from inside it
        lo, hi = _outside_quotes(ctx, lo, hi, trigger, speaker)
    if relation is not None and is_relation_noun(ctx, relation, trigger) and _item_after_listed_names(ctx, trigger):
        # round 64: "изборите във Франция, Германия, Австрия, преговорите за съставяне на правителство": the
        # relation noun is one more item of a list; the names of the items before it are no parties of it
        lo = max(lo, trigger.first)
    if relation is not None and not relation.directed and (start := _relative_clause_start(ctx, lo, trigger)) is not None:
        lo = start  # round 34: "граница между X и Y, което да позволи напредък в преговорите": another clause's names
    if speaker is not None and (start := _saying_before(ctx, lo, trigger, speaker)) is not None:
        lo = start  # round 51: "… вреди на Европа, заяви X на съвместна пресконференция с Y": what X said
    speaker_name = ctx.name(speaker) if speaker is not None else None
    found: list[tuple[int, int]] = []  # (token position, mention)
    names: set[str] = set()
    uses_first_person = False
    first_person_object = False
    says_we = False  # ... in the plural ("we"): a speaker working for an organisation speaks for it
    inherits = False
    they_at: int | None = None  # round 76: the position of that "they" before the relation word
    partner_only: list[int] = []  # parties named only as partners ("talks with Musk")
    unresolved_party = False  # a role phrase named a party no name of the document could be given to
    unresolved_agent = False  # ... before the relation word: the agent of a directed relation
    addressed_first: set[int] = set()  # round 78: the ones asked, named first after an addressee preposition
    unnamed_subject = False  # a group noun before the relation word ("premierzy landów mają spotkać się z X")
    topical: dict[int, bool] = {}  # names a topic noun takes as partners -> the noun is the trigger's own topic
    unnamed_partner = False  # round 34: the relation word's partner is a common noun a name owns

    def add(position: int, m: int | None) -> None:
        if m is None:
            return
        name = ctx.name(m)
        if name in names:
            return
        names.add(name)
        found.append((position, m))

    k = lo
    while k < hi:
        if k in excluded:
            k += 1
            continue
        m = ctx.token_mention[k]
        if m is not None:
            mention = ctx.mention(m)
            end = ctx.mention_tokens[m][1]
            head = _group_head(ctx, m, excluded)  # the preposition before "X, Y и Z" governs Z too
            eligible = (mention.type in PARTICIPANT_TYPES and _is_name(ctx, m) and not _names_a_thing(ctx, m)
                        and not _is_modifier(ctx, m) and not _owner_of_organisation_name(ctx, m))
            if eligible and (noun := _partner_of_topic_noun(ctx, head, trigger)) is not None:
                # (near after the relation word it is the relation's own topic: "talks on relations
                # between X and Y" may name its parties; farther it is another phrase's)
                # (round 51: never a border's: "dialogue on the border between X and Y" names two neighbours)
                topical[m] = trigger.last < noun <= trigger.last + 3 and not ctx.match(ctx.lexicon.border_nouns, noun)
            elif eligible and mention.type in ("LOC", "ORG") and _membership_topic(ctx, head, trigger) is not None:
                # round 37: "обсуждался вопрос выхода Англии из ЕС", "the question of Britain's exit":
                # the member of a membership change a topic noun owns is what is talked about
                topical[m] = False
            elif eligible and mention.type == "LOC" and (noun := _owning_topic_noun(ctx, head, trigger)) is not None:
                # round 17: "otázkou hranice Severního Irska", "the border of Northern Ireland": a
                # place owning a topic noun is what is talked about, as after its partner word
                topical[m] = trigger.last < noun <= trigger.last + 3
            if eligible and mention.type in ("LOC", "ORG") and not places_are_parties:
                # (the trigger's own preposition is not a place: "обратился к Минздраву", "turned to the
                # UN"; a common noun may stand between: "в столицата Исламабад", "in the capital Kyiv";
                # nor the addressee's of a request after the trigger: "молба за помощ към Канада")
                # (round 47: nor the state owning a government noun: "the government of X")
                eligible = _owned_by_collective(ctx, m, stop=range(trigger.first, trigger.last + 1)) \
                    or _owns_government_before(ctx, m) or not _preceded_by(
                    ctx, head, ctx.lexicon.place_prepositions, _PLACE_NOUN_REACH,
                    stop=range(trigger.first, trigger.last + 1), place_nouns=True) or (
                    bool(relation and relation.directed) and k > trigger.last
                    and _preceded_by(ctx, head, ctx.lexicon.addressee_prepositions, _PLACE_NOUN_REACH,
                                     stop=range(trigger.first, trigger.last + 1), place_nouns=True)) or (
                    trigger.key == "request" and _asked_after(ctx, head, trigger)) or (
                    trigger.key == "request" and k > trigger.last and _owns_government_before(ctx, m, places=True)) or (
                    k > trigger.last and _counterparts_from(ctx, head, trigger))
                if eligible and mention.type == "LOC" and ctx.is_oblique(m) \
                        and not _owned_by_collective(ctx, m, stop=range(trigger.first, trigger.last + 1)):
                    # one adjective may stand between a place preposition and an inflected place: "w
                    # całej Europie", "в соседней Украине" (not for the addressee of a request; a name in
                    # the base form is a subject: "в замяна Вашингтон ще започне")
                    trigger_tokens = range(trigger.first, trigger.last + 1)
                    eligible = not _preceded_by(ctx, head, ctx.lexicon.place_prepositions, 1, stop=trigger_tokens) or (
                        bool(relation and relation.directed) and k > trigger.last
                        and _preceded_by(ctx, head, ctx.lexicon.addressee_prepositions, 1, stop=trigger_tokens)) or (
                        trigger.key == "request" and _asked_after(ctx, head, trigger)) or (
                        trigger.key == "request" and k > trigger.last and _owns_government_before(ctx, m, places=True)) or (
                        k > trigger.last and _counterparts_from(ctx, head, trigger))
                if eligible and mention.type == "LOC" and _street_address(ctx, m):
                    # round 17: "na Даунинг стрийт 10", "at 10 Downing Street": an address with its
                    # house number is where people met, no party
                    eligible = False
            elif eligible and mention.type == "LOC" and places_are_parties:
                # "visited her after returning from Italy": where one comes from is not the place visited
                eligible = not _preceded_by(ctx, head, ctx.lexicon.origin_prepositions, _PLACE_NOUN_REACH,
                                            stop=range(trigger.first, trigger.last + 1), place_nouns=True)
                # "W Polsce … pasażerowie podróżujący do Krakowa": a place before the verb after a place
                # preposition is where it happens, not the visitor
                eligible = eligible and not (k < trigger.first and _preceded_by(
                    ctx, head, ctx.lexicon.place_prepositions, _PLACE_NOUN_REACH,
                    stop=range(trigger.first, trigger.last + 1), place_nouns=True))
            # (a person introduced with a role is not a topic: "советник по нацбезопасности Джон Болтон")
            # (round 45: nor the possessive owner of the relation noun: "grilled X on Y's call with Z")
            if eligible and m not in ctx.role_holders and _preceded_by(
                    ctx, head, ctx.lexicon.topic_prepositions, _TOPIC_REACH, range(trigger.first, trigger.last + 1)) \
                    and m != _possessive_owner(ctx, trigger) and not _after_naming_phrase(ctx, head):
                eligible = False  # "о деле христианки Азии Биби": what it is about, not who
            if eligible and m not in ctx.role_holders and _topic_apposition(ctx, head, trigger):
                eligible = False  # round 86: "по поводу многодетной матери, христианки X": the topic's apposition
            if eligible and m not in ctx.role_holders and _topic_pair(ctx, head, trigger):
                eligible = False  # round 50: "hovořila o své představě partnerství X s Y": the talk's content
            if eligible and m not in ctx.role_holders and relation is not None and not relation.directed \
                    and not places_are_parties and _in_topic_phrase(ctx, head, trigger):
                eligible = False  # round 51: "rozmawiać o reakcji UE na zamach w X na pułkownika Y": all content
            if eligible and mention.type == "LOC" and not places_are_parties and _meeting_place(ctx, head):
                eligible = False  # round 50: "na szczycie w Brukseli": where the meeting is, not who
            if eligible and mention.type == "LOC" and trigger.key == "invite" and k > trigger.last \
                    and _destination_after_object(ctx, head, trigger):
                eligible = False  # round 90: "pozvat britskou delegaci zpět do Bruselu": where to, not who
            if eligible and _compared(ctx, head):
                eligible = False  # round 50: "по-широко от това с Канада": what the relation is compared with
            if eligible and _opening_outlet(ctx, m):
                eligible = False  # round 34: ", 14:56 REGNUM 12 ноября …": the filing outlet
            if eligible and _closing_signature(ctx, m):
                eligible = False  # round 59: "… споразумение с Брюксел. /БТА": the agency's sign-off
            if eligible and relation is not None and not relation.directed and _preceded_by(
                    ctx, head, ctx.lexicon.after_prepositions, 0, range(trigger.first, trigger.last + 1)):
                # round 61: "торговой сделки с Лондоном спустя два года после Брексита": a time, no party (not for a
                # directed relation: "žádá odpovědi po Francii", the one asked)
                eligible = False
            if eligible and _preceded_by(ctx, head, ctx.lexicon.absence, 1, range(trigger.first, trigger.last + 1)):
                eligible = False  # round 40: "współpracy w gronie 27 państw bez Wielkiej Brytanii": left out, no party
            if eligible and _preceded_by(ctx, head, ctx.lexicon.outside_prepositions, 0,
                                         range(trigger.first, trigger.last + 1)):
                eligible = False  # round 73: "споразумение между държава членка и държава извън ЕС": outside, no party
            if eligible and _negated_name(ctx, m):
                eligible = False  # round 73: "Ние напускаме ЕС, но не и Европа": the name a negation excludes
            if eligible and _rest_of_full_state_name(ctx, m):
                eligible = False  # round 73: "Zjednoczonego Królestwa Wielkiej Brytanii i Irlandii Północnej": one state
            if eligible and trigger.key == "request" and _owns_request_content(ctx, head, trigger):
                # (not an invitation: "offered asylum to X" invites X)
                eligible = False  # round 34: "żąda dymisji X": X is what is asked about, not who is asked
            if eligible and _owned_by_kin(ctx, head):
                # round 78: "przyjął męża i córkę X", "една от дъщерите на X се срещна с Y": X's kin, unnamed, are
                # the party, not X
                eligible, unnamed_partner = False, True
            if eligible and _owned_by_members(ctx, head):
                # round 82: "Sedm poslanců Evropského parlamentu adresovalo vládě dopis s výzvou": unnamed MPs ask,
                # not the parliament
                eligible, unnamed_partner = False, True
            if eligible and _owned_by_partner_noun(ctx, head, trigger):
                # round 34: "z krajami byłej Jugosławii": whose the unnamed partner is
                eligible, unnamed_partner = False, True
            if eligible and k < trigger.first and relation is not None and not relation.directed \
                    and (pronoun := _subject_pronoun_before_owned(ctx, head, trigger, lo)) is not None:
                # round 67: "По-рано тя повдигна тревогите на Шотландия … на среща с X": the name owns the object
                # of the clause's own verb, whose subject is the pronoun: the pronoun's person is the party
                eligible = False
                objects = {ctx.name(o) for o in ctx.mentions_in(trigger.last + 1, hi)}
                subject = resolve_pronoun(ctx, pronoun, speaker, last_speaker, exclude=objects)
                if subject is not None and ctx.name(subject) not in names:
                    names.add(ctx.name(subject))
                    found.insert(next((i for i, (position, _) in enumerate(found) if position > pronoun), len(found)),
                                 (pronoun, subject))
            if eligible and (m != speaker and ctx.name(m) != speaker_name or speaker_is_party_allowed):
                # (for a request, never back across its word: "efforts to urge Ukraine" names no asker;
                # a symmetric relation's "refused to meet X" makes the one refusing a party)
                if _after_partner_word(ctx, m, trigger if relation is not None and relation.directed else None) \
                        or _dative_addressee(ctx, m, trigger):
                    partner_only.append(m)
                add(k, m)
            k = end + 1
            continue
        if k < trigger.first:
            # a subject pronoun just before it ("he had last spoken"), not an object of another verb;
            # or the subject opening the clause of a relation with its partner named ("He was
            # photographed having long chats with X")
            near = (trigger.first - k <= _PRONOUN_REACH + 2 or _clause_subject_pronoun(ctx, k, lo, stop, trigger)
                    or _verb_final_subject_pronoun(ctx, k, trigger)) and not (
                k > 0 and (ctx.match(ctx.lexicon.partner_prepositions, k - 1) or ctx.match(ctx.lexicon.place_prepositions, k - 1)))
        else:
            near = k - trigger.last <= _PRONOUN_REACH
        possessive = ctx.match(ctx.lexicon.possessive_pronouns, k)
        if ctx.match(ctx.lexicon.first_person, k):
            uses_first_person = True
            says_we = says_we or bool(ctx.match(ctx.lexicon.plural_first_person, k))
            # round 101: "I"/"we" right after a directed relation word is its object ("ambasador prosi nas o …",
            # "invited us"): the speaker is the one asked or invited, not the asker
            first_person_object = first_person_object or (k == trigger.last + 1 and relation is not None
                                                          and relation.directed)
        elif ctx.match(ctx.lexicon.plural_pronouns, k) and not possessive:
            inherits = inherits or near
            they_at = k if near and k < trigger.first and they_at is None else they_at
        elif ctx.match(ctx.lexicon.person_pronouns, k) and not possessive:
            if near:
                # a subject pronoun is never one of the names its own verb takes as objects ("He met
                # with X": he is not X)
                objects = {ctx.name(o) for o in ctx.mentions_in(trigger.last + 1, hi)} if k < trigger.first else set()
                quote = ctx.quote_at(k)
                if speaker is not None and quote is not None and ctx.quote_at(ctx.mention_tokens[speaker][0]) != quote:
                    # in the speaker's own words the speaker is "I": "he"/"him" there is someone else
                    # ('"I will meet him next week," X said'), the last other person, or nobody (a
                    # speaker named inside the quote is another voice: '"X told me he had met Y"')
                    add(k, resolve_pronoun(ctx, k, None, None, exclude=objects | {ctx.name(speaker)}))
                else:
                    add(k, resolve_pronoun(ctx, k, speaker, last_speaker, exclude=objects))
        elif possessive and (ctx.match(ctx.lexicon.person_pronouns, k)
                             or ctx.match(ctx.lexicon.reflexive_possessives, k)) \
                and not ctx.match(ctx.lexicon.plural_possessive, k) \
                and relation is not None and is_relation_noun(ctx, relation, trigger) and ctx.quote_at(k) is None \
                and (k == trigger.first - 1 or k == trigger.last + 1 and _no_noun_after(ctx, k)) \
                and not any(ctx.mention(o).type == "PER" and ctx.name(o) != speaker_name for o in ctx.mentions_in(lo, k)):
            # (review 16b: not with another person named before it in the clause, "X said Y cancelled his talks with Z":
            # the owner is Y, read as the clause's own party)
            # round 55: a person's possessive pronoun right before or after a relation noun is its owner, a
            # party: "her meeting with Y", "срещата ѝ с Y", "его встреча с Y" (not "their": a group; after
            # the noun only where no noun follows it: "talks with his editor" owns the editor)
            objects = {ctx.name(o) for o in ctx.mentions_in(trigger.last + 1, hi)}
            if not ctx.match(ctx.lexicon.person_pronouns, k):
                # round 86: a reflexive possessive ("срещите си с X и Y", "swoich rozmów z X") names the clause's
                # own subject; taken only where that is the sentence's speaker, a person (the subject may follow
                # the noun: "Преди срещата си с X … Y заяви", which a pronoun's look back would miss)
                if speaker is not None and ctx.mention(speaker).type == "PER" and ctx.name(speaker) not in objects:
                    add(k, speaker)
            else:
                add(k, resolve_pronoun(ctx, k, speaker, last_speaker, exclude=objects))
        elif (length := ctx.match(ctx.lexicon.union_nouns, k)) and ctx.union_named_after(k + length) is None:
            # "talks with the unions", "s odboráři", "ze związkowcami": the union the document names
            union = entity_of_noun(ctx, k, names | ({speaker_name} if speaker_name else set()), ctx.document_union)
            if union is not None and k - 1 not in excluded:
                add(k, union)
            k += length
            continue
        elif (length := ctx.match(ctx.lexicon.organisation_nouns, k)) and _owns_role_before(ctx, k):
            k += length  # round 34: "z szefem irlandzkiego przewoźnika": the role's owner, no party
            continue
        elif (length := ctx.match(ctx.lexicon.organisation_nouns, k)) and k > 0 and ctx.role_ending_at(k - 1) is not None:
            k += length  # "Šéf podniku Michael O'Leary", "the company's chief": the role's owner, no party
            continue
        elif (length := ctx.match(ctx.lexicon.organisation_nouns, k)) and _counted_group(ctx, k, length):
            k += length  # round 61: "se zástupci 19 japonských společností včetně X": unnamed companies, not the document's one
            continue
        elif (length := ctx.match(ctx.lexicon.organisation_nouns, k)) and _name_after_adjectives(ctx, k + length, stop) is None \
                and not _named_after(ctx, k + length):
            # "the airline", "авиакомпания", "przewoźnik" without a name after it: the document's
            # clear protagonist organisation ("talks between the pilots' union and the airline")
            # (or the one organisation the document calls by that noun: "авиакомпания Ryanair")
            organisation = entity_of_noun(ctx, k, names | ({speaker_name} if speaker_name else set()),
                                          ctx.most_salient_organisation)
            if organisation is not None and k - 1 not in excluded:
                add(k, organisation)
            k += length
            continue
        elif places_are_parties and (length := ctx.match(ctx.lexicon.government_nouns, k)) and _owns_role_before(ctx, k):
            # round 84: "Szefowa niemieckiego rządu przyjechała do X", "the head of the German government arrived in X": the
            # visitor is the role's holder, a person; the government owning the role is whose head travels, no visitor
            # (visits only: in talks a head of government may stand for the state, round 82's knock-ons)
            k += length
            continue
        elif (length := ctx.match(ctx.lexicon.government_nouns, k)):
            # "the Pakistani government", "российские власти", "pákistánské úřady": the state its
            # adjective names; "the government of X" leaves X to be found as a name after it
            state = ctx.state_of_adjective(k - 1) if k - 1 >= lo and k - 1 not in excluded else None
            if state is not None:
                add(k, state)
                if k - 2 >= 0 and ctx.match(ctx.lexicon.partner_prepositions, k - 2) and not k - 2 < trigger.first <= k:
                    # "Водим разговори с пакистанското правителство": a partner like a name after "with"
                    partner_only.append(state)
            elif not _state_named_after(ctx, k + length, hi):
                # "the government" alone: the one state the document calls so ("the German
                # government … the government"), else a party the sentence names, whom we cannot name
                state = entity_of_noun(ctx, k, names | ({speaker_name} if speaker_name else set()))
                if state is not None and k - 1 not in excluded:
                    add(k, state)
                else:
                    unresolved_party = True
            k += length
            continue
        elif k < trigger.first and (length := ctx.match(ctx.lexicon.state_group_nouns, k)) \
                and not (k + length < len(ctx.tokens) and ctx.token_mention[k + length] is not None):
            # round 90: "lahko te štiri države z Nemčijo sodelujejo", "mnohé z nich [země] uzavřou dohodu s Ruskem":
            # states the clause does not name are the subject, so the speaker is not the partner's other side
            # (not "the countries X and Y": a name right after the noun is what it stands for)
            unnamed_subject = True
            k += length
            continue
        elif k < trigger.first and (length := ctx.match(ctx.lexicon.people_nouns, k)):
            # "the US lawyers are demanding …": an unnamed group is the subject, so no name further
            # back is the agent of a directed relation
            unresolved_agent = unnamed_subject = True
            k += length
            continue
        elif (length := ctx.match(ctx.lexicon.collective_roles, k)):
            unnamed_subject = unnamed_subject or k < trigger.first
            # round 64: "rozmów pomiędzy Ryanairem i przedstawicielami związków", "talks between X and
            # representatives of the unions": a partner group of people no name owns is a side the sentence
            # names, unnamed (so the speaker is not the other side)
            unresolved_party = unresolved_party or (k > trigger.last and _unnamed_group_at(ctx, k + length, stop))
            k += length  # "the leaders of the EU": the organisation after it is the party, no person
            continue
        elif (role := ctx.role_noun_at(k)) is not None and trigger.key == "request" and _request_content_before_role(ctx, k, trigger):
            # round 37: "žádal svržení premiéra X", "calls for the release of President X": the role
            # and its holder own what is asked for, they are not the ones asked
            k += role[1]
            if k < hi and (after := ctx.token_mention[k]) is not None and ctx.mention(after).type == "PER":
                k = ctx.mention_tokens[after][1] + 1
            else:
                k = _past_role_phrase(ctx, k, hi)  # round 59: "dymisji starosty nyskiego z X, Y": X and Y too
            continue
        elif (role := ctx.role_noun_at(k)) is not None and (_indefinite_before(ctx, k) or _inside_proper_name(ctx, k, role[1])):
            # round 45: "ask X to open an official judicial investigation", "a senior official": no one;
            # "going to the (UN) General Assembly": a word of an institution's name, no person
            k += role[1]
            continue
        elif (role := ctx.role_noun_at(k)) is not None:
            # a role phrase names a party only in the relation's own clause (no comma between)
            between = range(min(k, trigger.last), max(k, trigger.first))
            # (commas around a parenthetical attribution do not count: "президент, как оповестил Джонсон, собирается")
            if not any(ctx.tokens[j].norm == "," and j - 1 not in excluded and j + 1 not in excluded for j in between):
                resolved = _resolve_content_role(ctx, k, stop, role, names, speaker, speaker_name)
                add(k, resolved)
                if resolved is not None and _role_bodies_after(ctx, k + role[1], stop):
                    # "с държавния секретар на Обединеното Кралство Великобритания и Северна Ирландия":
                    # the states owning a role resolved to its holder are whose office it is, no parties
                    k = _owner_states_end(ctx, k + role[1], stop)
                    continue
                if (government := _role_government(ctx, k + role[1], stop)) is not None:
                    # round 93: "szef polskiego rządu ma dyskutować z X": the government owning the role is whose
                    # head it is, no party (the head, named or not, is)
                    unresolved_party = unresolved_party or resolved is None
                    unresolved_agent = unresolved_agent or (resolved is None and k < trigger.first)
                    k = government[1]
                    continue
                if resolved is None and not (relation and relation.directed) and not _plural_role(ctx, k) and (
                        _partner_phrase_start(ctx, trigger, k)) and (
                        organisations := _role_organisations_after(ctx, k + role[1], stop)) and (
                        _unnamed_officer(ctx, organisations[0], stop)):
                    # round 96: "na setkání s generálním tajemníkem NATO", "met the chief of Acme" with no holder
                    # named: the organisation whose officer it is stands for its unnamed officer, a party
                    add(ctx.mention_tokens[organisations[0]][0], organisations[0])
                if (owners_end := _office_owners_end(ctx, k + role[1], hi)) is not None:
                    # round 34: the same with a state's name split or partly unrecognised, and for a
                    # role left unresolved: a party the sentence names, not the states
                    unresolved_party = unresolved_party or resolved is None
                    k = owners_end
                    continue
                unresolved_agent = unresolved_agent or (resolved is None and k < trigger.first)
                # "the president of Pakistan" left unresolved is still a party the sentence names
                unresolved_party = unresolved_party or (
                    resolved is None and bool(_role_bodies_after(ctx, k + role[1], stop)))
            elif (owners_end := _apposition_role_owner_end(ctx, k, role[1], hi, speaker_name)) is not None:
                k = owners_end  # round 34: "X, adviser of IATE, …": X's employer, no party
                continue
            k += role[1]
            continue
        elif (length := ctx.match(ctx.lexicon.institution_nouns, k)) and (
                referent := noun_referent(ctx, k)) is not None:
            # "the ministry", "the league", "министерство": the one institution the document calls so
            # ("the Russian defence ministry", "Министерство обороны"); else a party we cannot name
            # ("от върховния съд" in a document naming no court so is just a word of the sentence)
            body = entity_of_noun(ctx, k, names | ({speaker_name} if speaker_name else set()))
            if body is not None and k - 1 not in excluded:
                add(k, body)
            k += referent.length
            continue
        k += 1
    if trigger.first > 0 and ctx.match(ctx.lexicon.plural_possessive, trigger.first - 1) and len(found) < 2:
        # "по време на тяхната среща", "their meeting": the people named in the sentence
        for j in range(first, stop):
            m = ctx.token_mention[j]
            if (m is not None and j not in excluded and ctx.mention(m).type == "PER" and _is_name(ctx, m)
                    and not _is_modifier(ctx, m)):
                add(j, m)
        if not any(ctx.mention(m).type == "PER" for _, m in found):
            # round 14: a sentence naming no person: the two states or organisations it names outside
            # place phrases ("България ще запази отношенията с Великобритания … и стратегическото им
            # партньорство в НАТО": their partnership is Bulgaria's and Britain's, NATO is where)
            bodies: dict[str, tuple[int, int]] = {}
            for j in range(first, stop):
                m = ctx.token_mention[j]
                if (m is None or j in excluded or j in ctx.dateline or ctx.mention_tokens[m][0] != j
                        or ctx.mention(m).type not in ("LOC", "ORG") or not _is_name(ctx, m) or _is_modifier(ctx, m)
                        or _names_a_thing(ctx, m) or ctx.name(m) in ctx.outlet_names()
                        or _preceded_by(ctx, m, ctx.lexicon.place_prepositions, _PLACE_NOUN_REACH, place_nouns=True)):
                    continue
                bodies.setdefault(ctx.name(m), (j, m))
            if len(bodies) == 2:
                for j, m in bodies.values():
                    add(j, m)
                    topical.pop(m, None)  # "relations with Lithuania … their cooperation": theirs, no topic
    found.sort()
    if len(found) > 2:
        # round 45: "had an official gone to the IG — but only after consulting with the staff of X — to
        # claim knowledge of a Y phone call to Z": a clause set off by a pair of dashes the relation word
        # is not in is another clause; its names are no parties (only where enough are left)
        kept = [f for f in found if not _between_dashes(ctx, f[0], first, hi, trigger)]
        found = kept if len(kept) >= 2 else found
    if topical:
        # "the meeting will strengthen relations between Washington and London": the names of a topic
        # are not parties, unless the topic is the relation word's own and nobody else is named ("talks
        # on relations between X and Y")
        others = any(m not in topical for _, m in found)
        # round 37: a negotiation's word naming nobody else, with a topic noun of two sides after
        # "between" in its clause ("the final form of the relations between X and Y will be set in
        # the second stage of the negotiations"): the sides negotiate their relations (not the
        # parties of an earlier claim the sentence would otherwise continue)
        sides = not others and trigger.key == "negotiate" and len(found) == 2 and all(
            _after_between(ctx, _group_head(ctx, m, excluded)) for _, m in found)
        found = [f for f in found if f[1] not in topical or (not others and (topical[f[1]] or sides))]
    if relation is not None and not relation.directed and len(found) < 2 and (
            pair := membership_pair(ctx, trigger, hi)) is not None \
            and {ctx.name(m) for _, m in found} <= {ctx.name(m) for m in pair}:
        # "Переговоры по выходу Англии из ЕС", "talks on Britain's exit from the EU": the member and
        # the union it leaves or joins negotiate (the topic's names are otherwise no parties)
        found = [(ctx.mention_tokens[m][0], m) for m in pair]
    if relation is not None and not relation.directed and (pair := hyphenated_pair(ctx, trigger)) is not None:
        # round 17: "US-China trade talks", "the Acme-Globex deal": the two names the relation noun's own
        # compound joins are its parties (another name of the clause is the verb's: "X said")
        found = [(ctx.mention_tokens[m][0], m) for m in pair]
    if relation is not None and not relation.directed and len(found) > 2 and (
            own := _owner_and_partner(ctx, trigger, hi)) is not None:
        # "стратегией сотрудничества России с Китаем", "spolupráci Česka s Německem", "cooperation
        # of Britain with the EU": the relation noun's owner and partner are its parties, not the
        # subject of the verb it is the object of
        kept = [f for f in found if f[1] in own]
        found = kept if len(kept) >= 2 else found
    if relation is not None and not relation.directed and len(found) > 2:
        candidates = found
        found = _arguments_of(ctx, found, trigger, hi)
        if ctx.match(ctx.lexicon.mediation, trigger.first) and found and all(p > trigger.last for p, _ in found):
            # round 17: "Берлин е готов да посредничи между Русия и Украйна": the mediator, the subject
            # nearest before the word (in the base form where the language marks case), is a party too
            subject = [f for f in candidates if f[0] < trigger.first and not ctx.is_oblique(f[1])]
            if subject:
                found = [subject[-1]] + found
    if relation is not None and relation.directed and not places_are_parties \
            and (inverted := _object_first(ctx, found, lo, hi, trigger)) is not None:
        return inverted  # round 32: "Лидию Орлову пригласил в Москву X": X invited her
    if relation is not None and relation.directed and not places_are_parties \
            and (inverted := _subject_after_object(ctx, found, trigger, hi)) is not None:
        return inverted  # round 86: "prosi Komisję o fundusze Komitet Regionów": the Committee asks the Commission
    if relation is not None and relation.directed:
        # (names inside a participle clause describing the subject are not the agent)
        found = [f for f in found if f[0] > trigger.last or not _inside_parenthetical(ctx, f[0], lo, trigger)]
        found = _subject_of_relative_clause(ctx, found, lo, trigger)
        # an inflected name before the verb is not its subject ("Demonstranti kromě oběšení Bibiové
        # požadují", "оправдана Верховным судом …, просит"): where the language marks case
        # (a visit's visitor may own the plan before it: "планы Дональда Трампа нанести визит")
        if not places_are_parties:
            # (round 47: but the state owning a government noun is: "Правительство X пригласило Y",
            # "Власти X готовы принять Y", "Rząd X zaprosił Y")
            found = [f for f in found if f[0] > trigger.last or not ctx.is_oblique(f[1])
                     or _owns_government_before(ctx, f[1])]
        else:
            # "…been to Boulder, one place we hadn't yet visited were the Flatirons": with a pronoun
            # subject, a name before it is not the visitor
            found = [f for f in found if f[0] > trigger.last or not _pronoun_subject_between(
                ctx, (ctx.mention_tokens[f[1]][1] if ctx.token_mention[f[0]] == f[1] else f[0]) + 1, trigger)]
        if unresolved_agent and not any(position < trigger.first for position, _ in found):
            return []  # "супруг Биби обратился к властям X и Y": the one who asks is nobody we can name
    if places_are_parties and any(position > trigger.last and ctx.mention(m).type == "LOC" for position, m in found):
        # "pojechał do Londynu na lunch z May", "travelled to Paris with X": whom one goes there with
        # is a companion, neither the visitor nor the place
        found = [f for f in found if not (f[0] > trigger.last and f[1] in partner_only and ctx.mention(f[1]).type != "LOC")]
    if places_are_parties and found and all(position > trigger.last for position, _ in found) and all(
            ctx.mention(m).type == "LOC" for _, m in found):
        # "passengers travelling to Belgium, Portugal and Spain", "поездки в Италию, Бельгию": places
        # after the visit word are where one goes; the visitor is unnamed
        if visitor is not None and ctx.name(visitor) not in {ctx.name(m) for _, m in found}:
            return [visitor] + [m for _, m in found]  # round 18: "said X during a visit to Y": X visited Y
        if len(found) == 1 and ctx.lexicon.drops_subjects and (
                found[0][0] <= trigger.last + 2 or place_object_after(ctx, trigger, found[0][0])):
            return [found[0][1]]  # round 12: "Następnie pojechał do Londynu": the caller looks for a dropped subject
            # (round 84: also over an auxiliary, "also" and a place noun: "Obiskal je tudi mesto X")
        return []
    if places_are_parties and len(found) >= 2:
        found = _without_regions(ctx, found, trigger, stop)
    if places_are_parties and len(found) > 2:
        # round 40: "visited the U.S.-Mexico border near McAllen": a place naming the kind of spot ("the X-Y
        # border") gives way to the place the phrase then names after a place preposition
        found = _most_specific_places(ctx, found, trigger, stop)
    if places_are_parties and len(found) > 2:
        # round 40: "podczas wizyty Kanadyjczyka w Paryżu": the visit noun's owner right after it is the
        # visitor, and the places after it are where (not the owner as the place of a visitor before)
        places = [f for f in found if f[0] > trigger.last and ctx.mention(f[1]).type == "LOC"]
        owner = next((f for f in found if trigger.last < f[0] <= trigger.last + 2 and ctx.mention(f[1]).type != "LOC"
                      and all(ctx.match(ctx.lexicon.articles, j) for j in range(trigger.last + 1, f[0]))), None)
        if places and owner is not None and owner[0] < places[0][0] and ctx.is_oblique(owner[1]) \
                and not _verb_word(ctx, trigger.first):
            found = [owner] + places  # (after a verb the name is whom one visits: "navštívil Kranze v Paříži")
    if places_are_parties and len(found) == 2 and trigger.last < found[0][0] <= trigger.last + 3 \
            and ctx.mention(found[0][1]).type == "LOC" and ctx.mention(found[1][1]).type == "PER" \
            and not _verb_word(ctx, trigger.first) and all(
                not ctx.tokens[j].is_word or ctx.token_mention[j] is not None or ctx.match(ctx.lexicon.articles, j)
                or ctx.match(ctx.lexicon.place_prepositions, j) or ctx.match(ctx.lexicon.addressee_prepositions, j)
                for j in range(trigger.last + 1, found[0][0])):
        # round 59: "во время визита в Париж … премьер-министр X дал интервью", "during his visit to Maronia,
        # X said": the place right after the visit noun is where; the person named after it is the visitor
        found = [found[1], found[0]]
    if relation is not None and not places_are_parties \
            and (clause := _subordinate_clause_before(ctx, first, lo, trigger)) is not None:
        # round 78: "…, ve kterém se hlasující vyslovili pro odchod X z bloku, vyzvali Y", "Когато бе лидер на партия
        # на X, Z убеди Y", "Zenco, ki ga je ustanovil X, skupaj z Y dela": a name in a subordinate clause that closes
        # right before the relation word is no party of it (the agent of a directed one, a side of any other)
        found = [f for f in found if not clause[0] <= f[0] < clause[1]]
    if relation is not None and relation.directed and (len(found) > 2 or (
            found and all(position < trigger.first for position, _ in found))):
        # (two names before the verb are its subject and something else: "Opozycyjna wobec rządu X
        # Partia Pracy wezwała"; the one asked comes after it)
        found = _agent_and_patient(ctx, found, trigger, ctx.lexicon.verb_final, places_are_parties)
    if relation is not None and relation.directed and not places_are_parties:
        # "urge Ukraine to investigate Biden": a name after the infinitive marker that follows the one
        # asked is the content of the request, not a party
        after = [position for position, _ in found if position > trigger.last]
        if after:
            cut = next((j for j in range(after[0] + 1, hi) if ctx.token_mention[j] is None
                        and (ctx.match(ctx.lexicon.commitment_markers, j)
                             or ctx.match(ctx.lexicon.request_content_markers, j))), None)  # (round 37: "X да уволни Y")
            if trigger.key == "request" and (early := _content_marker_before(ctx, trigger, after[0])) is not None:
                cut = early  # round 59: "urged the authorities in X to release Y", "призова да бъде предоставено
                # убежище на Y": the content opens before any name after the request word, so none is the asked
            if cut is not None:
                found = [f for f in found if f[0] < cut]
    if (cut := _infinitive_after(ctx, trigger, hi)) is not None:
        # "discussed the request to investigate energy company X", "the plan to sanction X": a name
        # after an infinitive right after the relation word is its content, not a party (unless a
        # partner word introduces it: "met to discuss trade with X")
        found = [f for f in found if f[0] < cut or any(
            ctx.match(ctx.lexicon.partner_prepositions, j) for j in range(cut + 1, f[0]))]
    if relation is not None and relation.directed and not places_are_parties and len(found) >= 2 \
            and _addressed(ctx, found[0][0], trigger) and not all(_addressed(ctx, f[0], trigger) for f in found):
        # round 78: "С требованием … к властям X обращались Y", "With the demand … to X's authorities turned Y":
        # the name after an addressee preposition is the one asked even where it comes first; the asker follows
        # (the parties are put in that order at the end: the checks below read ``found`` in text order)
        addressed_first = {m for position, m in found if _addressed(ctx, position, trigger)}
    if relation is not None and not relation.directed and len(found) >= 2 and all(
            position < trigger.first for position, _ in found) and _unnamed_partner(ctx, trigger, hi):
        # "Лондон … да сключва търговски сделки с държави извън блока": the relation's own partner is
        # a common noun, so the names before it are not its two parties (the subject's partner is unnamed)
        return []
    if relation is not None and not relation.directed and unnamed_partner:
        # round 34: "Уилям е разговарял и с дъщерите на Ажа": the partner is unnamed, so the names of
        # the clause are not its two parties
        return []
    if _first_person_verb(ctx, relation, trigger):
        uses_first_person = True  # "„Žádám premiérku …“, řekl X", "«Прошу президента …»": the speaker asks
        # round 14: "– Rozmawiamy z firmą X", "Сотрудничаем с X": a plural ending is "we"
        says_we = says_we or ctx.tokens[trigger.first].norm.endswith(ctx.lexicon.plural_first_person_endings)
    if relation is not None and (verb := _naming_verb_before(ctx, trigger)) is not None \
            and (owner := next((position for position, _ in found if position > trigger.last), None)) is not None \
            and not any(ctx.match(ctx.lexicon.partner_prepositions, j) or ctx.match(ctx.lexicon.between, j)
                        or ctx.tokens[j].norm in {",", ";", ":"} for j in range(trigger.last + 1, owner)):
        # round 73: "Мария Захарова назвала письма посла X частью программы": the subject of a verb of calling whose
        # object is a relation noun with an owner of its own judges someone else's relation, no party (not a partner
        # after the noun: "Лавров назвал переговоры с X конструктивными" — his own talks)
        found = [f for f in found if f[0] > verb]
    if relation is not None and (verb := _influence_verb_before(ctx, trigger)) is not None:
        # round 78: "X лансира платформа, за да повлияе на преговорите с Y", "X wants to influence the talks with Y":
        # the one influencing the relation acts on it from outside, no party (the partner after the noun stays)
        found = [f for f in found if f[0] > verb]
    participants = _one_per_person(ctx, [m for _, m in found], partner_only)  # round 34: one person, one party
    if relation is not None and not relation.directed and len(participants) == 1 and participants[0] in partner_only \
            and (subject := _conditional_main_subject(ctx, first, trigger, speaker)) is not None \
            and ctx.name(subject) != ctx.name(participants[0]):
        # round 51: "Великобритания може да избере твърд Брекзит, ако няма сделка с ЕС, предупреди X", "X
        # will leave, if no deal with Y is reached": the main clause's subject is the side, not the speaker
        participants.insert(0, subject)
    if relation is not None and not relation.directed and len(participants) == 1 and participants[0] in partner_only \
            and (refuser := _refuser_before(ctx, first, trigger)) is not None \
            and ctx.name(refuser) != ctx.name(participants[0]):
        # round 57: "the Zenco, who have long refused to negotiate with Y", "X refused to meet with Y": the one
        # refusing is the other side of the relation it refuses (no source: attribution skips the cue)
        participants.insert(0, refuser)
    if inherits and not previous_participants and they_at is not None and len(participants) < 2 \
            and not they_for_unnamed_people(ctx, trigger):
        # round 76: with no claim just made, "they" stands for the names joined before it in its sentence or opening
        # the sentence before ("BioNTech працювала з Pfizer …, тож у березні вони домовилися")
        for m in _they_antecedents(ctx, they_at):
            if ctx.name(m) not in {ctx.name(p) for p in participants}:
                participants.append(m)
    if inherits and previous_participants and not they_for_unnamed_people(ctx, trigger):
        # (round 64: not a "they" standing for people the sentence leaves unnamed: "congratulated his colleagues that
        # they had reached an agreement")
        for m in previous_participants:
            if ctx.name(m) not in {ctx.name(p) for p in participants}:
                participants.append(m)
    if speaker is not None and speaker_is_party_allowed and speaker_name not in {ctx.name(p) for p in participants} \
            and not (ctx.mention(speaker).type == "LOC" and _meeting_place(ctx, speaker)):
        # the speaker is a party when they say "we", or when the content names only a partner
        # ("denied speaking to Putin", "обсъжданията с Мъск")
        # (round 61: not a meeting's place taken for its speakers: "Zebrani na szczycie w X przywódcy
        # potwierdzili, że chcą partnerstwa z Y": the leaders at the summit in X, unnamed, are the side)
        # (not when a group the sentence does not name is the subject: "ministers will meet X")
        lone_partner = (len(participants) == 1 and participants[0] in partner_only and not unresolved_party
                        and not unnamed_subject)
        # round 64: (not a partner after "between": "сделка между Великобритания и Съюза": the other side is the
        # common noun after the conjunction, named but not resolved, not the speaker)
        between_at = next((j for position, m in found if len(participants) == 1 and m == participants[0]
                           for j in range(min(trigger.first, position), position) if ctx.match(ctx.lexicon.between, j)), None)
        lone_partner = lone_partner and between_at is None
        # round 40: (not a partner word before a relation noun: "Отставка координатора с британской стороны X
        # на переговорах …" — the "с" is another noun's, the talks' partner is not named)
        lone_partner = lone_partner and not (
            relation is not None and is_relation_noun(ctx, relation, trigger)
            and all(position < trigger.first for position, m in found if m == participants[0]))
        # round 37: ... or only one coordinated group of partners after the relation word, not after
        # "between" ("potrdila dogovor s X in Y": the speaker's deal is with both)
        lone_partner = lone_partner or (
            len(participants) >= 2 and all(p in partner_only for p in participants) and len(found) == len(participants)
            and _one_group(ctx, found) and all(position > trigger.last for position, _ in found)
            and not any(ctx.match(ctx.lexicon.between, j) for j in range(trigger.first, found[0][0] + 1))
            and not unresolved_party and not unnamed_subject)
        # (not a speaker saying "I" about a relation whose parties "between" names: "I was not on
        # the call between X and Y" — they deny taking part, the call between X and Y happened)
        # (round 64: nor "we" elsewhere in the clause with the one partner after "between": "ми зверталися … про
        # співробітництво між компаніями "Acme" та "Zenco"": the other side is a name the recogniser missed; "between
        # us and X" names the speaker inside the pair)
        uses_first_person = uses_first_person and (between_at is None or any(
            ctx.match(ctx.lexicon.first_person, j) for j in range(between_at, ctx.mention_tokens[participants[0]][1] + 1)))
        if (uses_first_person and not between_names_parties(ctx, trigger, participants)) or lone_partner:
            # (round 90: or a verb in the plural right before the relation noun: "kterou máme ve smlouvě s X")
            says_we = says_we or (lone_partner and _plural_verb_before_noun(ctx, relation, trigger))
            company = ctx.role_company.get(speaker) if says_we else None
            if company is not None and ctx.name(company) not in {ctx.name(p) for p in participants}:
                # round 14: '"… we are delighted with this collaboration with X", says Y, general manager
                # at Z': the "we" of someone speaking for the organisation of their role phrase is Z
                participants.insert(0, company)
            elif company is None and says_we and relation is not None and not relation.directed \
                    and (body := _speaker_body(ctx, speaker)) is not None:
                # round 67: the "we" of a person whose role the document gives as one organisation's
                # ("przewodniczący Rady Europejskiej X", "the spokesman of the Commission X"): that organisation's
                # side, not the person (not in a request: "ambasador prosi nas" — "us" is the one asked)
                if ctx.name(body) not in {ctx.name(p) for p in participants}:
                    participants.insert(0, body)
            elif company is None and ctx.mention(speaker).type in PARTICIPANT_TYPES:
                if first_person_object:
                    participants.append(speaker)  # round 101: the speaker is the one asked ("prosi nas")
                else:
                    participants.insert(0, speaker)
    if (not says_we and (uses_first_person or not any(position < trigger.first for position, _ in found))
            and relation is not None and not relation.directed and len(participants) >= 2
            and (speaker is None or not speaker_is_party_allowed)
            and len(found) == len(participants) and found[0][1] in partner_only
            and all(position > trigger.last for position, _ in found)
            and (_one_group(ctx, found) or {m for _, m in found} <= set(_chain_after(ctx, found[0][0], hi)))
            and all(any(ctx.tokens[j].norm == "," or ctx.match(ctx.lexicon.conjunctions, j)
                        for j in range(ctx.mention_tokens[a][1] + 1, position))
                    for (_, a), (position, _) in zip(found, found[1:]))
            and not any(ctx.match(ctx.lexicon.between, j) for j in range(trigger.first, found[0][0] + 1))):
        # round 40: "Yesterday I met with Prime Minister X and Foreign Minister Y", "Včera jsem při svých
        # schůzkách s X a Y", "kontraktowi z tureckimi Akfel, Kibar i Bosphorus": one group of partners of
        # "I" or of someone the clause does not name — not each other's partners (a "we" may work with
        # both together: "współpracujemy z Ukrainą i Rosją w ramach trilogu")
        return []
    if (relation is not None and relation.directed and not places_are_parties and not inherits
            and not any(position < trigger.first for position, _ in found)
            and (speaker is None or participants[:1] != [speaker])
            and (_one_group(ctx, found) or _one_quoted_group(ctx, found))):
        # a request or invitation to a coordinated group with no one before it to make it ("Stejnou
        # žádost adresoval i představitelům Kanady a USA"): the ones asked are no relation between
        # themselves (a name right after a relation noun, not coordinated with the next, is its
        # agent: "По разпореждане на премиера X ... на Y")
        if (previous_agent is not None and len(participants) >= 2 and not unnamed_subject and not unresolved_agent
                and found[0][0] > trigger.last + 1
                and ctx.name(previous_agent) not in {ctx.name(p) for p in participants}):
            # "Stejnou žádost adresoval i představitelům Kanady a USA" right after a request of X's: the
            # same asker, new addressees
            return [previous_agent] + participants
        return _with_included_agents(ctx, first, stop, trigger, found, [], excluded)
    if relation is not None and relation.directed and not places_are_parties and len(participants) < 2:
        return _with_included_agents(ctx, first, stop, trigger, found, participants, excluded)
    if relation is not None and relation.directed and relation.places and participants \
            and all(ctx.mention(p).type == "LOC" and ctx.mention_tokens[p][0] > trigger.last for p in participants) \
            and (visitor := _subject_after_setting_visit(ctx, first, stop, trigger, participants)) is not None:
        # round 73: "Po obiskih v X in Y je premierka Z končala teden …": the visitor is the subject after the places
        participants = [visitor] + participants
    if addressed_first and not set(participants) <= addressed_first:
        participants = [p for p in participants if p not in addressed_first] \
            + [p for p in participants if p in addressed_first]
    return _without_own_body_holder(ctx, participants)


def place_object_after(ctx: DocumentContext, trigger: PhraseMatch, position: int, most: int = 4) -> bool:
    """Round 84: whether only auxiliaries, reflexive particles, "also" words (lexicon ``additive_particles``) and a
    place noun ("city", "mesto") stand between a visit verb and the place at ``position`` (at most ``most`` words):
    "Obiskal je tudi mesto X", "Navštívil také město X": the place is the verb's object, the place visited."""
    lexicon = ctx.lexicon
    if not (trigger.last < position <= trigger.last + 1 + most) or not _verb_word(ctx, trigger.first):
        return False
    k = trigger.last + 1
    while k < position:
        length = max(ctx.match(lexicon.auxiliaries, k), ctx.match(lexicon.reflexive_particles, k),
                     ctx.match(lexicon.additive_particles, k), ctx.match(lexicon.place_nouns, k))
        if not length or ctx.token_mention[k] is not None:
            return False
        k += length
    return k == position


def _subject_after_setting_visit(ctx: DocumentContext, first: int, stop: int, trigger: PhraseMatch, places: list[int],
                                 adjectives: int = 2, most: int = 3) -> int | None:
    """Round 73: the person who made a visit named in a setting phrase opening the sentence (lexicon ``during``:
    "after", "during", "po", "podczas", "след"; over at most ``adjectives`` lower-case words before the visit noun)
    whose places are named after the noun: the subject of the main clause right after the places, over at most
    ``most`` lower-case words (its verb, a role noun) — "Po jalovih obiskih v X in Y je premierka Z končala teden":
    Z visited X and Y (the places alone were both sides). A person in the nominative, none other between."""
    lexicon = ctx.lexicon
    k = trigger.first - 1
    words = 0
    while k >= first and words < adjectives and ctx.token_mention[k] is None and ctx.tokens[k].is_word \
            and ctx.tokens[k].text[:1].islower() and not ctx.match(lexicon.during, k):
        k, words = k - 1, words + 1
    if k < first or ctx.match(lexicon.during, first) != k - first + 1:
        return None  # (the setting phrase opens the sentence)
    j = max(ctx.mention_tokens[p][1] for p in places) + 1
    for _ in range(most + 1):
        if j >= stop:
            return None
        if (m := ctx.token_mention[j]) is not None:
            if ctx.mention(m).type == "PER" and not ctx.is_oblique(m) and _is_name(ctx, m):
                return m
            return None
        if not ctx.tokens[j].is_word or not ctx.tokens[j].text[:1].islower():
            return None
        j += 1
    return None


def _speaker_body(ctx: DocumentContext, speaker: int) -> int | None:
    """Round 67: the one organisation the roles of person ``speaker`` (any of its mentions) belong to, by a role
    phrase naming it ("przewodniczący Rady Europejskiej X", "официальный представитель Еврокомиссии X") — its first
    mention in the document, or None when the roles name none, several, or a place (the "we" of a head of state or
    government is the person, by the guidelines: "talks with Pakistan are under way, Trudeau said")."""
    if ctx.mention(speaker).type != "PER":
        return None
    name = ctx.name(speaker)
    bodies: set[str] = set()
    for holder, names in ctx.role_bodies.items():
        if ctx.name(holder) == name:
            bodies |= names
    if len(bodies) != 1:
        return None
    body = next(iter(bodies))
    found = [m for m in range(len(ctx.doc.mentions)) if ctx.name(m) == body]
    if not found or any(ctx.mention(m).type != "ORG" for m in found):
        return None
    return found[0]


def _without_own_body_holder(ctx: DocumentContext, participants: list[int]) -> list[int]:
    """Round 61: two parties of one side, a body and a person whose role phrase the document gives as that body's
    ("the EU's chief negotiator X", "X, Acme's chief negotiator"; that body alone: a phrase naming several, "the
    negotiator of London in the dialogue with Brussels", says too little): the person acts for the body, no other
    side is named — the body alone (the claim then needs a second party from elsewhere, or is none)."""
    if len(participants) != 2:
        return participants
    for person, body in (participants, participants[::-1]):
        if ctx.mention(person).type == "PER" and ctx.mention(body).type in ("ORG", "LOC") and person in ctx.role_bodies:
            events = {ctx.name(m) for m in range(len(ctx.doc.mentions)) if ctx.mention(m).type == "MISC"}
            if ctx.role_bodies[person] - events == {ctx.name(body)}:  # ("преговарящ на ЕС за Брекзит": EU's)
                return [body]
    return participants


def _owns_government_before(ctx: DocumentContext, m: int, places: bool = False) -> bool:
    """Round 47: whether the place or organisation at mention ``m`` comes right after a government noun
    (lexicon ``government_nouns``: "Правительство X", "власти X", "rząd X", "vláda X"): the state whose
    government it is, the subject's owner, though inflected. Round 59, with ``places``: a place also over
    a place preposition ("the authorities in X", "властите в X")."""
    k = ctx.mention_tokens[m][0] - 1
    if k < 0 or ctx.mention(m).type not in ("LOC", "GPE", "ORG"):
        return False
    if places and k > 0 and ctx.mention(m).type == "LOC" and ctx.token_mention[k] is None \
            and ctx.match(ctx.lexicon.place_prepositions, k) == 1:
        k -= 1
    # ("the government of X", "правителството на X": over an article and an owner word)
    for _ in range(2):
        if k > 0 and (ctx.match(ctx.lexicon.articles, k) or ctx.match(ctx.lexicon.owner_words, k)):
            k -= 1
    return ctx.phrase_ending_at(ctx.lexicon.government_nouns, k, (3, 2, 1)) > 0


def _asked_content_subject(ctx: DocumentContext, trigger: PhraseMatch, k: int, hi: int) -> int | None:
    """Round 47: for a request word followed (over a comma) by a marker opening what is asked (lexicon
    ``request_content_markers``: "aby", "чтобы", "żeby") and a name in the base form right after it
    ("Představitelé EU požadují, aby Británie zaručila …", "потребовал, чтобы Россия …"): that name, the
    subject of the content, is the one asked (no name was asked between the word and the marker)."""
    if trigger.key != "request":
        return None
    lexicon = ctx.lexicon
    if k < hi and ctx.tokens[k].norm == ",":
        k += 1
    if k >= hi or not (length := ctx.match(lexicon.request_content_markers, k)):
        return None
    k = ctx.after_articles(k + length, hi)
    m = ctx.token_mention[k] if k < hi else None
    if m is None or ctx.mention(m).type not in PARTICIPANT_TYPES or not _is_name(ctx, m) \
            or ctx.is_oblique(m) or ctx.is_possessive(m) or ctx.mention_tokens[m][1] >= hi:
        return None
    return m


def _agentless_passive(ctx: DocumentContext, trigger: PhraseMatch, stop: int) -> bool:
    """Round 105: whether a directed relation word is a passive participle (lexicon ``passive_participles``,
    [references]: "zaproszeni", "поканен") with no agent preposition (``participle_agents``: "przez", "от") after it
    in its clause: "na konferencję zostali zaproszeni X, Y i Z": every name is one of those invited, the one who
    invites is not named, so no two of them are the relation's sides. Only for languages with an agent
    preposition (an instrumental agent, "приглашён X-ом", cannot be told from the invited without case)."""
    lexicon = ctx.lexicon
    if not lexicon.participle_agents.patterns or not ctx.match(lexicon.passive_participles, trigger.first):
        return False
    for k in range(trigger.last + 1, stop):
        if ctx.tokens[k].norm in _CLAUSE_BREAK:
            break
        if ctx.match(lexicon.participle_agents, k):
            return False
    return True


def _unnamed_participle_subject(ctx: DocumentContext, lo: int, trigger: PhraseMatch) -> bool:
    """Round 105: whether the relation word opens a participle or relative phrase right after a comma that follows a
    noun of unnamed people (lexicon ``people_nouns``, or ``person_nouns`` in [references]: "хора", "пациент",
    "people", "a patient"), with no name on that noun: "сред хора, пристигнали от Катар", "у пациент, посетил пазар
    за камили", "among people, arriving from X". The phrase's subject is those people, whom no mention names."""
    lexicon = ctx.lexicon
    k = trigger.first - 2
    if k < lo or ctx.tokens[k + 1].norm != "," or ctx.token_mention[k] is not None or not ctx.tokens[k].is_word:
        return False
    return bool(ctx.match(lexicon.person_nouns, k) or ctx.match(lexicon.people_nouns, k))


def _organised_event_start(ctx: DocumentContext, lo: int, stop: int, trigger: PhraseMatch, reach: int = 3) -> int | None:
    """Round 105: the first token of a symmetric relation noun that is the object of a verb of organising (lexicon
    ``organiser_verbs``, [references]) right before it ("помогла организовать встречу семьи X с Y", "zorganizował
    spotkanie X z Y", "organised talks between X and Y"), when a name follows the noun within ``reach`` lower-case
    words (its own side: an owner, "between"; not after a partner preposition: "X organised talks with Y" may be X's
    own talks): the organiser, the subject of the verb, arranges the meeting but is none of its sides, so the names
    before the noun are no parties. None otherwise (no verb, a directed relation, no name after it before ``stop``, the
    exclusive end of the clause: the next sentence's first name is no side of this noun)."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if relation is None or relation.directed or trigger.first - 1 < lo:
        return None
    if not ctx.match(lexicon.organiser_verbs, trigger.first - 1):
        return None
    if (side := name_within(ctx, trigger.last + 1, stop, reach)) is None:
        return None
    if any(ctx.match(lexicon.partner_prepositions, k) for k in range(trigger.last + 1, ctx.mention_tokens[side][0])):
        return None  # ("X organised talks with Y": X may well be the side that talks with Y)
    return trigger.first


def _person_taken_in(ctx: DocumentContext, trigger: PhraseMatch, stop: int, reach: int = 3) -> bool:
    """Round 47: whether a person's name follows a word of taking someone in (relation ``takes_in``: "ready
    to receive X", "готовы принять Биби", "gotowi przyjąć pakistańską chrześcijankę X") within ``reach``
    lower-case words (articles, adjectives, a role noun), no punctuation between, before ``stop`` (the exclusive end
    of the clause)."""
    m = name_within(ctx, trigger.last + 1, stop, reach)
    return m is not None and ctx.mention(m).type == "PER" and _is_name(ctx, m) and not ctx.is_possessive(m)


def name_within(ctx: DocumentContext, start: int, end: int, reach: int) -> int | None:
    """The first name from token ``start`` on, over at most ``reach`` lower-case words and before
    ``end``: its mention index, or None when another token comes first."""
    for j in range(start, min(start + reach + 1, end)):
        if (m := ctx.token_mention[j]) is not None:
            return m
        if not (ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower()):
            return None
    return None


def _with_included_agents(ctx: DocumentContext, first: int, stop: int, trigger: PhraseMatch,
                          found: list[tuple[int, int]], participants: list[int], excluded: set[int]) -> list[int]:
    """Round 47: the parties of a request or invitation whose agent is an unnamed group with its named
    members after an inclusion marker ("Several countries, including X and Y, have offered asylum to Z",
    "Już kilka krajów zaoferowało pomoc Z, w tym X i Y"): the members make it, the one other name found
    is asked or invited. ``participants`` otherwise (no marker, no members, or no one else)."""
    lexicon = ctx.lexicon
    for j in range(max(first, 1), stop):
        if j == trigger.first or ctx.tokens[j - 1].norm != "," or ctx.token_mention[j] is not None:
            continue
        if not (length := ctx.match(lexicon.inclusion_markers, j)):
            continue
        members: list[int] = []
        k = j + length
        while k < stop:
            if ctx.match(lexicon.articles, k):
                k += 1
                continue
            m = ctx.token_mention[k]
            if m is None or ctx.mention(m).type not in PARTICIPANT_TYPES or not _is_name(ctx, m):
                break
            members.append(m)
            k = ctx.mention_tokens[m][1] + 1
            if k + 1 < stop and (ctx.tokens[k].norm == "," or ctx.match(lexicon.conjunctions, k)) \
                    and ctx.token_mention[k + 1] is not None:
                k += 1
                continue
            break
        if not members:
            return participants
        names = {ctx.name(m) for m in members}
        others = [m for position, m in found if ctx.name(m) not in names and not j <= position < k]
        if not others:
            # "Janě Novákové již několik zemí nabídlo azyl, mimo jiné X": the one person named before the
            # verb in the dative (left out as no subject) is the one invited
            others = [m for m in range(len(ctx.doc.mentions)) if first <= ctx.mention_tokens[m][0] < trigger.first
                      and ctx.mention_tokens[m][0] not in excluded and ctx.mention(m).type == "PER"
                      and _is_name(ctx, m) and ctx.name(m) not in names]
        # (only when no one before the relation word makes it: "X invited several leaders, including Y")
        if len({ctx.name(m) for m in others}) != 1 or any(position < trigger.first for position, m in found
                                                           if m in others):
            return participants
        return members + others[:1]
    return participants


def _without_regions(ctx: DocumentContext, found: list[tuple[int, int]], trigger: PhraseMatch,
                     stop: int) -> list[tuple[int, int]]:
    """Round 40: ``found`` without a place after the visit word that follows another place and a
    comma and ends the list ("visited McAllen, Texas, and argued …", "… Springfield, Ohio."): the
    region of the place before it, not a second place visited ("Paris, Berlin, and Rome" goes on
    with a place). ``stop``, the exclusive end of the clause, ends the list too (a sentence with no final
    punctuation: the next sentence's first name does not go on with it)."""
    dropped: set[int] = set()
    for position, m in found:
        first, last = ctx.mention_tokens[m]
        if position <= trigger.last or ctx.mention(m).type != "LOC" or first < 2 or ctx.tokens[first - 1].norm != ",":
            continue
        before = ctx.token_mention[first - 2]
        if before is None or ctx.mention(before).type != "LOC" or not any(f[1] == before for f in found):
            continue
        opening = ctx.mention_tokens[before][0] - 1
        if opening >= 1 and ctx.tokens[opening].norm == "," and (earlier := ctx.token_mention[opening - 1]) is not None \
                and ctx.mention(earlier).type == "LOC" and any(f[1] == earlier for f in found):
            continue  # round 48: a list of three places or more with no conjunction: "Warsaw, Berlin, Paris."
        j = last + 1
        if j < stop and ctx.tokens[j].norm == ",":
            rest = [ctx.token_mention[i] for i in range(j + 1, min(j + 3, stop))]
            if any(r is not None for r in rest):
                continue  # a list going on: "Paris, Berlin, and Rome"
        elif j < stop and ctx.tokens[j].norm not in {".", ";", "!", "?"}:
            continue
        dropped.add(m)
    return [f for f in found if f[1] not in dropped] if dropped else found


def _verb_word(ctx: DocumentContext, k: int) -> bool:
    """Round 40: whether the word at token ``k`` is a verb by its dictionary forms (an infinitive among
    them, lexicon ``verb_lemma_endings``: "navštívil" -> "navštívit"; "wizyty" -> "wizyta" is none)."""
    endings = ctx.lexicon.verb_lemma_endings
    word = ctx.tokens[k].norm
    return bool(endings) and any(lemma != word and lemma.endswith(endings)
                                 for lemma in lexicon_lemmas_of(word, ctx.lexicon.language))


def _most_specific_places(ctx: DocumentContext, found: list[tuple[int, int]], trigger: PhraseMatch, stop: int,
                          reach: int = 6) -> list[tuple[int, int]]:
    """Round 40: ``found`` without the places after the visit word that only modify a common noun
    (over a hyphenated or coordinated chain of places: "the U.S.-Mexico border", "granicę polsko-…")
    when a place follows that noun within ``reach`` tokens after a place preposition ("… border near
    McAllen", "… hranici u Brna"): the visited place is the most specific one the phrase names. Read before
    ``stop``, the exclusive end of the clause."""
    lexicon = ctx.lexicon
    dropped: set[int] = set()
    for position, m in found:
        if position <= trigger.last or ctx.mention(m).type != "LOC" or m in dropped:
            continue
        k = ctx.mention_tokens[m][1] + 1
        chain = [m]
        while k + 1 < stop and ctx.tokens[k].norm in {"-", "–", "/"} and ctx.token_mention[k + 1] is not None:
            chain.append(ctx.token_mention[k + 1])
            k = ctx.mention_tokens[ctx.token_mention[k + 1]][1] + 1
        if not (k < stop and _plain_word(ctx, k)):
            continue  # not a modifier of a noun ("Belfastu w Irlandii Północnej": a place in a region)
        for j in range(k + 1, min(k + 1 + reach, stop)):
            later = ctx.token_mention[j]
            if later is not None:
                if ctx.mention(later).type == "LOC" and ctx.match(lexicon.place_prepositions, j - 1) \
                        and any(f[1] == later for f in found):
                    dropped.update(chain)
                break
            if not ctx.tokens[j].is_word or ctx.match(lexicon.conjunctions, j):
                break
    return [f for f in found if f[1] not in dropped] if dropped else found


def _object_first(ctx: DocumentContext, found: list[tuple[int, int]], lo: int, hi: int,
                  trigger: PhraseMatch) -> list[int] | None:
    """Round 32: [agent, patient] of a directed relation verb in object-first order, where the
    language marks case: a person in an inflected form opening the clause right before the verb and
    a person in the base form after it, over a place phrase, closing the clause ("Лидию Орлову
    пригласил в Москву Антон Берг", "Lenku Machovou pozval do Prahy Tomáš Kubát", "Adama Nowaka
    zaprosił do Warszawy Jan Kowalski"). None for any other shape (a name between, a preposition
    before either name, more names, a relation noun)."""
    if not ctx.lexicon.owner_genitive or len(found) != 2:
        return None
    (p1, before), (p2, after) = found
    if not (p1 < trigger.first and p2 > trigger.last):
        return None
    if ctx.mention(before).type != "PER" or ctx.mention(after).type != "PER":
        return None
    if not ctx.is_oblique(before) or ctx.is_oblique(after) or after_preposition(ctx, ctx.mention_tokens[after][0]):
        return None
    first_b, last_b = ctx.mention_tokens[before]
    if first_b != p1 or any(ctx.tokens[j].is_word for j in range(lo, first_b)) \
            or any(ctx.tokens[j].is_word or ctx.token_mention[j] is not None for j in range(last_b + 1, trigger.first)):
        return None  # the object opens the clause, right before the verb
    if is_relation_noun(ctx, ctx.lexicon.relation(trigger.key), trigger):
        return None
    end = ctx.mention_tokens[after][1] + 1
    if end < hi and ctx.tokens[end].is_word:
        return None  # the subject closes the clause
    return [after, before]


def _subject_after_object(ctx: DocumentContext, found: list[tuple[int, int]], trigger: PhraseMatch,
                          hi: int) -> list[int] | None:
    """Round 86: [agent, patient] of a directed relation verb with both names after it, where the language
    marks case: an inflected name (the object, no preposition before it) after the verb and then a name in the
    base form (the subject, no preposition before it) — "prosi Komisję o fundusze Komitet Regionów", "zaprosił
    Nowaka do Warszawy Kowalski": the second asks or invites the first. None for any other shape (a name
    before the verb, more names, a relation noun, a preposition before either name)."""
    if not ctx.lexicon.owner_genitive or len(found) != 2:
        return None
    (p1, obj), (p2, subj) = found
    if p1 != trigger.last + 1 or not p1 < p2 < hi or ctx.token_mention[p1] != obj or ctx.token_mention[p2] != subj:
        return None  # (the object right after the verb: "o pomoc do przywódców X i Y" is another shape)
    if ctx.match(ctx.lexicon.conjunctions, p2 - 1):
        return None  # "prosi X i Y": the two are joined, both asked
    if not ctx.is_oblique(obj) or ctx.is_oblique(subj) or ctx.name(obj) == ctx.name(subj):
        return None
    if after_preposition(ctx, p1) or after_preposition(ctx, p2):
        return None
    if is_relation_noun(ctx, ctx.lexicon.relation(trigger.key), trigger):
        return None
    return [subj, obj]


def _first_person_verb(ctx: DocumentContext, relation, trigger: PhraseMatch) -> bool:
    """Whether the relation word is a verb in the first person, in a language that drops subject
    pronouns (lexicon ``first_person_endings``: "Žádám", "prosimo", "прошу", "rozmawiamy"): its
    subject is "I"/"we", the speaker. Never for a noun of the relation ("schůzkám", "встречу")."""
    endings = ctx.lexicon.first_person_endings
    if not endings or relation is None or is_relation_noun(ctx, relation, trigger):
        return False
    word = ctx.tokens[trigger.first].norm
    if not any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings):
        return False
    # a verb: its dictionary form is an infinitive ("прошу" -> "просить"; "визиту" -> "визит" is a noun);
    # the forms the lexicon's @lemma patterns expand to say it (forms.json, built with simplemma)
    verb_endings = ctx.lexicon.verb_lemma_endings or ("\0",)
    return any(lemma != word and lemma.endswith(verb_endings)
               for lemma in lexicon_lemmas_of(word, ctx.lexicon.language))


def _plural_verb_before_noun(ctx: DocumentContext, relation, trigger: PhraseMatch) -> bool:
    """Round 90: whether a relation noun is governed by a verb in the first person plural right before it or
    before its place preposition ("kterou máme ve smlouvě s X", "które mamy w umowie z X", "ki jo imamo v
    pogodbi z X"): "we" (lexicon ``plural_first_person_endings``; no lemmatiser at run time, so the
    shape — a lower-case word with the ending, then at most that preposition, then the noun — says it), so
    the one speaking for the organisation of their role phrase speaks for it."""
    endings = ctx.lexicon.plural_first_person_endings
    if not endings or relation is None or not is_relation_noun(ctx, relation, trigger):
        return False
    k = trigger.first - 1
    if k >= 1 and ctx.match(ctx.lexicon.place_prepositions, k) == 1:
        k -= 1
    if k < 0 or ctx.token_mention[k] is not None:
        return False
    token = ctx.tokens[k]
    word = token.norm
    return token.is_word and token.text[:1].islower() and any(
        word.endswith(e) and len(word) > len(e) for e in endings)


def _unnamed_partner(ctx: DocumentContext, trigger: PhraseMatch, hi: int, reach: int = 3) -> bool:
    """Whether the relation word's own partner preposition (the last word of its phrase: "сделки с",
    "deal with"; or right after it over articles: "talks with") introduces a phrase of common nouns:
    no name, role, pronoun, nor a noun the document may link to a body (union, company, government,
    institution, collective or group nouns) and no capitalised word within ``reach`` words before
    any punctuation ("търговски сделки с държави извън блока", "talks with foreign investors")."""
    lexicon = ctx.lexicon
    if trigger.last > trigger.first and ctx.match(lexicon.partner_prepositions, trigger.last) \
            and not ctx.match(lexicon.reflexives, trigger.last):
        start = trigger.last + 1
    else:
        j = ctx.after_articles(trigger.last + 1, hi)
        length = ctx.match(lexicon.partner_prepositions, j) if j < hi and ctx.token_mention[j] is None else 0
        if not length or ctx.match(lexicon.reflexives, j):
            return False
        start = j + length
    start = ctx.after_articles(start, hi)
    if start >= hi or not ctx.tokens[start].is_word:
        return False
    tables = (lexicon.person_pronouns, lexicon.plural_pronouns, lexicon.first_person, lexicon.possessive_pronouns,
              lexicon.union_nouns, lexicon.organisation_nouns, lexicon.government_nouns, lexicon.institution_nouns,
              lexicon.collective_roles, lexicon.people_nouns, lexicon.conjunctions)
    if any(ctx.token_mention[j] is not None for j in range(start, hi)):
        return False  # "talks with officials from Russia", "… з питань … між Росією та Україною"
    for j in range(start, min(start + reach, hi)):
        token = ctx.tokens[j]
        if not token.is_word:
            break
        if ctx.role_noun_at(j) is not None or not token.text[:1].islower() or any(ctx.match(table, j) for table in tables):
            return False
    return True


def _infinitive_after(ctx: DocumentContext, trigger: PhraseMatch, hi: int, reach: int = 4) -> int | None:
    """The token of an infinitive marker (lexicon ``infinitive_markers``: "to") within ``reach`` words
    after the relation word, with no name between, followed by a lower-case word that is no article,
    pronoun or noun naming someone ("the request to investigate X"): where the content begins."""
    lexicon = ctx.lexicon
    for k in range(trigger.last + 1, min(trigger.last + 1 + reach, hi)):
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word:
            return None
        if not ctx.match(lexicon.infinitive_markers, k):
            continue
        j = k + 1
        if j >= hi or ctx.token_mention[j] is not None or not ctx.tokens[j].is_word \
                or not ctx.tokens[j].text[:1].islower():
            return None
        if any(ctx.match(table, j) for table in (
                lexicon.articles, lexicon.roles, lexicon.organisation_nouns, lexicon.union_nouns,
                lexicon.government_nouns, lexicon.collective_roles, lexicon.people_nouns, lexicon.anonymous,
                lexicon.media, lexicon.audience_nouns, lexicon.person_pronouns, lexicon.plural_pronouns,
                lexicon.first_person, lexicon.possessive_pronouns)):
            return None
        return k
    return None


def _content_marker_before(ctx: DocumentContext, trigger: PhraseMatch, end: int) -> int | None:
    """Round 59: the token of a marker opening what a request asks for (lexicon ``request_content_markers``
    and ``commitment_markers``: "да", "aby", "чтобы", "to") between the request word and token ``end``
    (the first name after it), outside names, followed by a lower-case word that is no article, pronoun
    or noun naming someone ("urged the authorities in X to release Y", "призова да бъде предоставено
    убежище на Y"; not the preposition "appealed to the government of X"). None otherwise."""
    lexicon = ctx.lexicon
    for k in range(trigger.last + 1, end):
        if ctx.token_mention[k] is not None or not (ctx.match(lexicon.request_content_markers, k)
                                                    or ctx.match(lexicon.commitment_markers, k)):
            continue
        j = k + 1
        if j >= end or ctx.token_mention[j] is not None or not ctx.tokens[j].is_word \
                or not ctx.tokens[j].text[:1].islower():
            continue
        if any(ctx.match(table, j) for table in (
                lexicon.articles, lexicon.roles, lexicon.organisation_nouns, lexicon.union_nouns,
                lexicon.government_nouns, lexicon.collective_roles, lexicon.people_nouns, lexicon.anonymous,
                lexicon.media, lexicon.audience_nouns, lexicon.person_pronouns, lexicon.plural_pronouns,
                lexicon.first_person, lexicon.possessive_pronouns)):
            continue
        return k
    return None


def between_names_parties(ctx: DocumentContext, trigger: PhraseMatch, participants: list[int], reach: int = 3) -> bool:
    """Whether "between" (lexicon ``between``) within ``reach`` words after the relation word is
    followed by two or more of the parties found ("the call between X and Y", "разговор между X и Y"), in its
    sentence (`DocumentContext.sentence_stop`)."""
    for k in range(trigger.last + 1, min(trigger.last + 1 + reach, ctx.sentence_stop(trigger.last))):
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word:
            return False
        if ctx.match(ctx.lexicon.between, k):
            after = [m for m in participants if ctx.mention_tokens[m][0] > k]
            return len(after) >= 2
    return False


def _word_preposition(ctx: DocumentContext, k: int) -> bool:
    """Round 55: whether token ``k`` is a one-word place, addressee or topic preposition ("на", "na", "sur")."""
    lexicon = ctx.lexicon
    return any(ctx.match(table, k) == 1 for table in (
        lexicon.place_prepositions, lexicon.addressee_prepositions, lexicon.topic_prepositions))


def calls_for_action(ctx: DocumentContext, trigger: PhraseMatch) -> bool:
    """Whether a request word is followed by an addressee preposition governing a common noun: a call
    for an action ("призвали к проведению забастовок", "wezwali do strajku", "vyzvali ke stávce"),
    which has no addressee — no party may be taken from elsewhere for it. (A role, an organisation,
    union or government noun after the preposition is an addressee: "обратился к властям".) What follows the word is
    read in its sentence (`DocumentContext.sentence_stop`: not the next one's first words, where this one has no final
    punctuation)."""
    lexicon = ctx.lexicon
    if _fronted_call_for_action(ctx, trigger):
        return True
    stop = ctx.sentence_stop(trigger.last)
    k = trigger.last + 1
    # (or a preposition of what is asked for: "asked for compassion", "poprosił o pomoc"; or an
    # infinitive right after it: "после призывов изменить закон", "wzywał zmienić prawo")
    length = ctx.match(lexicon.addressee_prepositions, k) or ctx.match(lexicon.content_prepositions, k)
    if not length and trigger.last > trigger.first and _word_preposition(ctx, trigger.last):
        # round 55: a trigger ending in its own preposition ("давит на", "tlačí na", "fait pression sur"):
        # what it governs right after it is the one pressed, or a thing ("давит на проект"): no addressee —
        # unless a name follows over at most two lower-case words ("zwrócili się do polskiego Urzędu …")
        if any(ctx.token_mention[j] is not None for j in range(k + 1, min(k + 3, stop))):
            return False
        length = 0
    elif not length:
        if k < stop and ctx.token_mention[k] is None and ctx.tokens[k].is_word and len(ctx.tokens[k].norm) > 4 \
                and ctx.tokens[k].text[:1].islower() and ctx.tokens[k].norm.endswith(lexicon.infinitive_endings or ("\0",)):
            length = 0  # the infinitive itself is the content
        else:
            return False
    k = ctx.after_articles(k + length, stop)
    if k >= stop or ctx.token_mention[k] is not None or not ctx.tokens[k].is_word:
        return False
    if not ctx.tokens[k].text[:1].islower():
        return False
    for j in range(k + 1, min(k + 5, stop - 1)):
        if not ctx.tokens[j].is_word:
            break
        if ctx.match(lexicon.addressee_prepositions, j) and ctx.token_mention[j + 1] is not None:
            return False  # "молба за помощ към Канада": the addressee follows what is asked for
        if ctx.match(lexicon.addressee_prepositions, j) and j + 2 < stop \
                and ctx.token_mention[j + 2] is not None and any(ctx.match(table, j + 1) for table in (
                    lexicon.government_nouns, lexicon.organisation_nouns, lexicon.institution_nouns)):
            return False  # round 47: "с требованием смягчить наказания к властям Пакистана": a body the name owns
    return not _names_an_addressee(ctx, k)


def _names_an_addressee(ctx: DocumentContext, k: int) -> bool:
    """Whether the word at ``k`` is a noun that names an addressee: a role, an organisation, a union, a government, a
    group, a pronoun, a place noun."""
    lexicon = ctx.lexicon
    return any(ctx.match(table, k) for table in (
        lexicon.roles, lexicon.organisation_nouns, lexicon.union_nouns, lexicon.government_nouns,
        lexicon.collective_roles, lexicon.people_nouns, lexicon.anonymous, lexicon.media,
        lexicon.person_pronouns, lexicon.plural_pronouns, lexicon.first_person, lexicon.possessive_pronouns,
        lexicon.place_nouns))


def _action_noun_at(ctx: DocumentContext, k: int) -> bool:
    """Whether the word at ``k`` opens a common noun phrase of an action (lower case, no name, none of the nouns that
    name an addressee)."""
    if k >= len(ctx.tokens) or ctx.token_mention[k] is not None or not ctx.tokens[k].is_word \
            or not ctx.tokens[k].text[:1].islower():
        return False
    return not _names_an_addressee(ctx, k)


def _fronted_call_for_action(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 10) -> bool:
    """Round 82: whether the sentence opens with an addressee preposition governing a common noun of an action and
    runs over words only (no punctuation, no name right after the preposition) to the request verb: "К самой мощной
    забастовке в истории Зенко призвали профсоюзы" is a call for a strike fronted, no addressee (like
    `calls_for_action` after the verb)."""
    lexicon = ctx.lexicon
    unit = ctx.unit_position(trigger.first)
    opening = ctx.units[unit].first if unit >= 0 else 0
    if name_within(ctx, trigger.last + 1, ctx.sentence_stop(trigger.first), 2) is not None:
        return False  # (review: "К концу недели X призвал Y уйти": the opening is a time, Y the one asked)
    j = trigger.first - 1
    while j >= opening and trigger.first - j <= reach and ctx.tokens[j].is_word:
        if (j == opening or ctx.tokens[j - 1].norm in CLAUSE_END) and ctx.token_mention[j] is None \
                and (length := ctx.match(lexicon.addressee_prepositions, j)):
            return _action_noun_at(ctx, j + length)
        j -= 1
    return False


def group_noun_before(ctx: DocumentContext, first: int, trigger: PhraseMatch) -> bool:
    """Whether a common noun of a group of people or an organisation (lexicon ``union_nouns``,
    ``people_nouns``, ``organisation_nouns``, ``government_nouns``, ``collective_roles``,
    ``anonymous``) stands before the relation word in its sentence (from token ``first``): "the
    unions, which represent X pilots, urged …" has an agent of its own, named or not, so a directed
    relation does not continue an earlier claim's parties."""
    lexicon = ctx.lexicon
    tables = (lexicon.union_nouns, lexicon.people_nouns, lexicon.organisation_nouns, lexicon.government_nouns,
              lexicon.collective_roles, lexicon.anonymous)
    for k in range(max(first, trigger.first - 2 * ctx.lexicon.window_before), trigger.first):
        if ctx.token_mention[k] is None and any(ctx.match(table, k) for table in tables):
            return True
    return False


def _indefinite_before(ctx: DocumentContext, k: int, most: int = 2) -> bool:
    """Round 45: whether an indefinite article opens the phrase of the role noun at token ``k``, over at
    most ``most`` lower-case words ("an official", "a senior official", "a top security official")."""
    j = k - 1
    while j >= 0 and k - 1 - j <= most and ctx.token_mention[j] is None and ctx.tokens[j].is_word:
        if ctx.match(ctx.lexicon.indefinite_articles, j):
            # (not an apposition's: "X, an adviser to Acme, …" describes X, whose role it is)
            return not (j > 0 and ctx.tokens[j - 1].norm == ",")
        if not ctx.tokens[j].text[:1].islower():
            return False
        j -= 1
    return False


def _new_topic_conjunct(ctx: DocumentContext, k: int, trigger: PhraseMatch) -> bool:
    """Round 61: whether a conjunction at token ``k`` (after the relation word and a name) opens a conjunct
    led by a topic preposition: "jde o látku vyvinutou ve spolupráci X a Y a o vakcínu Z", "talk of the
    deal made with X and Y and of the one Z made": a second thing the sentence is about, whose names
    are not the relation's parties."""
    if k <= trigger.last + 1 or not ctx.match(ctx.lexicon.conjunctions, k) or k + 1 >= len(ctx.tokens):
        return False
    return (bool(ctx.match(ctx.lexicon.topic_prepositions, k + 1)) and not ctx.match(ctx.lexicon.partner_prepositions, k + 1)
            and any(ctx.token_mention[j] is not None for j in range(trigger.last + 1, k)))


def _counted_group(ctx: DocumentContext, k: int, length: int, most: int = 2) -> bool:
    """Round 61: whether the organisation noun at token ``k`` names a group of unnamed organisations: a
    number opens its phrase over at most ``most`` lower-case words ("19 japonských společností", "19
    airlines"; digits only), or an inclusion marker follows it ("companies, including X and Y", "společností včetně
    X"; the lexicon's ``inclusion_markers``). It is not the one organisation the document is about."""
    j = k - 1
    while j >= 0 and k - 1 - j <= most and ctx.token_mention[j] is None and ctx.tokens[j].is_word:
        if ctx.tokens[j].text[:1].isdigit():
            # (review 17: not a date or a year: "In 2020 the airline", "5 мая авиакомпания", "В 2020 году …")
            return not (ctx.tokens[j].text.isdigit() and len(ctx.tokens[j].text) == 4)
        if not ctx.tokens[j].text[:1].islower() or ctx.match(ctx.lexicon.articles, j) \
                or time_words(ctx.lexicon).match_at(ctx.tokens, j):
            break
        j -= 1
    j = k + length
    if j < len(ctx.tokens) and ctx.tokens[j].norm == ",":
        j += 1
    return j < len(ctx.tokens) and bool(ctx.match(ctx.lexicon.inclusion_markers, j))


def _inside_proper_name(ctx: DocumentContext, k: int, length: int) -> bool:
    """Round 45: whether the capitalised role noun at token ``k`` is followed by a capitalised word that
    is neither a name nor a role ("the General Assembly", "the Secretary General's Office" stays a role):
    a word of an institution's name, not a title before a person's name."""
    j = k + length
    if j >= len(ctx.tokens) or not ctx.tokens[k].text[:1].isupper():
        return False
    token = ctx.tokens[j]
    return (ctx.token_mention[j] is None and token.is_word and token.text[:1].isupper()
            and ctx.role_noun_at(j) is None)


_DASHES = {"—", "–"}


def _between_dashes(ctx: DocumentContext, position: int, lo: int, hi: int, trigger: PhraseMatch) -> bool:
    """Round 45: whether the token ``position`` stands between two dashes (spaced em or en dashes) of its
    clause that do not enclose the relation word, and the dashed segment is not the relation word's own
    continuation (it opens neither right after the word nor with a partner preposition: "talks — with X
    and Y — resumed")."""
    tokens = ctx.tokens
    opening = next((j for j in range(position - 1, max(lo, position - 40) - 1, -1)
                    if tokens[j].norm in _DASHES or tokens[j].norm in {".", "!", "?"}), None)
    closing = next((j for j in range(position + 1, hi) if tokens[j].norm in _DASHES), None)
    if opening is None or tokens[opening].norm not in _DASHES or closing is None or opening < trigger.first < closing:
        return False
    if opening == trigger.last + 1 or ctx.match(ctx.lexicon.partner_prepositions, opening + 1) \
            or ctx.match(ctx.lexicon.between, opening + 1):
        return False
    # (names only, joined by commas and conjunctions, are an apposition: "Firmy niemieckie – E.on i
    # Wintershall – są partnerami")
    return any(ctx.token_mention[j] is None and tokens[j].is_word and not ctx.match(ctx.lexicon.conjunctions, j)
               for j in range(opening + 1, closing))


def _inside_parenthetical(ctx: DocumentContext, position: int, lo: int, trigger: PhraseMatch) -> bool:
    """Whether the name at ``position`` stands inside a clause set off by commas between the subject
    and the verb ("профсоюзы, представляющие бортпроводников Ryanair, призвали", "the pilots, who
    fly for X, asked"): a participle or relative clause describing the subject, not the subject. A
    segment of names only is a coordination or an apposition ("X, Y, and Z asked")."""
    open_comma = next((j for j in range(position - 1, lo - 1, -1) if ctx.tokens[j].norm == ","), None)
    close_comma = next((j for j in range(position + 1, trigger.first) if ctx.tokens[j].norm == ","), None)
    if open_comma is None or close_comma is None or open_comma == lo:
        return False
    # the clause follows a common noun and opens with a word ("профсоюзы, представляющие …", "the
    # unions, which …"), not with a name ("…, Steelers captain X, who lobbied": X is the antecedent)
    if (ctx.token_mention[open_comma - 1] is not None or not ctx.tokens[open_comma - 1].is_word
            or ctx.token_mention[open_comma + 1] is not None):
        return False
    for j in range(open_comma + 1, close_comma):
        if ctx.token_mention[j] is None and ctx.tokens[j].is_word and not (
                ctx.match(ctx.lexicon.conjunctions, j) or ctx.match(ctx.lexicon.articles, j)
                or ctx.role_noun_at(j) is not None):
            return True
    return False


def _pronoun_subject_between(ctx: DocumentContext, start: int, trigger: PhraseMatch, reach: int = 4) -> bool:
    """Whether a personal pronoun (not a possessive) stands in tokens [start, trigger) within
    ``reach`` tokens of the relation word, as its subject ("…been to Boulder, one place we hadn't yet
    visited"), not coordinated with a name ("Merz and I visited")."""
    lexicon = ctx.lexicon
    for j in range(max(start, trigger.first - reach), trigger.first):
        if ctx.token_mention[j] is not None or ctx.match(lexicon.possessive_pronouns, j) or not (
                ctx.match(lexicon.person_pronouns, j) or ctx.match(lexicon.plural_pronouns, j)
                or ctx.match(lexicon.first_person, j)):
            continue
        if j >= 2 and ctx.match(lexicon.conjunctions, j - 1) and ctx.token_mention[j - 2] is not None:
            continue
        return True
    return False


def _verb_final_subject_pronoun(ctx: DocumentContext, k: int, trigger: PhraseMatch, reach: int = 6) -> bool:
    """Round 29: in a verb-final clause the subject pronoun stands before the object and the time or
    place words ("…, er habe Sabine Kröger vor zwei Jahren getroffen"): within ``reach`` words of the
    relation word, a name counting as one word, with no punctuation, pronoun or relation word between."""
    if not ctx.lexicon.verb_final:
        return False
    words, j = 0, k + 1
    while j < trigger.first:
        token = ctx.tokens[j]
        if (not token.is_word or ctx.match(ctx.lexicon.person_pronouns, j) or ctx.match(ctx.lexicon.plural_pronouns, j)
                or ctx.match(ctx.lexicon.first_person, j)):
            return False
        if (m := ctx.token_mention[j]) is not None:
            j = ctx.mention_tokens[m][1] + 1
        else:
            j += 1
        words += 1
    return words + 1 <= reach


def _clause_subject_pronoun(ctx: DocumentContext, k: int, lo: int, stop: int, trigger: PhraseMatch,
                            reach: int = 8) -> bool:
    """Whether the pronoun at ``k`` opens the relation word's clause as its subject and the relation
    names its partner after a partner preposition ("He was photographed having long chats with X"):
    only lower-case words between (no name, other pronoun or punctuation), at most ``reach``. The partner is read
    before ``stop``, the exclusive end of the clause (not a preposition opening the next sentence)."""
    fronted = (unit := ctx.unit_position(k)) >= 0 and _fronted_phrase_before(ctx, k, ctx.units[unit].first)
    if fronted:
        reach = _FRONTED_PRONOUN_REACH
    if trigger.first - k > reach or not (k == lo or k == 0 or ctx.tokens[k - 1].norm in {",", ";", ":", "—", "–"}
                                         or ctx.match(ctx.lexicon.conjunctions, k - 1) or fronted):
        return False
    for j in range(k + 1, trigger.first):
        token = ctx.tokens[j]
        if (ctx.token_mention[j] is not None or not token.is_word or ctx.match(ctx.lexicon.person_pronouns, j)
                or ctx.match(ctx.lexicon.plural_pronouns, j) or ctx.match(ctx.lexicon.first_person, j)):
            return False
    return any(ctx.match(ctx.lexicon.partner_prepositions, j) and not ctx.match(ctx.lexicon.between, j)
               for j in range(trigger.last + 1, min(trigger.last + 3, stop))) or (
        fronted and any((m := ctx.token_mention[j]) is not None and _dative_addressee(ctx, m, trigger)
                        for j in range(trigger.last + 1, min(trigger.last + 4, stop))))


_FRONTED_PRONOUN_REACH = 14  # round 76: words a subject pronoun after a fronted object may stand before the relation word


def _fronted_subject_pronoun_start(ctx: DocumentContext, lo: int, first: int, stop: int, trigger: PhraseMatch) -> int:
    """Round 76: ``lo``, or the position of a subject pronoun after a fronted phrase opening the sentence that stands
    before it, out of the window before the relation word but within `_FRONTED_PRONOUN_REACH` ("Подобно изявление
    той направи в отговор на въпроси на репортери по време на съвместна пресконференция с X")."""
    for k in range(max(first, trigger.first - _FRONTED_PRONOUN_REACH), lo):
        if ctx.match(ctx.lexicon.person_pronouns, k) and not ctx.match(ctx.lexicon.possessive_pronouns, k) \
                and _clause_subject_pronoun(ctx, k, lo, stop, trigger):
            return k
    return lo


def _fronted_phrase_before(ctx: DocumentContext, k: int, lo: int, most: int = 3) -> bool:
    """Round 76: whether the pronoun at ``k`` follows a short fronted object or adverbial opening its sentence (at
    ``lo``) ("Подобно изявление той направи … на пресконференция с X", "Об этом он написал в письме X", "Свое
    решение он принял после встречи с X"): at most ``most`` plain words (no name, pronoun or punctuation) between
    the sentence's start and the pronoun, so the pronoun is the clause's subject (not in a verb-final language, whose
    subject pronoun comes later anyway)."""
    if ctx.lexicon.verb_final or k - lo > most or k == lo:
        return False
    lexicon = ctx.lexicon
    return all(ctx.tokens[j].is_word and ctx.token_mention[j] is None and not (
        ctx.match(lexicon.person_pronouns, j) or ctx.match(lexicon.plural_pronouns, j) or ctx.match(lexicon.first_person, j)
        or ctx.match(lexicon.conjunctions, j) or ctx.match(lexicon.complementizers, j) or ctx.match(lexicon.relative, j))
        for j in range(lo, k))


def _one_group(ctx: DocumentContext, found: list[tuple[int, int]]) -> bool:
    """Whether the names found form one coordinated group ("Kanady a USA", "X, Y и Z")."""
    return all(_joined(ctx, a, position, articles=False) for (_, a), (position, _) in zip(found, found[1:]))


def _plural_role(ctx: DocumentContext, k: int) -> bool:
    """Round 91: whether the role noun at ``k`` is in a plural form (lexicon ``plural_role_endings``: "бизнесменам",
    "депутатите", "polityków", "poslancev"): a group of holders, which no one person of the document stands for."""
    endings = ctx.lexicon.plural_role_endings
    return bool(endings) and ctx.tokens[k].norm.endswith(endings)


def _resolve_content_role(ctx: DocumentContext, k: int, stop: int, role: tuple[str, int], names: set[str],
                          speaker: int | None, speaker_name: str | None) -> int | None:
    """The person a role phrase in the content names, or None when it names nobody new. ``stop``: the exclusive end
    of the clause the role is read in (find_participants'); a name after it (the next sentence's first, where this
    one has no final punctuation) holds no role of this clause."""
    if ctx.match(ctx.lexicon.people_nouns, k):
        return None  # round 40: "smrt … dalších dvou soudců", "the judges": a group names no one person
    if _plural_role(ctx, k):
        return None  # round 91: "разослал письма немецким бизнесменам", "spotkania polityków": the same for a plural role noun
    after = k + role[1]
    j = after
    while j < stop and j - after < 6 and (
            ctx.tokens[j].norm == "," or ctx.match(ctx.lexicon.articles, j) or ctx.role_noun_at(j) is not None
            or ctx.match(ctx.lexicon.owner_words, j)
            or (ctx.token_mention[j] is not None and ctx.mention(ctx.token_mention[j]).type != "PER")):
        # "the president, Vladimir Putin", "Deputy CEO Dmitry Zauers", "президента на Камерун Пол Бия"
        j = ctx.mention_tokens[ctx.token_mention[j]][1] + 1 if ctx.token_mention[j] is not None else j + 1
    if j < stop and ctx.token_mention[j] is not None and ctx.mention(ctx.token_mention[j]).type == "PER":
        return None  # the name right after holds the role and is counted itself
    if _name_after_role_complement(ctx, j, stop, subject=_role_opens_clause(ctx, k)):
        return None  # "komisarza ds. rolnictwa Phila Hogana", "міністром з питань довкілля Майклом Гоувом"
    if k > 0 and ctx.token_mention[k - 1] is not None and ctx.mention(ctx.token_mention[k - 1]).type == "PER":
        return None  # "Кирил Дмитриев, специалният пратеник": an apposition
    exclude = names | ({speaker_name} if speaker_name else set())
    bodies = _role_bodies_after(ctx, after, stop)
    adjective_states = _role_adjective_states(ctx, k)
    m = resolve_role(ctx, k, exclude=exclude | _other_states_holders(ctx, adjective_states))
    if m is not None and bodies:
        held = set().union(*(b for h, b in ctx.role_bodies.items() if ctx.name(h) == ctx.name(m)))
        if not bodies & held:
            # "the president of Pakistan" names the holder the document gives that office of that
            # state, not another president ("президента и премиера на Пакистан" is not Trump and May)
            return None
    if m is not None and (organisations := _role_organisations_after(ctx, after, stop)):
        # round 93: "z szefem KE" is the one the document gives an office of that organisation ("przewodniczący Komisji
        # Europejskiej X"), not the head of another body it also calls "szef" ("szef Rady Europejskiej Y"); only when
        # the document gives that organisation's office to one other person (a holder may head two: "CEO of Tesla")
        def serves(h: int) -> bool:
            return any(ctx.name(o) == b or _same_body(ctx.mention(o).text, b)
                       for o in organisations for b in ctx.role_bodies.get(h, ()))
        others = {ctx.name(h): h for h in ctx.role_bodies if serves(h) and ctx.name(h) not in exclude}
        if ctx.name(m) not in others and len(others) == 1:
            m = next(iter(others.values()))
    if m is not None and (government := _role_government(ctx, after, stop)) is not None:
        held = set().union(*(b for h, b in ctx.role_bodies.items() if ctx.name(h) == ctx.name(m)))
        states = government[0]
        if held and not (held & states if states else any(
                mention.type == "LOC" and ctx.name(i) in held for i, mention in enumerate(ctx.doc.mentions))):
            # round 93: "szef polskiego rządu", "the head of the government" is the head the document gives that
            # state's government (a state's office: some state among the holder's bodies), not the head of another
            # body it calls "szef" ("szef Rady Europejskiej X", "szef MSZ Y")
            return None
    if m is not None and not _may_serve(ctx, m, adjective_states):
        return None  # round 40: "s čínským prezidentem" is not the American president the document names
    if m is not None:
        return m
    owned_by_name = after < stop and (
        ctx.match(ctx.lexicon.owner_words, after) or ctx.token_mention[after] is not None)
    if owned_by_name:
        return None  # "one of Trump's advisers": someone described, not a known party
    if _possessive_person_before(ctx, k) or _body_noun_after(ctx, after, stop):
        # round 40: "Kranz's adviser", "předsedy nejvyššího soudu" (the chairman of the supreme court): a
        # role of someone else's or of a body's the document gives nobody, not its protagonist
        return None
    if ctx.match(ctx.lexicon.relational_roles, k):
        # round 51: "Mąż i dzieci kobiety spotkali się z X", "her lawyer": a role held towards a person the
        # document gives nobody is someone unnamed, least of all the protagonist it is held towards
        return None
    if speaker is not None and speaker in ctx.role_owner:
        return ctx.role_owner[speaker]  # Putin's press secretary speaking of "the president"
    protagonist = ctx.most_salient_person(set())
    if protagonist is not None and ctx.name(protagonist) in exclude:
        # round 14: the document's protagonist is already a party of the clause or its speaker ("при
        # срещата си с Меркел Тръмп казал на канцлерката"): the role names someone else the document
        # does not say, not the next most salient person
        return None
    m = ctx.most_salient_person(exclude)
    return m if m is not None and _may_serve(ctx, m, adjective_states) else None


def _role_adjective_states(ctx: DocumentContext, k: int) -> set[str]:
    """Round 40: names of the states an adjective right before the role noun at token ``k`` (over one
    more adjective) is derived from ("čínským prezidentem", "the Chinese leader", "российский
    новый посол")."""
    states: set[str] = set()
    for j in (k - 1, k - 2):
        if j < 0 or ctx.token_mention[j] is not None or not ctx.tokens[j].is_word:
            break
        if (state := ctx.state_of_adjective(j)) is not None:
            states.add(ctx.name(state))
            break
        if not _adjective(ctx, j):
            break
    return states


def _other_states_holders(ctx: DocumentContext, states: set[str]) -> set[str]:
    """Round 57: when a state adjective qualifies a role ("s ruským prezidentem", "the Russian president"), the
    names of the role holders the document gives other states only, once some holder is given one of
    ``states`` (by an adjective, "ruský prezident X", or a body, "prezident Ruska X"): the role is theirs, not
    the nearest president's."""
    if not states:
        return set()
    held: dict[str, set[str]] = {}
    for table in (ctx.role_adjective_states, ctx.role_bodies):
        for h, b in table.items():
            held.setdefault(ctx.name(h), set()).update(b)
    if not any(b & states for b in held.values()):
        return set()
    return {name for name, b in held.items() if not b & states} | {
        ctx.name(h) for h, mention in enumerate(ctx.doc.mentions) if mention.type == "PER" and ctx.name(h) not in held}


def _may_serve(ctx: DocumentContext, m: int, states: set[str]) -> bool:
    """Round 40: whether the person at mention ``m`` may hold a role of one of ``states`` (a state
    adjective's): yes unless the document gives their roles other states' adjectives only ("americký
    prezident X" is not "čínský prezident")."""
    if not states:
        return True
    held = set().union(*(b for h, b in ctx.role_adjective_states.items() if ctx.name(h) == ctx.name(m)))
    return not held or bool(states & held)


def before_noun_modifiers(ctx: DocumentContext, first: int, reach: int = 4, stop=None) -> int | None:
    """The token right before the modifiers of the noun at token ``first``, scanning back at most
    ``reach`` tokens over numbers, capitalised words that are no names (a month) and at most one
    lower-case word ("the July 25 call", "Y's recent call"): the token where the scan stopped (a
    name, a non-word, one that ``stop`` accepts, or the one past ``reach``; -1 at the document's
    start), or None over a second lower-case word."""
    j, lower = first - 1, 0
    while j >= 0 and first - j <= reach and ctx.token_mention[j] is None and ctx.tokens[j].is_word \
            and not (stop is not None and stop(j)):
        if ctx.tokens[j].text[:1].islower():
            lower += 1
            if lower > 1:
                return None
        j -= 1
    return j


def _possessive_owner(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 4) -> int | None:
    """Round 45: the possessive name right before the relation noun, over numbers, capitalised words
    that are no names (a month) and at most one lower-case word ("Y's July 25 call", "Y's recent
    call"): the mention index, or None."""
    relation = ctx.lexicon.relation(trigger.key)
    if relation is None or not is_relation_noun(ctx, relation, trigger):
        return None
    j = before_noun_modifiers(ctx, trigger.first, reach, lambda k: ctx.tokens[k].norm in POSSESSIVE_MARKS)
    if j is None:
        return None
    while j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].norm in POSSESSIVE_MARKS:
        j -= 1
    m = ctx.token_mention[j] if j >= 0 else None
    return m if m is not None and ctx.is_possessive(m) else None


def _possessive_person_before(ctx: DocumentContext, k: int) -> bool:
    """Round 40: whether a person's possessive name owns the role noun at token ``k`` ("Kranz's
    adviser", over an adjective: "Trump's personal lawyer")."""
    j = k - 1
    if j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower() \
            and ctx.role_ending_at(j) is None:
        j -= 1
    while j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].norm in POSSESSIVE_MARKS and k - j <= 3:
        j -= 1
    m = ctx.token_mention[j] if j >= 0 else None
    return m is not None and ctx.mention(m).type == "PER" and ctx.is_possessive(m)


def _body_noun_after(ctx: DocumentContext, k: int, stop: int, adjectives: int = 2) -> bool:
    """Round 40: whether a noun of an institution (lexicon ``institution_nouns``) follows the role
    phrase ending before token ``k``, over owner words, articles and up to ``adjectives`` lower-case
    words ("předsedy nejvyššího soudu", "chairman of the court"): the office of a body. (Not a
    government's: "předseda vlády" is the premier, often the document's protagonist.) Read before ``stop``, the
    exclusive end of the role's clause: the next sentence's opening noun ("The court ruled …", after a sentence with
    no final punctuation) owns no role of this one."""
    lexicon = ctx.lexicon
    others = 0
    j = k
    while j < stop and ctx.token_mention[j] is None and ctx.tokens[j].is_word:
        if ctx.match(lexicon.institution_nouns, j):
            return True
        if ctx.match(lexicon.owner_words, j) or ctx.match(lexicon.articles, j):
            j += 1
            continue
        if others >= adjectives or not ctx.tokens[j].text[:1].islower():
            return False
        others += 1
        j += 1
    return False


def _role_opens_clause(ctx: DocumentContext, k: int) -> bool:
    """Round 32: whether the role noun at token ``k`` opens its sentence or clause, over articles, a
    name of a nationality or state before it ("The Russian leader", "Der Kanzler") and at most one
    other word that is no preposition ("Российский лидер"): the role is then a subject ("The
    president met X"), not a word inside another phrase ("по време на една от генералните
    аудиенции X", "Група от 39 сенатори призова …")."""
    lexicon = ctx.lexicon
    starts = {u.first for u in ctx.units}
    others = 0
    j = k - 1
    while j >= 0 and j + 1 not in starts:
        token = ctx.tokens[j]
        m = ctx.token_mention[j]
        if m is not None:
            if ctx.mention(m).type == "PER":
                return False
            j = ctx.mention_tokens[m][0] - 1
            continue
        if token.norm in {",", ";", ":", "—", "–", "(", "«", "„", "“", "\"", "»", "”"} or ctx.match(lexicon.conjunctions, j):
            return True
        if ctx.match(lexicon.articles, j):
            j -= 1
            continue
        if not token.is_word or others or any(ctx.match(table, j) for table in (
                lexicon.place_prepositions, lexicon.partner_prepositions, lexicon.topic_prepositions,
                lexicon.owner_words, lexicon.between, lexicon.addressee_prepositions, lexicon.origin_prepositions)):
            return False
        others += 1
        j -= 1
    return True


def _state_named_after(ctx: DocumentContext, k: int, hi: int) -> bool:
    """Whether a place is named right after a government noun, over owner words and articles ("the
    government of Pakistan", "правительство России")."""
    while k < hi and (ctx.match(ctx.lexicon.owner_words, k) or ctx.match(ctx.lexicon.articles, k)
                      or ctx.tokens[k].norm == "of"):
        k += 1
    return k < hi and ctx.token_mention[k] is not None and ctx.mention(ctx.token_mention[k]).type == "LOC"


def _name_after_role_complement(ctx: DocumentContext, j: int, stop: int, words: int = 3, subject: bool = False) -> bool:
    """Whether a person is named after a short lower-case complement of a role ("ds. rolnictwa",
    "з питань довкілля", "for energy"): a few words, abbreviation dots, no other punctuation, before ``stop`` (the
    exclusive end of the role's clause). ``subject``: round 32, the role opens its clause, so a relation or
    reporting word after it is its verb, not a complement ("The Russian leader met X")."""
    seen = 0
    while j < stop and seen <= words:
        m = ctx.token_mention[j]
        if m is not None:
            return ctx.mention(m).type == "PER" and seen > 0
        token = ctx.tokens[j]
        if token.norm == "." and j > 0 and ctx.tokens[j - 1].is_word and len(ctx.tokens[j - 1].norm) <= 3:
            j += 1
            continue
        if not token.is_word or token.text[:1].isupper() or ctx.match(ctx.lexicon.conjunctions, j) or (
                ctx.match(ctx.lexicon.partner_prepositions, j)):
            return False  # ("между президентом и Маском": another party)
        if subject and ctx.is_predicate_word(j):
            return False  # round 32: "The president met X": the role is the verb's subject, X its object
        seen += 1
        j += 1
    return False


def _owner_states_end(ctx: DocumentContext, k: int, stop: int) -> int:
    """The token after the owners of a role phrase ending before ``k``: owner words, articles,
    conjunctions and place mentions ("на Обединеното Кралство Великобритания и Северна Ирландия"), at most ``stop``
    (the exclusive end of the role's clause: the next sentence's places own no role of this one)."""
    while k < stop:
        m = ctx.token_mention[k]
        if m is not None and ctx.mention(m).type == "LOC":
            k = ctx.mention_tokens[m][1] + 1
        elif m is None and (ctx.match(ctx.lexicon.owner_words, k) or ctx.match(ctx.lexicon.articles, k)
                            or ctx.match(ctx.lexicon.conjunctions, k)):
            k += 1
        else:
            break
    return k


def _role_bodies_after(ctx: DocumentContext, k: int, stop: int) -> set[str]:
    """Names of the states (place mentions) owning a role phrase, right after it ("премиера на
    Пакистан", "президента России", "of the EU"), over owner words, articles and conjunctions, before ``stop`` (the
    exclusive end of the role's clause: a place opening the next sentence, where this one has no final punctuation,
    owns no role of this one)."""
    bodies: set[str] = set()
    for j in range(k, min(k + 5, stop)):
        m = ctx.token_mention[j]
        if m is not None:
            if ctx.mention(m).type == "PER":
                break
            if ctx.mention(m).type == "LOC":  # a state: one holds a state's office for one state only
                bodies.add(ctx.name(m))
            break
        if not (ctx.match(ctx.lexicon.owner_words, j) or ctx.match(ctx.lexicon.articles, j)
                or ctx.match(ctx.lexicon.conjunctions, j) or ctx.role_noun_at(j) is not None):
            break  # ("президента и премиера на Пакистан": coordinated roles share their owner)
    return bodies


def _role_government(ctx: DocumentContext, k: int, stop: int) -> tuple[set[str], int] | None:
    """Round 93: when a government noun (lexicon ``government_nouns``) owns the role phrase ending before token ``k``,
    over articles and at most one adjective ("szef polskiego rządu", "head of the Polish government"), the names of
    the states that adjective is derived from (empty for "szef rządu") and the token after the noun; None when no
    government noun owns it. Read before ``stop``, the exclusive end of the role's clause ("The government said …"
    opening the next sentence, where this one has no final punctuation, owns no role of this one)."""
    states: set[str] = set()
    j = k
    while j < stop and j - k < 3 and ctx.token_mention[j] is None and (
            ctx.match(ctx.lexicon.owner_words, j) or ctx.match(ctx.lexicon.articles, j)):
        j += 1
    if j < stop and ctx.token_mention[j] is None and (state := ctx.state_of_adjective(j)) is not None:
        states.add(ctx.name(state))
        j += 1
    elif j < stop and _adjective(ctx, j) and not ctx.match(ctx.lexicon.government_nouns, j):
        j += 1
    if j < stop and ctx.token_mention[j] is None and (length := ctx.match(ctx.lexicon.government_nouns, j)):
        return states, j + length
    return None


def _unnamed_officer(ctx: DocumentContext, organisation: int, stop: int, reach: int = 6) -> bool:
    """Round 96: whether the organisation owning a role phrase is followed by no name (its officer's: "s šéfem NATO
    Jensem Stoltenbergem" names the holder, "s generálním tajemníkem NATO před summitem" does not), nor by a
    parenthesis (initials, then the name) or another capitalised word. The holder after the office's portfolio is
    looked for before ``stop``, the exclusive end of the role's clause: a name opening the next sentence holds no
    office of this one ("met the head of Acme. John Doe said …")."""
    j = ctx.mention_tokens[organisation][1] + 1
    # (the token right after the name is read even where the clause ends before it: bounding it made a headline's
    # organisation a party where the recogniser had taken the holder into its name, "rozhovor s místopředsedkyní
    # Evropské komise Věrou Jourovou" + a capitalised next line; review s20c)
    if j < len(ctx.tokens) and ctx.tokens[j].norm == ",":
        j += 1  # "с главния преговарящ на ЕС, Мишел Барние": the holder in apposition
    if j >= len(ctx.tokens):
        return True
    if ctx.token_mention[j] is not None or ctx.tokens[j].norm == "(" or ctx.tokens[j].text[:1].isupper():
        return False
    # the holder after the office's portfolio: "z wiceprzewodniczącym Komisji Europejskiej ds. Unii Energetycznej
    # Marošem Šefčovičem"
    for i in range(j, min(j + reach, stop)):
        m = ctx.token_mention[i]
        if m is not None and ctx.mention(m).type == "PER":
            return False
    return True


def _partner_phrase_start(ctx: DocumentContext, trigger: PhraseMatch, k: int, reach: int = 3) -> bool:
    """Round 96: whether the role phrase at token ``k`` opens the relation word's partner phrase: at most ``reach``
    lower-case words, none a name, between the relation word and it ("setkání s generálním tajemníkem", "разговора
    си с основателите"), not a role phrase anywhere else in the clause ("reformą polityk UE")."""
    if not trigger.last < k <= trigger.last + reach + 1:
        return False
    return all(ctx.token_mention[j] is None and ctx.tokens[j].text[:1].islower() for j in range(trigger.last + 1, k))


def _role_organisations_after(ctx: DocumentContext, k: int, stop: int) -> list[int]:
    """Round 93: the organisations owning a role phrase, right after it ("szefa KE", "the head of the Commission"),
    over owner words and articles, before ``stop`` (the exclusive end of the role's clause): their mentions (the
    organisation counterpart of `_role_bodies_after`)."""
    for j in range(k, min(k + 3, stop)):
        m = ctx.token_mention[j]
        if m is not None:
            return [m] if ctx.mention(m).type == "ORG" and ctx.mention_tokens[m][0] == j else []
        if not (ctx.match(ctx.lexicon.owner_words, j) or ctx.match(ctx.lexicon.articles, j)):
            break
    return []


def _same_body(written: str, name: str) -> bool:
    """Round 93: whether an organisation as written and a body's name (lower-case, `DocumentContext.name`) name the
    same one: equal but for case, or the written one in capitals the initials of the name's words of three letters
    or more ("KE" ~ "komisja europejska", "EC" ~ "european commission")."""
    if written.lower() == name:
        return True
    words = [w for w in name.replace("-", " ").split() if len(w) >= 3]
    return written.isupper() and 2 <= len(written) == len(words) and written.lower() == "".join(w[0] for w in words)


def _subject_of_relative_clause(ctx: DocumentContext, found: list[tuple[int, int]], lo: int,
                                trigger: PhraseMatch) -> list[tuple[int, int]]:
    """The agent of a directed relation word after a relative pronoun ("Demonstranti, kteří kromě
    popravy Bibiové požadovali …", "вакцину, яка вимагає …"): the pronoun's antecedent, the word
    before it, when that is a name; a name in the base form between the pronoun and the verb (the
    pronoun is then the object); else nobody named — never a name further back, which belongs to
    the main clause, nor an inflected one inside, which is an object or an owner."""
    relative = next((k for k in range(trigger.first - 1, lo - 1, -1)
                     if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.relative_pronouns, k)), None)
    if relative is None:
        return found
    j = relative - 1
    if j >= 0 and ctx.tokens[j].norm == ",":
        j -= 1
    antecedent = ctx.token_mention[j] if j >= 0 else None
    # (round 64: a name, not a pronoun resolved to one: "семейството, което я посети": "я" is the object)
    inside = [f for f in found if relative < f[0] < trigger.first and not ctx.is_oblique(f[1])
              and ctx.token_mention[f[0]] == f[1]]
    agents = inside or [f for f in found if antecedent is not None and f[1] == antecedent]
    return sorted(agents + [f for f in found if f[0] > trigger.last])


def relative_antecedent(ctx: DocumentContext, first: int, trigger: PhraseMatch, reach: int = 12) -> int | None:
    """Round 22: the person a relative clause holding the relation word is about, when the clause
    names nobody else before the word: "Merkel, która w Soczi spotka się z Putinem", "Мей, която
    пристигна в Китай на посещение", "Мэй, которую обвиняют в уступках на переговорах с ЕС". The
    pronoun stands right after the person's name and a comma, with no comma, clause break or other
    name between it and the relation word."""
    for k in range(trigger.first - 1, max(first, trigger.first - reach) - 1, -1):
        if (m := ctx.token_mention[k]) is not None and ctx.mention(m).type == "LOC" \
                and ctx.mention_tokens[m][0] > first and ctx.token_mention[ctx.mention_tokens[m][0] - 1] is None \
                and ctx.match(ctx.lexicon.place_prepositions, ctx.mention_tokens[m][0] - 1):
            continue  # "która w Soczi spotka się z Putinem": where, not who
        if ctx.token_mention[k] is not None or ctx.tokens[k].norm in _RELATIVE_CLAUSE_STOPS or ctx.tokens[k].norm == ",":
            return None
        if ctx.match(ctx.lexicon.relative_pronouns, k):
            if k - 2 < first or ctx.tokens[k - 1].norm != ",":
                return None
            m = ctx.token_mention[k - 2]
            if m is None or ctx.mention(m).type != "PER" or ctx.mention_tokens[m][1] != k - 2:
                return None
            return m
    return None


def setting_clause_subject(ctx: DocumentContext, first: int, trigger: PhraseMatch, reach: int = 12) -> int | None:
    """Round 26: the person the sentence is about when the relation word stands in a clause of
    place or time with no subject of its own: "Perry odwiedził Moskwę, gdzie rozmawiał z Nowakiem",
    "Morawiecki będzie w Niemczech, gdzie spotka się z Merkel", "Mayová zahajuje návštěvu Číny,
    při které se setká se Si Ťin-pchingem". The clause opens with a comma and a relative of place or
    time (lexicon ``setting_relatives``) or a preposition governing a relative pronoun ("při které",
    "в ходе которого"), and names nobody between its opening and the relation word; the person is
    the only one named in the nominative before that comma in the sentence."""
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    comma = None
    for k in range(trigger.first - 1, max(first, trigger.first - reach) - 1, -1):
        if ctx.token_mention[k] is not None or tokens[k].norm in _RELATIVE_CLAUSE_STOPS:
            return None
        if tokens[k].norm != ",":
            continue
        if k + 1 < trigger.first and ctx.match(lexicon.setting_relatives, k + 1):
            comma = k
        elif k + 1 < trigger.first and ctx.match(lexicon.place_prepositions, k + 1) and any(
                ctx.match(lexicon.relative_pronouns, j) for j in range(k + 2, min(k + 4, trigger.first))):
            comma = k  # "…, při které …", "…, в ходе которого …": a clause about the event before
        break
    if comma is None:
        return None
    lexicon_prepositions = (lexicon.owner_words, lexicon.place_prepositions, lexicon.partner_prepositions,
                            lexicon.topic_prepositions, lexicon.addressee_prepositions)
    # (a name after a preposition is no subject: "съпругът и дъщерята на Азия Биби …, където бяха
    # приети от папа Франциск" is about her husband and daughter)
    people = [m for m in ctx.mentions_in(first, comma) if ctx.mention(m).type == "PER"
              and not ctx.is_oblique(m) and not ctx.is_possessive(m)
              and not any(_preceded_by(ctx, m, table) for table in lexicon_prepositions)]
    if len({ctx.name(m) for m in people}) != 1:
        return None  # nobody, or two people: whose clause it is is unknown
    return people[0]


def _agent_and_patient(ctx: DocumentContext, found: list[tuple[int, int]], trigger: PhraseMatch,
                        verb_final: bool = False, places: bool = False) -> list[tuple[int, int]]:
    before = [f for f in found if f[0] < trigger.first]
    after = [f for f in found if f[0] > trigger.last]
    if verb_final and before and not after:
        return found  # "Macron hat Merz eingeladen": the subject first, then the ones invited, all before the verb
    chosen = ([before[-1]] if before else []) + ([after[0]] if after else [])
    if before and after:
        # round 12: coordinated agents of one asked or invited ("Франция и Испания предложили ей
        # убежище"; "Литва, Латвия и Полша призоваха да …" asks nobody named: no claim)
        agents = [before[-1]]
        for f in reversed(before[:-1]):
            if ctx.token_mention[f[0]] != f[1] or ctx.token_mention[agents[0][0]] != agents[0][1] \
                    or not _joined(ctx, f[1], agents[0][0]):
                break  # (names, not role phrases resolved to someone named elsewhere)
            agents.insert(0, f)
        chosen = agents[:-1] + chosen
    # keep coordinated patients: "asked Britain, Canada, Italy and the US" (not the content of the
    # request: "urged Xi to press Russia" asks Xi)
    coordinated = [after[0]] if after else []
    for f in after[1:]:
        if not (_joined(ctx, coordinated[-1][1], f[0]) or _joined_by_government(ctx, coordinated[-1][1], f[0]) or (
                places and _joined_by_place_phrase(ctx, coordinated[-1][1], f[1]))):
            break
        coordinated.append(f)
    return chosen + [f for f in coordinated[1:] if f not in chosen]


def _joined_by_place_phrase(ctx: DocumentContext, m: int, n: int, most: int = 4) -> bool:
    """Round 93: whether place ``n`` follows place ``m`` as one more item of a list of places visited, each named in
    a common noun's place phrase: a comma or conjunction right after ``m``, then at most ``most`` lower-case words
    with a place preposition (``place_prepositions``) among them, the rest plain words, right before ``n`` ("odwiedziła
    szwalnię w szkockim Ayr, żłobek w angielskim Newcastle", "visited a school in Ayr, a farm near Belfast").
    Only for a visit's places (the caller's ``places``)."""
    if ctx.mention(m).type != "LOC" or ctx.mention(n).type != "LOC":
        return False
    sep, start = ctx.mention_tokens[m][1] + 1, ctx.mention_tokens[n][0]
    if sep >= start or not (ctx.tokens[sep].norm == "," or ctx.match(ctx.lexicon.conjunctions, sep)):
        return False
    words = range(sep + 1, start)
    if ctx.tokens[sep].norm == "," and words and ctx.match(ctx.lexicon.conjunctions, sep + 1):
        words = range(sep + 2, start)  # ", and a farm near Belfast"
    if not 2 <= len(words) <= most or not _plain_word(ctx, words[0]):
        return False
    preposition = next((j for j in words if ctx.match(ctx.lexicon.place_prepositions, j)), None)
    return preposition is not None and all(
        j == preposition or _plain_word(ctx, j) or ctx.match(ctx.lexicon.articles, j) for j in words)


def _joined_by_government(ctx: DocumentContext, m: int, next_position: int, most: int = 2) -> bool:
    """Round 90: whether a government noun owned by the name at ``next_position`` follows mention ``m`` over commas and
    conjunctions only ("призвал президента X и правительство Y", "asked X and the government of Y"): Y's government
    is one more of the coordinated ones asked (lexicon ``government_nouns``)."""
    for g in range(next_position - 1, max(next_position - 2 - most, ctx.mention_tokens[m][1]), -1):
        length = ctx.match(ctx.lexicon.government_nouns, g)
        if length and ctx.token_mention[g] is None and all(
                ctx.token_mention[j] is None and (ctx.tokens[j].is_word or ctx.tokens[j].norm == "'")
                for j in range(g + length, next_position)) and _joined(ctx, m, g):
            return True
    return False


def _joined(ctx: DocumentContext, m: int, next_position: int, articles: bool = True) -> bool:
    """Whether only commas, conjunctions (and, with ``articles``, articles) stand between mention
    ``m`` and the token ``next_position`` ("Britain, Canada and the US")."""
    return all(ctx.tokens[k].norm == "," or ctx.match(ctx.lexicon.conjunctions, k)
               or (articles and ctx.match(ctx.lexicon.articles, k))
               for k in range(ctx.mention_tokens[m][1] + 1, next_position))


def _opens_setting_clause(ctx: DocumentContext, k: int) -> bool:
    """A comma followed by a relative of place or time ("…, where …", "…, kde …", "…, где …")."""
    return (ctx.tokens[k].norm == "," and k + 1 < len(ctx.tokens)
            and bool(ctx.match(ctx.lexicon.setting_relatives, k + 1)))


def _opens_clause(ctx: DocumentContext, k: int) -> bool:
    """A comma followed by an adversative conjunction ("…, but …", "…, а …", "…, ale …")."""
    return (ctx.tokens[k].norm == "," and k + 1 < len(ctx.tokens)
            and bool(ctx.match(ctx.lexicon.clause_conjunctions, k + 1)))


def _chain_after(ctx: DocumentContext, k: int, hi: int) -> list[int]:
    """Mentions of a coordinated noun phrase starting at token ``k``: "X, Y and Z", "премьер-министром
    Англии Терезой Мэй" (role words, articles and up to two other words before each name)."""
    chain: list[int] = []
    others = 0
    role = False  # a role word since the last name: its phrase may run on ("sekretarzem ds. energii USA X")
    while k < hi:
        m = ctx.token_mention[k]
        if m is not None:
            chain.append(m)
            k = ctx.mention_tokens[m][1] + 1
            others = 0
            role = role and ctx.mention(m).type != "PER"
            continue
        token = ctx.tokens[k]
        if role and chain and token.norm == "," and ctx.mention(chain[-1]).type != "PER" and (
                close := _apposition_close(ctx, k, hi)) is not None:
            k = close + 1  # "podpredsednikom Evropske komisije, pristojnim za energetsko unijo, X"
            continue
        if chain and token.norm == "(" and ctx.token_mention[k - 1] is not None and (close := next(
                (j for j in range(k + 1, min(hi, k + 2 + _APPOSITION_REACH)) if ctx.tokens[j].norm in {")", "(", ";"}
                 or ctx.tokens[j].norm in CLAUSE_END and ctx.token_mention[j] is None), None)) is not None \
                and ctx.tokens[close].norm == ")":
            k = close + 1  # round 51: a short parenthesis after a member: "X i Y (wydzielona z Z), W"
            continue
        if chain and (token.norm == "," or ctx.match(ctx.lexicon.conjunctions, k)):
            if ctx.match(ctx.lexicon.clause_conjunctions, k):
                break
            k += 1
            role = False
            continue
        if token.is_word and (ctx.match(ctx.lexicon.articles, k) or ctx.role_noun_at(k) is not None):
            if ctx.role_noun_at(k) is not None:
                role, others = True, 0  # the role's own complement follows: "ministrom za energetiko X"
            k += 1
            continue
        if token.norm == "." and role and k > 0 and ctx.tokens[k - 1].is_word and len(ctx.tokens[k - 1].norm) <= 3:
            k += 1  # an abbreviation's dot inside a role phrase ("ds.", "gen.")
            continue
        # up to two other words before the first name ("with the German chancellor X"), one after a
        # separator ("X and British minister Y") or two after a role word there: more is a clause of
        # its own ("X, while waiting for Y")
        if token.is_word and others < (1 if chain and not role else 2) and (not chain or ctx.token_mention[k - 1] is None):
            others += 1
            k += 1
            continue
        break
    return chain


def _apposition_close(ctx: DocumentContext, k: int, hi: int, words: int = 4) -> int | None:
    """The comma closing a short phrase between commas inside a role phrase whose holder follows it:
    "podpredsednikom Evropske komisije, pristojnim za energetsko unijo, Marošom Šefčovičem", "the
    vice-president of the Commission, responsible for energy, X" (``k`` is the opening comma; at most
    ``words`` lower-case words, no name, conjunction or relative word between; a person's name right
    after the closing comma). None otherwise."""
    lexicon = ctx.lexicon
    for j in range(k + 1, min(k + 2 + words, hi)):
        if ctx.tokens[j].norm == ",":
            if j == k + 1 or j + 1 >= hi or (m := ctx.token_mention[j + 1]) is None or ctx.mention(m).type != "PER":
                return None
            return j
        token = ctx.tokens[j]
        if (not token.is_word or ctx.token_mention[j] is not None or token.text[:1].isupper()
                or ctx.match(lexicon.conjunctions, j) or ctx.match(lexicon.relative, j)
                or ctx.match(lexicon.complementizers, j)):
            return None
    return None


def membership_pair(ctx: DocumentContext, trigger: PhraseMatch, hi: int, reach: int = 3) -> list[int] | None:
    """[member, body] for "<relation word> <topic preposition> <membership noun> <member> <body>":
    "переговоры по выходу Англии из ЕС", "преговорите за излизането на Великобритания от ЕС",
    "talks on Britain's exit from the EU", "rozmowy o przystąpieniu Ukrainy do NATO" (lexicon
    ``membership_nouns``); both states or organisations, at most two words before each. None
    otherwise."""
    lexicon = ctx.lexicon
    k = next((j + n for j in range(trigger.last + 1, min(trigger.last + 1 + reach, hi))
              if ctx.token_mention[j] is None and (n := ctx.match(lexicon.topic_prepositions, j))), None)
    if k is None or any(ctx.token_mention[j] is not None for j in range(trigger.last + 1, k)):
        return None
    pair: list[int] = []
    noun = None
    j = k
    while j < min(k + 5, hi) and noun is None:
        m = ctx.token_mention[j]
        if m is not None:
            if pair or not ctx.is_possessive(m):
                return None
            pair.append(m)  # "on Britain's exit"
            j = ctx.mention_tokens[m][1] + 1
            while j < hi and ctx.tokens[j].norm in POSSESSIVE_MARKS and ctx.token_mention[j] is None:
                j += 1
            continue
        if not ctx.tokens[j].is_word:
            return None
        if ctx.match(lexicon.membership_nouns, j):
            noun = j
        j += 1
    if noun is None:
        return None
    j, words = noun + 1, 0
    while j < hi and len(pair) < 2 and words <= 2:
        m = ctx.token_mention[j]
        if m is not None:
            pair.append(m)
            j, words = ctx.mention_tokens[m][1] + 1, 0
            continue
        if not ctx.tokens[j].is_word:
            break
        words += 1
        j += 1
    if len(pair) != 2 or ctx.name(pair[0]) == ctx.name(pair[1]) \
            or any(ctx.mention(m).type not in ("LOC", "ORG") for m in pair):
        return None
    return pair


def hyphenated_pair(ctx: DocumentContext, trigger: PhraseMatch, modifiers: int = 2) -> list[int] | None:
    """Round 17: [X, Y] for two names joined by a hyphen or dash right before the relation noun, over
    at most ``modifiers`` lower-case words ("US-China trade talks", "the Acme-Globex deal",
    "Freedonia–Sylvania talks"); two persons, states or organisations with different names. None
    otherwise (one name, a name right before the noun that owns it: "Apple AirPods deals" has no
    hyphen)."""
    k = trigger.first - 1
    words = 0
    while k >= 0 and ctx.token_mention[k] is None and words < modifiers and ctx.tokens[k].is_word \
            and ctx.tokens[k].text[:1].islower() and not ctx.match(ctx.lexicon.articles, k):
        words += 1
        k -= 1
    if k < 0 or (second := ctx.token_mention[k]) is None:
        return None
    dash = ctx.mention_tokens[second][0] - 1
    if dash < 1 or ctx.tokens[dash].norm not in {"-", "–", "—"} or ctx.tokens[dash].end != ctx.tokens[dash + 1].start \
            or ctx.tokens[dash - 1].end != ctx.tokens[dash].start:
        return None  # (no spaces around it: "X - Y talks" is a clause break)
    first = ctx.token_mention[dash - 1]
    if first is None or ctx.name(first) == ctx.name(second):
        return None
    if any(ctx.mention(m).type not in PARTICIPANT_TYPES or _names_a_thing(ctx, m) for m in (first, second)):
        return None
    return [first, second]


def _owner_and_partner(ctx: DocumentContext, trigger: PhraseMatch, hi: int) -> set[int] | None:
    """The mentions of "<relation noun> <owner> <partner preposition> <partner>": the owner right
    after the noun (an inflected name where the language marks the owner by case, lexicon
    ``owner_genitive``: "сотрудничества России с Китаем"; or after an owner word: "cooperation of
    Britain with the EU"), coordinated names allowed on either side. None when the relation word
    is no noun of its relation (a verb's object is no owner: "обсудил Россию с Китаем") or the
    shape is not there."""
    relation = ctx.lexicon.relation(trigger.key)
    if relation is None or not is_relation_noun(ctx, relation, trigger):
        return None
    k = trigger.last + 1
    owner_word = ctx.match(ctx.lexicon.owner_words, k)
    k = ctx.after_articles(k + owner_word, hi)
    k = _over_role_phrase(ctx, k, hi)  # round 70: "rozmowę prezydenta Andrzeja Dudy z kanclerz Niemiec Angelą Merkel"
    if k >= hi or ctx.token_mention[k] is None:
        return None
    owners = _chain_after(ctx, k, hi)
    if not owners or not (owner_word or all(ctx.is_oblique(m) for m in owners)):
        return None
    j = ctx.mention_tokens[owners[-1]][1] + 1
    preposition = ctx.match(ctx.lexicon.partner_prepositions, j) if j < hi else 0
    if not preposition:
        return None
    partners = _chain_after(ctx, _over_role_phrase(ctx, j + preposition, hi), hi)
    return set(owners) | set(partners) if partners else None


def _over_role_phrase(ctx: DocumentContext, k: int, hi: int, most: int = 4) -> int:
    """Round 70: the token of the person's name a role phrase starting at token ``k`` introduces: at most ``most``
    lower-case words, one of them a role noun, and the names owning the role ("американския държавен секретар Рекс
    Тилърсън", "kanclerz Niemiec Angelą Merkel"), then a person's name; ``k`` itself when the phrase is not there."""
    j, words, role_seen = k, 0, False
    while j < hi and words <= most:
        m = ctx.token_mention[j]
        if m is not None:
            if not role_seen:
                return k
            if ctx.mention(m).type == "PER":
                return j
            j = ctx.mention_tokens[m][1] + 1  # the role's owner ("Niemiec")
            continue
        if (role := ctx.role_noun_at(j)) is not None:
            role_seen, j, words = True, j + role[1], words + 1
            continue
        if not (ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower()) or ctx.match(ctx.lexicon.conjunctions, j) \
                or ctx.match(ctx.lexicon.partner_prepositions, j):
            return k
        j, words = j + 1, words + 1
    return k


def _closed_by_conjunction(ctx: DocumentContext, chain: list[int]) -> bool:
    """Whether the last two names of a chain are joined by a conjunction ("X, Y и Z"), not only by
    commas (a list, rather than names of separate phrases)."""
    gap = range(ctx.mention_tokens[chain[-2]][1] + 1, ctx.mention_tokens[chain[-1]][0])
    return any(ctx.match(ctx.lexicon.conjunctions, k) for k in gap)


def _chain_before(ctx: DocumentContext, found: list[tuple[int, int]], index: int) -> list[tuple[int, int]]:
    """The coordinated group ending at ``found[index]`` ("X and Y talked", "X, Y и Z разговаряха")."""
    group = [found[index]]
    for j in range(index - 1, -1, -1):
        position, m = found[j]
        gap = range(ctx.mention_tokens[m][1] + 1, group[0][0])
        if all(ctx.tokens[k].norm == "," or (ctx.match(ctx.lexicon.conjunctions, k)
                                           and not ctx.match(ctx.lexicon.clause_conjunctions, k)) for k in gap):
            group.insert(0, found[j])
        else:
            break
    return group


def _verb_subject(ctx: DocumentContext, found: list[tuple[int, int]], trigger: PhraseMatch
                  ) -> list[tuple[int, int]]:
    """Round 27: the subject group before a singular relation verb (the nearest name before it in the
    base form where the language marks case, with the names coordinated with it), or [] when the
    trigger is a relation noun, the verb is plural, or no name stands before it."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if relation is None or is_relation_noun(ctx, relation, trigger):
        return []
    if lexicon.plural_verb_endings and any(ctx.tokens[k].norm.endswith(lexicon.plural_verb_endings)
                                           for k in range(trigger.first, trigger.last + 1)):
        return []
    if any(ctx.match(lexicon.plural_auxiliaries, k) for k in (trigger.first - 1, trigger.first - 2)
           if k >= 0):
        return []
    before = [i for i, f in enumerate(found) if f[0] < trigger.first and not ctx.is_oblique(f[1])]
    if not before:
        return []
    return _chain_before(ctx, found, before[-1])


def _arguments_of(ctx: DocumentContext, found: list[tuple[int, int]], trigger: PhraseMatch, hi: int
                  ) -> list[tuple[int, int]]:
    """The trigger's own arguments among more candidates than a relation needs.

    - "talks between X and Y", "разговор между X и Y": the names after "between";
    - "X met with Y", "среща на X със Y": the partner group after the preposition, and the subject
      group nearest before the trigger ("X and Y"), dropping names further away in the clause (a
      place, the topic's owner, another event's parties).
    Without such a structure the candidates stay as they are."""
    after_trigger = trigger.last + 1
    ids = {m for _, m in found}
    # "переговорів РФ, ЄС та України", "среща на Путин и Тръмп", "talks of X and Y": a coordinated
    # group right after the relation noun (over an owner word) is its parties
    k = after_trigger
    while k < hi and (ctx.match(ctx.lexicon.owner_words, k) or ctx.match(ctx.lexicon.articles, k)):
        k += 1
    if k < hi and ctx.token_mention[k] is not None:
        chain = [m for m in _chain_after(ctx, k, hi) if m in ids]
        if len(chain) >= 2 and _closed_by_conjunction(ctx, chain):
            group = [f for f in found if f[1] in chain]
            # round 27: after a verb the group is its object ("X met Y and Z", "X позвонил Y и Z"):
            # the subject before the verb is a party too (not after a plural verb, whose group after
            # it is its subject: "В понедельник встретились X и Y")
            subject = _verb_subject(ctx, found, trigger)
            return sorted(subject + group) if subject else group
    # (the relation word's phrase may end in "between" itself: "debate between", "посредничи между")
    for k in range(trigger.last if trigger.last > trigger.first else after_trigger, min(after_trigger + 3, hi)):
        if ctx.match(ctx.lexicon.between, k):
            chain = [m for m in _chain_after(ctx, k + 1, hi) if m in ids]
            if len(chain) >= 2:
                return [f for f in found if f[1] in chain]
            break
    partner = None
    for k in range(after_trigger, min(after_trigger + 3, hi)):
        if ctx.token_mention[k] is not None:
            break
        if ctx.match(ctx.lexicon.partner_prepositions, k) and not ctx.match(ctx.lexicon.between, k):
            partner = [m for m in _chain_after(ctx, k + 1, hi) if m in ids]
            break
    if not partner:
        return found
    before = [i for i, f in enumerate(found) if f[0] < trigger.first]
    # the subject is in the base form: skip an inflected name in between ("Лавров по поручению
    # Путина встретился с …"), where the language marks case
    direct = [i for i in before if not ctx.is_oblique(found[i][1])]
    nearest = direct[-1] if direct else (before[-1] if before else None)
    owner = _possessive_owner(ctx, trigger)
    if owner is not None and any(f[1] == owner for f in found):
        # round 45: "grilled X on Y's July 25 phone call with Z": the possessive owner of the relation
        # noun made it, not the clause's subject
        nearest = next(i for i, f in enumerate(found) if f[1] == owner)
    subject = _chain_before(ctx, found, nearest) if nearest is not None else []
    # a genitive right after the trigger is its subject too: "среща на Мей с Барние", "встреча Путина с Маском"
    after_names = [f for f in found if f[0] > trigger.last and f[1] not in partner]
    if after_names and after_names[0][0] < min(ctx.mention_tokens[m][0] for m in partner):
        subject = subject + [after_names[0]]
    kept = subject + [f for f in found if f[1] in partner]
    return sorted(kept) if len(kept) >= 2 else found


def _office_owners_end(ctx: DocumentContext, k: int, hi: int) -> int | None:
    """Round 34: the token after the states owning a role phrase that ends before ``k`` — an owner word
    or a case-marked place, then places and capitalised words joined by conjunctions ("държавния
    секретар на Обединеното кралство Великобритания и Северна Ирландия", "the secretary of state of
    the United Kingdom of X and Y"): whose office it is, no party of the relation. None when no
    place follows, or a person is named right after (the holder: "президента на Камерун Пол Бия")."""
    lexicon = ctx.lexicon
    j = k
    owner = False
    while j < hi and ctx.token_mention[j] is None and (ctx.match(lexicon.owner_words, j) or ctx.match(lexicon.articles, j)):
        owner = owner or bool(ctx.match(lexicon.owner_words, j))
        j += 1
    places = 0
    end = None
    while j < hi:
        m = ctx.token_mention[j]
        if m is not None:
            if ctx.mention(m).type != "LOC" or not (owner or ctx.is_oblique(m) or places):
                break
            places += 1
            j = ctx.mention_tokens[m][1] + 1
            end = j
            continue
        token = ctx.tokens[j]
        if places and ctx.match(lexicon.conjunctions, j) and not ctx.match(lexicon.clause_conjunctions, j):
            j += 1
            continue
        if owner and token.is_word and token.text[:1].isupper() and not ctx.match(lexicon.articles, j):
            j += 1  # a word of the state's name the recogniser left out ("Обединеното кралство")
            continue
        if ctx.match(lexicon.owner_words, j) or ctx.match(lexicon.articles, j):
            j += 1  # ("the United Kingdom of Great Britain")
            continue
        break
    if end is None or (end < len(ctx.tokens) and (m := ctx.token_mention[end]) is not None
                       and ctx.mention(m).type == "PER"):
        return None
    return end


def _apposition_role_owner_end(ctx: DocumentContext, k: int, length: int, hi: int,
                               speaker_name: str | None = None) -> int | None:
    """Round 34: the token after the names owning a role phrase at ``k`` that stands in an apposition
    to a person ("dr. X, zdravniški svetovalec IATE, je …", "Y met X, an adviser to Acme, …"): the
    person's employer, never a party of the relation (the person is). Lower-case adjectives may
    stand between the comma and the role; the owners run to the next comma or clause end. None
    otherwise, and for the speaker's own role ("— подчеркнул X, глава профсоюза Y": X speaks for Y,
    who may be a party)."""
    j = k - 1
    adjectives = 0
    lexicon = ctx.lexicon
    while j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower() \
            and adjectives < 3 and not any(ctx.match(table, j) for table in (
                lexicon.conjunctions, lexicon.partner_prepositions, lexicon.place_prepositions,
                lexicon.topic_prepositions, lexicon.addressee_prepositions, lexicon.origin_prepositions,
                lexicon.relative, lexicon.complementizers)):
        # ("…, с министъра X": a preposition opens another phrase, no apposition)
        adjectives += 1
        j -= 1
    if j < 1 or ctx.tokens[j].norm != "," or (holder := ctx.token_mention[j - 1]) is None \
            or ctx.mention(holder).type != "PER" or ctx.name(holder) == speaker_name:
        return None
    end = None
    j = k + length
    while j < hi:
        m = ctx.token_mention[j]
        if m is not None:
            text = ctx.mention(m).text
            if ctx.mention(m).type == "PER" and (end is not None or not ctx.match(ctx.lexicon.owner_words, j - 1)) \
                    and not (text.isalpha() and text.isupper() and len(text) > 1):
                # "with X, minister Y and Z": a second person, not an owner (an acronym is no
                # person's name: "svetovalec IATE")
                return None if end is None else end
            j = ctx.mention_tokens[m][1] + 1
            end = j
            continue
        if ctx.tokens[j].norm in {",", ".", ";", ":", "(", ")", "–", "—"}:
            break
        if end is not None and not ctx.match(ctx.lexicon.conjunctions, j):
            break
        j += 1
        if j - (k + length) > 4 and end is None:
            return None
    return end


def _owned_common_noun(ctx: DocumentContext, m: int, trigger: PhraseMatch, inflected_persons: bool = False) -> int | None:
    """Round 34: the token of the common noun after the relation word that the name at mention ``m``
    (a place or person) owns: after an owner word ("семейството на X", "the countries of the former
    Yugoslavia") or, where the language marks case, inflected right after it over at most one
    adjective ("krajami byłej Jugosławii"; a person so only with ``inflected_persons``: "se svým
    protějškem X" is an apposition; round 64: a noun of action the adjective endings also match is a noun:
    "požaduje setrvání X"). The noun is no role, nor a noun the document may resolve to a
    body (union, company, government, institution, collective nouns; a group of people may be: "with
    the family of X"), nor a short word (a preposition the lexicon does not list: "odpovědi po
    Francii"). None otherwise."""
    lexicon = ctx.lexicon
    k = ctx.mention_tokens[m][0] - 1
    while k > trigger.last and ctx.tokens[k].norm in QUOTE_MARKS:
        k -= 1
    if k <= trigger.last or ctx.mention(m).type not in ("LOC", "PER"):
        return None  # (an organisation may stand for its people: "z posłami Partii Pracy")
    if k > trigger.last and _plain_word(ctx, k) and ctx.role_noun_at(k) is None and (
            _adjective(ctx, k) and not ctx.tokens[k].norm.endswith(lexicon.action_noun_endings or ("\0",)) or (
            not lexicon.adjective_endings and k - 1 > trigger.last
            and (ctx.match(lexicon.owner_words, k - 1) or ctx.match(lexicon.articles, k - 1)))):
        k -= 1  # "byłej Jugosławii", "of the former Yugoslavia"
    k, owner_word = _back_over_owner_word(ctx, k, trigger.last)
    if not owner_word and not (lexicon.owner_genitive and ctx.is_oblique(m) and (inflected_persons or ctx.mention(m).type == "LOC")):
        return None  # (an inflected person right after a noun is its apposition: "se svým protějškem X")
    noun = k
    if noun <= trigger.last or not _plain_word(ctx, noun) or len(ctx.tokens[noun].norm) < 4 \
            or (_adjective(ctx, noun) and not ctx.tokens[noun].norm.endswith(lexicon.action_noun_endings or ("\0",))) \
            or ctx.role_noun_at(noun) is not None \
            or ctx.role_ending_at(noun) is not None or any(ctx.match(table, noun) for table in (
                lexicon.organisation_nouns, lexicon.union_nouns, lexicon.government_nouns,
                lexicon.institution_nouns, lexicon.collective_roles, lexicon.anonymous,
                lexicon.media, lexicon.topic_nouns, lexicon.membership_nouns, lexicon.person_pronouns,
                lexicon.plural_pronouns, lexicon.first_person, lexicon.possessive_pronouns)):
        return None
    return noun


def _plain_word(ctx: DocumentContext, j: int) -> bool:
    """A lower-case word that is no name, preposition, conjunction or owner word."""
    lexicon = ctx.lexicon
    token = ctx.tokens[j]
    return (ctx.token_mention[j] is None and token.is_word and token.text[:1].islower()
            and not any(ctx.match(table, j) for table in (
                lexicon.partner_prepositions, lexicon.between, lexicon.place_prepositions,
                lexicon.topic_prepositions, lexicon.conjunctions, lexicon.owner_words)))


def _adjective(ctx: DocumentContext, j: int) -> bool:
    """A plain word with one of the language's adjective endings (none in languages without them)."""
    lexicon = ctx.lexicon
    return bool(lexicon.adjective_endings) and _plain_word(ctx, j) and len(ctx.tokens[j].norm) > 3 \
        and ctx.tokens[j].norm.endswith(lexicon.adjective_endings)


def _owned_by_partner_noun(ctx: DocumentContext, m: int, trigger: PhraseMatch) -> bool:
    """Round 34: whether the name at mention ``m`` owns a common noun that is the relation word's own
    partner ("rozmawiamy z krajami byłej Jugosławii", "talks with the countries of the former
    Yugoslavia", "разговаря с дъщерите на X"; `_owned_common_noun`): the partner is that unnamed
    group or thing, the name only whose it is — no party. The noun follows the relation word's
    partner preposition within three words of it, over articles and adjectives."""
    lexicon = ctx.lexicon
    noun = _owned_common_noun(ctx, m, trigger)
    if noun is None:
        return False
    k = noun - 1
    skipped = 0
    while k > trigger.last and skipped < 2 and (ctx.match(lexicon.articles, k) or _adjective(ctx, k)
                                                 or (not lexicon.adjective_endings and _plain_word(ctx, k))):
        skipped += 1
        k -= 1
    partner = (k >= trigger.first and ctx.token_mention[k] is None and bool(ctx.match(lexicon.partner_prepositions, k))
               and not ctx.match(lexicon.between, k))
    if not partner and k == trigger.last and trigger.last > trigger.first:
        partner = bool(ctx.match(lexicon.partner_prepositions, trigger.last))
    return partner and k - trigger.last <= 3


def _owns_request_content(ctx: DocumentContext, m: int, trigger: PhraseMatch, reach: int = 4) -> bool:
    """Round 34: whether the name at mention ``m`` owns the common noun a request asks for, right after
    the request word (within ``reach`` words, no name or punctuation between): "żąda dymisji X",
    "требовать от властей немедленной казни X", "calls for the release of X", "иска оставката на X":
    what is asked concerns X, who is not the one asked (`_owned_common_noun`; an inflected person
    counts: "казни Биби")."""
    noun = _owned_common_noun(ctx, m, trigger, inflected_persons=True)
    if noun is None or noun - trigger.last > reach:
        return False
    return all(ctx.token_mention[j] is None and ctx.tokens[j].is_word for j in range(trigger.last + 1, noun))


def _predicate_after_unnamed_partner(ctx: DocumentContext, k: int, trigger: PhraseMatch, hi: int) -> bool:
    """Round 34: round 14's second predicate ("and" at token ``k`` before a past-tense verb in a
    person's singular form) also where no name stands between it and the relation word — the
    relation's own arguments after it are common nouns ("Грот разослал письма в несколько немецких
    компаний и намекнул на санкции со стороны США", "X wrote to several companies and hinted at
    sanctions by the US"): the names after that verb are its own, no parties."""
    lexicon = ctx.lexicon
    if k - trigger.last < 2 or any(ctx.token_mention[i] is not None for i in range(trigger.last + 1, k)):
        return False
    if ctx.match(lexicon.clause_conjunctions, k) or not _past_verb_after_and(ctx, k, hi):
        return False  # (the cheap test first: the scan below runs for every token of every clause)
    if any(not ctx.tokens[i].is_word for i in range(trigger.last + 1, k)):
        return False  # (a comma or quote between: another structure)
    tables = (lexicon.person_pronouns, lexicon.plural_pronouns, lexicon.first_person, lexicon.possessive_pronouns,
              lexicon.union_nouns, lexicon.organisation_nouns, lexicon.government_nouns, lexicon.institution_nouns,
              lexicon.collective_roles, lexicon.people_nouns, lexicon.anonymous, lexicon.media)
    if any((ctx.role_noun_at(i) is not None or any(ctx.match(table, i) for table in tables))
           and not (ctx.match(lexicon.collective_roles, i) and _collective_of_common_nouns(ctx, i, k))
           for i in range(trigger.last + 1, k)):
        return False  # "negocjacji ze związkowcami i …": a noun the document may name a party by
    return True


def _collective_of_common_nouns(ctx: DocumentContext, i: int, k: int) -> bool:
    """Round 40: whether the collective role at token ``i`` ("vodstvi", "the leaders") is followed up to
    token ``k`` by lower-case words only ("z vodstvi velikih ameriških trgovin in …"): the leaders of
    things unnamed, no organisation the document names."""
    return all(ctx.token_mention[j] is None and ctx.tokens[j].is_word and ctx.tokens[j].text[:1].islower()
               and ctx.role_noun_at(j) is None for j in range(i + 1, k))


def _one_quoted_group(ctx: DocumentContext, found: list[tuple[int, int]]) -> bool:
    """Round 34: whether the names found form one coordinated group whose names stand in quotation
    marks ("на “Райънер” и “Уизеър”", "от «X» и «Y»", "“Acme” and “Globex”"): as `_one_group`, the
    quotation marks around each name aside."""
    def joined(m: int, next_position: int) -> bool:
        return all(ctx.tokens[k].norm == "," or ctx.tokens[k].norm in QUOTE_MARKS or ctx.match(ctx.lexicon.conjunctions, k)
                   for k in range(ctx.mention_tokens[m][1] + 1, next_position))
    return len(found) >= 2 and all(joined(a, position) for (_, a), (position, _) in zip(found, found[1:]))


def _opening_outlet(ctx: DocumentContext, m: int) -> bool:
    """Round 34: whether the organisation at mention ``m`` opens its paragraph before a date, with only
    punctuation and numbers (a time of day) before it (", 14:56 REGNUM 12 ноября во время визита …",
    "10:05 PAP 3 marca …"): a dateline naming the outlet that filed the story, never a party."""
    if ctx.mention(m).type != "ORG":
        return False
    first, last = ctx.mention_tokens[m]
    start = ctx.tokens[first].start
    opening = max((p.start for p in ctx.doc.paragraphs if p.start <= start), default=0)
    for k in range(first - 1, -1, -1):
        if ctx.tokens[k].start < opening:
            break
        if ctx.tokens[k].is_word and not ctx.tokens[k].text[:1].isdigit():
            return False
    after = last + 1
    return after < len(ctx.tokens) and ctx.token_mention[after] is None and (
        ctx.tokens[after].text[:1].isdigit() or bool(time_words(ctx.lexicon).match_at(ctx.tokens, after)))


def _closing_signature(ctx: DocumentContext, m: int) -> bool:
    """Round 59: whether the organisation at mention ``m`` stands right after a slash and closes its
    paragraph, only punctuation after it ("… споразумение с Брюксел. /БТА", "… with Y. /Acme"): the
    agency signing the story, never a party."""
    if ctx.mention(m).type != "ORG":
        return False
    first, last = ctx.mention_tokens[m]
    if first == 0 or ctx.tokens[first - 1].text != "/":
        return False
    if first >= 2 and (ctx.token_mention[first - 2] is not None or ctx.tokens[first - 2].is_word):
        return False  # (review 16b: a slash between two names, "Pfizer/BioNTech", "with X/Y.", is a pair, no sign-off)
    end = ctx.tokens[last].end
    closing = min((p.end for p in ctx.doc.paragraphs if p.start <= end <= p.end), default=len(ctx.doc.text))
    return all(not ctx.tokens[k].is_word for k in range(last + 1, len(ctx.tokens)) if ctx.tokens[k].start < closing)


def _owns_role_before(ctx: DocumentContext, k: int, most: int = 2) -> bool:
    """Round 34: whether the common noun at token ``k`` owns a role phrase before it over adjectives,
    articles and an owner word ("z szefem irlandzkiego przewoźnika", "the head of the Irish
    airline", "шефа на ирландската авиокомпания"): whose the role is, no party of its own (round
    12's "Šéf podniku X" with words between)."""
    lexicon = ctx.lexicon
    j = k - 1
    skipped = 0
    while j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].is_word and skipped < most and (
            ctx.match(lexicon.articles, j) or ctx.match(lexicon.owner_words, j)
            or (lexicon.adjective_endings and ctx.tokens[j].text[:1].islower() and len(ctx.tokens[j].norm) > 3
                and ctx.tokens[j].norm.endswith(lexicon.adjective_endings))
            or (not lexicon.adjective_endings and ctx.tokens[j].text[:1].isupper() and j > 0
                and (ctx.match(lexicon.articles, j - 1) or ctx.match(lexicon.owner_words, j - 1)))):
        if not (ctx.match(lexicon.articles, j) or ctx.match(lexicon.owner_words, j)):
            skipped += 1
        j -= 1
    return j < k - 1 and j >= 0 and ctx.token_mention[j] is None and ctx.role_ending_at(j) is not None


def _same_person(ctx: DocumentContext, a: int, b: int) -> bool:
    """Round 34: whether two person mentions the resolution left apart name one person: the same
    surname in two inflected forms (a common stem of at least five letters, the rest a short ending:
    "O’Leary’emu" and "Michaela O’Leary’ego", "Novaka" and "Jan Novak"), and no two different first
    names ("Jarosław Kaczyński" and "Lech Kaczyński" are two)."""
    if ctx.mention(a).type != "PER" or ctx.mention(b).type != "PER":
        return False
    wa, wb = ctx.mention(a).text.split(), ctx.mention(b).text.split()
    if not wa or not wb:
        return False
    sa, sb = wa[-1].lower(), wb[-1].lower()
    common = 0
    while common < min(len(sa), len(sb)) and sa[common] == sb[common]:
        common += 1
    if common < 5 or len(sa) - common > 3 or len(sb) - common > 3:
        return False
    if len(wa) > 1 and len(wb) > 1:
        fa, fb = wa[0].lower(), wb[0].lower()
        shared = 0
        while shared < min(len(fa), len(fb)) and fa[shared] == fb[shared]:
            shared += 1
        return shared >= 3  # ("Michaela" and "Michael": one first name inflected)
    return True


def _one_per_person(ctx: DocumentContext, participants: list[int], prefer: list[int]) -> list[int]:
    """Round 34: the parties with each person once (`_same_person`), keeping the mention in ``prefer``
    (a partner named after the relation's partner word), else the first."""
    kept: list[int] = []
    for m in participants:
        twin = next((i for i, k in enumerate(kept) if _same_person(ctx, k, m)), None)
        if twin is None:
            kept.append(m)
        elif m in prefer and kept[twin] not in prefer:
            kept[twin] = m
    return kept


def _verb_after_relation_noun(ctx: DocumentContext, k: int, trigger: PhraseMatch, relation, lo: int | None = None) -> bool:
    """Round 34: whether token ``k`` is a past-tense verb in a person's singular form (lexicon
    ``masculine_verb_endings``/``feminine_verb_endings``; no relation verb, role or place noun) right
    after a relation noun and the one name owning it ("na summitu NATO obvinil Německo", "на саммите
    НАТО раскритиковал Германию"): the noun is where the clause's own verb happens, and the names
    after that verb are its objects, no parties of the relation."""
    lexicon = ctx.lexicon
    endings = lexicon.singular_verb_endings
    if not endings or relation is None or not is_relation_noun(ctx, relation, trigger) or k <= trigger.last + 1:
        return False
    token = ctx.tokens[k]
    if not (ctx.token_mention[k] is None and token.is_word and token.text.islower() and len(token.norm) >= 5
            and token.norm.endswith(endings) and ctx.role_noun_at(k) is None and not ctx.match(lexicon.place_nouns, k)):
        return False
    if lexicon.relation_heads is not None and ctx.match(lexicon.relation_heads, k):
        return False
    # only the noun's own owner between, right after it: with a subject between ("на закрытой встрече
    # Джонсон раскритиковал Мэй") the clause may be about the meeting's own parties
    # (a person in the base form there is the verb's subject: "На закрытой встрече Иван Петров раскритиковал")
    owner = ctx.token_mention[trigger.last + 1]
    if owner is None:
        # round 64: "Podczas spotkania z sekretarzem generalnym NATO X prezydent USA skrytykował Y": the noun's
        # partner, then the clause's subject (a role phrase) before the verb: Y is the verb's object
        return _partner_then_role_subject(ctx, trigger, k)
    # round 64: (a person in the base form right after the noun is its owner, not the verb's subject, when the
    # clause has its subject before the noun already: "Trump při ranním setkání Stoltenberga překvapil kritikou Y")
    return ctx.mention_tokens[owner][1] + 1 == k and (
        ctx.mention(owner).type != "PER" or ctx.is_oblique(owner) or (lo is not None and any(
            ctx.mention(m).type == "PER" and not ctx.is_oblique(m) for m in ctx.mentions_in(lo, trigger.first))))


def _subject_pronoun_before_owned(ctx: DocumentContext, head: int, trigger: PhraseMatch, lo: int,
                                  reach: int = 3) -> int | None:
    """Round 67: the token of a person pronoun (no possessive) that is the subject of the clause holding the name at
    mention ``head`` before the relation word, when that name owns a lower-case noun through an owner word or a
    case ending ("тя повдигна тревогите на Шотландия за Брекзит на среща с X", "podniosła obawy Szkocji na spotkaniu
    z X": Scotland's concerns, the verb's object): the pronoun, at most ``reach`` words before the noun, only
    lower-case words between (its verb); else None."""
    lexicon = ctx.lexicon
    first = ctx.mention_tokens[head][0]
    if first - 1 >= lo and ctx.match(lexicon.owner_words, first - 1):
        noun = first - 2
    elif ctx.is_oblique(head):
        noun = first - 1  # a case language's genitive: "podniosła obawy Szkocji"
    else:
        return None
    if noun < lo or ctx.token_mention[noun] is not None:
        return None
    token = ctx.tokens[noun]
    if not (token.is_word and token.text[:1].islower() and len(token.norm) >= 4) or ctx.role_noun_at(noun) is not None \
            or ctx.match(lexicon.place_nouns, noun) or ctx.match(lexicon.collective_roles, noun) \
            or ctx.match(lexicon.people_nouns, noun):
        return None
    if any(ctx.match(table, noun) for table in (lexicon.union_nouns, lexicon.organisation_nouns,
                                                  lexicon.government_nouns, lexicon.institution_nouns)):
        return None
    for j in range(noun - 1, max(lo, noun - 1 - reach) - 1, -1):
        t = ctx.tokens[j]
        if ctx.token_mention[j] is not None or not t.is_word:
            return None
        if ctx.match(lexicon.person_pronouns, j) and not ctx.match(lexicon.possessive_pronouns, j):
            return j if j < noun - 1 else None  # (a verb between the pronoun and the noun)
        if not t.text[:1].islower() and j != lo:
            return None
    return None


def _subject_after_place_phrase(ctx: DocumentContext, k: int, trigger: PhraseMatch, relation, reach: int = 4) -> bool:
    """Round 67: whether token ``k`` follows a person named in the base form right after a relation word and a place
    phrase of common nouns ("посещение в украинската столица X положи венец пред Y", "visit to the capital, X laid a
    wreath at Y": a place preposition, at most ``reach`` lower-case words, one of them a place noun, no name): the
    noun's place is unnamed and the person is the clause's subject — what follows is its own verb's, no party."""
    if k < 1 or (m := ctx.token_mention[k - 1]) is None or ctx.token_mention[k] == m \
            or ctx.mention(m).type != "PER" or ctx.is_oblique(m):
        return False
    if relation is None:
        return False
    lexicon = ctx.lexicon
    j = trigger.last + 1
    if j >= len(ctx.tokens) or not ctx.match(lexicon.place_prepositions, j) or ctx.token_mention[j] is not None:
        return False
    start = ctx.mention_tokens[m][0]
    words = range(j + 1, start)
    if not 1 <= len(words) <= reach:
        return False
    if any(ctx.token_mention[i] is not None or not ctx.tokens[i].is_word or not ctx.tokens[i].text[:1].islower()
           for i in words if ctx.tokens[i].norm != ","):
        return False
    return any(ctx.match(lexicon.place_nouns, i) for i in words)


def _partner_then_role_subject(ctx: DocumentContext, trigger: PhraseMatch, k: int, most: int = 2) -> bool:
    """Round 64: whether the tokens between the relation noun and the verb at ``k`` are its partner
    preposition, a partner's name (after a role phrase: "z sekretarzem generalnym NATO Jensem
    Stoltenbergiem") and then a role noun with at most ``most`` further words or names ("prezydent USA"):
    the subject of the clause's own verb, which the noun only sets."""
    lexicon = ctx.lexicon
    j = trigger.last + 1
    if not ctx.match(lexicon.partner_prepositions, j):
        return False
    partner = next((i for i in range(j + 1, min(j + 7, k)) if ctx.token_mention[i] is not None
                    and ctx.mention(ctx.token_mention[i]).type == "PER"), None)
    if partner is None or any(not ctx.tokens[i].is_word for i in range(j + 1, partner)):
        return False
    after = ctx.mention_tokens[ctx.token_mention[partner]][1] + 1
    role = ctx.role_noun_at(after)
    if role is None or after + role[1] > k or k - (after + role[1]) > most:
        return False
    return all(ctx.tokens[i].is_word for i in range(after, k))



def _relative_clause_start(ctx: DocumentContext, lo: int, trigger: PhraseMatch) -> int | None:
    """Round 34: the token after the comma that opens a relative clause holding the relation word
    (lexicon ``relative_pronouns`` right after it, no clause break between), when no name stands
    right before that comma: the clause is about a common noun ("твърда граница между X и Y, което
    да позволи напредък в преговорите": the border's, not X's and Y's), and the names before it
    belong to the main clause. None otherwise (a name right before the comma is the antecedent:
    round 22's "Merkel, która spotka się z Putinem")."""
    for k in range(trigger.first - 1, lo, -1):
        if ctx.tokens[k].norm in _RELATIVE_CLAUSE_STOPS:
            return None
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.relative_pronouns, k) and ctx.tokens[k - 1].norm == ",":
            before = k - 2
            if before < 0 or ctx.token_mention[before] is not None or ctx.tokens[before].norm in QUOTE_MARKS:
                return None
            return k
    return None


def _outside_quotes(ctx: DocumentContext, lo: int, hi: int, trigger: PhraseMatch, speaker: int | None) -> tuple[int, int]:
    """Round 37: the window ``lo``..``hi`` of a relation word outside any direct quote, cut at the
    nearest token of a quote of five words or more, two of them lower-case, on either side, or before it at a closing mark
    next to a comma with the speaker between it and the relation word ('"… Europe," said X after
    meeting Y', '… на Европа", подчерта X на пресконференция с Y': Europe is in X's words). A quoted
    name ('с "Газпром"', '«НИЦЭМ им. Н. Ф. Гамалеи»') is no quote of words."""
    def spoken(k: int) -> bool:
        quote = ctx.quote_at(k)
        words = ctx.doc.text[quote.inner_start:quote.inner_end].split() if quote is not None else []
        return len(words) >= 5 and sum(1 for w in words if w[:1].islower()) >= 2
    said = speaker is not None and ctx.mention_tokens[speaker][1] < trigger.first
    for k in range(trigger.first - 1, lo - 1, -1):
        if spoken(k) or (said and k < ctx.mention_tokens[speaker][0] and ctx.tokens[k].norm in QUOTE_MARKS and (
                ctx.tokens[k - 1].norm == "," or k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].norm == ",")):
            lo = k + 1
            break
    for k in range(trigger.last + 1, hi):
        if spoken(k):
            hi = k
            break
    return lo, hi


def _membership_topic(ctx: DocumentContext, head: int, trigger: PhraseMatch) -> int | None:
    """Round 37: the token of a topic noun (lexicon ``topic_nouns``) owning a membership noun
    (``membership_nouns``) that the name at mention ``head`` owns: "вопрос выхода Англии",
    "kwestia wyjścia Wielkiej Brytanii", "the question of the exit of Britain", "the issue of
    Britain's exit" (over owner words and articles; the name after the membership noun inflected
    where the language marks case, or before it as a possessive). None otherwise, and for a word of
    the relation itself ("переговоры по выходу Англии из ЕС" names the negotiation's parties)."""
    lexicon = ctx.lexicon
    first, last = ctx.mention_tokens[head]
    if ctx.is_possessive(head) and last + 1 < len(ctx.tokens) and ctx.match(lexicon.membership_nouns, last + 1):
        noun = last + 1
    else:
        noun, owner_word = _back_over_owner_word(ctx, first - 1, -1)
        if not owner_word and not (lexicon.owner_genitive and ctx.is_oblique(head)):
            return None
        if noun < 0 or ctx.token_mention[noun] is not None or not ctx.match(lexicon.membership_nouns, noun):
            return None
    k, _ = _back_over_owner_word(ctx, noun - 1, -1)
    if k < 0 or trigger.first <= k <= trigger.last or trigger.first <= noun <= trigger.last \
            or ctx.token_mention[k] is not None or not ctx.match(lexicon.topic_nouns, k):
        return None
    return k


def _after_between(ctx: DocumentContext, head: int) -> bool:
    """Round 37: whether the coordinated group starting at mention ``head`` stands right after
    "between" (lexicon ``between``; over articles and quotation marks), not of a border ("the border
    between X and Y": two neighbours)."""
    k = ctx.mention_tokens[head][0] - 1
    while k >= 0 and (ctx.match(ctx.lexicon.articles, k) or ctx.tokens[k].norm in QUOTE_MARKS):
        k -= 1
    return k >= 0 and ctx.token_mention[k] is None and bool(ctx.match(ctx.lexicon.between, k)) and not any(
        j >= 0 and ctx.match(ctx.lexicon.border_nouns, j) for j in range(k - 2, k))  # (round 19: neighbours)


def _request_content_before_role(ctx: DocumentContext, k: int, trigger: PhraseMatch, reach: int = 4) -> bool:
    """Round 37: whether the role phrase at token ``k`` owns the common noun a request asks for, right
    after the request word (within ``reach`` words, no name, punctuation or preposition between): over
    an owner word ("the release of President X") or, where the language marks case, right after it
    ("žádal svržení premiéra X", "иска оставката на премиера X"). The noun is no role, nor a noun
    that may stand for a body (`_owned_common_noun`'s tables)."""
    lexicon = ctx.lexicon
    j, owner_word = _back_over_owner_word(ctx, k - 1, trigger.last)
    if not owner_word and not lexicon.owner_genitive:
        return False
    noun = j
    if noun <= trigger.last or noun - trigger.last > reach or not _plain_word(ctx, noun) or len(ctx.tokens[noun].norm) < 4 \
            or _adjective(ctx, noun) or ctx.role_noun_at(noun) is not None or ctx.role_ending_at(noun) is not None \
            or any(ctx.match(table, noun) for table in (
                lexicon.organisation_nouns, lexicon.union_nouns, lexicon.government_nouns,
                lexicon.institution_nouns, lexicon.collective_roles, lexicon.anonymous,
                lexicon.media, lexicon.topic_nouns, lexicon.membership_nouns, lexicon.person_pronouns,
                lexicon.plural_pronouns, lexicon.first_person, lexicon.possessive_pronouns)):
        return False
    return all(ctx.token_mention[j] is None and ctx.tokens[j].is_word and not ctx.match(lexicon.content_prepositions, j)
               for j in range(trigger.last + 1, noun))


def _past_role_phrase(ctx: DocumentContext, k: int, hi: int, reach: int = 8) -> int:
    """Round 59: the token after the rest of a role phrase starting at token ``k`` (right after its
    role word) that a request asks something about: adjectives, the place or organisation of the
    role after a preposition, and its holder in apposition after a comma ("domaga się dymisji starosty
    nyskiego z X, Y", "the dismissal of the mayor from X, Y"), over at most ``reach`` tokens; ``k``
    itself where no name follows so. The names passed are whom the request is about, not the asked."""
    lexicon = ctx.lexicon
    j, end = k, k
    while j < hi and j - k < reach:
        if (m := ctx.token_mention[j]) is not None:
            j = end = ctx.mention_tokens[m][1] + 1
            if ctx.mention(m).type == "PER":
                break
            continue
        if ctx.tokens[j].norm == "," or _adjective(ctx, j) or any(ctx.match(table, j) for table in (
                lexicon.place_prepositions, lexicon.partner_prepositions, lexicon.owner_words, lexicon.articles)):
            j += 1
            continue
        break
    return end


def _back_over_owner_word(ctx: DocumentContext, k: int, floor: int) -> tuple[int, bool]:
    """Rounds 34 and 37: walking back from token ``k`` (not past ``floor``) over articles, an owner word
    ("of", "на") and articles again: (the token reached, where a noun owning the name after them would
    stand; whether an owner word was passed). Without one, only a case ending can mark the name as owned."""
    lexicon = ctx.lexicon
    while k > floor and ctx.match(lexicon.articles, k):
        k -= 1
    if k > floor and ctx.token_mention[k] is None and ctx.match(lexicon.owner_words, k):
        k -= 1
        while k > floor and ctx.match(lexicon.articles, k):
            k -= 1
        return k, True
    return k, False
