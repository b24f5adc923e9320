-- The kinds a round skipped because the tenant's consent lacks a permission they need, each with the missing
-- permissions, e.g. "app-status (DeviceManagementApps.ReadWrite.All)"; empty when none was skipped.
ALTER TABLE poll_round ADD COLUMN skipped VARCHAR(2000) NOT NULL DEFAULT '';
