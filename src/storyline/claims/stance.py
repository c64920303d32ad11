"""Stance: does the source assert, deny or confirm the relation?

- ``denies``: a denial cue ("denied", "опроверг", "отрече", "не ведутся", "has not yet taken
  place") anywhere in the sentence, or a negation right before the relation word ("did not meet",
  "не встречался", "не са се срещали"). A denial of a report is a denial of the reported event, so
  the cue need not govern the relation word directly ("denied reports that X spoke with Y").
- ``confirms``: a confirmation cue ("confirmed", "подтвердил", "потвърди").
- ``denies`` also when the relation noun is the subject of a negated predicate of occurrence later
  in its clause ("a meeting between X and Y is not planned", "встреча не планируется", lexicon
  ``occurrence``).
- a denial cue does not reach a relation word in a relative clause on its object (round 17: "X
  rejected the position of Y, who called on Z to …": Y's call is told as a fact).
- a negated cue does not count ("hadn't ruled out", "не подтвердил" is no confirmation), nor a
  negation of the relation's outcome ("no progress in the talks", "не было прогресса в переговорах",
  lexicon ``outcome_nouns``): the relation took place.
- round 18: a denial cue after the relation word with an object of its own ("… negotiations …,
  managed to reject the amendments") rejects that object, not the relation (a time word after it
  is no object: "Z denied yesterday").
- round 33: a negation before a verb that predicates something of the relation noun as its object
  negates that verb ("will not make the talks easier", "не зробить переговори легшими", "nikdy neohrozí
  partnerství"; lexicon ``object_predicates``, ``result_verbs``): the relation is asserted.
- round 43: a relation inside a conditional clause (lexicon ``conditionals`` at the clause's start: "if",
  "ако", "если", "jeśli", "pokud") is a possibility weighed, so a negation or denial inside that clause
  does not deny it ("if no deal is reached with Y", "ако не бъде постигнато споразумение с Y"); a denial
  cue before an embedded question that holds the relation word ("it was not clear whether X will talk
  to Y", "nie było jasne, czy …", lexicon ``embedded_questions``) denies nothing of it; a confirmation
  does not confirm a relation that is only its setting ("confirmed … during his visit to Y").
- round 53: a stance cue after the relation word in a sentence the splitter left joined to it (". – …") is of that
  sentence ("… omówił z Y … . – Stanowisko … zostało potwierdzone").
- round 56: a negated agreement word of a negotiation after "yet" / "managed" (lexicons ``agreement_words``,
  ``unfinished``: "se s Y zatím nedohodla", "не успяват да сключат споразумение") is talks without a result
  (asserted); a predicate of occurrence with a glued negation ("rozhovory … se nepředpokládají") denies.
- round 63: an infinitive or future of refusing right before the relation word denies it ("plans to refuse to
  renew the agreement with Y", "планирует отказаться перезаключать соглашение", lexicon ``refusal_infinitives``); a
  denial cue within a few words after a word of asking or inviting is what is asked ("призвал отказаться от …",
  "urged Y to refuse …"): no denial of the relation.
- otherwise ``asserts``.
"""

from __future__ import annotations

from storyline.claims.context import CLAUSE_END, DocumentContext
from storyline.claims.implied import is_relation_noun
from storyline.claims.lexicon import PhraseMatch, Token, time_words

__all__ = ["stance_of", "is_negated", "negates_topic", "verb_negated"]

_NEGATION_REACH = 3  # tokens between a negation and the word it negates ("did not yet meet")
_ALTERNATIVE_REACH = 6  # round 85: words between a question word and the "or not" of its alternative ("дали да бъде одобрена или не")


def is_negated(ctx: DocumentContext, first_token: int, lower_bound: int) -> bool:
    """Whether a negation word stands within reach before ``first_token``. Round 28: a name counts as
    one word, so a partner phrase between the negation and the verb ("hat nie mit Sabine Kröger
    gesprochen", "никогда с Лидией Орловой не …") keeps it in reach."""
    words = 0
    k = first_token - 1
    while k >= max(lower_bound, 0) and words < _NEGATION_REACH:
        token = ctx.tokens[k]
        if token.norm in {",", ".", ";", ":"}:
            return False
        if ctx.match(ctx.lexicon.negation, k):
            # "не только", "not only": a negation word that negates nothing
            return not _negates_nothing(ctx, k)
        mention = ctx.token_mention[k]
        while mention is not None and k - 1 >= lower_bound and ctx.token_mention[k - 1] == mention:
            k -= 1
        words += 1
        k -= 1
    return False


