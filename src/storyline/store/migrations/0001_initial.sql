-- Storyline store, schema version 1.
-- JSON columns hold small lists (spans, ids); everything queried by SQL has its own column.

CREATE TABLE documents (
    id                  TEXT PRIMARY KEY,      -- content hash of the raw input
    source              TEXT NOT NULL,         -- input path as given (#L<n> / URL for containers)
    format              TEXT NOT NULL,         -- text | html | jsonl | warc
    title               TEXT,
    url                 TEXT,
    site                TEXT,
    language            TEXT,                  -- ISO 639-1
    published           TEXT,                  -- YYYY | YYYY-MM | YYYY-MM-DD
    published_evidence  TEXT,                  -- which evidence decided `published`
    not_before          TEXT,                  -- lower bound on the publication date
    text                TEXT NOT NULL,         -- clean body; all offsets point into it
    raw                 BLOB NOT NULL,         -- exact input bytes, for provenance
    encoding            TEXT,
    paragraphs          TEXT NOT NULL DEFAULT '[]',   -- [[start, end, language], ...]
    sentences           TEXT NOT NULL DEFAULT '[]',   -- [[start, end], ...]
    removed             TEXT NOT NULL DEFAULT '[]',   -- [[text, reason], ...] boilerplate removed
    stages              TEXT NOT NULL DEFAULT '[]',   -- per-document stages that ran
    analyzed_at         TEXT NOT NULL
);
CREATE INDEX documents_language ON documents(language);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE mentions (
    document  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL,
    lemma     TEXT,
    entity    TEXT,
    PRIMARY KEY (document, idx)
);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE claims (
    id            TEXT PRIMARY KEY,
    document      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    speaker       TEXT,
    stance        TEXT NOT NULL,
    relation      TEXT NOT NULL,
    participants  TEXT NOT NULL DEFAULT '[]',
    via           TEXT NOT NULL DEFAULT '[]',
    "when"        TEXT,
    cameo         TEXT,
    summary       TEXT
);
CREATE INDEX claims_document ON claims(document);

-- Corpus-level results: rebuilt as a whole by the corpus stages, in one transaction.
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    aliases  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE events (
    id            TEXT PRIMARY KEY,
    relation      TEXT NOT NULL,
    participants  TEXT NOT NULL DEFAULT '[]',
    "when"        TEXT,
    claims        TEXT NOT NULL DEFAULT '[]',
    status        TEXT NOT NULL
);

CREATE TABLE contradictions (
    event           TEXT NOT NULL,
    for_claims      TEXT NOT NULL DEFAULT '[]',
    against_claims  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    arguments   TEXT NOT NULL,
    ingested    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE errors (
    run     INTEGER REFERENCES runs(id),
    source  TEXT NOT NULL,
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL
);
