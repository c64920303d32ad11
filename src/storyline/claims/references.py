"""Pronouns and role phrases resolved to a name mentioned in the same document.

- a person pronoun ("he", "он", "той") names the speaker of the sentence when the sentence has
  one ("Musk said he had spoken…"), else the person the text is about: the subject of the nearest
  sentence (or clause before the pronoun) that names a person as its subject, over sentences whose
  subject is itself a pronoun ("X was a guest of Y. He had stayed there often. He told …": X, not Y,
  the object), else the last person who spoke or was named before it;
- a role phrase ("the Russian leader", "пресс-секретарь Путина", "пратеникът на президента")
  names the person the document elsewhere gives that role ("Кирил Дмитриев, специалният пратеник
  на Путин"), else the last speaker when the role words come with a reporting verb ("…, the
  Russian leader added"), else nobody — never a guess.
- round 14: a pronoun whose form marks a gender ("she", "она", "jej") never names a person the
  document marks with the other one (a title, an agreeing past-tense verb, a feminine surname form:
  `DocumentContext.gender_of`); it takes the nearest person of its own or of unmarked gender.
"""

from __future__ import annotations

from storyline.claims.context import CLAUSE_END, PHRASE_BREAK, POSSESSIVE_MARKS, DocumentContext

__all__ = ["resolve_pronoun", "resolve_role", "previous_person", "subject_person", "after_preposition"]

_CLAUSE_BREAKS = CLAUSE_END | PHRASE_BREAK
_SUBJECT_REACH = 4  # sentences opened by a pronoun a pronoun subject may look back over (at most twice as many in all)


def previous_person(ctx: DocumentContext, before_token: int, exclude: set[str] = frozenset()) -> int | None:
    """The last person mention (not owning a role, not excluded) before ``before_token``."""
    for k in range(before_token - 1, -1, -1):
        m = ctx.token_mention[k]
        if m is None:
            continue
        if ctx.mention(m).type == "PER" and m not in ctx.role_owned and ctx.name(m) not in exclude:
            return m
    return None


def hyphen_modifier(ctx: DocumentContext, m: int) -> bool:
    """Round 45: whether the name is the first part of a compound modifier ("the Bush-era whistleblower",
    "a Kremlin-backed group"): a hyphen and a lower-case word glued to it; it names no one there."""
    end = ctx.mention_tokens[m][1]
    if end + 1 >= len(ctx.tokens) or ctx.tokens[end + 1].start != ctx.tokens[end].end:
        return False
    text = ctx.tokens[end + 1].text
    if text[:1] in {"-", "–"} and len(text) > 1:
        return text[1:2].islower()
    return text in {"-", "–"} and end + 2 < len(ctx.tokens) and ctx.tokens[end + 2].start == ctx.tokens[end + 1].end \
        and ctx.tokens[end + 2].text[:1].islower()


def after_preposition(ctx: DocumentContext, first: int) -> bool:
    """Whether a preposition (partner, place, topic, owner, between) stands right before the name
    starting at token ``first``: "a guest of Y", "talks with Y", "in Y" are no subjects."""
    if first == 0 or ctx.token_mention[first - 1] is not None:
        return False
    lexicon = ctx.lexicon
    return any(ctx.match(table, first - 1) for table in (
        lexicon.partner_prepositions, lexicon.place_prepositions, lexicon.topic_prepositions,
        lexicon.owner_words, lexicon.between, lexicon.origin_prepositions, lexicon.addressee_prepositions))


def _subject_of(ctx: DocumentContext, first: int, stop: int) -> tuple[str, int | None]:
    """What stands as the subject of the sentence part [first, stop): ("person", mention) for the
    first person named in the base form and not after a preposition, ("pronoun", None) when a person
    pronoun comes first, ("other", None) when the part names a person only as an object, ("none",
    None) when it names no person, or only as an owner or after a preposition."""
    lexicon = ctx.lexicon
    persons = False
    k = first
    while k < stop:
        m = ctx.token_mention[k]
        if m is not None:
            mention = ctx.mention(m)
            start, end = ctx.mention_tokens[m]
            owner = ctx.is_possessive(m) or after_preposition(ctx, start)
            if hyphen_modifier(ctx, m):
                k = max(end, k) + 1
                continue  # round 45: "The Bush-era whistleblower": a name in a compound modifier is no one
            subject = m not in ctx.role_owned and not ctx.is_oblique(m) and not owner
            if mention.type == "PER":
                if subject:
                    return "person", m
                # (an object is who "he" may be next; an owner or a name after a preposition — "three
                # days at X's mansion", "a guest of X" — leaves the search going on)
                persons = persons or not owner
            k = max(end, k) + 1
            continue
        if ctx.match(lexicon.person_pronouns, k) and not ctx.match(lexicon.possessive_pronouns, k) and not persons:
            if k == first or not ctx.match(lexicon.partner_prepositions, k - 1):
                return "pronoun", None
        k += 1
    return ("other" if persons else "none"), None


