"""Implied parties: the parties of a relation the sentence does not name, taken from the document.

News articles name the parties of a relation once ("talks between London and Brussels", "Babiš will
meet Perry") and then speak of the relation alone: "The negotiations will resume next week", "Talks
broke down", "Переговоры зашли в тупик", "Jednání se uskuteční ve středu". A reader takes the
parties from the document; so does `established_parties`, for a relation word whose clause names
fewer than two parties:

- only for a symmetric relation (contact, meet, negotiate, cooperate: lexicon ``directed`` false);
  a request or a visit without its agent or patient names nobody we may guess;
- only for a noun of the relation (lexicon ``nouns``: "the talks", "the meeting", "переговоры",
  "rozmowy", "jednání", "срещата"), which refers back to the relation; a verb whose subject or object
  its clause leaves out ("that's hissing and calling for more blood", "обсуждали также цены") or a
  word of another sense ("In this talk presented at the conference": a lecture) does not;
- the parties are those of the earlier *explicit* mentions of the same relation in the document
  (claims whose own sentence named their parties), the nearest one, and only when they are
  unambiguous: every such mention names the same parties (or a subset or superset of them), else
  the one the claim's speaker is a party of; "X met Y. Z met W. The meeting lasted two hours."
  establishes nothing;
- a party the sentence does name must be one of them, and then only a pair is completed ("the EU
  says the talks will resume" keeps the EU and adds its partner); a sentence naming another party
  speaks of another relation ("Talks with Washington broke down": no claim);
- not for a relation word with parties of its own that are not names ("talks with foreign
  investors", "work with him", "talks of officials"), nor for generic words of the relation
  (lexicon ``generic``: "agreements", "dohody": any agreement), nor after a word of absence
  (lexicon ``absence``: "without", "без", "brez": "leave without a deal" names no relation at all —
  the extractor makes no claim of such a word, whatever the parties);
- a mention of the relation in the relation word's own sentence is what the word elaborates ("They
  met in Sochi, where the talks lasted two hours"), never a source.

- round 17: with no explicit mention of a negotiation in the document at all, a negotiation noun in
  a document that speaks of a state leaving or joining a union ("Britain's exit from the EU",
  "излизането на Великобритания от ЕС", "odchod Británie z EU") is between that state and that
  union: exit and accession are negotiated (`membership_sides`; only one such pair, a place and an
  organisation; a sentence naming one of them keeps it and adds the other, one naming someone else
  makes no claim).
- round 19: with neither, the pair the document names with "between" ("відносини між Великобританією
  і ЄС", "relations between Freedonia and the Union"; `_between_sides`): only one such pair, places
  or a place and an organisation, and none after a border word ("the border between X and Y").
- round 42: (a) a talk noun (contact: "rozhovory", "rozmowy", "diskuse") standing alone, with no
  explicit talks in the document, in a document with a membership change, is that change's negotiation
  when its sentence names nobody but its speaker and at most one side (`_membership_talks`; not with a
  partner or a topic of its own: "rozhovor s místopředsedkyní", "diskuse o rozpočtu"); (b) a negotiation
  noun about the membership change ("talks on the withdrawal", "преговорите за Брекзит") is between the
  two sides even when the document told other negotiations before, and before continuing the claim
  just made (the extractor asks first, `topic_only`); the change may be named by the document's main
  event name (`_main_event`: its most frequent MISC name), also for generic agreement nouns ("K dohodě
  o brexitu chybí jen krůček"). Tried and left out: the "between" pair for talk nouns (1 of 2 right).
- round 46: a singular deal or agreement noun (lexicon ``deal_nouns``: "the deal", "споразумението", "dohoda",
  "umowa", "porozumienie"; not a plural, not consent: ``deal_exclude``) in a document whose negotiation sides are
  established (its explicit negotiations, all naming the same pair; else `membership_sides`; else the "between"
  pair) is that negotiation, when its sentence names one of those sides (or one says it) and no other party
  (its speaker and its attribution aside): "The Union says the deal must be approved", "ЕС не предложи
  споразумение"; "The agreement was criticised by farmers" names no side: any agreement (`deal_parties`; the
  extractor also tries such a noun that no trigger covers, in a sentence that made no negotiate claim). A deal
  with a party of its own, named or not, is another negotiation ("a trade deal with Japan", "an agreement with
  the workers").
- round 54: a negotiator noun with its holder named and its own side named in its role phrase ("the EU's chief
  negotiator X", "главният преговарящ на ЕС X") negotiates with the other side (`negotiator_partner`: the other
  body of the nearest explicit negotiation pairing that side with one other body, not two organisations; else the
  other membership or "between" side). A membership phrase stops at a conjunction before a common noun ("виходу
  Британії і глава МЗС": the Foreign Office is no side).
- round 60: a membership phrase naming the union by a common noun (lexicon ``membership_unions``: "odchod Británie z
  unie", "напускането на Великобритания от съюза") or naming its member alone ("Britain's exit") has the document's one
  union for its union side: the one organisation whose own name holds such a noun (`_document_union`); a "between" pair
  of the member with an organisation names that union as the document does ("Евросъюза").

Otherwise the parties stay unset and the sentence makes no claim: precision first. Tried and left
out because they cost precision on the tuning splits: parties of another relation of the same CAMEO
root (a meeting's for the talks), and the headline's or lead's pair when no explicit mention exists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from storyline.claims.context import CLAUSE_END, POSSESSIVE_MARKS, QUOTE_MARKS, DocumentContext, clear_leader
from storyline.claims.lexicon import PhraseMatch, Relation

__all__ = ["ExplicitMention", "established_parties", "unnamed_group_at", "after_absence", "deal_parties", "has_unnamed_parties", "is_relation_noun",
           "membership_sides", "negotiator_partner", "they_for_unnamed_people", "unnamed_partner_group", "joint_phrase_of_unnamed"]

_MEMBERSHIP_RELATIONS = {"negotiate"}  # round 17: relations whose parties a membership phrase implies
_TALK_RELATIONS = {"contact"}  # round 42: talk nouns in a document on a membership change are its negotiation
_ABSENCE_REACH = 3  # words between "without" and the relation word ("without any prior consultation")


@dataclass(frozen=True, slots=True)
class ExplicitMention:
    """A claim whose parties its own sentence named: a relation the document has established."""

    unit: int  # sentence index
    relation: str
    participants: tuple[int, ...]  # mention indices
    noun: str | None = None  # round 45: the relation word's last word ("call"), for a definite noun referring back


def after_absence(ctx: DocumentContext, trigger: PhraseMatch, reach: int = _ABSENCE_REACH) -> bool:
    """Whether a word of absence ("without", "без", "brez", "bez") stands before the relation word
    within ``reach`` words of its phrase ("without any consultation", "brez dogovora"), in its sentence
    (`DocumentContext.sentence_first`)."""
    for k in range(trigger.first - 1, max(trigger.first - 1 - reach, ctx.sentence_first(trigger.first) - 1), -1):
        token = ctx.tokens[k]
        if not token.is_word or ctx.token_mention[k] is not None:
            return False
        if ctx.match(ctx.lexicon.absence, k):
            return True
    return False


def established_parties(ctx: DocumentContext, explicit: list[ExplicitMention], unit: int,
                        trigger: PhraseMatch, named: list[int], speaker: int | None = None,
                        topic_only: bool = False) -> list[int] | None:
    """The parties of the relation word ``trigger`` in sentence ``unit`` when its clause names fewer
    than two (``named``, mention indices): ``named`` plus the other parties the document established
    for the relation in an earlier sentence (``explicit``) — or None when there are none, when they
    are ambiguous (two earlier mentions name different parties and ``speaker``, the claim's source,
    is not in exactly one of them) or do not include ``named``, or when the relation word comes
    with parties of its own that are not names. ``topic_only`` (round 42): only the sides of a
    negotiation noun about the document's membership change (below), else None."""
    relation = ctx.lexicon.relation(trigger.key)
    if relation is None or relation.directed or after_absence(ctx, trigger):
        return None
    if not is_relation_noun(ctx, relation, trigger):
        return None  # "calling for more blood", "this talk presented at …": a verb refers back to nothing
    generic = relation.generic is not None and bool(ctx.match(relation.generic, trigger.first))
    if generic and not topic_only and (deal := deal_parties(ctx, explicit, unit, trigger, named, speaker)) is not None:
        return deal  # round 46: "the agreement must be ratified": the document's negotiation
    if generic and not named and not _about_membership(ctx, trigger):
        return None  # "dohody byly uzavřené", "labour agreements": any agreement, not the document's
    family = [e for e in explicit if e.relation == trigger.key and e.unit <= unit]
    if family and family[-1].unit == unit:
        return None  # (the sentence's own explicit claim of the relation is what it elaborates)
    if has_unnamed_parties(ctx, trigger):
        return None  # "discussions with foreign businessmen", "talks of officials": parties of its own, unnamed
    if generic:
        # round 23: an agreement with the union of the document's membership change ("konečná dohoda
        # s EU o podmínkách brexitu") or about a membership change ("Návrh dohody o vystoupení") is
        # that change's; any other agreement is no claim (its member's own: "Británie podepíše dohody
        # o volném obchodu se zbytkem světa")
        sides = membership_sides(ctx) if relation.name in _MEMBERSHIP_RELATIONS else None
        if sides is None or any(ctx.name(m) != ctx.name(sides[1]) for m in named):
            return None
        return list(sides)
    if relation.name in _MEMBERSHIP_RELATIONS and _about_membership(ctx, trigger) \
            and (sides := membership_sides(ctx)) is not None and _named_within(ctx, named, sides):
        # round 42: talks on the document's membership change ("преговорите за Брекзит", "talks on the
        # withdrawal") are between its two sides, whatever other negotiations the document told before
        # (the extractor asks this first: it beats continuing the claim just made)
        return list(sides)
    if topic_only:
        return None
    if not family:
        if relation.name in _TALK_RELATIONS:
            return _membership_talks(ctx, unit, trigger, named, speaker)
        return _membership_parties(ctx, relation, named)
    named_names = {ctx.name(m) for m in named}
    # the document's parties for the relation that include the party the sentence names (with a
    # party named, only pairs: which two of a group of three is unknown)
    candidates = [e for e in family if named_names <= (names := {ctx.name(m) for m in e.participants})
                  and (not named_names or len(names) == 2)]
    if not candidates:
        return None
    if _conflicting(ctx, candidates) and speaker is not None:
        # "According to Merkel, the talks were difficult": of two pairs, the one the speaker is in
        candidates = [e for e in candidates if ctx.name(speaker) in {ctx.name(m) for m in e.participants}]
    if not candidates or _conflicting(ctx, candidates):
        return None  # "X met Y. Z met W. The meeting lasted two hours.": which meeting is unknown
    established = candidates[-1].participants  # the nearest; the others name the same parties
    if not named and (sides := _sides_for_person(ctx, relation, established)) is not None:
        return sides
    parties = list(named)
    for m in established:
        if ctx.name(m) not in {ctx.name(p) for p in parties}:
            parties.append(m)
    return parties if len(parties) >= 2 else None