def stance_of(ctx: DocumentContext, first: int, stop: int, trigger: PhraseMatch,
              skip: set[int] = frozenset()) -> tuple[str, str | None]:
    """(stance, cue text) for the relation ``trigger`` in tokens [first, stop); tokens in
    ``skip`` (cues already used for another claim) are ignored."""
    tokens = ctx.tokens[first:stop]
    denial = None
    setting = _is_setting(ctx, trigger, first)
    conditional = _conditional_clause(ctx, trigger, first)
    if conditional is None:
        conditional = _conditional_consequent(ctx, trigger, first)  # round 89: "if you do it, these are no talks"
    for match in ctx.lexicon.deny.find(tokens):
        start = first + match.first
        if start in skip:
            continue
        if conditional is not None and start >= conditional:
            continue  # round 43: "if they refuse to meet Y": weighed, not denied
        if _embedded_question_between(ctx, first + match.last + 1, trigger.first):
            continue  # round 43: "it was not clear whether X would talk to Y": the cue is of "clear"
        if setting and start > trigger.last:
            continue  # "W trakcie rokowań Ryanair wykluczył podwyżki": the talks took place
        if _other_clause(ctx, start, trigger.first) or _quoted_sentence_between(ctx, trigger.last, start):
            continue  # "X refused to comment, but said he met Y": the refusal is of another thing
        if _governs_later_content(ctx, trigger, start, first + match.last):
            continue  # "in a letter to Y, X denied that she was surprised": what she denies follows
        if _own_object_after(ctx, trigger, start, first + match.last):
            continue  # round 18: "the talks … managed to reject the amendments": another thing is rejected
        if _relative_clause_between(ctx, first + match.last, trigger.first):
            continue  # "X rejected the position of Y, who called on Z to …": the call is told as a fact
        if _asked_after(ctx, start, first):
            continue  # round 63: "X urged Y to give up the pipeline", "призвал отказаться от …": what is asked
        # a cue that begins with its own negation ("не ведутся") is complete as is
        own_negation = ctx.match(ctx.lexicon.negation, start)
        if not own_negation and is_negated(ctx, start, first):
            continue
        if _negates_outcome(ctx, first + match.last + 1, trigger.first, stop):
            continue  # "не было прогресса в переговорах": the talks took place, without a result
        if start < trigger.first and _model_after(ctx, trigger, stop):
            continue  # round 100: "ruled out a deal with Y on the model of Z": the model is ruled out, not the deal
        denial = _text(ctx, start, first + match.last)
        break
    if denial:
        return "denies", denial
    if conditional is None and (span := _refusal_before(ctx, trigger, first)) is not None:
        return "denies", _text(ctx, *span)  # round 63: "plans to refuse to renew the agreement with Y"
    if conditional is not None:
        pass  # round 43: "if no deal is reached with Y", "pokud se nedohodne s Y": a possibility, not denied
    elif (is_negated(ctx, trigger.first, first) or ctx.lexicon.negated_form(ctx.tokens[trigger.first].norm)) \
            and _unfinished_agreement(ctx, trigger, first):
        pass  # round 56: "se s Y zatím nedohodla", "не успяват да сключат споразумение": talks without a result
    elif is_negated(ctx, trigger.first, first) and not _negates_outcome(
            ctx, max(first, trigger.first - _NEGATION_REACH), trigger.first, stop) \
            and not _negates_denial(ctx, trigger, first) and not _negates_own_predicate(ctx, trigger, first, stop):
        return "denies", _text(ctx, trigger.first - 1, trigger.last)
    elif ctx.lexicon.negated_form(ctx.tokens[trigger.first].norm):
        return "denies", _text(ctx, trigger.first, trigger.last)  # "nesetkali se": negation glued to the verb
    elif (cue := _trailing_negation(ctx, trigger, stop)) is not None:
        return "denies", _text(ctx, trigger.first, cue)  # "traf Musk nicht", "telefonierte nicht mit Musk"
    elif (cue := _negated_occurrence(ctx, trigger, stop)) is not None:
        return "denies", _text(ctx, trigger.first, cue)  # "a meeting between X and Y is not planned"
    elif (span := _cancelled(ctx, trigger, first, stop)) is not None:
        return "denies", _text(ctx, *span)  # "the meeting with Y was cancelled", "отменил встречу с Y"
    elif (span := _separable_denial(ctx, trigger, first, stop)) is not None:
        return "denies", _text(ctx, *span)  # "lehnte ein Treffen mit Y ab", "sagte das Treffen mit Y ab"
    for match in ctx.lexicon.confirm.find(tokens):
        start = first + match.first
        if start in skip or is_negated(ctx, start, first) or _quoted_sentence_between(ctx, trigger.last, start):
            continue  # (round 53: "… X omówił z Y … . – Stanowisko … zostało potwierdzone": another sentence's)
        if setting and not any(ctx.match(ctx.lexicon.complementizers, k) for k in range(start, trigger.first)):
            continue  # round 43: "confirmed … during his visit to Y": the visit is the setting, told as a fact
        if _governs_later_content(ctx, trigger, start, first + match.last):
            continue  # "в письме Y X призналась, что была удивлена": she admits what follows, not the letter
        return "confirms", _text(ctx, start, first + match.last)
    return "asserts", None


