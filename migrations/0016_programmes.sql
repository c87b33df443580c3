-- Issue 8 (items 1, 2, 7): programmes as tenants, as decision 0008 sets out. A programme is the
-- award (金水区区长质量奖), distinct from its rules versions; the records a programme owns carry its
-- key, the rest reach it through their cycle. An installation that ran one award moves into the
-- default programme, 'jinshui', with nothing deleted.
CREATE TABLE programmes (
  -- The slug of the public addresses (/p/<slug>/…); the rules versions' family.
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,64}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  issuer_zh text NOT NULL,
  issuer_en text NOT NULL,
  -- GB/T 2260 code of the jurisdiction that runs the award, and its level.
  jurisdiction_code text NOT NULL CHECK (jurisdiction_code ~ '^[1-9][0-9]{5}$'),
  level text NOT NULL CHECK (level IN ('district', 'city', 'province')),
  -- The approved rules version a new cycle starts from; set when a version is registered or
  -- approved (the shipped versions are registered at start, after the migrations).
  rules_version_id text REFERENCES rules_versions (id),
  -- Receipt numbers read <prefix><year>-<n>, numbered per programme.
  receipt_prefix text NOT NULL UNIQUE CHECK (receipt_prefix ~ '^[A-Z]{2,8}$'),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO programmes (id, name_zh, name_en, issuer_zh, issuer_en, jurisdiction_code, level, receipt_prefix)
VALUES ('jinshui', '金水区区长质量奖', 'Jinshui District Mayor''s Quality Award',
        '郑州市金水区人民政府', 'People''s Government of Jinshui District, Zhengzhou',
        '410105', 'district', 'ZLJ');

-- Rules versions stored before this migration name their award in `family`; an award other than
-- the default is kept as a programme of its own (the demo's Zhengzhou version), never dropped.
INSERT INTO programmes (id, name_zh, name_en, issuer_zh, issuer_en, jurisdiction_code, level, receipt_prefix)
SELECT DISTINCT family, family, family, family, family, '410100', 'city',
       upper(substr(regexp_replace(family, '[^a-z]', '', 'g') || 'XX', 1, 6))
FROM rules_versions WHERE family <> 'jinshui';
UPDATE programmes p SET
  name_zh = '郑州市市长质量奖（演示）', name_en = 'Zhengzhou Mayor''s Quality Award (demo)',
  issuer_zh = '郑州市人民政府（演示）', issuer_en = 'People''s Government of Zhengzhou (demo)',
  receipt_prefix = 'ZZZ'
WHERE p.id = 'zhengzhou-demo';

ALTER TABLE rules_versions
  ADD CONSTRAINT rules_versions_programme_fk FOREIGN KEY (family) REFERENCES programmes (id);

-- A cycle belongs to a programme and runs under one of its approved rules versions: the column
-- that named the version is renamed, not reused, so no query reads it with the old meaning.
ALTER TABLE cycles RENAME COLUMN programme_id TO rules_version_id;
ALTER TABLE cycles ADD COLUMN programme_id text REFERENCES programmes (id);
UPDATE cycles c SET programme_id = coalesce(
  (SELECT r.family FROM rules_versions r WHERE r.id = c.rules_version_id), 'jinshui');
ALTER TABLE cycles ALTER COLUMN programme_id SET NOT NULL;
ALTER TABLE cycles DROP CONSTRAINT cycles_programme_id_year_key;
ALTER TABLE cycles ADD CONSTRAINT cycles_programme_year_key UNIQUE (programme_id, year);

-- Each district has its own towns / sub-districts and competent departments.
ALTER TABLE towns ADD COLUMN programme_id text NOT NULL DEFAULT 'jinshui' REFERENCES programmes (id);
ALTER TABLE towns ALTER COLUMN programme_id DROP DEFAULT;
ALTER TABLE towns DROP CONSTRAINT towns_code_key;
ALTER TABLE towns ADD CONSTRAINT towns_programme_code_key UNIQUE (programme_id, code);
ALTER TABLE departments ADD COLUMN programme_id text NOT NULL DEFAULT 'jinshui' REFERENCES programmes (id);
ALTER TABLE departments ALTER COLUMN programme_id DROP DEFAULT;
ALTER TABLE departments DROP CONSTRAINT departments_code_key;
ALTER TABLE departments ADD CONSTRAINT departments_programme_code_key UNIQUE (programme_id, code);

-- Roles are held within a programme. Installation-wide: the administrator, an auditor with no
-- programme (the installation auditor), an applicant organisation's account (it may apply to
-- every programme whose jurisdiction contains it) and an expert (a person who may serve
-- wherever a pool is shared). An auditor held before this migration saw the whole installation
-- and keeps doing so.
ALTER TABLE user_roles ADD COLUMN programme_id text REFERENCES programmes (id);
UPDATE user_roles SET programme_id = 'jinshui'
WHERE role NOT IN ('system_admin', 'auditor', 'applicant', 'expert');
ALTER TABLE user_roles DROP CONSTRAINT user_roles_pkey;
CREATE UNIQUE INDEX user_roles_key ON user_roles (user_id, role, coalesce(programme_id, ''));
ALTER TABLE user_roles ADD CONSTRAINT user_roles_programme_check CHECK (
  (role IN ('system_admin', 'applicant', 'expert')) = (programme_id IS NULL) OR role = 'auditor');
