-- Intake: the yearly cycle, organisations and their accounts, applications with files,
-- endorsements, submitted versions and receipts, the preliminary check, and the platform's own
-- records the eligibility engine reads (fraud findings, Art. 9(5); titles, Art. 20).

CREATE TABLE cycles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id text NOT NULL,
  framework_id text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  stage text NOT NULL DEFAULT 'draft',
  announcement_date date NOT NULL,
  application_deadline timestamptz NOT NULL,
  -- Planned review dates and the office's own announcement text and contacts.
  plan jsonb NOT NULL DEFAULT '{}',
  announcement jsonb NOT NULL DEFAULT '{}',
  criteria_approved_by uuid REFERENCES users (id),
  criteria_approved_at timestamptz,
  published_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, year)
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  credit_code text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('enterprise', 'non_profit')),
  address text NOT NULL,
  town_id integer NOT NULL REFERENCES towns (id),
  department_id integer NOT NULL REFERENCES departments (id),
  legal_representative text NOT NULL,
  industry text NOT NULL,
  registration_date date NOT NULL,
  contact_name text NOT NULL,
  contact_phone text NOT NULL,
  contact_email text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE users ADD COLUMN organisation_id uuid REFERENCES organisations (id);

CREATE TABLE applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cycle_id uuid NOT NULL REFERENCES cycles (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  status text NOT NULL DEFAULT 'draft',
  form jsonb NOT NULL,
  -- Bumped by every save: a save based on an older revision is a conflict, not an overwrite.
  revision integer NOT NULL DEFAULT 1,
  endorsement_round integer NOT NULL DEFAULT 0,
  extended_deadline timestamptz,
  extension_reason text,
  resubmit_by timestamptz,
  last_decision jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cycle_id, organisation_id)
);

-- Uploaded files: a row exists only for a file completely stored and type-checked.
CREATE TABLE files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid REFERENCES applications (id),
  purpose text NOT NULL,
  original_name text NOT NULL,
  storage_key text NOT NULL UNIQUE,
  size_bytes bigint NOT NULL,
  sha256 text NOT NULL,
  media_type text NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX files_application_idx ON files (application_id);

CREATE TABLE endorsements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id),
  round integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('locality', 'department')),
  decision text NOT NULL CHECK (decision IN ('agreed', 'returned')),
  comments text NOT NULL DEFAULT '',
  file_id uuid REFERENCES files (id),
  endorser_id uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL,
  UNIQUE (application_id, round, kind)
);

-- What was submitted, frozen; the receipt's hash is over `content`.
CREATE TABLE application_versions (
  application_id uuid NOT NULL REFERENCES applications (id),
  version integer NOT NULL,
  content jsonb NOT NULL,
  content_sha256 text NOT NULL,
  receipt_number text NOT NULL UNIQUE,
  submitted_by uuid NOT NULL REFERENCES users (id),
  submitted_at timestamptz NOT NULL,
  PRIMARY KEY (application_id, version)
);

-- The Office's preliminary-check decisions and eligibility overrides, with reasons.
CREATE TABLE application_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id),
  decision text NOT NULL CHECK (decision IN ('accepted', 'returned', 'rejected')),
  note text NOT NULL DEFAULT '',
  clause jsonb,
  resubmit_by timestamptz,
  overrides jsonb NOT NULL DEFAULT '[]',
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL
);

-- Art. 9(5): a finding of fraud in this award excludes for the programme's look-back period.
CREATE TABLE fraud_findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  found_on date NOT NULL,
  reference text NOT NULL,
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Art. 20: a title is valid for the programme's validity period; a holder may not apply again.
CREATE TABLE award_titles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  cycle_year integer NOT NULL,
  valid_until date NOT NULL,
  revoked_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Receipt numbers are issued once each, whatever the concurrency.
CREATE SEQUENCE receipt_number_seq;
