-- The verified standing (CONSENTED, PARTIAL or DEGRADED) a tenant had when its customer approved again: a verification
-- that fails returns to it instead of to FAILED, so the drift check keeps watching a grant that was really given.
ALTER TABLE consent_status ADD COLUMN verifying_from VARCHAR(20) NULL AFTER consented_at;
