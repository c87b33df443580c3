-- The trail and the other append-only records against someone with the database in hand
-- (issue 15). Row triggers do not fire on TRUNCATE: a statement trigger refuses it on every
-- append-only table. The role that owns the tables can still switch triggers off, so the
-- application runs as a role that does not own them when a server is used (MIGRATION_DATABASE_URL,
-- src/platform/db/grants.ts), and the chain's head is published daily (audit_heads) so that
-- entries cut from its end, or rewritten with every later hash recomputed, no longer match it.
-- The grants read this convention: a table with a BEFORE TRUNCATE refusal is append-only, and
-- the application's role gets only SELECT and INSERT on it.

CREATE FUNCTION refuse_truncate() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: TRUNCATE refused', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER draw_commitments_no_truncate BEFORE TRUNCATE ON draw_commitments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER draw_results_no_truncate BEFORE TRUNCATE ON draw_results
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER panel_events_no_truncate BEFORE TRUNCATE ON panel_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- The access log (Art. 25: who signed in, failed to, read protected material) as the audit log.
CREATE FUNCTION access_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- One published head per Beijing day: the newest audit entry, its hash, and how many entries
-- led to it. The day is the key, so several instances publishing at once leave one row.
CREATE TABLE audit_heads (
  day date PRIMARY KEY,
  entry_id bigint NOT NULL,
  entry_count bigint NOT NULL CHECK (entry_count > 0),
  hash text NOT NULL,
  published_at timestamptz NOT NULL
);

CREATE FUNCTION audit_heads_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_heads is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_heads_no_update BEFORE UPDATE OR DELETE ON audit_heads
  FOR EACH ROW EXECUTE FUNCTION audit_heads_append_only();
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
