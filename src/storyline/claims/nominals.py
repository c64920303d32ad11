"""Common nouns standing for an entity the same document names ("the airline" -> Ryanair).

A news text introduces a party once by name, often with the common noun it will later use for it,
and then writes only the noun: "the Irish airline Ryanair … the airline said", "авиакомпания
Ryanair … потребовало от авиакомпании", "Ryanair, the low-cost carrier, …", "Министерство
внутренних дел Пакистана … министерство заявило", "the German government … the government".
The document's own words link a noun to an entity (its *links*):

- a title: the noun right before a name ("the Irish airline Ryanair", "авиакомпания Ryanair",
  "profsoyuz Forsa"; for a government noun, the place it is "of": "правительство Великобритании",
  "the government of Pakistan");
- an apposition: a name, a comma, at most three lower-case words ending in the noun, then a
  punctuation mark ("Ryanair, the low-cost carrier, …", "Forsa, a union, …");
- the name's own head word: an organisation whose name starts or ends with the noun
  ("Ministerstvo vnitra", "Министерство внутренних дел Пакистана", "Emirates Airline");
- a state's adjective before a government noun ("the German government" -> Germany).

Nouns are those of the lexicon tables ``organisation_nouns``, ``union_nouns``, ``government_nouns``
and ``institution_nouns``, compared by the shape of their last word (forms differing only in an
ending are one noun: "авиакомпании" ~ "авиакомпания"; no lemmatiser is loaded at run time). A later *bare* noun (no name right after it,
none right before it, no indefinite article) names the one entity linked to the same noun before it;
when two or more entities are linked to it the noun stays unresolved (never a guess), and when none is,
the caller keeps its older fallback (the protagonist organisation for "the company", the document's
union for "the union").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from storyline.claims.context import DocumentContext
from storyline.claims.lexicon import PatternSet

__all__ = ["NounReferent", "noun_referent", "noun_links", "entity_of_noun"]

_APPOSITION_WORDS = 3  # lower-case words an apposition may hold before its noun ("the low-cost carrier")
_APPOSITION_END = {",", ".", ";", ")", "—", "–", "!", "?"}


@dataclass(frozen=True, slots=True)
class NounReferent:
    """What a bare common noun names: ``linked`` is whether the document links the noun at all;
    ``mention`` is the one entity linked to it before the noun (None when several are: ambiguous)."""

    linked: bool
    mention: int | None
    length: int  # tokens of the noun phrase matched


def _tables(ctx: DocumentContext) -> tuple[PatternSet, ...]:
    lexicon = ctx.lexicon
    return (lexicon.organisation_nouns, lexicon.union_nouns, lexicon.government_nouns, lexicon.institution_nouns)


def _noun_at(ctx: DocumentContext, k: int, heads: bool = False) -> tuple[str, str, int] | None:
    """(table, key, length) of a linkable noun phrase starting at token ``k``: the table it comes from
    ("union_nouns"), its last word ("the airline" -> "airline", compared by `_same_noun`) and its
    length. ``heads``: match the nouns without their article, as titles
    and appositions write them ("the Irish airline Ryanair", "Ryanair, the low-cost carrier")."""
    if not (0 <= k < len(ctx.tokens)) or ctx.token_mention[k] is not None:
        return None
    tables = ctx.lexicon.noun_heads.values() if heads else _tables(ctx)
    best = None  # the greatest (length, key) with a length: what max() over all tables gives then
    for t in tables:
        n = ctx.match(t, k)
        if n and (best is None or (n, t.key) > best):
            best = (n, t.key)
    if best is None:
        return None
    length, table = best
    last = ctx.tokens[k + length - 1]
    if not last.is_word:
        return None
    return table.removesuffix(".heads"), last.norm, length


def _same_noun(a: str, b: str) -> bool:
    """Whether two forms are one noun: they differ only in an ending ("авиакомпании" ~ "авиакомпания",
    "ministry" ~ "ministries", "vláda" ~ "vládou", "суд" ~ "суда"; not "court" ~ "council"). Word
    shape, not a dictionary: no lemmatiser is loaded for it."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3 and common >= min(len(a), len(b)) - 1 and max(len(a), len(b)) - common <= 4


def _head_keys(ctx: DocumentContext, m: int) -> list[str]:
    """The keys of the nouns an organisation's own name starts or ends with ("Ministerstvo vnitra",
    "Emirates Airline"): its head word tells what kind of body it is."""
    first, last = ctx.mention_tokens[m]
    keys = []
    # (not a union noun: "European Union", "Unia Europejska" are no trade unions; the document's
    # unions are linked by their titles, "the union Vexa", "профсоюз Forsa")
    tables = [table for name, table in ctx.lexicon.noun_heads.items() if name != "union_nouns"]
    for k in {first, last}:
        if ctx.tokens[k].is_word and any(table.match_at(ctx.tokens, k) == 1 for table in tables):
            keys.append(ctx.tokens[k].norm)
    if not keys:
        # round 39: a head noun inside the name after its adjectives ("Britská obchodní komora v ČR",
        # "British Chamber of Commerce"): the first word of the name the institution nouns hold
        institutions = ctx.lexicon.noun_heads.get("institution_nouns")
        for k in range(first + 1, last) if ctx.tokens[first].text[:1].isupper() else ():  # (a name NER began mid-phrase: no head)
            if institutions is not None and ctx.tokens[k].is_word and institutions.match_at(ctx.tokens, k) == 1:
                keys.append(ctx.tokens[k].norm)
                break
    return keys