def verb_negated(ctx: DocumentContext, trigger: PhraseMatch, first: int, stop: int) -> bool:
    """Round 27: whether the relation word is negated in tokens [first, stop): a negation before it, glued
    to it ("nesetkal") or trailing it ("traf Musk nicht")."""
    return (is_negated(ctx, trigger.first, first) or bool(ctx.lexicon.negated_form(ctx.tokens[trigger.first].norm))
            or _trailing_negation(ctx, trigger, stop) is not None)


def negates_topic(ctx: DocumentContext, trigger: PhraseMatch, first: int, stop: int) -> bool:
    """Round 27: whether the negation of the relation verb is of its topic, not of the relation: the
    verb is negated (before it, glued to it or trailing it) and a topic follows the verb right after
    it — a topic preposition and a word that is no name ("nie rozmawiali o sankcjach", "nejednali o
    sankcích"), or, after a verb that takes its topic as object (lexicon ``topic_verbs``), a
    lower-case content word ("did not discuss sanctions", "не обсуждали санкции") — or, where the verb
    ends its clause, between the negation and the verb ("haben nicht über Sanktionen gesprochen").
    Whether the parties talked at all is left unsaid. The topic is read before ``stop``, the clause's exclusive end:
    a word after it (the next sentence's first, where this one has no final punctuation) is no topic of this verb."""
    lexicon = ctx.lexicon
    if not verb_negated(ctx, trigger, first, stop):
        return False

    def topic_at(k: int, object_verb: bool) -> bool:
        if k >= stop or ctx.token_mention[k] is not None:
            return False
        if (length := ctx.match(lexicon.topic_prepositions, k)):
            j = k + length
            return j < stop and ctx.token_mention[j] is None and ctx.tokens[j].is_word
        token = ctx.tokens[k]
        if not object_verb or not token.is_word or not token.text[:1].islower() or len(token.norm) < 4:
            return False
        return not time_words(lexicon).match_at(ctx.tokens, k) and not any(ctx.match(table, k) for table in (
            lexicon.negation, lexicon.trailing_negation, lexicon.complementizers, lexicon.partner_prepositions,
            lexicon.place_prepositions, lexicon.between, lexicon.relative_pronouns, lexicon.person_pronouns,
            lexicon.conjunctions))

    object_verb = any(ctx.match(lexicon.topic_verbs, k) for k in range(trigger.first, trigger.last + 1))
    k = trigger.last + 1
    while k < stop and (ctx.match(lexicon.trailing_negation, k) or ctx.match(lexicon.negation, k)):
        k += 1
    if topic_at(k, object_verb):
        return True
    if trigger.last > trigger.first and ctx.match(lexicon.topic_prepositions, trigger.last) == 1 \
            and k < stop and ctx.token_mention[k] is None and ctx.tokens[k].is_word:
        return True  # the trigger's own topic preposition ("jednali o" + "sankcích")
    if lexicon.verb_final:
        for j in range(trigger.first - 1, max(trigger.first - 1 - _NEGATION_REACH, first - 1), -1):
            if ctx.match(lexicon.negation, j) or ctx.match(lexicon.trailing_negation, j):
                return topic_at(j + 1, False) and j + 1 < trigger.first
    return False


def _conditional_clause(ctx: DocumentContext, trigger: PhraseMatch, first: int, reach: int = 15) -> int | None:
    """Round 43: the token of a conditional conjunction (lexicon ``conditionals``: "if", "ако", "если",
    "jeśli", "pokud", "wenn") opening the relation word's clause — before it, within ``reach`` tokens,
    no punctuation between, and not right after a negation or an article (the reflexive "se" of "não se
    reuniram", the noun "caso" of "o caso") — or None."""
    lexicon = ctx.lexicon
    if not lexicon.conditionals.patterns:
        return None
    for k in range(trigger.first - 1, max(first, trigger.first - reach) - 1, -1):
        token = ctx.tokens[k]
        if token.norm in CLAUSE_END:
            # a conjunction written with a comma inside ("v případě, že", "в случае, если") spans it
            return next((j for j in range(k - 1, max(k - 4, first - 1), -1)
                         if ctx.match(lexicon.conditionals, j) > k - j), None)
        if ctx.token_mention[k] is None and (length := ctx.match(lexicon.conditionals, k)) and k + length <= trigger.first:
            if k == first or not (ctx.match(lexicon.negation, k - 1) or ctx.match(lexicon.articles, k - 1)):
                return k  # not the reflexive "se" of "não se reuniram", nor the noun of "o caso"
    return None