def deal_parties(ctx: DocumentContext, explicit: list[ExplicitMention], unit: int, trigger: PhraseMatch,
                 named: list[int], speaker: int | None = None, ignore: frozenset[int] | set[int] = frozenset()) -> list[int] | None:
    """Round 46: the two sides of the document's negotiation for a singular deal or agreement noun (lexicon
    ``deal_nouns``) in sentence ``unit``: "The Union says the deal must still be approved", "ЕС не предложи
    споразумение", "Británie chce dohodu schválit". The sides are those of the document's earlier explicit negotiations
    when they all name the same pair (a person paired with a body of one side gives the document's two sides,
    as `_sides_for_person`), else its membership change's (`membership_sides`), else its "between" pair
    (`_between_sides`). None when the noun is no deal of theirs: after a word of absence, with a partner or
    people of its own ("a deal with Japan", "an agreement with the workers"), when its sentence names a party
    other than the sides (``named`` included; its ``speaker`` and the names in its attribution, tokens
    ``ignore``, aside: "Farage said …"), or when it names neither side and neither says it ("The agreement
    was criticised by farmers": any agreement, round 5)."""
    lexicon = ctx.lexicon
    if not any(ctx.match(lexicon.deal_nouns, k) for k in range(trigger.first, trigger.last + 1)):
        return None
    if after_absence(ctx, trigger) or has_unnamed_parties(ctx, trigger):
        return None
    sides = _document_sides(ctx, explicit, unit)
    if sides is None or not _named_within(ctx, named, sides):
        return None
    mentioned = _names_besides_speaker(ctx, unit, speaker, ignore)
    if mentioned is None:
        return None
    side_names = {ctx.name(m) for m in sides}
    if not mentioned <= side_names:
        return None  # "X's deal", "a trade deal with Japan": someone else's
    if not (mentioned | ({ctx.name(speaker)} if speaker is not None else set())) & side_names:
        return None  # "The agreement was criticised by farmers": a side must be named (or say it), else any agreement
    return [m for m in named] + [m for m in sides if ctx.name(m) not in {ctx.name(p) for p in named}]


def negotiator_partner(ctx: DocumentContext, explicit: list[ExplicitMention], unit: int, own: int) -> int | None:
    """Round 54: the side a negotiator of side ``own`` (a place or organisation mention: "the EU's chief negotiator")
    negotiates with in sentence ``unit``: the other body of the nearest explicit negotiation of the document (up to
    this sentence) that pairs ``own`` with one other body, a place with a place or an organisation ("talks between
    the EU and Britain"; not two organisations: a company's deal with the union is no side of its talks); else the other of
    the document's membership sides (`membership_sides`: "Britain's exit from the EU") or of its "between" pair.
    None when ``own`` is no side of them."""
    name = ctx.name(own)
    for e in reversed([e for e in explicit if e.relation == "negotiate" and e.unit <= unit]):
        names = {ctx.name(m) for m in e.participants}
        types = sorted(ctx.mention(m).type for m in e.participants)
        if name in names and len(names) == 2 and types in (["LOC", "ORG"], ["LOC", "LOC"]):
            # (bodies only, and not two organisations: "Airbus … a deal with the EU" is no side of the talks)
            return next(m for m in e.participants if ctx.name(m) != name)
    sides = membership_sides(ctx) or _between_sides(ctx)
    if sides is None or name not in {ctx.name(m) for m in sides}:
        return None
    return next((m for m in sides if ctx.name(m) != name), None)