def _titled_name(ctx: DocumentContext, table: str, after: int) -> int | None:
    """The entity a noun ending before token ``after`` introduces as its title: the organisation
    right after it ("авиакомпания Ryanair"; a union noun's union also after a few words: "профсоюз
    пилотов VC"), or for a government noun the place it governs ("правительство Великобритании",
    "the government of Pakistan")."""
    lexicon = ctx.lexicon
    if table == "union_nouns":
        return ctx.union_named_after(after)
    if table == "government_nouns":
        j = after
        while j < len(ctx.tokens) and (ctx.match(lexicon.owner_words, j) or ctx.match(lexicon.articles, j)):
            j += 1
        m = ctx.token_mention[j] if j < len(ctx.tokens) else None
        if m is None or ctx.mention(m).type != "LOC":
            return None
        # (an owner needs "of" or a case ending: "the government Pakistan" is no phrase)
        return m if j > after or (lexicon.owner_genitive and ctx.is_oblique(m)) else None
    m = ctx.token_mention[after] if after < len(ctx.tokens) else None
    if m is None or ctx.mention(m).type != "ORG":
        return None
    if lexicon.owner_genitive and ctx.is_oblique(m):
        return None  # "odbory Ryanairu", "руководство Аэрофлота": the noun's owner, not its name
    return m


def noun_links(ctx: DocumentContext) -> dict[str, list[tuple[int, int]]]:
    """noun key -> [(token where the link is made, entity mention)], in document order."""
    cached = ctx._roles_cache.get("noun_links")
    if cached is not None:
        return cached
    links: dict[str, list[tuple[int, int]]] = {}

    def link(key: str, token: int, m: int | None) -> None:
        if m is not None:
            links.setdefault(key, []).append((token, m))

    lexicon = ctx.lexicon
    for m, mention in enumerate(ctx.doc.mentions):
        if mention.type == "ORG" and ctx.token_mention[ctx.mention_tokens[m][0]] == m:
            for key in _head_keys(ctx, m):
                link(key, ctx.mention_tokens[m][0], m)
    heads = set(ctx.may_start_positions(*lexicon.noun_heads.values()))  # where `_noun_at` may find one
    k = 0
    while k < len(ctx.tokens):
        m = ctx.token_mention[k]
        if m is not None:
            end = ctx.mention_tokens[m][1]
            if ctx.mention(m).type == "ORG" and end >= k:
                _apposition_after(ctx, m, end, link)
            k = max(end, k) + 1
            continue
        if k not in heads:
            k += 1
            continue
        noun = _noun_at(ctx, k, heads=True)
        if noun is None:
            k += 1
            continue
        table, key, length = noun
        if table == "government_nouns" and (state := ctx.state_of_adjective(k - 1)) is not None:
            link(key, k, state)  # "the German government", "российские власти"
        else:
            link(key, k, _titled_name(ctx, table, k + length))
        k += length
    ctx._roles_cache["noun_links"] = links
    return links


def _apposition_after(ctx: DocumentContext, m: int, end: int, link) -> None:
    """"Ryanair, the low-cost carrier, …": a comma after an organisation's name, at most a few
    lower-case words ending in a linkable noun, and a punctuation mark closing the phrase."""
    k = end + 1
    if k >= len(ctx.tokens) or ctx.tokens[k].norm != ",":
        return
    for j in range(k + 1, min(k + 2 + _APPOSITION_WORDS, len(ctx.tokens))):
        token = ctx.tokens[j]
        if ctx.token_mention[j] is not None or not token.is_word:
            return
        noun = _noun_at(ctx, j, heads=True)
        if noun is not None:
            _, key, length = noun
            close = j + length
            if close < len(ctx.tokens) and ctx.tokens[close].norm in _APPOSITION_END:
                link(key, j, m)
            return
        if not token.text[:1].islower():
            return


