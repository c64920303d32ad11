-- Schema version 6: e5 vectors of entity names, kept across runs.

-- Entity resolution merges translated names by their multilingual embeddings
-- (resolve/translations.py). Every `analyze` re-resolves the whole corpus, and encoding a name costs
-- ~20 ms, so the names already encoded are read back instead: a run pays only for names it has not
-- seen before. `model` names the encoder, so vectors of another model are never mixed in.
CREATE TABLE name_vectors (
    model   TEXT NOT NULL,
    name    TEXT NOT NULL,
    vector  BLOB NOT NULL,        -- float32, little-endian, L2-normalised
    PRIMARY KEY (model, name)
) WITHOUT ROWID;
