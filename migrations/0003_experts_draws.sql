-- Experts and draws: the expert pool (Art. 7), conflicts of interest (回避, Art. 25), panels and
-- their verifiable random draws, invitations, and confidentiality undertakings (Art. 25).

CREATE TABLE experts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A short public code: published pool documents name experts by it, not by name.
  code text NOT NULL UNIQUE,
  user_id uuid NOT NULL UNIQUE REFERENCES users (id),
  name text NOT NULL,
  identity_number text NOT NULL UNIQUE,
  employer text NOT NULL,
  employer_credit_code text,
  title text NOT NULL,
  qualifications jsonb NOT NULL DEFAULT '[]',
  industries text[] NOT NULL,
  years_in_quality_work integer NOT NULL,
  region text NOT NULL,
  phone text NOT NULL,
  email text,
  can_lead boolean NOT NULL DEFAULT false,
  former_employers jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'disqualified')),
  status_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE expert_code_seq;

CREATE TABLE expert_availability (
  expert_id uuid NOT NULL REFERENCES experts (id),
  cycle_id uuid NOT NULL REFERENCES cycles (id),
  available boolean NOT NULL,
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (expert_id, cycle_id)
);

CREATE TABLE conflicts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  expert_id uuid NOT NULL REFERENCES experts (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL,
  source text NOT NULL CHECK (source IN ('detected', 'office', 'applicant', 'expert')),
  status text NOT NULL CHECK (status IN ('suggested', 'confirmed', 'dismissed')),
  evidence text NOT NULL DEFAULT '',
  since date,
  decision_reason text,
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (expert_id, organisation_id, kind)
);
CREATE INDEX conflicts_expert_idx ON conflicts (expert_id);

CREATE TABLE panels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cycle_id uuid NOT NULL REFERENCES cycles (id),
  name text NOT NULL,
  industries text[] NOT NULL,
  size integer NOT NULL,
  reserves integer NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cycle_id, name)
);

CREATE TABLE panel_applications (
  panel_id uuid NOT NULL REFERENCES panels (id),
  application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
  PRIMARY KEY (panel_id, application_id)
);

-- Step 1: the frozen pool and the commitment to a secret, published before the draw.
CREATE TABLE draw_commitments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  panel_id uuid NOT NULL REFERENCES panels (id),
  sequence integer NOT NULL,
  pool_document jsonb NOT NULL,
  pool_hash text NOT NULL,
  commitment text NOT NULL,
  -- Kept server-side until the draw; published with the result.
  secret text NOT NULL,
  size integer NOT NULL,
  reserves integer NOT NULL,
  reason text NOT NULL DEFAULT '',
  frozen_by uuid NOT NULL REFERENCES users (id),
  frozen_at timestamptz NOT NULL,
  UNIQUE (panel_id, sequence)
);

-- Steps 2–4: the supervisor's public value, the seed, the outcome. One result per commitment:
-- a second staff member drawing the same panel at once hits the unique key.
CREATE TABLE draw_results (
  commitment_id uuid PRIMARY KEY REFERENCES draw_commitments (id),
  public_value text NOT NULL,
  supervisor_name text NOT NULL,
  seed text NOT NULL,
  outcome jsonb NOT NULL,
  drawn_by uuid NOT NULL REFERENCES users (id),
  drawn_at timestamptz NOT NULL
);

-- What happened to the seats afterwards: confirmations, declines, replacements. Appended only.
CREATE TABLE panel_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commitment_id uuid NOT NULL REFERENCES draw_commitments (id),
  kind text NOT NULL CHECK (kind IN ('confirmed', 'declined', 'replaced')),
  expert_id uuid NOT NULL REFERENCES experts (id),
  replacement_expert_id uuid REFERENCES experts (id),
  reason text NOT NULL DEFAULT '',
  actor_id uuid NOT NULL REFERENCES users (id),
  at timestamptz NOT NULL
);

CREATE TABLE undertakings (
  expert_id uuid NOT NULL REFERENCES experts (id),
  cycle_id uuid NOT NULL REFERENCES cycles (id),
  text_version text NOT NULL,
  accepted_at timestamptz NOT NULL,
  client_ip text,
  PRIMARY KEY (expert_id, cycle_id)
);

-- Draw records are never changed: only appended.
CREATE FUNCTION draw_records_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER draw_commitments_no_update BEFORE UPDATE OR DELETE ON draw_commitments
  FOR EACH ROW EXECUTE FUNCTION draw_records_append_only();
CREATE TRIGGER draw_results_no_update BEFORE UPDATE OR DELETE ON draw_results
  FOR EACH ROW EXECUTE FUNCTION draw_records_append_only();
CREATE TRIGGER panel_events_no_update BEFORE UPDATE OR DELETE ON panel_events
  FOR EACH ROW EXECUTE FUNCTION draw_records_append_only();
