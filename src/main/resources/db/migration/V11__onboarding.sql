-- Onboarding: each tenant's wizard choices (saved step by step), the Entra groups it targets, and the MSP's named
-- onboarding profiles.

-- One row per tenant whose onboarding was started. Each saved step keeps its state and, when it needs attention,
-- the reason; the counts are what Microsoft Graph answered when they were last read (null: never read).
CREATE TABLE onboarding (
  tenant_id            BIGINT        NOT NULL PRIMARY KEY,
  platforms            VARCHAR(40)   NOT NULL DEFAULT '',
  threat_level         VARCHAR(20)   NOT NULL,
  sync_frequency       VARCHAR(20)   NOT NULL,
  platforms_state      VARCHAR(20)   NOT NULL,
  platforms_reason     VARCHAR(1000) NULL,
  frequency_state      VARCHAR(20)   NOT NULL,
  frequency_reason     VARCHAR(1000) NULL,
  groups_state         VARCHAR(20)   NOT NULL,
  groups_reason        VARCHAR(1000) NULL,
  tenant_groups        INT           NULL,
  tenant_devices       INT           NULL,
  size_read_at         DATETIME(3)   NULL,
  scope_users          INT           NULL,
  scope_devices        INT           NULL,
  scope_counted_at     DATETIME(3)   NULL,
  scope_problem        VARCHAR(1000) NULL,
  profile_name         VARCHAR(100)  NULL,
  started_at           DATETIME(3)   NOT NULL,
  started_by           VARCHAR(100)  NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  updated_by           VARCHAR(100)  NOT NULL,
  cancelled_at         DATETIME(3)   NULL,
  cancelled_by         VARCHAR(100)  NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_onboarding_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Entra groups a tenant's onboarding includes or excludes, with what was known about them when chosen.
CREATE TABLE onboarding_group (
  tenant_id     BIGINT        NOT NULL,
  group_id      VARCHAR(64)   NOT NULL,
  role          VARCHAR(10)   NOT NULL,
  display_name  VARCHAR(256)  NOT NULL,
  group_kind    VARCHAR(60)   NOT NULL,
  user_count    INT           NULL,
  device_count  INT           NULL,
  PRIMARY KEY (tenant_id, group_id),
  CONSTRAINT fk_onboarding_group_onboarding FOREIGN KEY (tenant_id) REFERENCES onboarding (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Named defaults an operator applies to one tenant or many: platforms, frequency, threat level and group naming
-- rules (display-name prefixes, one per line).
CREATE TABLE onboarding_profile (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(100)  NOT NULL,
  platforms         VARCHAR(40)   NOT NULL,
  sync_frequency    VARCHAR(20)   NOT NULL,
  threat_level      VARCHAR(20)   NOT NULL,
  include_prefixes  VARCHAR(1000) NOT NULL,
  exclude_prefixes  VARCHAR(1000) NOT NULL DEFAULT '',
  created_at        DATETIME(3)   NOT NULL,
  created_by        VARCHAR(100)  NOT NULL,
  updated_at        DATETIME(3)   NOT NULL,
  updated_by        VARCHAR(100)  NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_onboarding_profile_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
