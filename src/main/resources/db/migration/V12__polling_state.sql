-- Polling: the fencing state of each tenant's rounds, the record of every round, and the per-platform install funnel
-- the rounds keep current (health and dashboards read these; pages never call Graph while rendering).

-- One row per polled tenant. Every round bumps generation when it starts; every write of polled data runs
-- "UPDATE ... SET fenced_writes = fenced_writes + 1 WHERE tenant_id = ? AND generation = ?" in its own transaction
-- (PollFence) and rolls back when no row matched: a newer round owns the tenant.
CREATE TABLE tenant_poll_state (
  tenant_id       BIGINT       NOT NULL PRIMARY KEY,
  generation      BIGINT       NOT NULL DEFAULT 0,
  fenced_writes   BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_poll_state_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every tenant round: who ran it where, what it cost in requests to Microsoft and how it ended, in plain words.
CREATE TABLE poll_round (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  generation      BIGINT        NOT NULL,
  node            VARCHAR(200)  NOT NULL,
  started_at      DATETIME(3)   NOT NULL,
  duration_ms     BIGINT        NOT NULL,
  requests        INT           NOT NULL,
  throttled       INT           NOT NULL,
  changes         INT           NOT NULL,
  outcome         VARCHAR(20)   NOT NULL,
  error           VARCHAR(2000) NOT NULL DEFAULT '',
  kinds           VARCHAR(2000) NOT NULL DEFAULT '',
  CONSTRAINT fk_poll_round_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_poll_round_tenant_started (tenant_id, started_at),
  INDEX ix_poll_round_started (started_at),
  INDEX ix_poll_round_outcome_started (outcome, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per tenant and platform (IOS, ANDROID), the install funnel as the last enrollment and app status rounds stored it:
-- targeted users -> devices in scope -> app installed -> reporting to the MTD connector, and the connector's state.
CREATE TABLE inventory_summary (
  tenant_id            BIGINT        NOT NULL,
  platform             VARCHAR(10)   NOT NULL,
  targeted_users       INT           NOT NULL DEFAULT 0,
  devices_in_scope     INT           NOT NULL DEFAULT 0,
  app_installed        INT           NOT NULL DEFAULT 0,
  app_pending          INT           NOT NULL DEFAULT 0,
  app_failed           INT           NOT NULL DEFAULT 0,
  connector_reporting  INT           NOT NULL DEFAULT 0,
  connector_state      VARCHAR(30)   NULL,
  connector_heartbeat  DATETIME(3)   NULL,
  updated_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (tenant_id, platform),
  CONSTRAINT fk_inventory_summary_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
