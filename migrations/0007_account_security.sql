-- Accounts security (issues 15 and 16): activation codes instead of initial passwords, role
-- grants a second person confirms, and sign-in failures counted per client address and user name.

-- One live code per account: a new account's activation code, or the first administrator's
-- setup code. Only its SHA-256 is kept (the code has 80 random bits); using it, or issuing a new
-- one, removes the row.
CREATE TABLE account_activations (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('activation', 'setup')),
  issued_by uuid REFERENCES users (id),
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

-- A role that reads application material or the trail, asked for by the administrator and not
-- held until someone else (see GRANT_CONFIRMERS in src/accounts/core/role-grants.ts) confirms.
CREATE TABLE pending_role_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('applicant', 'locality_endorser', 'department_endorser',
    'office_staff', 'expert', 'committee_member', 'committee_chair', 'government_approver',
    'auditor', 'system_admin')),
  town_id integer REFERENCES towns (id),
  department_id integer REFERENCES departments (id),
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (user_id, role)
);

-- Failed sign-ins per (client address, lower-case user name), known or unknown: the lock-out
-- stops one address guessing one name without locking the person out everywhere else, and an
-- unknown name locks exactly like a real one. The key is SHA-256 of both, never the name itself.
CREATE TABLE sign_in_failures (
  key text PRIMARY KEY,
  failed integer NOT NULL,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_updated_at ON sign_in_failures (updated_at);

-- Expert user names were `e` + the phone number: anyone could test whether a phone number was in
-- the confidential pool. They become `zj` + eight digits carrying nothing about the person
-- (new ones are drawn at random; these are numbered from 90000001 in the order experts joined).
-- The Office tells each expert their new user name (shown in the pool list); passwords stay.
UPDATE users u SET username = 'zj' || renamed.n::text, updated_at = now()
FROM (
  SELECT e.user_id, 90000000 + row_number() OVER (ORDER BY e.created_at, e.user_id) AS n
  FROM experts e JOIN users x ON x.id = e.user_id
  WHERE x.username ~ '^e[0-9]'
) renamed
WHERE u.id = renamed.user_id;

-- An initial password that was never changed was chosen by, or shown to, someone else (the
-- administrator or the Office): it is void, and the person needs an activation code instead.
UPDATE users SET password_hash = '!unset', must_change_password = false, updated_at = now()
WHERE must_change_password AND password_hash <> '!unset';