def _names_besides_speaker(ctx: DocumentContext, unit: int, speaker: int | None, ignore=frozenset()) -> set[str] | None:
    """The names of the parties (no MISC) sentence ``unit`` mentions outside the tokens ``ignore``, less its
    speaker's; None when there is no such sentence."""
    sentence = next((u for u in ctx.units if u.index == unit), None)
    if sentence is None:
        return None
    mentioned = {ctx.name(m) for k in range(sentence.first, sentence.stop)
                 if k not in ignore and (m := ctx.token_mention[k]) is not None and ctx.mention(m).type != "MISC"}
    return mentioned - ({ctx.name(speaker)} if speaker is not None else set())


def _document_sides(ctx: DocumentContext, explicit: list[ExplicitMention], unit: int) -> tuple[int, int] | None:
    """Round 46: the two sides of the document's negotiation before sentence ``unit`` (`deal_parties`). A deal
    is concluded between bodies (states, unions, companies): an explicit pair with a person in it ("May … talks with the EU") gives the document's
    two sides (`_sides_for_person`) or none — the person negotiated for a side the document may not name."""
    document = membership_sides(ctx) or _between_sides(ctx)
    family = [e for e in explicit if e.relation == "negotiate" and e.unit < unit]
    if not family:
        return document
    if _conflicting(ctx, family):
        return None  # two negotiations told: which one the deal is is unknown
    pair = family[-1].participants
    if len(pair) != 2:
        return None
    if document is not None and (sides := _sides_for_person(ctx, ctx.lexicon.relation("negotiate"), pair)) is not None:
        return (sides[0], sides[1])
    if any(ctx.mention(m).type == "PER" for m in pair):
        return None
    return (pair[0], pair[1])


def _named_within(ctx: DocumentContext, named: list[int], sides: tuple[int, int]) -> bool:
    """Whether every party the sentence names is one of the two sides (by name)."""
    return {ctx.name(m) for m in named} <= {ctx.name(m) for m in sides}


def _membership_talks(ctx: DocumentContext, unit: int, trigger: PhraseMatch, named: list[int],
                      speaker: int | None) -> list[int] | None:
    """Round 42: the parties of a talk noun ("the talks", "rozhovory", "rozmowy", "diskuse") that names no
    party, in a document that establishes no talks of its own but speaks of a state leaving or joining a
    union (`membership_sides`): the talks of such a document are that change's negotiation ("času k
    rozhovorům ubývá", "Rozhovory obou týmů budou pokračovat"), read as one by the extractor (round 20).
    Only for a noun standing alone (`_bare_talks`: no partner, no topic other than the change) in a
    sentence that names nobody but its speaker and at most one side ("Malmstroem … o przebiegu rozmów":
    another commissioner's talks; "rozmowa przy herbacie, … rozmawiała o tym, jak wyjście X z UE wpłynie
    …": a chat about the change)."""
    sides = membership_sides(ctx)
    if named or sides is None or not _bare_talks(ctx, trigger):
        return None
    mentioned = _names_besides_speaker(ctx, unit, speaker)
    if mentioned is None:
        return None
    side_names = {ctx.name(m) for m in sides}
    if not mentioned < side_names:
        return None  # someone else named, or both sides (the sentence is about the change itself)
    return list(sides)


def _bare_talks(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 3) -> bool:
    """Round 42: whether a talk noun stands alone: no partner preposition or "between" after it within
    ``reach`` words ("rozhovor s místopředsedkyní X": an interview), and no topic preposition after it
    unless it governs a membership noun ("discussions on the EU budget": another matter). Read in its sentence
    (`DocumentContext.sentence_stop`: the next one's first words, where this one has no final punctuation, are not
    the noun's)."""
    lexicon = ctx.lexicon
    for k in range(trigger.last + 1, min(trigger.last + 1 + reach, ctx.sentence_stop(trigger.last))):
        if ctx.tokens[k].norm in CLAUSE_END or ctx.token_mention[k] is not None:
            break
        if ctx.match(lexicon.partner_prepositions, k) or ctx.match(lexicon.between, k):
            return False
        if ctx.match(lexicon.topic_prepositions, k):
            return _about_membership(ctx, PhraseMatch(trigger.first, k - 1, trigger.key, trigger.pattern))
    return True


def _sides_for_person(ctx: DocumentContext, relation: Relation, established: tuple[int, ...]) -> list[int] | None:
    """Round 26: the document's two sides (its membership change, `membership_sides`, else its pair
    named with "between", `_between_sides`) for a negotiation noun that names no party, when the
    document's earlier explicit negotiation paired a person with a body of a side's kind ("Barnier …
    with the United Kingdom", "May … talks with the EU"): the talks the sentence speaks of are the
    sides' ("The negotiations on the transition start in January"), the person having negotiated
    for one of them. None otherwise (the earlier pair stays: two people, or two bodies)."""
    if relation.name not in _MEMBERSHIP_RELATIONS or len(established) != 2:
        return None
    sides = membership_sides(ctx) or _between_sides(ctx)  # (round 19: "relations between Britain and the EU")
    if sides is None:
        return None
    people = [m for m in established if ctx.mention(m).type == "PER"]
    others = [m for m in established if ctx.mention(m).type != "PER"]
    if len(people) != 1 or len(others) != 1 or ctx.mention(others[0]).type not in {ctx.mention(m).type for m in sides}:
        return None
    return list(sides)


def _about_membership(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 2) -> bool:
    """Round 23: whether a topic preposition right after the relation word governs a membership noun
    (lexicon ``membership_nouns``) over at most ``reach`` other words and no name: "dohoda o vystoupení",
    "Dohoda o podmínkách odchodu", "agreement on the withdrawal". Read in its
    sentence (`DocumentContext.sentence_stop`)."""
    stop = ctx.sentence_stop(trigger.last)
    k = trigger.last + 1
    length = ctx.match(ctx.lexicon.topic_prepositions, k) if k < stop else 0
    if not length or ctx.token_mention[k] is not None:
        return False
    for j in range(k + length, min(k + length + reach + 1, stop)):
        if ctx.token_mention[j] is not None:
            return j == k + length and _main_event(ctx, ctx.token_mention[j])  # round 42: "dohoda o brexitu"
        if not ctx.tokens[j].is_word:
            return False
        if ctx.match(ctx.lexicon.membership_nouns, j):
            return True
    return False


def _main_event(ctx: DocumentContext, m: int) -> bool:
    """Round 42: whether mention ``m`` names the membership change of a document that has one
    (`membership_sides`): an event name (MISC) that the document names more often than any other event
    ("the agreement on Brexit" in an article on Britain's exit from the EU); a tie names none."""
    if ctx.mention(m).type != "MISC" or membership_sides(ctx) is None:
        return False
    return ctx.name(m) == _main_event_name(ctx)  # round 60: counted once per document


def is_relation_noun(ctx: DocumentContext, relation: Relation, trigger: PhraseMatch) -> bool:
    """Whether the relation word is one of the relation's nouns (lexicon ``nouns``: "talks",
    "meeting", "переговоры", "rozmowy", "jednání") at any word of its phrase ("phone call",
    "телефонный разговор"): only such a noun refers back to the relation the document established;
    a verb whose subject or object its clause does not name ("calling", "spoke") does not."""
    if relation.nouns is None:
        return False
    return any(ctx.match(relation.nouns, k) for k in range(trigger.first, trigger.last + 1))


