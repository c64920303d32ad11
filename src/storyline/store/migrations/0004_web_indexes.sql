-- Schema version 4: indexes for the web app's lookups by entity (entity pages, relationship pages).
-- Mentions by entity with their document: documents naming an entity and co-occurring entities are
-- answered from the index alone, without reading mention rows.
CREATE INDEX mentions_entity_document ON mentions(entity, document);
-- The other mentions of a document, by entity (co-occurrence joins from a document to its names).
CREATE INDEX mentions_document_entity ON mentions(document, entity);
