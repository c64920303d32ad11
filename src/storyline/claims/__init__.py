"""Claims: who says what happened between whom, with stance and event time (see `extract`)."""

from storyline.claims.extract import ClaimExtractor, RelationWord, extract_claims, relation_words

__all__ = ["ClaimExtractor", "RelationWord", "extract_claims", "relation_words"]
