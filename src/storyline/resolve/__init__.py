"""Corpus-level entity resolution across documents, languages and scripts."""

from storyline.resolve.resolution import DocumentMentions, MentionAssignment, Resolution, resolve_entities

__all__ = ["DocumentMentions", "MentionAssignment", "Resolution", "resolve_entities"]
