"""The `stories` corpus stage: cluster the stored documents and store the stories."""

from __future__ import annotations

from collections import defaultdict

from storyline.config import Settings
from storyline.stories.clusters import ClusterSettings, cluster_documents, describe_stories
from storyline.store.sqlite import SqliteStore


def build_stories(store: SqliteStore, settings: Settings, cluster_settings: ClusterSettings = ClusterSettings()) -> int:
    """Rebuild the story clusters from document vectors, resolved entities and dates; returns how
    many stories were stored. Documents without a vector (analysed with --no-embed) are left out."""
    ids, vectors = store.embeddings()
    entities: dict[str, set[str]] = defaultdict(set)
    for document, mention in store.iter_mentions():
        if mention.entity:
            entities[document].add(mention.entity)
    rows = store.documents_by_id(ids, text=False)
    titles = {i: rows[i]["title"] for i in ids}
    languages = {i: rows[i]["language"] for i in ids}
    published = {i: rows[i]["published"] for i in ids}
    groups = cluster_documents(
        ids, vectors, entities=entities, published=published, languages=languages, settings=cluster_settings
    )
    stories = describe_stories(groups, titles=titles, languages=languages, published=published, entities=entities)
    store.replace_stories(stories)
    return len(stories)
