-- Foundation: reference data, accounts and roles, sessions, the audit chain, the access log,
-- and the registry of programme / framework versions.

CREATE TABLE towns (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE departments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL,
  display_name text NOT NULL,
  email text,
  phone text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  locale text NOT NULL DEFAULT 'zh-CN',
  -- clock_timestamp: accounts created in one transaction keep their order.
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('applicant', 'locality_endorser', 'department_endorser',
    'office_staff', 'expert', 'committee_member', 'committee_chair', 'government_approver',
    'auditor', 'system_admin')),
  town_id integer REFERENCES towns (id),
  department_id integer REFERENCES departments (id),
  PRIMARY KEY (user_id, role),
  CHECK ((role = 'locality_endorser') = (town_id IS NOT NULL)),
  CHECK ((role = 'department_endorser') = (department_id IS NOT NULL))
);

-- The cookie carries a random token; only its SHA-256 is stored, so a copy of this table
-- cannot be replayed as sessions.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  client_ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Every state change writes one entry in the same transaction, chained by SHA-256 to the
-- entry before it (see src/audit/core/audit-chain.ts).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  real_actor_id uuid,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  before jsonb,
  after jsonb,
  client_ip text,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);

-- The application never updates or deletes audit entries; refuse it outright so only someone
-- able to switch triggers off could, and the chain then names the entry they touched.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Who signed in, failed to, signed out, or read protected material (Art. 25).
CREATE TABLE access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid REFERENCES users (id),
  username text,
  event text NOT NULL,
  record_type text,
  record_id text,
  client_ip text,
  user_agent text
);

-- Programme and framework versions are immutable data shipped with the code; each is
-- registered with its content hash so a cycle can name it and a silent edit is caught.
CREATE TABLE catalogue_versions (
  kind text NOT NULL CHECK (kind IN ('programme', 'framework')),
  id text NOT NULL,
  content jsonb NOT NULL,
  sha256 text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