CREATE INDEX user_roles_programme_idx ON user_roles (programme_id, role);

ALTER TABLE pending_role_grants ADD COLUMN programme_id text REFERENCES programmes (id);
UPDATE pending_role_grants SET programme_id = 'jinshui'
WHERE role NOT IN ('system_admin', 'auditor', 'applicant', 'expert');
ALTER TABLE pending_role_grants DROP CONSTRAINT pending_role_grants_user_id_role_key;
CREATE UNIQUE INDEX pending_role_grants_key ON pending_role_grants (user_id, role, coalesce(programme_id, ''));

-- The platform's own records the eligibility engine reads belong to the programme that made
-- them: a fraud finding bars an organisation from that programme's award (Art. 9(5)), a title
-- is that programme's (Art. 20).
ALTER TABLE fraud_findings ADD COLUMN programme_id text NOT NULL DEFAULT 'jinshui' REFERENCES programmes (id);
ALTER TABLE fraud_findings ALTER COLUMN programme_id DROP DEFAULT;
ALTER TABLE award_titles ADD COLUMN programme_id text NOT NULL DEFAULT 'jinshui' REFERENCES programmes (id);
ALTER TABLE award_titles ALTER COLUMN programme_id DROP DEFAULT;

-- The expert pool is the programme's (the Office that keeps it); pool_shares lets another
-- programme draw from it (a city's pool with its districts). Conflicts and availability are the
-- expert's facts and apply wherever the expert serves.
ALTER TABLE experts ADD COLUMN programme_id text NOT NULL DEFAULT 'jinshui' REFERENCES programmes (id);
ALTER TABLE experts ALTER COLUMN programme_id DROP DEFAULT;
CREATE INDEX experts_programme_idx ON experts (programme_id);
CREATE TABLE pool_shares (
  pool_programme_id text NOT NULL REFERENCES programmes (id),
  programme_id text NOT NULL REFERENCES programmes (id),
  shared_by uuid REFERENCES users (id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (pool_programme_id, programme_id),
  CHECK (pool_programme_id <> programme_id)
);

-- Receipt numbers are issued per programme and year, once each whatever the concurrency: the
-- counter row is incremented in the submitting transaction (UPDATE … RETURNING locks it). The
-- default programme continues from the installation's sequence, so no number is issued twice.
CREATE TABLE receipt_counters (
  programme_id text NOT NULL REFERENCES programmes (id),
  year integer NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (programme_id, year)
);
INSERT INTO receipt_counters (programme_id, year, last_number)
SELECT c.programme_id, c.year, max(split_part(v.receipt_number, '-', 2)::integer)
FROM application_versions v
JOIN applications a ON a.id = v.application_id
JOIN cycles c ON c.id = a.cycle_id
WHERE v.receipt_number ~ '-[0-9]+$'
GROUP BY c.programme_id, c.year;

-- The trail and the access log name the programme of each new entry (NULL: the installation's
-- own, such as accounts, or written before this migration). They are append-only, so entries
-- already written keep their hash and their NULL: an installation auditor reads them.
ALTER TABLE audit_log ADD COLUMN programme_id text REFERENCES programmes (id);
CREATE INDEX audit_log_programme_idx ON audit_log (programme_id, id);
ALTER TABLE access_log ADD COLUMN programme_id text REFERENCES programmes (id);
CREATE INDEX access_log_programme_idx ON access_log (programme_id, id);
