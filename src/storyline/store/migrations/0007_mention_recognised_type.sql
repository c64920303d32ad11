-- Schema version 7: the recogniser's own type of a mention the corpus-level type vote changed.

-- The `resolve` stage gives a name the recogniser never saw in training its entity's majority type
-- (resolve/type_vote.py). `type` is what readers get; `ner_type` keeps the recogniser's reading
-- (NULL when the vote left it alone), so that every re-run votes on the recogniser's types again.
ALTER TABLE mentions ADD COLUMN ner_type TEXT;
