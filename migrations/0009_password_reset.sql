-- A password reset code (issue 14.8): the same one-time code as an activation, sent by mail or
-- issued by the Office; the password it replaces keeps working until the code is used.
ALTER TABLE account_activations DROP CONSTRAINT account_activations_purpose_check;
ALTER TABLE account_activations
  ADD CONSTRAINT account_activations_purpose_check CHECK (purpose IN ('activation', 'setup', 'reset'));
