-- Inventory kept current by the polling rounds (enrollment, app status, connector heartbeat): what each tenant's
-- targeted groups hold, which users and Intune devices are in scope, each device's install state, and our MTD
-- connector. Every write goes through the round's fence (PollFence) in the same transaction as the data it covers.

-- One row per polled tenant: the group delta link and the targeting it was taken for (a change of targeting or an
-- expired link means a full resync, counted and explained here), and when each kind last stored its data.
CREATE TABLE inventory_sync (
  tenant_id              BIGINT        NOT NULL PRIMARY KEY,
  delta_link             TEXT          NULL,
  targeting              VARCHAR(4000) NOT NULL DEFAULT '',
  full_syncs             INT           NOT NULL DEFAULT 0,
  last_full_sync_at      DATETIME(3)   NULL,
  last_full_sync_reason  VARCHAR(500)  NOT NULL DEFAULT '',
  targeted_users         INT           NOT NULL DEFAULT 0,
  app_protection_only    INT           NOT NULL DEFAULT 0,
  enrollment_at          DATETIME(3)   NULL,
  app_status_at          DATETIME(3)   NULL,
  connector_at           DATETIME(3)   NULL,
  CONSTRAINT fk_inventory_sync_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Direct user members of the targeted groups (of all groups when the tenant chose none), from groups/delta.
CREATE TABLE inventory_member (
  tenant_id  BIGINT       NOT NULL,
  group_id   VARCHAR(64)  NOT NULL,
  user_id    VARCHAR(64)  NOT NULL,
  PRIMARY KEY (tenant_id, group_id, user_id),
  CONSTRAINT fk_inventory_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Users in scope (members of an included group and of no excluded group) and how many iOS/Android devices Intune
-- manages for them; none means app protection only (MAM without enrollment).
CREATE TABLE inventory_user (
  tenant_id            BIGINT        NOT NULL,
  user_id              VARCHAR(64)   NOT NULL,
  user_principal_name  VARCHAR(320)  NOT NULL DEFAULT '',
  managed_devices      INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, user_id),
  CONSTRAINT fk_inventory_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Intune-managed iOS/Android devices that are or were in scope: which should have the app (in_scope), which left
-- and when, the app's install state on it and what the MTD partner reports for it.
CREATE TABLE inventory_device (
  tenant_id            BIGINT        NOT NULL,
  managed_device_id    VARCHAR(64)   NOT NULL,
  user_id              VARCHAR(64)   NOT NULL DEFAULT '',
  user_principal_name  VARCHAR(320)  NOT NULL DEFAULT '',
  device_name          VARCHAR(256)  NOT NULL DEFAULT '',
  platform             VARCHAR(10)   NOT NULL,
  in_scope             BOOLEAN       NOT NULL,
  left_scope_at        DATETIME(3)   NULL,
  install_state        VARCHAR(20)   NOT NULL DEFAULT 'UNKNOWN',
  threat_state         VARCHAR(30)   NOT NULL DEFAULT 'unknown',
  updated_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (tenant_id, managed_device_id),
  INDEX ix_inventory_device_scope (tenant_id, in_scope, platform, install_state),
  CONSTRAINT fk_inventory_device_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Our MTD connector as the last heartbeat round read it, judged against its unresponsiveness threshold.
CREATE TABLE inventory_connector (
  tenant_id        BIGINT        NOT NULL PRIMARY KEY,
  present          BOOLEAN       NOT NULL,
  partner_state    VARCHAR(30)   NOT NULL DEFAULT '',
  last_heartbeat   DATETIME(3)   NULL,
  threshold_days   INT           NOT NULL DEFAULT 0,
  ios_enabled      BOOLEAN       NOT NULL DEFAULT FALSE,
  android_enabled  BOOLEAN       NOT NULL DEFAULT FALSE,
  responsive       BOOLEAN       NOT NULL DEFAULT FALSE,
  reason           VARCHAR(500)  NOT NULL DEFAULT '',
  read_at          DATETIME(3)   NOT NULL,
  CONSTRAINT fk_inventory_connector_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
