-- Issue 8 (items 3 and 6): a programme's rules are stored documents, not code. Each version is a
-- JSON document checked against src/programmes/core/rules-document.ts, with the SHA-256 of its
-- canonical JSON; the Office drafts one from an existing version and the committee chair approves
-- it. A cycle's programme_id names an approved version. The shipped versions (jinshui-2011) are
-- registered at start, approved, with their hash checked as catalogue_versions did.
CREATE TABLE rules_versions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,64}$'),
  -- The award the version belongs to (e.g. 'jinshui', 'zhengzhou-demo'): versions of one award
  -- share it, and a draft inherits it from the version it is based on.
  family text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'approved')),
  document jsonb NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- Bumped by every save of a draft: a save based on an older revision is a conflict.
  revision integer NOT NULL DEFAULT 1,
  based_on text REFERENCES rules_versions (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid REFERENCES users (id),
  approved_at timestamptz,
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  -- 三员分立 for rules: whoever drafted a version does not approve it.
  CHECK (approved_by IS NULL OR created_by IS NULL OR approved_by <> created_by)
);
CREATE INDEX rules_versions_family_idx ON rules_versions (family, created_at);

-- An approved version governs cycles: its document never changes and it is never removed
-- (change it by drafting a new version based on it).
CREATE FUNCTION rules_version_approved_is_final() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'rules version % is approved: it cannot change', OLD.id;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rules_versions_approved_final BEFORE UPDATE OR DELETE ON rules_versions
  FOR EACH ROW EXECUTE FUNCTION rules_version_approved_is_final();

-- Clauses are keyed by rule kind (src/programmes/core/rule-kinds.ts), no longer by Jinshui's
-- article numbers. Rename the keys of what is stored and still read: the applications' answers
-- and the Office's overrides and acknowledgements. Frozen submitted versions
-- (application_versions) keep their content, since the receipt's hash is over it; the audit
-- trail is append-only and keeps the words of its day.
CREATE TEMPORARY TABLE legacy_rule_keys (old text PRIMARY KEY, new text NOT NULL);
INSERT INTO legacy_rule_keys (old, new) VALUES
  ('art8.1', 'years-operating'), ('art8.2', 'quality-system'), ('art8.3', 'no-major-accident'),
  ('art8.4', 'no-loss'), ('art8.5', 'standards-and-reputation'),
  ('art8.6', 'department-recommendation'), ('art9.1', 'against-policy'),
  ('art9.2', 'missing-licence'), ('art9.3', 'liability-accident'), ('art9.4', 'failed-spot-check'),
  ('art9.5', 'award-fraud'), ('art9.6', 'public-order-violation'), ('art9.7', 'tax-evasion'),
  ('art9.8', 'wage-arrears'), ('art9.9', 'other-violations'), ('art20', 'title-validity');

UPDATE applications a
SET form = jsonb_set(
  a.form,
  '{declarations}',
  (SELECT coalesce(jsonb_object_agg(coalesce(k.new, d.key), d.value), '{}'::jsonb)
   FROM jsonb_each(a.form -> 'declarations') d
   LEFT JOIN legacy_rule_keys k ON k.old = d.key)
)
WHERE jsonb_typeof(a.form -> 'declarations') = 'object'
  AND EXISTS (SELECT 1 FROM jsonb_object_keys(a.form -> 'declarations') key
              JOIN legacy_rule_keys k ON k.old = key);

-- An array of { key, … } with each legacy key renamed.
CREATE FUNCTION pg_temp.renamed_keys(items jsonb) RETURNS jsonb LANGUAGE sql AS $$
  SELECT coalesce(
    jsonb_agg(
      CASE WHEN k.new IS NULL THEN e.item ELSE jsonb_set(e.item, '{key}', to_jsonb(k.new)) END
      ORDER BY e.n),
    '[]'::jsonb)
  FROM jsonb_array_elements(items) WITH ORDINALITY AS e(item, n)
  LEFT JOIN legacy_rule_keys k ON k.old = e.item ->> 'key'
$$;

UPDATE application_decisions
SET overrides = pg_temp.renamed_keys(overrides),
    acknowledgements = pg_temp.renamed_keys(acknowledgements)
WHERE jsonb_typeof(overrides) = 'array' AND jsonb_typeof(acknowledgements) = 'array';

UPDATE applications
SET last_decision = last_decision
  || jsonb_build_object('overrides', pg_temp.renamed_keys(last_decision -> 'overrides'))
  || CASE WHEN jsonb_typeof(last_decision -> 'acknowledgements') = 'array'
       THEN jsonb_build_object('acknowledgements', pg_temp.renamed_keys(last_decision -> 'acknowledgements'))
       ELSE '{}'::jsonb END
WHERE jsonb_typeof(last_decision -> 'overrides') = 'array';

DROP FUNCTION pg_temp.renamed_keys(jsonb);
DROP TABLE legacy_rule_keys;
