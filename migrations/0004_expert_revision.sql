-- Expert profiles carry a revision, bumped by every profile update: an update based on an older
-- revision (a stale tab, a second staff member) is a conflict, not a silent overwrite (issue 7).
ALTER TABLE experts ADD COLUMN revision integer NOT NULL DEFAULT 1;
