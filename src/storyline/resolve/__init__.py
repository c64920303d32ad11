"""Corpus-level entity resolution across documents, languages and scripts."""

from storyline.resolve.resolution import DocumentMentions, Resolution, resolve_entities

__all__ = ["DocumentMentions", "Resolution", "resolve_entities"]
