-- Publishing a policy template's tenant policies to many tenants as one background run: first every tenant is
-- planned against its Intune, then, once the operator approves, applied; "Retry failed tenants" applies the failed
-- ones again. The run remembers who started (or approved, or retried) it: the background work acts for them (their
-- permission is checked per tenant, the audit log names them). Its heartbeat tells an interrupted run (the node
-- stopped) from a working one.
CREATE TABLE policy_publish_run (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  template_id        BIGINT        NOT NULL,
  template_name      VARCHAR(100)  NOT NULL,
  phase              VARCHAR(20)   NOT NULL,
  started_by         VARCHAR(100)  NOT NULL,
  started_by_name    VARCHAR(200)  NOT NULL,
  started_by_groups  VARCHAR(4000) NOT NULL DEFAULT '',
  client_address     VARCHAR(64)   NOT NULL DEFAULT '',
  started_at         DATETIME(3)   NOT NULL,
  heartbeat_at       DATETIME(3)   NOT NULL,
  finished_at        DATETIME(3)   NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_policy_publish_run_template FOREIGN KEY (template_id) REFERENCES policy_template (id)
    ON DELETE CASCADE,
  KEY ix_policy_publish_run_template (template_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per tenant of a run, in the order the operator picked them: where it stands (waiting, planning, planned,
-- unchanged, blocked, queued, applying, applied, failed), the plan in one word, the detail or the reason in plain
-- words, how many attempts and how long the last one took.
CREATE TABLE policy_publish_run_tenant (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id       BIGINT        NOT NULL,
  position     INT           NOT NULL,
  tenant_id    BIGINT        NOT NULL,
  tenant_name  VARCHAR(256)  NOT NULL,
  state        VARCHAR(20)   NOT NULL,
  plan_action  VARCHAR(40)   NOT NULL DEFAULT '',
  detail       VARCHAR(2000) NOT NULL DEFAULT '',
  attempts     INT           NOT NULL DEFAULT 0,
  started_at   DATETIME(3)   NULL,
  finished_at  DATETIME(3)   NULL,
  duration_ms  BIGINT        NULL,
  CONSTRAINT uq_policy_publish_run_tenant UNIQUE (run_id, tenant_id),
  CONSTRAINT fk_policy_publish_run_tenant_run FOREIGN KEY (run_id) REFERENCES policy_publish_run (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_policy_publish_run_tenant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
