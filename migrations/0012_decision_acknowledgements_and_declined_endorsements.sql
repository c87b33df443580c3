-- Issue 14.2: an acceptance in the preliminary check records, for each clause the eligibility
-- engine left 待核实 (needs checking), what the Office checked (Art. 15). Decisions taken before
-- this was asked carry none.
ALTER TABLE application_decisions ADD COLUMN acknowledgements jsonb NOT NULL DEFAULT '[]';

-- Issue 14.3: an endorser may decline to recommend (不同意推荐), with its reason (Art. 14, 8(6)).
ALTER TABLE endorsements DROP CONSTRAINT endorsements_decision_check;
ALTER TABLE endorsements ADD CONSTRAINT endorsements_decision_check
  CHECK (decision IN ('agreed', 'returned', 'declined'));