def _conditional_consequent(ctx: DocumentContext, trigger: PhraseMatch, first: int) -> int | None:
    """Round 89: the token of a conditional conjunction (lexicon ``conditionals``) that opens the sentence
    (its first word, after quote marks or a dash) when the relation word is in the main clause after it,
    past a comma: the consequent of a condition is weighed as much as the condition ("Ако го направиш,
    това вече не са преговори", "if they leave, there will be no talks with Y": not denied) — or None."""
    lexicon = ctx.lexicon
    if not lexicon.conditionals.patterns:
        return None
    k = first
    while k < trigger.first and not ctx.tokens[k].is_word:
        k += 1
    if k >= trigger.first or ctx.token_mention[k] is not None or not (length := ctx.match(lexicon.conditionals, k)):
        return None
    if not any(ctx.tokens[j].norm in CLAUSE_END for j in range(k + length, trigger.first)):
        return None  # (the relation word inside the condition itself is round 43's)
    return k


def _embedded_question_between(ctx: DocumentContext, a: int, b: int) -> bool:
    """Round 43: whether an embedded question word (lexicon ``embedded_questions``: "whether", "czy",
    "дали") opens a clause after a comma between tokens ``a`` and ``b``."""
    return any(ctx.tokens[k].norm == "," and ctx.match(ctx.lexicon.embedded_questions, k + 1)
               for k in range(a, b - 1))


def _governs_later_content(ctx: DocumentContext, trigger: PhraseMatch, cue_first: int, cue_last: int) -> bool:
    """Whether a denial or confirmation cue after the relation word opens a content clause of its
    own (a complementiser right after it, over a comma: "призналась, что …", "admitted that …"):
    it denies or confirms what follows, not the relation before it."""
    if cue_first <= trigger.last:
        return False
    k = cue_last + 1
    if k < len(ctx.tokens) and ctx.tokens[k].norm == ",":
        k += 1
    return k < len(ctx.tokens) and bool(ctx.match(ctx.lexicon.complementizers, k))


def _own_object_after(ctx: DocumentContext, trigger: PhraseMatch, cue_first: int, cue_last: int) -> bool:
    """Round 18: whether a denial cue after the relation word has an object of its own right after
    it — a lower-case content word that is no anaphora ("this", "it", "the reports"; lexicon
    ``anaphora``), no preposition ("denied by") and no time word ("denied yesterday") — as in "… negotiations …, the government managed
    to reject the amendments", "настоява ЕС …, след като отхвърли плановете й": it rejects that
    object, not the relation before it. A cue with nothing after it ("the meeting, which Y denied.")
    or pointing back ("denied it") still denies."""
    if cue_first <= trigger.last:
        return False
    k = cue_last + 1
    if k >= len(ctx.tokens) or ctx.token_mention[k] is not None:
        return False
    token = ctx.tokens[k]
    lexicon = ctx.lexicon
    if not token.is_word or not token.text[:1].islower() or len(token.norm) < 4:
        return False
    if time_words(lexicon).match_at(ctx.tokens, k):
        return False  # "Z denied yesterday", "zaprzeczył wczoraj": when, not what
    return not any(ctx.match(patterns, k) for patterns in (
        lexicon.anaphora, lexicon.negation, lexicon.complementizers, lexicon.owner_words, lexicon.place_prepositions,
        lexicon.partner_prepositions, lexicon.topic_prepositions, lexicon.told_prepositions, lexicon.relative_pronouns))


def _relative_clause_between(ctx: DocumentContext, cue_last: int, trigger_first: int) -> bool:
    """Round 17: whether the relation word after a denial cue stands in a relative clause on the
    cue's object (a comma and a relative pronoun between, no complementiser before them: "X
    rejected the position of Y, who called on Z to …", "отхвърли позицията на Y, който призова Z",
    "odrzucił stanowisko Y, który wezwał Z"): the cue denies the object, and the relative clause
    tells the relation as a fact; what follows "denied that …" stays the denial's content."""
    if trigger_first <= cue_last + 1:
        return False
    for k in range(cue_last + 1, trigger_first):
        if ctx.match(ctx.lexicon.complementizers, k) or ctx.tokens[k].norm in {".", ";", ":", "!", "?"}:
            return False
        if ctx.tokens[k].norm == "," and k + 1 < trigger_first and ctx.match(ctx.lexicon.relative_pronouns, k + 1):
            return True
    return False