def subject_person(ctx: DocumentContext, token: int, exclude: set[str] = frozenset()) -> int | None:
    """The person the text is about at a pronoun at ``token``: the subject of the part of its
    sentence before it, else of the sentences before (over sentences whose subject is a pronoun
    too, or that name no person); None when the nearest sentence naming a person has none as its
    subject (the caller then takes the last person named)."""
    position = ctx.unit_position(token)
    if position < 0 or token >= max(ctx.units[position].stop, ctx.units[position].first + 1):
        return None
    unit = ctx.units[position]
    parts = [(unit.first, token)] + [(u.first, u.stop) for u in ctx.units[max(0, unit.index - 2 * _SUBJECT_REACH):unit.index][::-1]]
    counted = 0
    for first, stop in parts:
        kind, m = _subject_of(ctx, first, stop)
        if kind == "person":
            if ctx.name(m) in exclude:
                return None
            return m
        if kind == "other":
            return None
        if kind == "pronoun":
            counted += 1  # (a sentence naming no person at all does not count: "Must have been hard?")
            if counted >= _SUBJECT_REACH:
                return None
    return None


def _other_gender(ctx: DocumentContext, token: int) -> set[str]:
    """Round 14: the persons a gendered pronoun at ``token`` cannot name: those the document marks
    with the other gender ("she" is never a man the text calls "Mr X" or whose verbs agree as a
    man's: "Трамп заявил …. Она"); persons it does not mark stay candidates."""
    gender = ctx.pronoun_gender(token)
    if gender is None:
        return set()
    names = {ctx.name(m) for m, mention in enumerate(ctx.doc.mentions) if mention.type == "PER"}
    return {name for name in names if (other := ctx.gender_of(name)) is not None and other != gender}


def _principal(ctx: DocumentContext, token: int) -> int | None:
    """Round 27: for a pronoun (or dropped subject) at ``token`` in a content clause, the person owning
    the role noun that opens its sentence as the subject ("A spokesman for X denied that he …",
    "Говорителят на X опроверга …, че той …", "Mluvčí X popřel zprávy, že by hovořil …"): a
    spokesperson speaks of their principal. None when the sentence does not open so, or no
    complementiser stands between the owner and ``token``."""
    position = ctx.unit_position(token)
    if position < 0:
        return None
    lexicon = ctx.lexicon
    k = ctx.units[position].first
    while k < token and lexicon.articles.match_at(ctx.tokens, k):
        k += 1
    role = ctx.role_noun_at(k)
    if role is None:
        return None
    k += role[1]
    owner_word = lexicon.owner_words.match_at(ctx.tokens, k)
    k += owner_word
    while k < token and lexicon.articles.match_at(ctx.tokens, k):
        k += 1
    m = ctx.token_mention[k] if k < token else None
    if m is None or ctx.mention_tokens[m][0] != k or ctx.mention(m).type != "PER" \
            or not (owner_word or ctx.is_oblique(m) or m in ctx.role_owned):
        return None
    if not any(lexicon.complementizers.match_at(ctx.tokens, j) for j in range(ctx.mention_tokens[m][1] + 1, token)):
        return None
    return m


def _own_clause_subject(ctx: DocumentContext, token: int) -> int | None:
    """Round 53: the person named as the subject of the clause of the object pronoun at ``token`` (lexicon
    ``object_pronouns``), before it ("Nick Clegg invited him", "Петров го покани", "Kowalski zaprosił go"):
    an object pronoun never names its own clause's subject (that would be "himself"). The clause starts
    after punctuation, a complementiser, a relative pronoun or a clause conjunction; a pronoun coordinated
    with a name ("X and he") or a possessive one is left alone."""
    lexicon = ctx.lexicon
    if token <= 0 or ctx.token_mention[token] is not None or not lexicon.object_pronouns.match_at(ctx.tokens, token) \
            or lexicon.possessive_pronouns.match_at(ctx.tokens, token) \
            or lexicon.conjunctions.match_at(ctx.tokens, token - 1):
        return None
    position = ctx.unit_position(token)
    if position < 0:
        return None
    start = ctx.units[position].first
    for j in range(token - 1, start - 1, -1):
        if ctx.token_mention[j] is None and (ctx.tokens[j].norm in _CLAUSE_BREAKS
                                             or lexicon.complementizers.match_at(ctx.tokens, j)
                                             or lexicon.relative_pronouns.match_at(ctx.tokens, j)
                                             or lexicon.clause_conjunctions.match_at(ctx.tokens, j)):
            start = j + 1
            break
    kind, m = _subject_of(ctx, start, token)
    if kind != "person":
        return None
    # round 57: only a bare subject: a name after a preposition ("A confident appearance by former leader X
    # helped to propel him") is inside the subject's phrase, not the subject
    tables = (lexicon.passive_agents, lexicon.agent_prepositions, lexicon.place_prepositions,
              lexicon.partner_prepositions, lexicon.topic_prepositions, lexicon.owner_words)
    if any(ctx.token_mention[j] is None and any(table.match_at(ctx.tokens, j) for table in tables)
           for j in range(start, ctx.mention_tokens[m][0])):
        return None
    return m


