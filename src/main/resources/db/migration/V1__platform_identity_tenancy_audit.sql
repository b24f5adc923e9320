-- Staff who sign in to the portal (demo form sign-in; Entra ID sign-in arrives with the identity issue).
CREATE TABLE staff_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  staff_role    VARCHAR(40)  NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(3)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_staff_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A customer's Entra tenant as the MSP manages it.
CREATE TABLE tenant (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  display_name   VARCHAR(200)  NOT NULL,
  directory_id   VARCHAR(253)  NOT NULL,
  contact_name   VARCHAR(200)  NOT NULL,
  contact_email  VARCHAR(254)  NOT NULL,
  notes          VARCHAR(4000) NULL,
  lifecycle      VARCHAR(30)   NOT NULL,
  scope_tags     VARCHAR(500)  NOT NULL DEFAULT '',
  archived_at    DATETIME(3)   NULL,
  created_at     DATETIME(3)   NOT NULL,
  updated_at     DATETIME(3)   NOT NULL,
  updated_by     VARCHAR(100)  NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_tenant_directory_id UNIQUE (directory_id),
  INDEX ix_tenant_display_name (display_name),
  INDEX ix_tenant_lifecycle (lifecycle, display_name),
  INDEX ix_tenant_updated_at (updated_at),
  INDEX ix_tenant_archived_name (archived_at, display_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what to which tenant, written in the same transaction as the change.
CREATE TABLE audit_event (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at    DATETIME(3)   NOT NULL,
  actor          VARCHAR(100)  NOT NULL,
  source_address VARCHAR(64)   NULL,
  action         VARCHAR(60)   NOT NULL,
  tenant_id      BIGINT        NULL,
  object_type    VARCHAR(60)   NOT NULL,
  object_id      VARCHAR(100)  NOT NULL,
  before_state   TEXT          NULL,
  after_state    TEXT          NULL,
  INDEX ix_audit_tenant (tenant_id, occurred_at),
  INDEX ix_audit_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Marks one-time work such as seeding the demo data.
CREATE TABLE platform_marker (
  name        VARCHAR(100) NOT NULL PRIMARY KEY,
  created_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
