"""Search the store: full text (SQLite FTS5, every script) and cross-lingual semantic search
(multilingual-e5 vectors), ranked together by reciprocal rank fusion."""

from storyline.search.query import SearchHit, search

__all__ = ["SearchHit", "search"]
