-- Schema version 3: document vectors for cross-lingual search and story clusters, and a full-text
-- index over titles and clean bodies (FTS5, unicode61 tokenizer: every script, diacritics folded).
CREATE TABLE embeddings (
    document  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    model     TEXT NOT NULL,
    vector    BLOB NOT NULL               -- little-endian float32, L2-normalised
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

-- Story clusters (corpus-level, rebuilt as a whole).
CREATE TABLE stories (
    id               TEXT PRIMARY KEY,
    title            TEXT,
    size             INTEGER NOT NULL,
    languages        TEXT NOT NULL DEFAULT '{}',   -- {"ru": 3, "bg": 1}
    top_entities     TEXT NOT NULL DEFAULT '[]',   -- [[entity id, documents], ...]
    first_published  TEXT,
    last_published   TEXT
);
CREATE TABLE story_documents (
    story     TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    document  TEXT NOT NULL,
    PRIMARY KEY (story, document)
);
CREATE INDEX story_documents_document ON story_documents(document);