def has_unnamed_parties(ctx: DocumentContext, trigger: PhraseMatch) -> bool:
    """Whether the relation word comes with parties of its own that are not names: a partner
    preposition before a common noun or pronoun ("talks with foreign businessmen", "work with
    him"), or unnamed people right after it ("talks of officials")."""
    return _names_own_partner(ctx, trigger) or _unnamed_people_after(ctx, trigger) or _listed_with_things(ctx, trigger) \
        or they_for_unnamed_people(ctx, trigger) or _unnamed_group_follows(ctx, trigger)


def unnamed_group_at(ctx: DocumentContext, k: int, any_noun: bool = False, reach: int = 3) -> bool:
    """Round 87: whether token ``k`` is a noun of a group of people or bodies (lexicon ``people_nouns``,
    ``collective_roles``; with ``any_noun`` also ``anonymous``) with no name on it nor within ``reach`` tokens after
    it, before a place preposition (a group named by its owner or origin is named: "членов Cockpit", "members of Cockpit",
    "лидера на социалистите X", "ministers from X"; "пилоты в Ирландии" is not). Only names of its sentence own it
    (`DocumentContext.sentence_stop`: not the next one's first name, where this one has no final punctuation)."""
    lexicon = ctx.lexicon
    if ctx.token_mention[k] is not None or not (ctx.match(lexicon.people_nouns, k) or ctx.match(lexicon.collective_roles, k)
                                                or (any_noun and ctx.match(lexicon.anonymous, k))):
        return False
    for j in range(k + 1, min(k + 1 + reach, ctx.sentence_stop(k))):
        if ctx.token_mention[j] is not None:
            return False
        if ctx.match(lexicon.place_prepositions, j) and not ctx.match(lexicon.origin_prepositions, j):
            return True  # ("пилоты в Ирландии", "pilots in Ireland": where they are, not who they are)
    return True


def unnamed_group_before(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 8) -> bool:
    """Round 94: whether a plural noun of people or bodies that no name owns (`unnamed_group_at`) stands before the
    relation word in its clause, within ``reach`` words and with no name or clause end between: the clause's own
    subject, an unnamed group ("всички ръководители на британски и френски тайни служби проведоха среща", "the heads
    of the British and French services held a meeting"): the relation is that group's, so no name from another
    sentence (the document's established parties, the claim just made) is filled in for it. Round 99: so is a bare
    noun of a body (lexicon ``institution_nouns``: "Еврокомиссия намерена провести переговоры с Россией", "the
    Commission intends to hold talks with X") with no name within three tokens after it, not after a partner preposition
    or an owner word, at least two words before the relation word: the body no mention names is the relation's side,
    not the party the document paired X with before."""
    lexicon = ctx.lexicon

    def governed(k: int) -> bool:  # after a partner preposition or an owner word: another phrase's noun
        return k > 0 and bool(ctx.match(lexicon.partner_prepositions, k - 1) or ctx.match(lexicon.owner_words, k - 1))

    words = 0
    for k in range(trigger.first - 1, -1, -1):
        if ctx.token_mention[k] is not None or ctx.tokens[k].norm in CLAUSE_END:
            return False
        if ctx.match(lexicon.collective_roles, k) or ctx.match(lexicon.people_nouns, k):
            # (not the object of a preposition: "talks with officials", "с участниците" are the partner phrase's)
            # (nor an owner's, "the rights of the citizens are not negotiable", nor the head of the relation word's own
            # phrase, "szefowie zespołów negocjacyjnych", "the heads of the negotiating teams": the sides' people)
            if governed(k) or words < 2:
                return False
            return unnamed_group_at(ctx, k)
        if ctx.match(lexicon.institution_nouns, k) and words >= 2 and not governed(k) \
                and not any(ctx.token_mention[j] is not None for j in range(k + 1, min(k + 4, trigger.first))):
            return True  # round 99: a bare body noun, the clause's own side ("the Commission intends to hold talks with X")
        if ctx.tokens[k].is_word:
            words += 1
            if words >= reach:
                return False
    return False


