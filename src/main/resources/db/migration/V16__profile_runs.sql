-- Onboarding profiles applied to many tenants as one background run: per tenant, fill the choices from the
-- profile, plan against the tenant's Intune and apply. The run remembers who started it (the background work acts
-- for them: their permissions are checked per tenant and the audit log names them) and its heartbeat, so a run
-- whose node stopped is seen as interrupted and can be resumed.
CREATE TABLE profile_run (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  profile_id         BIGINT        NOT NULL,
  profile_name       VARCHAR(100)  NOT NULL,
  state              VARCHAR(20)   NOT NULL,
  started_by         VARCHAR(100)  NOT NULL,
  started_by_name    VARCHAR(200)  NOT NULL,
  started_by_groups  VARCHAR(4000) NOT NULL DEFAULT '',
  client_address     VARCHAR(64)   NOT NULL DEFAULT '',
  started_at         DATETIME(3)   NOT NULL,
  heartbeat_at       DATETIME(3)   NOT NULL,
  finished_at        DATETIME(3)   NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  KEY ix_profile_run_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per tenant of a run, in the order the operator picked them: where it stands, the stage it is in, the reason
-- in plain words when it failed, how long its last attempt took and which provisioning run applied it.
CREATE TABLE profile_run_tenant (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id               BIGINT        NOT NULL,
  position             INT           NOT NULL,
  tenant_id            BIGINT        NOT NULL,
  tenant_name          VARCHAR(256)  NOT NULL,
  state                VARCHAR(20)   NOT NULL,
  stage                VARCHAR(200)  NOT NULL DEFAULT '',
  reason               VARCHAR(2000) NOT NULL DEFAULT '',
  attempts             INT           NOT NULL DEFAULT 0,
  provisioning_run_id  BIGINT        NULL,
  started_at           DATETIME(3)   NULL,
  finished_at          DATETIME(3)   NULL,
  duration_ms          BIGINT        NULL,
  CONSTRAINT uq_profile_run_tenant UNIQUE (run_id, tenant_id),
  CONSTRAINT fk_profile_run_tenant_run FOREIGN KEY (run_id) REFERENCES profile_run (id),
  CONSTRAINT fk_profile_run_tenant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The app install fact behind "Provisioned, app installing" versus "Active": how many devices last reported our
-- mobile security app installed (null: no install status read since it was provisioned) and when.
ALTER TABLE tenant
  ADD COLUMN app_installed_devices  INT          NULL AFTER onboarding_stage_at,
  ADD COLUMN app_installs_at        DATETIME(3)  NULL AFTER app_installed_devices;

-- The tenant's plan as last computed (by planning, "Recompute plan" or an apply), so the provisioning page shows it
-- with its age without asking Microsoft just by being opened.
ALTER TABLE provisioning_intent
  ADD COLUMN plan_computed_at  DATETIME(3)  NULL AFTER applied_groups;

CREATE TABLE provisioning_plan_line (
  tenant_id     BIGINT        NOT NULL,
  position      INT           NOT NULL,
  step_key      VARCHAR(200)  NOT NULL,
  step_kind     VARCHAR(30)   NOT NULL,
  object_kind   VARCHAR(30)   NULL,
  platform      VARCHAR(20)   NULL,
  object_label  VARCHAR(300)  NOT NULL,
  action        VARCHAR(20)   NOT NULL,
  details       VARCHAR(4000) NOT NULL DEFAULT '',
  object_id     VARCHAR(100)  NOT NULL DEFAULT '',
  PRIMARY KEY (tenant_id, position),
  CONSTRAINT fk_plan_line_intent FOREIGN KEY (tenant_id) REFERENCES provisioning_intent (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