def _refusal_before(ctx: DocumentContext, trigger: PhraseMatch, first: int, reach: int = 3) -> tuple[int, int] | None:
    """Round 63: the span from an infinitive or future of refusing (lexicon ``refusal_infinitives``: "refuse to",
    "отказаться", "odmówić", "odmítnout", "zavrniti") that ends within ``reach`` tokens before the relation word (no
    name or punctuation between) to the relation word: "plans to refuse to negotiate with Y", "планирует отказаться
    перезаключать соглашение с Y" deny the relation. Not a negated one ("не планирует отказаться"), nor one that is
    what a request asks (`_asked_after`); elsewhere in the sentence such a form refuses something else."""
    lexicon = ctx.lexicon
    if not lexicon.refusal_infinitives.patterns:
        return None
    for k in range(trigger.first - 1, max(first, trigger.first - 1 - reach) - 1, -1):
        if ctx.tokens[k].norm in CLAUSE_END or ctx.token_mention[k] is not None:
            return None
        if length := ctx.phrase_ending_at(lexicon.refusal_infinitives, k, (1, 2, 3), first):
            j = k - length + 1
            if is_negated(ctx, j, first) or _asked_after(ctx, j, first) or _leaving_between(ctx, j, k, trigger.first):
                return None
            return (j, trigger.last)
    return None


def _leaving_between(ctx: DocumentContext, refusal: int, refusal_last: int, trigger_first: int) -> bool:
    """Review 17: whether a word of an event of its own (lexicon ``other_events``: a leaving, an expiry: "leave",
    "выйти", "opustit", "zapustiti") ends after the refusal at ``refusal``..``refusal_last`` and before the relation
    word: "refuse to leave the talks with Y", "откажется выйти из переговоров с Y" refuse the leaving, so the
    relation goes on: no denial of it."""
    for j in range(refusal, trigger_first):
        length = ctx.match(ctx.lexicon.other_events, j)
        if length and refusal_last < j + length - 1 < trigger_first:
            return True
    return False


def _asked_after(ctx: DocumentContext, cue: int, lower: int, reach: int = 6) -> bool:
    """Round 63: whether a word of asking or inviting (the triggers of a directed relation that takes no place:
    request, invite) stands within ``reach`` words before a denial cue after the relation word, in its clause
    (a name counts as one word): the cue is what is asked ("WWF urged Germany to give up the pipeline", "призвал
    отказаться от поддержки", "призова Y да се откаже от плановете си"), not a denial of a relation."""
    words = 0
    k = cue - 1
    while k >= lower and words < reach:
        if ctx.tokens[k].norm in CLAUSE_END:
            return False
        mention = ctx.token_mention[k]
        if mention is None and any(relation.directed and not relation.places and ctx.match(relation.triggers, k)
                                   for relation in ctx.lexicon.relations):
            return True
        while mention is not None and k - 1 >= lower and ctx.token_mention[k - 1] == mention:
            k -= 1
        words += 1
        k -= 1
    return False


def _negates_denial(ctx: DocumentContext, trigger: PhraseMatch, first: int) -> bool:
    """Whether the negation before the relation word negates a denial cue between them ("не
    исключил встречи", "did not rule out a meeting"): the relation is left possible, not denied."""
    for k in range(max(first, trigger.first - _NEGATION_REACH - 2), trigger.first):
        if ctx.match(ctx.lexicon.negation, k) and ctx.match(ctx.lexicon.deny, k + 1) \
                and k + ctx.match(ctx.lexicon.deny, k + 1) < trigger.first:
            return True
    return False


def _negates_own_predicate(ctx: DocumentContext, trigger: PhraseMatch, first: int, stop: int) -> bool:
    """Round 33: whether a verb that predicates something of the relation word as its object (lexicon
    ``object_predicates``: "make", "threaten", "зробить", "правят", "ohrozí") stands between the negation
    and the relation word ("will not make the talks easier", "не зробить переговори щодо Brexit легшими",
    "nikdy neohrozí partnerství"): the negation is of that predicate, the relation is told as holding
    (as "the talks will not be easy", where the negated predicate follows its subject). A verb of making
    (lexicon ``result_verbs``) is such a predicate only with a complement after the relation word's phrase
    ("make the talks between X and Y easier", before ``stop``, the clause's exclusive end); without one it is a light
    verb ("has not made contact with Y")."""
    lexicon = ctx.lexicon
    for k in range(trigger.first - 1, max(first, trigger.first - 1 - _NEGATION_REACH) - 1, -1):
        if ctx.tokens[k].norm in CLAUSE_END:
            return False
        if ctx.match(lexicon.negation, k):
            between = [j for j in range(k + 1, trigger.first) if ctx.token_mention[j] is None]
            return any(ctx.match(lexicon.object_predicates, j) for j in between) or (
                any(ctx.match(lexicon.result_verbs, j) for j in between) and _complement_after(ctx, trigger, stop))
    return False