def _unnamed_group_follows(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 6) -> bool:
    """Round 87: whether a relation noun is followed, within ``reach`` words and before any name or clause end (a comma
    of a participle phrase may stand between), by a plural noun of people or bodies (lexicon ``collective_roles``,
    ``people_nouns``, ``anonymous``) that no name owns (`unnamed_group_at`): "писмо, изпратено до 55 лидера", "a letter
    sent to 55 leaders", "partnera negocjacji w imieniu swoich pracowników": the sentence gives the relation its own side, unnamed, so
    no name from another sentence is filled in for it. Read in its sentence (`DocumentContext.sentence_stop`: one with
    no final punctuation ends at its last word)."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if relation is None or not is_relation_noun(ctx, relation, trigger):
        return False
    words = 0
    quoted = False
    stop = ctx.sentence_stop(trigger.last)
    for k in range(trigger.last + 1, stop):
        if ctx.token_mention[k] is not None:
            return False
        if ctx.tokens[k].norm == "." and _abbreviation_point(ctx, k):
            continue  # round 104: "т.нар.", "tzv.": an abbreviation's point, not the sentence's end
        if ctx.tokens[k].norm in CLAUSE_END - {","}:
            return False
        if ctx.tokens[k].norm == "," and not (k + 2 < stop and ctx.tokens[k + 1].is_word
                                              and ctx.match(lexicon.place_prepositions, k + 2)):
            return False  # (only a participle with its preposition goes on: ", изпратено до"; not ", officials said")
        if ctx.match(lexicon.collective_roles, k) or ctx.match(lexicon.people_nouns, k) or ctx.match(lexicon.anonymous, k):
            return unnamed_group_at(ctx, k, any_noun=True)
        if ctx.tokens[k].text in QUOTE_MARKS:
            quoted = not quoted
            if quoted:
                words += 1  # round 104: a quoted phrase ("the so-called 'Tory rebels'") counts as one word
            continue
        if ctx.tokens[k].is_word and not quoted and not ctx.match(lexicon.conjunctions, k) \
                and not (k + 1 < stop and ctx.tokens[k + 1].norm == "." and _abbreviation_point(ctx, k + 1)):
            # (round 104: nor a conjunction joining the listed groups, nor an abbreviation's word: "т.нар.")
            words += 1
            if words >= reach:
                return False
    return False


def _abbreviation_point(ctx: DocumentContext, k: int) -> bool:
    """Round 104: whether the full stop at token ``k`` ends a short lower-case abbreviation ("т.нар.", "tzv.", "т. е.")
    rather than the sentence: the word before it is lower case and at most three letters, and the next token is a lower-case
    word, another such abbreviation word or an opening quote."""
    if k < 1 or k + 1 >= len(ctx.tokens):
        return False
    before, after = ctx.tokens[k - 1], ctx.tokens[k + 1]
    if not (before.is_word and before.text.islower() and len(before.text) <= 3):
        return False
    return (after.is_word and after.text[:1].islower()) or after.text in QUOTE_MARKS


def they_for_unnamed_people(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 6, back: int = 4) -> bool:
    """Round 64: whether the relation word's subject is "they" (lexicon ``plural_pronouns``, within ``reach``
    tokens before it, no name or clause end between) standing for a group of people the sentence does not
    name: the nearest noun before the pronoun, over a comma, complementisers and at most ``back`` other words,
    is a people noun or a collective role ("поздравил коллег с тем, что они … пришли к соглашению", "congratulated
    his colleagues that they had reached an agreement"): its parties are those people, unnamed."""
    lexicon = ctx.lexicon
    pronoun = None
    lo = ctx.sentence_first(trigger.first)  # (both walks stay in the sentence, as at a clause end)
    for k in range(trigger.first - 1, max(trigger.first - 1 - reach, lo - 1), -1):
        if ctx.token_mention[k] is not None or ctx.tokens[k].norm in CLAUSE_END - {","}:
            return False  # (commas of a parenthetical may stand between: "они, кажется, наконец-то пришли")
        if ctx.match(lexicon.plural_pronouns, k) and not ctx.match(lexicon.possessive_pronouns, k):
            pronoun = k
            break
    if pronoun is None:
        return False
    words = 0
    for k in range(pronoun - 1, max(pronoun - 1 - 2 * back, lo - 1), -1):
        if ctx.token_mention[k] is not None or ctx.tokens[k].norm in CLAUSE_END - {","}:
            return False
        if ctx.match(lexicon.people_nouns, k) or ctx.match(lexicon.collective_roles, k):
            return True
        if ctx.tokens[k].is_word and not ctx.match(lexicon.complementizers, k):
            words += 1
            if words > back:
                return False
    return False


def _listed_with_things(ctx: DocumentContext, trigger: PhraseMatch) -> bool:
    """Round 13: whether the relation word is one item of an enumeration of common nouns, with a
    comma and a closing conjunction ("plan concerts, meetings and exhibitions", "przygotowanie
    specjalnych spotkań, koncertów oraz publikację reklam"): a kind of event among others, not the
    document's relation, so no parties of its own and none implied. Every other item is a single
    lower-case word that is no name, pronoun, conjunction, preposition or complementiser ("the
    talks, however, stalled" has no conjunction: no enumeration)."""
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    function_words = (lexicon.conjunctions, lexicon.clause_conjunctions, lexicon.relative_pronouns,
                      lexicon.complementizers, lexicon.articles, lexicon.partner_prepositions,
                      lexicon.person_pronouns, lexicon.plural_pronouns, lexicon.possessive_pronouns,
                      lexicon.first_person)

    def separator(k: int) -> str | None:
        if not 0 <= k < len(tokens) or ctx.token_mention[k] is not None:
            return None
        if tokens[k].norm == ",":
            return ","
        return "and" if ctx.match(lexicon.conjunctions, k) else None

    def item(k: int) -> bool:
        return (0 <= k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].islower()
                and ctx.token_mention[k] is None and ctx.role_noun_at(k) is None
                and not any(ctx.match(table, k) for table in function_words))

    separators: list[str] = []
    k = trigger.last + 1
    while (kind := separator(k)) and item(k + 1):
        separators.append(kind)
        k += 2
    k = trigger.first - 1
    while (kind := separator(k)) and item(k - 1):
        separators.append(kind)
        k -= 2
    return len(separators) >= 2 and "," in separators and "and" in separators


def _names_own_partner(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 3) -> bool:
    """Whether a partner preposition or "between" within ``reach`` words of the relation word (same
    clause) introduces no name ("talks with foreign businessmen", "work with him", "s řadou z nich
    uzavřít dohody", "dohody … se zaměstnanci"): the sentence gives the relation parties of its own,
    named or not, so the document's pair is not meant. (Both sides are read in its sentence,
    `DocumentContext.sentence_first` and `sentence_stop`.)"""
    lexicon = ctx.lexicon
    stop = ctx.sentence_stop(trigger.last)

    def unnamed_after(preposition: int) -> bool:  # no name nor role phrase after the preposition, over articles
        nxt = ctx.after_articles(preposition + 1, stop)
        return nxt >= stop or (ctx.token_mention[nxt] is None and ctx.role_noun_at(nxt) is None)

    if (ctx.match(lexicon.partner_prepositions, trigger.last) or ctx.match(lexicon.between, trigger.last)) \
            and unnamed_after(trigger.last):
        return True  # the relation word's own preposition: "work with him", "talks between"
    before = range(trigger.first - 1, max(trigger.first - 1 - reach, ctx.sentence_first(trigger.first) - 1), -1)
    after = range(trigger.last + 1, min(trigger.last + 1 + reach, stop))
    if _far_partner_before_verb(ctx, trigger, reach):
        return True
    # (a role phrase after the preposition resolves to a party: "a meeting with the president")
    for side in (before, after):
        for k in side:
            if ctx.tokens[k].norm in CLAUSE_END:
                break
            if ctx.match(lexicon.reflexives, k):
                continue  # "Jednání se uskuteční": the reflexive, not "with"
            if ctx.token_mention[k] is None and (ctx.match(lexicon.partner_prepositions, k)
                                                 or ctx.match(lexicon.between, k)) and unnamed_after(k):
                return True
    return False