def resolve_pronoun(ctx: DocumentContext, token: int, sentence_speaker: int | None,
                    last_speaker: int | None, exclude: set[str] = frozenset()) -> int | None:
    exclude = set(exclude) | _other_gender(ctx, token)
    if sentence_speaker is None and (own := _own_clause_subject(ctx, token)) is not None:
        exclude.add(ctx.name(own))  # round 53: "Nick Clegg invited him": "him" is someone else
    if sentence_speaker is not None and ctx.mention(sentence_speaker).type == "PER" and ctx.name(sentence_speaker) not in exclude:
        return sentence_speaker
    if sentence_speaker is None and (principal := _principal(ctx, token)) is not None and ctx.name(principal) not in exclude:
        return principal  # round 27: "A spokesman for X denied that he had spoken with Y": X
    candidate = subject_person(ctx, token, exclude)
    if candidate is not None:
        # the subject of the sentence just before beats an earlier speaker ("Volker said …. Morrison
        # listened in on the call. He said …": Morrison); a later speaker is more recent still
        if last_speaker is not None and ctx.name(last_speaker) not in exclude \
                and (ctx.mention_tokens[last_speaker][0] > ctx.mention_tokens[candidate][0]
                     or _titled_between(ctx, last_speaker, ctx.mention_tokens[candidate][1] + 1, token)):
            return last_speaker
        return candidate
    candidate = previous_person(ctx, token, exclude)
    if last_speaker is not None and ctx.name(last_speaker) not in exclude:
        if candidate is None or ctx.mention_tokens[last_speaker][0] > ctx.mention_tokens[candidate][0] - 40:
            return last_speaker
    return candidate


def _titled_between(ctx: DocumentContext, person: int, lo: int, hi: int) -> bool:
    """Round 92: whether a role noun between tokens ``lo`` and ``hi`` names ``person`` (the speaker the
    reader last met by their title: "„…“, said the deputy prime minister. She added …" after another
    person's name): the title is as recent a mention of them as their name would be."""
    name = ctx.name(person)
    for k in range(max(lo, 0), min(hi, len(ctx.tokens))):
        if ctx.token_mention[k] is None and ctx.role_noun_at(k) is not None:
            holder = resolve_role(ctx, k)
            if holder is not None and ctx.name(holder) == name:
                return True
    return False


def _role_owner_at(ctx: DocumentContext, token: int, length: int) -> int | None:
    """Round 32: the person owning the role phrase of ``length`` tokens at ``token``: a possessive
    name right before it ("Ivan Petrov's press secretary", over an apostrophe token) or an inflected
    one right after it ("пресс-секретарь Антона Берга"); None when neither."""
    j = token - 1
    while j >= 0 and ctx.token_mention[j] is None and ctx.tokens[j].norm in POSSESSIVE_MARKS and token - j <= 2:
        j -= 1
    m = ctx.token_mention[j] if j >= 0 else None
    if m is not None and ctx.mention(m).type == "PER" and ctx.is_possessive(m):
        return m
    after = token + length
    m = ctx.token_mention[after] if after < len(ctx.tokens) else None
    if m is not None and ctx.mention_tokens[m][0] == after and ctx.mention(m).type == "PER" and ctx.is_oblique(m) \
            and m in ctx.role_owned:
        return m
    return None


def resolve_role(ctx: DocumentContext, token: int, exclude: set[str] = frozenset(),
                 last_speaker: int | None = None, as_speaker: bool = False) -> int | None:
    """The person holding the role noun at ``token``; None when the document does not say."""
    role = ctx.role_noun_at(token)
    if role is None:
        return None
    holders = [h for h in ctx.holders_of(role[0], exclude) if h not in ctx.role_owned]
    owner = _role_owner_at(ctx, token, role[1])
    if owner is not None and holders:
        # round 32: "Ivan Petrov's press secretary", "пресс-секретарь Антона Берга": a holder of the
        # role the document gives to that owner's (not another owner's spokesman)
        owned = [h for h in holders if h in ctx.role_owner and ctx.name(ctx.role_owner[h]) == ctx.name(owner)]
        holders = owned or [h for h in holders if h not in ctx.role_owner]
    if holders:
        # the holder named right after the phrase ("the chief negotiator for the EU, Michel
        # Barnier"), else the nearest before it, else the first one after it
        soon = [h for h in holders if 0 < ctx.mention_tokens[h][0] - token <= 12]
        if soon:
            return soon[0]
        before = [h for h in holders if ctx.mention_tokens[h][0] < token]
        return before[-1] if before else holders[0]
    if as_speaker and last_speaker is not None and ctx.name(last_speaker) not in exclude:
        return last_speaker
    return None