def _complement_after(ctx: DocumentContext, trigger: PhraseMatch, stop: int, reach: int = 12) -> bool:
    """Round 33: whether a lower-case word follows the relation word's phrase in its clause (before ``stop``, its
    exclusive end) — past its names, partner and topic prepositions, articles and conjunctions ("the talks between X
    and Y easier", "переговори щодо Brexit легшими"): the complement of a verb of making."""
    lexicon = ctx.lexicon
    for k in range(trigger.last + 1, min(trigger.last + 1 + reach, stop)):
        token = ctx.tokens[k]
        if token.norm in CLAUSE_END:
            return False
        if ctx.token_mention[k] is not None or not token.is_word or not token.text[:1].islower() or any(
                ctx.match(table, k) for table in (lexicon.partner_prepositions, lexicon.between, lexicon.topic_prepositions,
                                                  lexicon.articles, lexicon.conjunctions, lexicon.owner_words)):
            continue
        return True
    return False


def _quoted_sentence_between(ctx: DocumentContext, a: int, b: int) -> bool:
    """Round 53: whether a sentence end followed by a dash opening quoted words (". – …", ". — …") stands
    between tokens ``a`` and ``b``, a sentence the splitter left joined to the one before it: a stance cue
    in it is of what that sentence says."""
    return any(ctx.tokens[k].norm in {".", "!", "?"} and ctx.tokens[k + 1].norm in {"–", "—", "-"}
               for k in range(a + 1, b - 1))


def _other_clause(ctx: DocumentContext, a: int, b: int) -> bool:
    """Whether ", but" / ", а" / ", ale" (lexicon ``clause_conjunctions``) stands between tokens
    ``a`` and ``b``: they belong to different clauses."""
    lo, hi = min(a, b), max(a, b)
    return any(ctx.tokens[k].norm == "," and ctx.match(ctx.lexicon.clause_conjunctions, k + 1)
               for k in range(lo, hi))


def _is_setting(ctx: DocumentContext, trigger: PhraseMatch, first: int) -> bool:
    """Whether the relation word is the setting of the sentence, right after "during" ("в ходе
    переговоров", "w trakcie rokowań", "during the talks"; lexicon ``during``)."""
    return ctx.phrase_ending_at(ctx.lexicon.during, trigger.first - 1, (1, 2, 3), first) > 0



def _clause_after(ctx: DocumentContext, trigger: PhraseMatch, stop: int, reach: int,
                  stop_at_conjunctions: bool = False):
    """Tokens after the relation word in its clause (no punctuation between; with
    ``stop_at_conjunctions``, no conjunction either), at most ``reach`` words beyond the first."""
    words = 0
    for k in range(trigger.last + 1, min(stop, len(ctx.tokens))):
        if ctx.tokens[k].norm in CLAUSE_END or (stop_at_conjunctions and ctx.match(ctx.lexicon.conjunctions, k)):
            return
        yield k
        words += 1
        if words > reach:
            return


def _trailing_negation(ctx: DocumentContext, trigger: PhraseMatch, stop: int, reach: int = 5) -> int | None:
    """The token of a negation standing after the relation verb it negates (lexicon
    ``trailing_negation``: German main clauses put "nicht" after the finite verb and its objects,
    "Putin traf Musk nicht", "telefonierte nicht mit Musk"), within ``reach`` words and the clause."""
    for k in _clause_after(ctx, trigger, stop, reach, stop_at_conjunctions=True):
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.trailing_negation, k):
            return None if _negates_nothing(ctx, k) else k
    return None


def _negates_nothing(ctx: DocumentContext, k: int) -> bool:
    """Whether the negation word at ``k`` negates nothing (lexicon ``not_negation``): a phrase it opens ("не
    только", "not only"), or, round 85, one it closes: the "or not" of an alternative ("whether to approve or not
    the deal that X reaches with Y", "дали да бъде одобрена или не финалната сделка"), which leaves the relation
    word after it unnegated; only after a question word (lexicon ``embedded_questions``: "whether", "дали") within
    ``_ALTERNATIVE_REACH`` words before it in the clause, as "или не …, или …" is also "either not …, or …")."""
    if ctx.match(ctx.lexicon.not_negation, k):
        return True
    if k < 1 or not ctx.match(ctx.lexicon.not_negation, k - 1):
        return False
    for j in range(k - 2, max(k - 2 - _ALTERNATIVE_REACH, -1), -1):
        if ctx.tokens[j].norm in CLAUSE_END:
            return False
        if ctx.match(ctx.lexicon.embedded_questions, j):
            return True
    return False


