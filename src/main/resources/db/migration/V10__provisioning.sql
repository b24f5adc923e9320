-- Provisioning into Intune: the MSP's app catalogue (one row, configured once), each tenant's provisioning intent
-- (its desired state), and the apply runs with their steps (history kept; a stopped run resumes at its first
-- unfinished step).

CREATE TABLE app_catalogue (
  id                    TINYINT       NOT NULL PRIMARY KEY,
  ios_display_name      VARCHAR(200)  NOT NULL,
  ios_publisher         VARCHAR(200)  NOT NULL,
  ios_app_identifier    VARCHAR(200)  NOT NULL,
  ios_store_url         VARCHAR(500)  NOT NULL,
  ios_settings          VARCHAR(4000) NOT NULL DEFAULT '',
  android_display_name  VARCHAR(200)  NOT NULL,
  android_publisher     VARCHAR(200)  NOT NULL,
  android_app_identifier VARCHAR(200) NOT NULL,
  android_store_url     VARCHAR(500)  NOT NULL,
  android_settings      VARCHAR(4000) NOT NULL DEFAULT '',
  default_threat_level  VARCHAR(20)   NOT NULL,
  unresponsive_days     INT           NOT NULL,
  updated_by            VARCHAR(100)  NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the operator chose for a tenant; applied_groups are the group ids the last completed apply targeted (so a
-- group dropped from the intent is unassigned from our objects, while other people's assignments stay).
CREATE TABLE provisioning_intent (
  tenant_id      BIGINT        NOT NULL PRIMARY KEY,
  platforms      VARCHAR(50)   NOT NULL,
  included       TEXT          NOT NULL,
  excluded       TEXT          NOT NULL,
  threat_level   VARCHAR(20)   NOT NULL,
  applied_groups TEXT          NOT NULL,
  updated_by     VARCHAR(100)  NOT NULL,
  updated_at     DATETIME(3)   NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_provisioning_intent_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE provisioning_run (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    BIGINT        NOT NULL,
  purpose      VARCHAR(20)   NOT NULL,
  state        VARCHAR(20)   NOT NULL,
  started_by   VARCHAR(100)  NOT NULL,
  started_at   DATETIME(3)   NOT NULL,
  heartbeat_at DATETIME(3)   NOT NULL,
  finished_at  DATETIME(3)   NULL,
  reason       VARCHAR(2000) NOT NULL DEFAULT '',
  version      BIGINT        NOT NULL DEFAULT 0,
  INDEX ix_provisioning_run_tenant (tenant_id, started_at),
  CONSTRAINT fk_provisioning_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE provisioning_step (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id       BIGINT        NOT NULL,
  position     INT           NOT NULL,
  step_key     VARCHAR(200)  NOT NULL,
  step_kind    VARCHAR(30)   NOT NULL,
  object_kind  VARCHAR(30)   NULL,
  platform     VARCHAR(20)   NULL,
  object_label VARCHAR(300)  NOT NULL,
  action       VARCHAR(20)   NOT NULL,
  details      VARCHAR(4000) NOT NULL DEFAULT '',
  state        VARCHAR(20)   NOT NULL,
  object_id    VARCHAR(100)  NOT NULL DEFAULT '',
  note         VARCHAR(2000) NOT NULL DEFAULT '',
  finished_at  DATETIME(3)   NULL,
  CONSTRAINT uq_provisioning_step UNIQUE (run_id, position),
  CONSTRAINT fk_provisioning_step_run FOREIGN KEY (run_id) REFERENCES provisioning_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
