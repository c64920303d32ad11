"""Claims: who says what happened between whom, with stance and event time (see `extract`)."""

from storyline.claims.extract import ClaimExtractor, extract_claims

__all__ = ["ClaimExtractor", "extract_claims"]