def _bare(ctx: DocumentContext, k: int, length: int) -> bool:
    """Whether the noun at ``k`` stands alone for an entity: no name right after it (a title or an
    owner: "авиакомпания Ryanair", "odbory Ryanairu"), none right before it ("the Unite union",
    "Ryanair's union"), and no indefinite article before it ("an airline")."""
    after = k + length
    if after < len(ctx.tokens) and ctx.token_mention[after] is not None:
        return False
    before = k - 1
    if before >= 0 and ctx.tokens[before].norm in {"'s", "'", "’s"}:
        return False
    if before >= 0 and ctx.token_mention[before] is not None:
        return False
    for j in range(k - 1, max(-1, k - 3), -1):
        if ctx.token_mention[j] is not None or not ctx.tokens[j].is_word:
            break
        if ctx.match(ctx.lexicon.indefinite_articles, j):
            return False
    return not _modified(ctx, k)


def _modified(ctx: DocumentContext, k: int) -> bool:
    """Whether an adjective (lexicon ``adjective_endings``) stands right before the noun at ``k``:
    "škotsko sodišče" (a Scottish court) describes another body, not the one the document named so
    (and "vedením aerolinek", whose "vedení" reads as one, is a part of it). A function word
    (preposition, article, conjunction, pronoun, auxiliary), a reporting or relation verb, or a
    punctuation mark before it leaves the noun bare ("от авиакомпании", "uvedla vláda")."""
    j = k - 1
    if j < 0 or not ctx.tokens[j].is_word or not ctx.tokens[j].text[:1].islower():
        return False
    lexicon = ctx.lexicon
    function_words = (
        lexicon.articles, lexicon.place_prepositions, lexicon.partner_prepositions, lexicon.addressee_prepositions,
        lexicon.topic_prepositions, lexicon.owner_words, lexicon.between, lexicon.content_prepositions,
        lexicon.origin_prepositions, lexicon.institution_prepositions, lexicon.told_prepositions,
        lexicon.conjunctions, lexicon.clause_conjunctions, lexicon.possessive_pronouns, lexicon.plural_possessive,
        lexicon.reflexive_particles, lexicon.auxiliaries, lexicon.negation, lexicon.complementizers,
        lexicon.relative, lexicon.relative_pronouns, lexicon.speech, lexicon.publish, lexicon.deny,
        lexicon.confirm, lexicon.during, lexicon.person_pronouns, lexicon.plural_pronouns)
    if any(ctx.match(table, j) for table in function_words) or ctx.match(lexicon.relation_heads, j):
        return False
    # (a genitive noun ending the phrase before it is no modifier: "Накануне забастовки министерство")
    return bool(lexicon.adjective_endings) and ctx.tokens[j].norm.endswith(lexicon.adjective_endings)


def _lead_after_headline(ctx: DocumentContext, k: int):
    """The sentence after the document's headline when token ``k`` is in the headline (the first
    sentence, a paragraph of its own without a closing full stop) right after a partner preposition
    ("dogovor s parlamentom"; not "a role of the parliament in the deal"): round 12."""
    units = ctx.units
    if len(units) < 2 or not units[0].first <= k < units[0].stop:
        return None
    if k < 1 or not ctx.match(ctx.lexicon.partner_prepositions, k - 1):
        return None
    text = ctx.doc.text
    head = text[units[0].start:units[0].end].rstrip()
    if not head or head[-1] in ".!?…\"»“”" or "\n" not in text[units[0].end:units[1].start]:
        return None
    return units[1]


def noun_referent(ctx: DocumentContext, k: int) -> NounReferent | None:
    """What the bare linkable noun at token ``k`` names; None when no such noun stands there (or it
    is not bare: a title, an owner's noun)."""
    noun = _noun_at(ctx, k)
    if noun is None:
        return None
    _, key, length = noun
    if not _bare(ctx, k, length):
        return None
    links = [(token, m) for linked, found in noun_links(ctx).items() if _same_noun(key, linked) for token, m in found]
    earlier = [m for token, m in links if token < k]
    if not earlier and (lead := _lead_after_headline(ctx, k)) is not None:
        # round 12: a headline is read with the article's first sentence ("Members of the EU reach
        # a deal with the parliament" / "… with the European Parliament reached …")
        earlier = [m for token, m in sorted(links) if lead.first <= token < lead.stop]
    if not earlier:
        return NounReferent(False, None, length)
    names = {ctx.name(m) for m in earlier}
    if len(names) > 1:
        return NounReferent(True, None, length)  # two airlines named: "the airline" is either
    return NounReferent(True, earlier[-1], length)


def entity_of_noun(ctx: DocumentContext, k: int, exclude: set[str] = frozenset(),
                   fallback: Callable[[set[str]], int | None] | None = None) -> int | None:
    """The entity a bare noun at token ``k`` names (`noun_referent`), not one of ``exclude`` (names
    already taken: a party is not its own partner); when the document links the noun to nothing,
    ``fallback(exclude)`` (the older rule of the caller), if any."""
    referent = noun_referent(ctx, k)
    if referent is not None and referent.linked:
        if referent.mention is None or ctx.name(referent.mention) in exclude:
            return None
        return referent.mention
    return fallback(exclude) if fallback is not None else None
