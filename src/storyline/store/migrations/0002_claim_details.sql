-- Schema version 2: claim details (event-time expression, quote flag, trigger), entity counts,
-- independent-source counts on events. Claim speaker/participants/via hold mention indices of the
-- claim's document; mentions.entity maps them to entities.
ALTER TABLE claims ADD COLUMN when_text TEXT;
ALTER TABLE claims ADD COLUMN quote INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN "trigger" TEXT;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_relation ON events(relation);