def unnamed_partner_group(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 2) -> bool:
    """Round 102: whether a symmetric relation word's own partner phrase is an unnamed group of people: a partner
    preposition within ``reach`` words after the relation word (or ending it), then, over at most ``reach`` lower-case
    words (its adjectives), a plural noun of people (lexicon ``people_nouns``) that no name owns (`unnamed_group_at`):
    "переговоры о договорах с трудящимися", "искать соглашения с пилотами", "talks with the pilots". The other side is
    that group, with no mention, so the names elsewhere in the sentence (the founder and his company, the union's head
    and the company, the source) are not the relation's two sides: no claim. Read in its sentence
    (`DocumentContext.sentence_stop`)."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if relation is None or relation.directed:
        return False
    stop = ctx.sentence_stop(trigger.last)
    start = trigger.last if ctx.match(lexicon.partner_prepositions, trigger.last) else None
    if start is None:
        for k in range(trigger.last + 1, min(trigger.last + 2 + reach, stop)):
            if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word:
                return False
            if ctx.match(lexicon.partner_prepositions, k):
                start = k
                break
            if not ctx.tokens[k].text[:1].islower():
                return False
        if start is None:
            return False
    for k in range(start + 1, min(start + 2 + reach, stop)):
        if ctx.token_mention[k] is not None or not ctx.tokens[k].is_word or not ctx.tokens[k].text[:1].islower():
            return False
        if ctx.match(lexicon.people_nouns, k):
            # (a name right after it, or after one noun of a body or role, owns the group: "с пилотами Cockpit", "with
            # the staff of the company Zenco"; a name after a verb does not: "с трудящимися позволял Ryanair")
            # ("колегите си от Литва", "colleagues from Latvia": an origin preposition too)
            for nxt in range(k + 1, min(k + 4, stop)):
                if ctx.token_mention[nxt] is not None:
                    return False
                if not ctx.tokens[nxt].is_word or not (
                        ctx.role_noun_at(nxt) is not None or ctx.match(lexicon.institution_nouns, nxt)
                        or ctx.match(lexicon.collective_roles, nxt) or ctx.match(lexicon.articles, nxt)
                        or ctx.match(lexicon.origin_prepositions, nxt) or ctx.match(lexicon.reflexive_possessives, nxt)
                        or ctx.match(lexicon.possessive_pronouns, nxt) or ctx.match(lexicon.owner_words, nxt)):
                    break
            return unnamed_group_at(ctx, k, reach=0)
    return False


def joint_phrase_of_unnamed(ctx: DocumentContext, trigger: PhraseMatch, participants: list[int], reach: int = 8) -> bool:
    """Round 102: whether a symmetric relation word with its own partner preposition ("в сотрудничестве с", "спільно з",
    "partnership with") is joined to an unnamed side standing right before it rather than to the nearest party before
    it: either an untagged capitalised word right after a company or body noun (lexicon ``organisation_nouns``,
    ``institution_nouns``) right before the relation word ("розробленої компанією Zenco спільно з Оксфордським
    університетом": a name with no mention), or, within ``reach`` tokens and no clause end between, a conjunction right
    after that party followed by more words ("Acme in projekt univerze v sodelovanju z Zenco", "ако не уволни X и не се
    откаже от плановете за партньорство с Y": the second conjunct, unnamed, is the side). The
    party before it is a bystander, the other side has no mention: no claim."""
    lexicon = ctx.lexicon
    relation = lexicon.relation(trigger.key)
    if relation is None or relation.directed or trigger.last + 1 >= len(ctx.tokens) \
            or not (ctx.match(lexicon.partner_prepositions, trigger.last) or ctx.match(lexicon.partner_prepositions, trigger.last + 1)) \
            or ctx.match(lexicon.between, trigger.last + 1):
        return False
    before = [ctx.mention_tokens[m][1] for m in participants if ctx.mention_tokens[m][1] < trigger.first]
    if not before:
        return False
    end = max(before)
    prev = ctx.tokens[trigger.first - 1]
    if trigger.first - 2 > end and prev.is_word and prev.text[:1].isupper() and ctx.token_mention[trigger.first - 1] is None \
            and ctx.token_mention[trigger.first - 2] is None and (ctx.match(lexicon.organisation_nouns, trigger.first - 2)
                                                                  or ctx.match(lexicon.institution_nouns, trigger.first - 2)):
        # an untagged name right after a company or body noun ("компанією Bolvex спільно з"; not a capitalised noun of a
        # language that capitalises nouns, "den Impfstoff gemeinsam mit"): the party found before it is not the side
        return True
    gap = range(end + 1, trigger.first)
    if not 2 <= len(gap) <= reach or any(ctx.tokens[j].norm in CLAUSE_END or ctx.token_mention[j] is not None for j in gap):
        return False
    # (a relation noun only: "X and several ministers met with Y", a verb, is both conjuncts'; and no possessive between:
    # "Mayevi in njenemu dogovoru z Brusljem", "May and her deal with Brussels": her deal is the party's own)
    return bool(ctx.match(lexicon.conjunctions, end + 1)) and is_relation_noun(ctx, relation, trigger) and not any(
        ctx.match(lexicon.possessive_pronouns, j) or ctx.match(lexicon.reflexive_possessives, j) for j in gap)


def _far_partner_before_verb(ctx: DocumentContext, trigger: PhraseMatch, reach: int, most: int = 6) -> bool:
    """Round 84: whether a relation verb at the end of its clause has a partner preposition further before it than
    ``reach`` words (at most ``most``), every word between them lower-case and no name: "budou muset se všemi zeměmi
    mimo společenství jednat", "will have to negotiate with all countries outside the union": the partner is the
    common noun after it, unnamed. The preposition stands in the verb's sentence (`DocumentContext.sentence_first`)."""
    lexicon = ctx.lexicon
    if trigger.first != trigger.last or ctx.lexicon.relation(trigger.key) is None \
            or is_relation_noun(ctx, ctx.lexicon.relation(trigger.key), trigger):
        return False
    for k in range(trigger.first - 1 - reach, max(trigger.first - 1 - most, ctx.sentence_first(trigger.first) - 1), -1):
        words = range(k, trigger.first)
        if any(ctx.token_mention[j] is not None or not ctx.tokens[j].is_word or not ctx.tokens[j].text[:1].islower()
               for j in words):
            return False
        if ctx.match(lexicon.partner_prepositions, k):
            return ctx.token_mention[k + 1] is None and ctx.role_noun_at(k + 1) is None
    return False


def _unnamed_people_after(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 2) -> bool:
    """Whether unnamed people stand right after the relation noun (within ``reach`` words, before
    any name): "переговорів чиновників і керівників компаній", "talks of officials", "rozmowy
    przedstawicieli" (lexicon ``anonymous`` and ``collective_roles``) — its own parties, unnamed. (Not the next
    sentence's first words, where this one has no final punctuation: `DocumentContext.sentence_stop`.)"""
    lexicon = ctx.lexicon
    for k in range(trigger.last + 1, min(trigger.last + 1 + reach, ctx.sentence_stop(trigger.last))):
        if not ctx.tokens[k].is_word or ctx.token_mention[k] is not None:
            return False
        if ctx.match(lexicon.anonymous, k) or ctx.match(lexicon.collective_roles, k):
            return True
    return False


def _conflicting(ctx: DocumentContext, mentions: list[ExplicitMention]) -> bool:
    """Whether two of the mentions name different parties (neither set contains the other)."""
    sets = [frozenset(ctx.name(m) for m in e.participants) for e in mentions]
    return any(not (a <= b or b <= a) for a in sets for b in sets)


def _membership_parties(ctx: DocumentContext, relation: Relation, named: list[int]) -> list[int] | None:
    """Round 17: the parties of a negotiation noun in a document that establishes no negotiation of
    its own but speaks of a state leaving or joining a union (`membership_sides`): "Talks on the
    transition period start this week" in an article on Britain's exit from the EU are between
    Britain and the EU. Only for the relations of ``_MEMBERSHIP_RELATIONS`` (exit and accession are
    negotiated), and only when what the sentence names is one of the two."""
    if relation.name not in _MEMBERSHIP_RELATIONS:
        return None
    sides = membership_sides(ctx)
    if sides is None:
        sides = _between_sides(ctx)  # round 19: "relations between Britain and the EU"
    if sides is None:
        return None
    names = {ctx.name(m) for m in sides}
    if any(ctx.name(m) not in names for m in named):
        return None  # "Мэй … переговоры": a person of one side, not the sides
    return list(sides)


def _state_before(ctx: DocumentContext, k: int) -> int | None:
    """The place named last before token ``k`` in its sentence, outside place phrases: the state a
    membership noun's "the country" stands for ("Великобритания оттегля … излизането на страната
    от ЕС"); None when the sentence names none before it."""
    unit = next((u for u in ctx.units if u.first <= k < u.stop), None)
    if unit is None:
        return None
    for j in range(k - 1, unit.first - 1, -1):
        m = ctx.token_mention[j]
        if m is None or ctx.mention_tokens[m][1] != j or ctx.mention(m).type != "LOC":
            continue
        first = ctx.mention_tokens[m][0]
        if first > 0 and ctx.match(ctx.lexicon.place_prepositions, first - 1):
            continue  # "в Брюксел": where, not who
        return m
    return None


def membership_sides(ctx: DocumentContext, reach: int = 2) -> tuple[int, int] | None:
    """Round 17: (member, union) of the document's membership phrases, or None. A membership noun
    (lexicon ``membership_nouns``: "exit", "излизане", "odchod", "wyjście", "вступ") names the
    member and the union right after it, over at most ``reach`` words each ("излизането на
    Великобритания от ЕС", "odchodu Británie z Evropské unie"), or a possessive before it ("Britain's
    exit from the EU"); a phrase naming only the union ("излизане на страната от ЕС") has for member
    the place its sentence names last before it. The names so linked anywhere in the document must
    be exactly two, a place and an organisation: two places or two organisations are one body named
    twice ("Unii"/"Wspólnoty", "Великобритания"/"Обединеното кралство") unless one phrase names both
    (nothing leaves itself)."""
    cache = ctx._roles_cache
    if "membership_sides" in cache:
        return cache["membership_sides"]
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    linked: dict[str, int] = {}
    together: set[frozenset] = set()  # the pairs one phrase names
    by_noun: set[str] = set()  # round 60: unions named by a common noun ("z unie")
    named_here: set[str] = set()  # (and the names the phrases themselves name)
    times: Counter = Counter()  # round 97: how many phrases link each name

    for k in ctx.may_start_positions(lexicon.membership_nouns):
        if ctx.token_mention[k] is not None or not ctx.match(lexicon.membership_nouns, k):
            continue
        phrase: list[int] = []
        union_noun = False  # round 60: "odchod Británie z unie": the union named by a common noun
        j = k - 1
        while j >= 0 and tokens[j].norm in POSSESSIVE_MARKS and ctx.token_mention[j] is None:
            j -= 1
        if j >= 0 and ctx.token_mention[j] is not None and ctx.is_possessive(ctx.token_mention[j]):
            phrase.append(ctx.token_mention[j])  # "Britain's exit from the EU"
        j, words = k + 1, 0
        while j < len(tokens) and len(phrase) < 2 and words <= reach:
            m = ctx.token_mention[j]
            if m is not None:
                phrase.append(m)
                j, words = ctx.mention_tokens[m][1] + 1, 0
                continue
            if not tokens[j].is_word:
                break
            if ctx.match(lexicon.membership_unions, j):
                union_noun = True  # "напускането на Великобритания от съюза", "wyjście … ze Wspólnoty"
                break
            if phrase and (n := ctx.match(lexicon.conjunctions, j)) and j + n < len(tokens) and ctx.token_mention[j + n] is None:
                break  # round 54: "парламентер щодо виходу Британії і глава МЗС": another person's role coordinated with the member
            words += 1
            j += 1
        phrase = [m for m in phrase if ctx.mention(m).type in ("LOC", "ORG")]
        named_here.update(ctx.name(m) for m in phrase)
        if union_noun and all(ctx.mention(m).type == "LOC" for m in phrase) and (union := _document_union(ctx)) is not None:
            phrase.append(union)  # round 60: the union noun is the document's one union
            by_noun.add(ctx.name(union))
        if len(phrase) == 1 and ctx.mention(phrase[0]).type == "ORG" and (member := _state_before(ctx, k)) is not None:
            phrase.insert(0, member)  # "излизане на страната от ЕС": the country is the state named before
        for m in phrase:
            linked.setdefault(ctx.name(m), m)
            times[ctx.name(m)] += 1
        if len(phrase) == 2:
            together.add(frozenset(ctx.name(m) for m in phrase))
    sides = None
    if len(linked) == 2:
        sides = tuple(linked.values())
        if {ctx.mention(m).type for m in sides} != {"LOC", "ORG"} and frozenset(linked) not in together:
            sides = None
    if len(linked) > 2:
        # round 97: names of one entity count once — several organisations linked with one place and never named
        # together in one phrase are one body named several ways (several places stay apart: "Wlk. Brytania" and
        # "Wielka Brytania" with the union in a Ryanair story read its talks with unions as the exit's)
        # ("Unia Europejska", "UE", "Wspólnota"): the member and the union are the name of each kind linked most
        # often, then named most often in the document (a name the tagger ran on, "z Unii Polska wypowiada", is rare)
        kinds: dict[str, list[str]] = {}
        for name, m in linked.items():
            kinds.setdefault(ctx.mention(m).type, []).append(name)
        if set(kinds) == {"LOC", "ORG"} and len(kinds["LOC"]) == 1 \
                and not any(len({ctx.mention(linked[n]).type for n in pair}) < 2 for pair in together):
            named = Counter(ctx.name(n) for n in range(len(ctx.doc.mentions)))
            sides = tuple(linked[max(kinds[kind], key=lambda name: (times[name], named[name]))] for kind in ("LOC", "ORG"))
    if len(linked) == 1 and ctx.mention(member := next(iter(linked.values()))).type == "LOC" \
            and (union := _document_union(ctx)) is not None:
        # round 60: the member's change named alone ("напускането на Великобритания", "Britain's exit") is from or
        # into the document's one union
        sides = (member, union)
        by_noun.add(ctx.name(union))
    if sides is not None and (nominal := [m for m in sides if ctx.name(m) in by_noun]) \
            and ctx.name(nominal[0]) not in named_here:
        # round 60: a union named by a common noun only; the document's own pair of the member with an organisation
        # ("търговията между Великобритания и Евросъюза") names it as the document does elsewhere ("ЕС", "Евросъюза")
        member = next(m for m in sides if m != nominal[0])
        pair = _between_sides(ctx)
        if pair is not None and ctx.name(member) in {ctx.name(m) for m in pair}:
            other = next((m for m in pair if ctx.name(m) != ctx.name(member)), None)
            if other is not None and ctx.mention(other).type == "ORG":
                sides = (member, other)
    cache["membership_sides"] = sides
    return sides


def _main_event_name(ctx: DocumentContext) -> str | None:
    """Round 60: the name of the document's main event: the MISC name it names more often than any other (cached)."""
    cache = ctx._roles_cache
    if "main_event" in cache:
        return cache["main_event"]
    name = clear_leader(Counter(ctx.name(n) for n in range(len(ctx.doc.mentions)) if ctx.mention(n).type == "MISC"))
    cache["main_event"] = name
    return name


def _document_union(ctx: DocumentContext) -> int | None:
    """Round 60: the union a membership phrase's common noun (lexicon ``membership_unions``: "the union", "съюза",
    "unie", "Wspólnoty") stands for: the organisation the document names with such a noun in its own name ("Evropská
    unie", "Европейския съюз", "Unia Europejska"; its other forms, "EU", "ЕС", are the same entity) — exactly one such
    organisation, else None (two unions: which one is meant is unknown)."""
    cache = ctx._roles_cache
    if "document_union" in cache:
        return cache["document_union"]
    found: dict[str, int] = {}
    trade = {ctx.name(u) for u in ctx.unions()}
    for k in ctx.may_start_positions(ctx.lexicon.membership_unions):
        m = ctx.token_mention[k]
        if m is not None and ctx.mention(m).type == "ORG" and (n := ctx.match(ctx.lexicon.membership_unions, k)) \
                and ctx.name(m) not in trade and not (k + n <= ctx.mention_tokens[m][1]
                                                      and ctx.match(ctx.lexicon.owner_words, k + n)):
            # (review 16b: not a union of people, "the National Union of Journalists", "Съюзът на журналистите",
            # nor a trade union the document presents as one)
            found.setdefault(ctx.name(m), m)
    union = next(iter(found.values())) if len(found) == 1 else None
    cache["document_union"] = union
    return union


def _between_sides(ctx: DocumentContext, reach: int = 1) -> tuple[int, int] | None:
    """Round 19: the two sides a document pairs with "between" ("відносини між Великобританією і ЄС",
    "relations between Britain and the EU", "the gap between London and Brussels"), or None. A
    "between" followed (over at most ``reach`` articles) by a name, a conjunction and a second name
    pairs the two; the pairs so named anywhere in the document must be one (two pairs: which is meant
    is unknown), of places or of a place and an organisation ("a debate between X and Y": two people;
    "differences between X and Y": two companies compared). A border word just before "between" pairs
    neighbours, not sides ("the border between Ireland and Northern Ireland")."""
    cache = ctx._roles_cache
    if "between_sides" in cache:
        return cache["between_sides"]
    lexicon = ctx.lexicon
    tokens = ctx.tokens
    pairs: dict[frozenset, tuple[int, int]] = {}

    def name_at(j: int) -> int | None:
        skipped = 0
        while j < len(tokens) and skipped <= reach and ctx.token_mention[j] is None and ctx.match(lexicon.articles, j):
            j, skipped = j + 1, skipped + 1
        if j < len(tokens) and ctx.token_mention[j] is not None and ctx.mention_tokens[ctx.token_mention[j]][0] == j:
            return ctx.token_mention[j]
        return None

    for k in ctx.may_start_positions(lexicon.between):
        if ctx.token_mention[k] is not None or not ctx.match(lexicon.between, k):
            continue
        a = name_at(k + 1)
        if a is None or any(j >= 0 and ctx.match(lexicon.border_nouns, j) for j in range(k - 2, k)):
            continue  # "the border between X and Y", "ruchu granicznego pomiędzy X i Y": neighbours
        j = ctx.mention_tokens[a][1] + 1
        if j >= len(tokens) or ctx.token_mention[j] is not None or not ctx.match(lexicon.conjunctions, j):
            continue
        b = name_at(j + 1)
        if b is None or ctx.name(a) == ctx.name(b):
            continue
        pairs.setdefault(frozenset((ctx.name(a), ctx.name(b))), (a, b))
    sides = None
    if len(pairs) == 1:
        sides = next(iter(pairs.values()))
        types = [ctx.mention(m).type for m in sides]
        if not set(types) <= {"LOC", "ORG"} or types == ["ORG", "ORG"]:
            sides = None
    cache["between_sides"] = sides
    return sides


def leaver_partner(ctx: DocumentContext, trigger: PhraseMatch, named: list[int], reach: int = 2) -> list[int] | None:
    """Round 72: (person, union) for a negotiation word whose topic is leaving or joining a union that names no member
    ("Мей има осем месеца, за да постигне споразумение за излизане от ЕС", "X wants a deal on leaving the EU"): the
    clause's one named party, a person, is the one who leaves (a membership phrase without its member has the clause's
    subject for member), so the union after the membership noun is the partner. Only the document's union
    (`membership_sides`); a phrase naming its member ("the talks on Britain's exit from the EU", "Davis … на
    переговорах о выходе Соединенного Королевства из ЕС") leaves the person's side unknown: None."""
    relation = ctx.lexicon.relation(trigger.key)
    if relation is None or relation.name not in _MEMBERSHIP_RELATIONS or len(named) != 1 \
            or ctx.mention(named[0]).type != "PER" or after_absence(ctx, trigger):
        return None
    tokens = ctx.tokens
    k = trigger.last + 1
    length = ctx.match(ctx.lexicon.topic_prepositions, k) if k < len(tokens) else 0
    if not length:
        return None
    noun = None
    for j in range(k + length, min(k + length + reach + 1, len(tokens))):
        if ctx.token_mention[j] is not None or not tokens[j].is_word:
            return None
        if (n := ctx.match(ctx.lexicon.membership_nouns, j)):
            noun = j + n
            break
    if noun is None:
        return None
    # the union right after the noun over at most one word (its preposition: "от", "из", "z", "from the")
    for j in range(noun, min(noun + 3, len(tokens))):
        m = ctx.token_mention[j]
        if m is not None:
            sides = membership_sides(ctx)
            if ctx.mention(m).type != "ORG" or sides is None or ctx.name(m) != ctx.name(sides[1]) \
                    or ctx.name(m) == ctx.name(named[0]):
                return None  # a member named ("за излизането на Великобритания от ЕС"), or another body
            return [named[0], m]
        if not tokens[j].is_word:
            return None
    return None


def topic_between_pair(ctx: DocumentContext, trigger: PhraseMatch, reach: int = 4) -> list[int] | None:
    """Round 72: the two sides of a symmetric relation noun whose topic is the relations between two named bodies
    ("зелената светлина, която Брюксел даде за преговори за отношенията между Обединеното кралство и ЕС", "talks on
    future relations between Maronia and the Union", "среща на преговарящите екипи по въпроса за бъдещите отношения
    между ЕС и Великобритания"): a topic preposition within ``reach`` words after the noun, then over at most
    ``reach`` words a topic noun (lexicon ``topic_nouns``) and "between" right after it, a name, a conjunction and a
    second name: the talks on their relations are theirs. Places or a place and an organisation only (as
    `_between_sides`; two people compared are no sides), none after a border word; None otherwise."""
    relation = ctx.lexicon.relation(trigger.key)
    if relation is None or relation.directed or not is_relation_noun(ctx, relation, trigger) or after_absence(ctx, trigger):
        return None
    lexicon, tokens = ctx.lexicon, ctx.tokens
    end = min(len(tokens), trigger.last + 1 + 2 * reach + 2)
    k = trigger.last + 1
    prep = 0
    while k < end and k <= trigger.last + reach:
        if tokens[k].norm in CLAUSE_END:
            return None
        if ctx.token_mention[k] is None and (prep := ctx.match(lexicon.topic_prepositions, k)):
            break
        k += 1
    if not prep:
        return None
    j = k + prep
    while j < end and j <= k + prep + reach:
        if ctx.token_mention[j] is not None or not tokens[j].is_word:
            return None
        if (n := ctx.match(lexicon.topic_nouns, j)) and not ctx.match(lexicon.border_nouns, j) \
                and ctx.match(lexicon.between, j + n):
            b = j + n + ctx.match(lexicon.between, j + n)
            a = ctx.token_mention[b] if b < len(tokens) else None
            if a is None or ctx.mention_tokens[a][0] != b:
                return None
            c = ctx.mention_tokens[a][1] + 1
            if c >= len(tokens) or ctx.token_mention[c] is not None or not (n2 := ctx.match(lexicon.conjunctions, c)):
                return None
            d = ctx.token_mention[c + n2] if c + n2 < len(tokens) else None
            if d is None or ctx.mention_tokens[d][0] != c + n2 or ctx.name(a) == ctx.name(d):
                return None
            types = {ctx.mention(a).type, ctx.mention(d).type}
            if not types <= {"LOC", "ORG"} or types == {"ORG"}:
                return None
            return [a, d]
        j += 1
    return None

