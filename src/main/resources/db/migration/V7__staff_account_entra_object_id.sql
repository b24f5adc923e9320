-- A staff account is bound to the Entra object id (oid, tid) of its first sign-in: a sign-in name
-- given to another person later must not inherit the role assignments of the first.
ALTER TABLE staff_account
  ADD COLUMN entra_object_id VARCHAR(64) NULL,
  ADD COLUMN entra_tenant_id VARCHAR(64) NULL;