def _unfinished_agreement(ctx: DocumentContext, trigger: PhraseMatch, first: int, reach: int = 4) -> bool:
    """Round 56: whether a negated negotiation word is one of agreeing or of a deal (lexicon ``agreement_words``;
    with a glued negation, the word without it) and a word of an unfinished outcome (lexicon ``unfinished``: "yet",
    "still", "managed", "zatím", "още", "успяват", "пока") stands within ``reach`` words before it in its clause:
    "se EU s Británií zatím nedohodla", "не успяват да сключат споразумение", "have not yet reached an agreement
    with Y" tell of talks that go on without a result, so the negotiation is asserted, as "no progress in the
    talks" is. A negated meeting or talk ("has not yet taken place") is still denied."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if relation is None or relation.name != "negotiate" or not lexicon.agreement_words.patterns \
            or not lexicon.unfinished.patterns:
        return False

    def agreement_at(k: int) -> bool:
        token = ctx.tokens[k]
        rest = lexicon.negated_form(token.norm)
        if rest is not None and lexicon.agreement_words.match_at([Token(token.start, token.end, token.text, rest)], 0):
            return True
        return bool(ctx.match(lexicon.agreement_words, k))

    if not any(agreement_at(k) for k in range(trigger.first, trigger.last + 1)):
        return False
    words = 0
    for k in range(trigger.first - 1, max(first, 0) - 1, -1):
        if ctx.tokens[k].norm in CLAUSE_END or ctx.token_mention[k] is not None or words >= reach:
            return False
        if ctx.match(lexicon.unfinished, k):
            return True
        words += 1
    return False


def _negated_occurrence(ctx: DocumentContext, trigger: PhraseMatch, stop: int, reach: int = 10) -> int | None:
    """The last token of "not planned", "не планируется", "nicht geplant", "n'aura pas lieu" after the
    relation word, in its clause (no comma between): the relation noun is the subject of a negated
    predicate of occurrence (lexicon ``occurrence``), so the relation is denied ("a meeting between
    Biden and Putin is not planned"). Other negated predicates ("was not easy") deny nothing."""
    lexicon = ctx.lexicon
    if lexicon.negation_prefixes:
        # round 56: a negation glued to the predicate ("rozhovory mezi X, Y a Z se nepředpokládají"; a comma
        # between two names of a list does not end the clause)
        words, end = 0, min(stop, len(ctx.tokens))
        for k in range(trigger.last + 1, end):
            if ctx.tokens[k].norm in CLAUSE_END and not (
                    ctx.tokens[k].norm == "," and ctx.token_mention[k - 1] is not None
                    and k + 1 < end and ctx.token_mention[k + 1] is not None):
                break
            if ctx.token_mention[k] is None and (rest := _glued_negation(ctx, k)) is not None \
                    and lexicon.occurrence.match_at([Token(ctx.tokens[k].start, ctx.tokens[k].end, ctx.tokens[k].text, rest)], 0):
                return k
            words += 1
            if words > reach:
                break
    for k in _clause_after(ctx, trigger, stop, reach):
        if ctx.token_mention[k] is None and (ctx.match(ctx.lexicon.negation, k)
                                             or ctx.match(ctx.lexicon.trailing_negation, k)):
            if ctx.match(ctx.lexicon.not_negation, k):
                return None
            for j in range(k + 1, min(k + 4, stop, len(ctx.tokens))):
                if ctx.tokens[j].norm in CLAUSE_END:
                    break
                if (length := ctx.match(ctx.lexicon.occurrence, j)):
                    return j + length - 1
    return None


def _glued_negation(ctx: DocumentContext, k: int) -> str | None:
    """Round 56: the word at ``k`` without a glued negation prefix (lexicon ``negation_prefixes``: "nepředpokládají"
    -> "předpokládají"), None when it has none."""
    norm = ctx.tokens[k].norm
    for prefix in ctx.lexicon.negation_prefixes:
        if norm.startswith(prefix) and len(norm) - len(prefix) > 3 and not ctx.match(ctx.lexicon.not_negation, k):
            return norm[len(prefix):]
    return None


def _cancelled(ctx: DocumentContext, trigger: PhraseMatch, first: int, stop: int,
               reach: int = 10) -> tuple[int, int] | None:
    """Round 28: the span of a word of cancelling (lexicon ``cancel``: "cancelled", "called off",
    "отменена", "odwołał", "zrušena", "скасовано", "odpovedal", "abgesagt") of which the relation noun is
    the object or the subject: within three words before it, over a determiner or possessive ("called off
    his meeting with Y", "отменил встречу с Y"), or after it in its clause as its predicate ("the meeting
    between X and Y was cancelled", "Spotkanie … zostało odwołane"; no conjunction between: "dohodly se na
    smlouvě a odvolaly stávky" calls off the strikes). A relation verb is no event that is cancelled ("met Y
    after the flight was cancelled"), nor is a negated cancelling ("was not cancelled"), nor a lasting
    relation or an agreement (relation key ``lasting``, ``generic`` words): cancelling it ends what held."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if not lexicon.cancel.patterns or relation is None or not is_relation_noun(ctx, relation, trigger):
        return None
    if relation.lasting or (relation.generic is not None and any(
            ctx.match(relation.generic, k) for k in range(trigger.first, trigger.last + 1))):
        return None  # "cancelled the cooperation / the agreement": it held, and ends
    for k in range(trigger.first - 1, max(first, trigger.first - 4) - 1, -1):
        if ctx.tokens[k].norm in CLAUSE_END or ctx.token_mention[k] is not None:
            break
        for j in range(k, max(first, k - 2) - 1, -1):
            length = ctx.match(lexicon.cancel, j)
            if length and j + length - 1 == k:
                return None if is_negated(ctx, j, first) else (j, trigger.last)
    for k in _clause_after(ctx, trigger, stop, reach):
        if ctx.token_mention[k] is None and ctx.match(lexicon.conjunctions, k) and not (
                k + 1 < len(ctx.tokens) and ctx.token_mention[k - 1] is not None and ctx.token_mention[k + 1] is not None):
            return None  # a conjunction opens another predicate ("… a odvolaly stávky"); not "between X and Y"
        if ctx.token_mention[k] is None and (length := ctx.match(lexicon.cancel, k)):
            return None if is_negated(ctx, k, trigger.last + 1) else (trigger.first, k + length - 1)
    return None


def _separable_denial(ctx: DocumentContext, trigger: PhraseMatch, first: int, stop: int,
                      reach: int = 4) -> tuple[int, int] | None:
    """Round 28: a separable verb of refusing or cancelling that brackets the relation word (lexicon
    ``separable_deny``, "lehnte ab", "sagte ab": the verb within ``reach`` words before it, its particle
    closing the clause after it: "lehnte ein Treffen mit Y ab", "sagte das Treffen mit Y ab")."""
    lexicon = ctx.lexicon
    if not lexicon.separable_deny:
        return None
    relation = lexicon.relation(trigger.key)
    if relation is not None and relation.directed and not relation.places:
        return None  # "lehnte eine Einladung von Y ab": Y's invitation was made; what is refused is its visit
    end = None
    for k in range(trigger.last + 1, min(stop, len(ctx.tokens))):
        if ctx.tokens[k].norm in CLAUSE_END:
            break
        end = k
    if end is None or ctx.token_mention[end] is not None:
        return None
    for k in range(trigger.first - 1, max(first, trigger.first - 1 - reach), -1):
        if ctx.tokens[k].norm in CLAUSE_END:
            return None
        for verbs, particle in lexicon.separable_deny:
            if ctx.tokens[end].norm == particle and ctx.match(verbs, k) and not is_negated(ctx, k, first):
                return (k, end)
    return None


def _negates_outcome(ctx: DocumentContext, start: int, trigger_first: int, stop: int, reach: int = 3) -> bool:
    """Whether an outcome noun ("progress", "результат", "výsledek") stands within ``reach`` words
    after a negation at ``start`` and before the relation word (or, after it, before ``stop``, the clause's exclusive
    end): the negation is of the outcome, so the relation itself took place ("no progress in the talks", "не было
    никакого прогресса в переговорах")."""
    end = min(start + reach, trigger_first) if trigger_first > start else start + reach
    return any(ctx.match(ctx.lexicon.outcome_nouns, k) for k in range(start, min(end, stop)))


def _model_after(ctx: DocumentContext, trigger: PhraseMatch, stop: int, reach: int = 6) -> bool:
    """Round 100: whether a model word (lexicon ``model_words``: "model", "модела", "wzór") stands within ``reach``
    tokens after the relation word, in its clause (no clause end between, before ``stop``, its exclusive end): a
    denial before the relation word then rules out the form the deal would take ("Тя изключи търговското споразумение
    с Y да е по модела с Z", "ruled out a deal with Y on the Z model"), not that a deal is sought."""
    if not ctx.lexicon.model_words.patterns:
        return False
    for k in range(trigger.last + 1, min(stop, trigger.last + 1 + reach)):
        if ctx.tokens[k].norm in CLAUSE_END:
            return False
        if ctx.token_mention[k] is None and ctx.match(ctx.lexicon.model_words, k):
            return True
    return False


def _text(ctx: DocumentContext, first: int, last: int) -> str:
    return ctx.doc.text[ctx.tokens[first].start : ctx.tokens[last].end]
