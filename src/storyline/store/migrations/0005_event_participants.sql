-- Schema version 5: events by entity, and a change counter for cached document vectors.

-- Which entities take part in which event, with copies of the event's ordering keys: the events of
-- an entity (or of several together) are counted, paged in time order and ranked "most telling
-- first" from these indexes, proportional to the page shown, instead of scanning and parsing every
-- event's JSON participant list. Rebuilt with the events (`SqliteStore._replace_events`).
CREATE TABLE event_participants (
    entity_id  TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    time_key   TEXT,               -- the event's "when" without its leading '~'; NULL when unknown
    status     TEXT NOT NULL,      -- the event's status
    sources    INTEGER NOT NULL,   -- the event's independent sources
    PRIMARY KEY (entity_id, event_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_event ON event_participants(event_id);
-- Time order, unknown times last (the order of `SqliteStore.events()`).
CREATE INDEX event_participants_time ON event_participants(entity_id, time_key IS NULL, time_key, event_id);
-- Most telling first: contested, then corroborated, then by independent sources, then most recent.
-- The expressions must stay identical to `EVENT_ORDER_TELLING` in store/lookups.py (or the index is not used).
CREATE INDEX event_participants_telling ON event_participants(
    entity_id, CASE status WHEN 'contested' THEN 0 WHEN 'corroborated' THEN 1 ELSE 2 END, sources DESC,
    time_key IS NULL, time_key DESC, event_id);
-- A store upgraded from an earlier version indexes the events it already holds.
INSERT OR IGNORE INTO event_participants (entity_id, event_id, time_key, status, sources)
    SELECT p.value, e.id, ltrim(e."when", '~'), e.status, e.sources
    FROM events AS e, json_each(e.participants) AS p
    WHERE p.type = 'text';

-- A number that changes whenever the named table's rows change, so readers can cache what they
-- derive from it (search caches the document vectors, the web app its entity name index). It starts
-- at a random value: a store deleted and created again at the same path never repeats its numbers.
CREATE TABLE data_versions (
    name     TEXT PRIMARY KEY,
    version  INTEGER NOT NULL
);
INSERT INTO data_versions (name, version) VALUES
    ('embeddings', abs(random() % 1000000000000)), ('entities', abs(random() % 1000000000000));
CREATE TRIGGER embeddings_version_insert AFTER INSERT ON embeddings BEGIN
    UPDATE data_versions SET version = version + 1 WHERE name = 'embeddings';
END;
CREATE TRIGGER embeddings_version_delete AFTER DELETE ON embeddings BEGIN
    UPDATE data_versions SET version = version + 1 WHERE name = 'embeddings';
END;
CREATE TRIGGER embeddings_version_update AFTER UPDATE ON embeddings BEGIN
    UPDATE data_versions SET version = version + 1 WHERE name = 'embeddings';
END;
CREATE TRIGGER entities_version_insert AFTER INSERT ON entities BEGIN
    UPDATE data_versions SET version = version + 1 WHERE name = 'entities';
END;
CREATE TRIGGER entities_version_delete AFTER DELETE ON entities BEGIN
    UPDATE data_versions SET version = version + 1 WHERE name = 'entities';
END;
CREATE TRIGGER entities_version_update AFTER UPDATE ON entities BEGIN
    UPDATE data_versions SET version = version + 1 WHERE name = 'entities';
END;
