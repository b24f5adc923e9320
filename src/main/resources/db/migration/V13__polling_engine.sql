-- Polling engine: db-scheduler's table (its MySQL schema, shared by every node), what each tenant's rounds left
-- behind (fencing state, outcome, backoff, parking), when each kind last succeeded per tenant, and the end of the
-- home-made job lease (the consent jobs run on db-scheduler now).

CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP(6) NOT NULL,
  picked               BOOLEAN      NOT NULL,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMP(6) NULL,
  last_failure         TIMESTAMP(6) NULL,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP(6) NULL,
  version              BIGINT       NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance),
  INDEX execution_time_idx (execution_time),
  INDEX last_heartbeat_idx (last_heartbeat),
  INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the last round of a tenant left: when it ran and how it ended, the failures in a row (backoff), when the next
-- round may run at the earliest (Retry-After, backoff, parking) and why a parked tenant is parked.
ALTER TABLE tenant_poll_state
  ADD COLUMN last_round_at        DATETIME(3)   NULL,
  ADD COLUMN last_outcome         VARCHAR(20)   NULL,
  ADD COLUMN last_error           VARCHAR(2000) NULL,
  ADD COLUMN last_success_at      DATETIME(3)   NULL,
  ADD COLUMN consecutive_failures INT           NOT NULL DEFAULT 0,
  ADD COLUMN next_allowed_at      DATETIME(3)   NULL,
  ADD COLUMN retry_after_ms       BIGINT        NULL,
  ADD COLUMN parked_reason        VARCHAR(2000) NULL,
  ADD COLUMN parked_at            DATETIME(3)   NULL;

-- When each kind of work (enrollment, consent, ...) last completed for a tenant; the round's isDue reads it.
CREATE TABLE poll_kind_success (
  tenant_id       BIGINT       NOT NULL,
  kind            VARCHAR(40)  NOT NULL,
  last_success_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (tenant_id, kind),
  CONSTRAINT fk_poll_kind_success_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Polled data never blocks deleting a tenant.
ALTER TABLE tenant_poll_state DROP FOREIGN KEY fk_poll_state_tenant;
ALTER TABLE tenant_poll_state
  ADD CONSTRAINT fk_poll_state_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE;
ALTER TABLE poll_round DROP FOREIGN KEY fk_poll_round_tenant;
ALTER TABLE poll_round
  ADD CONSTRAINT fk_poll_round_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE;
ALTER TABLE inventory_summary DROP FOREIGN KEY fk_inventory_summary_tenant;
ALTER TABLE inventory_summary
  ADD CONSTRAINT fk_inventory_summary_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE;

DROP TABLE job_lease;
