"""Corpus-level type vote: a name the recogniser never saw in training takes its entity's type.

On a topic it was not trained on, the recogniser reads a new name differently from one language or
inflection to the next: "Asia Bibi" is a person in Polish and Czech, while the Russian "Азия Биби"
/ "Биби" comes out as a place or a miscellaneous name; "Islámábád" is an organisation in one
document and a place in thirty. Once resolution has put those mentions in one entity, the majority
reading across the corpus is the better guess for each of them.

Names the recogniser was trained on keep their own reading: there its type follows the training
data's conventions, which differ by language and context (SlavicNER's Ukrainian documents mark the
EU "ЄС" as a place, the other languages as an organisation; CoNLL's "NEW YORK" is a team in a
results table and a city in a dateline), and a corpus majority would only erase them. So are people
joined to a place or party (`demonyms`: "Britové" in Británie), who are PER in their own right.

Measured with fold models that never saw the topic (`storyline eval ner ../shared/data/slavicner
--model FOLD --topics T --resolve`): asia_bibi 0.766 -> 0.796, covid-19 0.634 -> 0.643, nord_stream
0.819 -> 0.821, brexit 0.856 -> 0.864, ryanair 0.840 -> 0.843; CoNLL-2003
English validation 0.888 -> 0.888 (its names are mostly in the training data).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping
from itertools import groupby

from storyline.records import Mention

__all__ = ["vote_mention_types", "MIN_SHARE"]

# the entity's type must be read for more than this share of its mentions to overrule one of them
MIN_SHARE = 0.5
# a person's reading never yields to the place or party a group word joined (see module docstring)
_KEEPS_PERSON = frozenset({"LOC", "ORG"})
_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})


def _indexed(pairs: Iterable[tuple[str, Mention]]) -> Iterable[tuple[str, int, Mention]]:
    # the stores yield (document, mention) ordered by document, then mention index: a mention's
    # index is its place among its document's. A document whose mentions came in two runs would
    # restart its count (and resolution's, which groups the same way): refused, not misaligned
    seen: set[str] = set()
    for document, rows in groupby(pairs, key=lambda pair: pair[0]):
        if document in seen:
            raise ValueError(f"the mentions of document {document!r} are not consecutive: "
                             "a mention's index would not be its index in the document")
        seen.add(document)
        for index, (_, mention) in enumerate(rows):
            yield document, index, mention


def _entity_type(entity: str, entity_types: Mapping[str, str] | None) -> str | None:
    """The type resolution gave `entity`: from `entity_types`, else from its id ("LOC:britain",
    as `resolve.resolution` names entities); None when neither says."""
    if entity_types is not None:
        return entity_types.get(entity)
    head, colon, _ = entity.partition(":")
    return head if colon and head in _TYPES else None


def vote_mention_types(read_mentions: Callable[[], Iterable[tuple[str, Mention]]],
                       assignment: Mapping[tuple[str, int], str],
                       known_names: Container[str],
                       entity_types: Mapping[str, str] | None = None) -> dict[tuple[str, int], str]:
    """The mentions whose type the vote changes: (document, mention index) -> new type.

    `read_mentions()` yields every (document, mention) in document and index order with the
    recogniser's own types (it is called twice: once to count, once to decide); `assignment` maps
    mentions to entities (`Resolution.assignment`); `known_names` holds the lower-cased surface
    forms the recogniser was trained on (`entities.ner.known_names`); `entity_types`: entity id ->
    the type resolution gave it (`Entity.type`; default: read from the id). A majority that is not
    the entity's own type decides nothing: it is the people joined to a place or party
    ("Britové" outnumbering "Británie"), not the place read apart."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for document, index, mention in _indexed(read_mentions()):
        entity = assignment.get((document, index))
        if entity is not None:
            votes[entity][mention.type] += 1
    winners: dict[str, str] = {}
    for entity, counts in votes.items():
        (type_, count), = counts.most_common(1)
        if count > MIN_SHARE * sum(counts.values()) and len(counts) > 1:  # a tie decides nothing
            own = _entity_type(entity, entity_types)
            if own is None or own == type_:
                winners[entity] = type_
    changed: dict[tuple[str, int], str] = {}
    if not winners:
        return changed
    for document, index, mention in _indexed(read_mentions()):
        entity = assignment.get((document, index))
        new = winners.get(entity) if entity is not None else None
        if new is None or new == mention.type or mention.text.lower() in known_names:
            continue
        if mention.type == "PER" and new in _KEEPS_PERSON:
            continue
        changed[(document, index)] = new
    return changed
