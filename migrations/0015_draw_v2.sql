-- Draw algorithm v2 (docs/draw-algorithm.md): the pool document publishes only what recomputing
-- the draw needs; the excluded list, with its reasons, is committed by its SHA-256 inside it and
-- kept in full here for the Office and the auditor. Null for v1 commitments, whose published
-- document carries its excluded list itself.
ALTER TABLE draw_commitments ADD COLUMN exclusions jsonb;

-- A freeze reads the experts of the panel's industry group (industries && $sections) and the
-- confirmed conflicts with the panel's organisations, not the whole pool.
CREATE INDEX experts_industries_idx ON experts USING gin (industries);
CREATE INDEX conflicts_confirmed_organisation_idx ON conflicts (organisation_id) WHERE status = 'confirmed';
