"""Pronouns and role phrases resolved to a name mentioned in the same document.

- a person pronoun ("he", "он", "той") names the speaker of the sentence when the sentence has
  one ("Musk said he had spoken…"), else the last person who spoke or was named before it;
- a role phrase ("the Russian leader", "пресс-секретарь Путина", "пратеникът на президента")
  names the person the document elsewhere gives that role ("Кирил Дмитриев, специалният пратеник
  на Путин"), else the last speaker when the role words come with a reporting verb ("…, the
  Russian leader added"), else nobody — never a guess.
"""

from __future__ import annotations

from storyline.claims.context import DocumentContext

__all__ = ["resolve_pronoun", "resolve_role", "previous_person"]


def previous_person(ctx: DocumentContext, before_token: int, exclude: set[str] = frozenset()) -> int | None:
    """The last person mention (not owning a role, not excluded) before ``before_token``."""
    for k in range(before_token - 1, -1, -1):
        m = ctx.token_mention[k]
        if m is None:
            continue
        if ctx.mention(m).type == "PER" and m not in ctx.role_owned and ctx.name(m) not in exclude:
            return m
    return None


def resolve_pronoun(ctx: DocumentContext, token: int, sentence_speaker: int | None,
                    last_speaker: int | None, exclude: set[str] = frozenset()) -> int | None:
    if sentence_speaker is not None and ctx.mention(sentence_speaker).type == "PER" and ctx.name(sentence_speaker) not in exclude:
        return sentence_speaker
    candidate = previous_person(ctx, token, exclude)
    if last_speaker is not None and ctx.name(last_speaker) not in exclude:
        if candidate is None or ctx.mention_tokens[last_speaker][0] > ctx.mention_tokens[candidate][0] - 40:
            return last_speaker
    return candidate


def resolve_role(ctx: DocumentContext, token: int, exclude: set[str] = frozenset(),
                 last_speaker: int | None = None, as_speaker: bool = False) -> int | None:
    """The person holding the role noun at ``token``; None when the document does not say."""
    role = ctx.role_noun_at(token)
    if role is None:
        return None
    holders = [h for h in ctx.holders_of(role[0], exclude) if h not in ctx.role_owned]
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
