-- Staff sign in through Entra ID (OpenID Connect); the portal keeps no passwords any more.
-- staff_account becomes the directory of staff who have signed in: the display name, the Entra groups and the time
-- of their last sign-in, so that the RBAC Monitor can resolve group-based assignments for someone not signed in now.
-- Accounts that only ever signed in with a password stay listed (never signed in through Entra) until they do.
ALTER TABLE staff_account DROP COLUMN password_hash;
ALTER TABLE staff_account ADD COLUMN last_signed_in_at DATETIME(3) NULL;

-- The Entra group object ids of the last sign-in token.
CREATE TABLE staff_account_group (
  staff_account_id BIGINT      NOT NULL,
  group_id         VARCHAR(64) NOT NULL,
  PRIMARY KEY (staff_account_id, group_id),
  CONSTRAINT fk_staff_account_group FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
