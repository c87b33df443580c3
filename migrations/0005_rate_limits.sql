-- Rate-limit counters shared by every instance on this database: one row per key and fixed
-- window, counted with an atomic upsert; windows older than the longest limit are pruned.
CREATE TABLE rate_limit_hits (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

CREATE INDEX rate_limit_hits_window_start ON rate_limit_hits (window_start);
