-- Admin consent lifecycle: links sent to customers, single-use consent requests (the OAuth "state"), the consent
-- status of each tenant as last verified, drift incidents, and the mail outbox.

-- The key consent links are signed with, generated once per installation unless portal.consent.signing-key is set.
CREATE TABLE consent_signing_key (
  id          TINYINT      NOT NULL PRIMARY KEY,
  secret      VARCHAR(100) NOT NULL,
  created_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consent_link (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT        NOT NULL,
  purpose        VARCHAR(20)   NOT NULL,
  requested      VARCHAR(1000) NOT NULL DEFAULT '',
  status         VARCHAR(20)   NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  created_by     VARCHAR(100)  NOT NULL,
  expires_at     DATETIME(3)   NOT NULL,
  sent_to        VARCHAR(320)  NULL,
  sent_at        DATETIME(3)   NULL,
  sent_by        VARCHAR(100)  NULL,
  opened_at      DATETIME(3)   NULL,
  concluded_at   DATETIME(3)   NULL,
  outcome_detail VARCHAR(1000) NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  INDEX ix_consent_link_tenant (tenant_id, created_at),
  CONSTRAINT fk_consent_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One trip to Microsoft's admin-consent endpoint. Only the SHA-256 of the state value is stored; used_at makes it
-- single-use (claimed with a conditional UPDATE, so two nodes cannot both accept it).
CREATE TABLE consent_request (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state_hash      CHAR(64)     NOT NULL,
  binding_hash    CHAR(64)     NOT NULL,
  outcome_key     CHAR(43)     NOT NULL,
  link_id         BIGINT       NOT NULL,
  tenant_id       BIGINT       NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  expires_at      DATETIME(3)  NOT NULL,
  used_at         DATETIME(3)  NULL,
  result          VARCHAR(20)  NULL,
  aadsts_code     INT          NULL,
  result_detail   VARCHAR(1000) NULL,
  reported_tenant VARCHAR(100) NULL,
  CONSTRAINT uq_consent_request_state UNIQUE (state_hash),
  CONSTRAINT uq_consent_request_outcome UNIQUE (outcome_key),
  CONSTRAINT fk_consent_request_link FOREIGN KEY (link_id) REFERENCES consent_link (id),
  CONSTRAINT fk_consent_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What we know about the tenant's consent, as last verified against Microsoft Graph.
CREATE TABLE consent_status (
  tenant_id         BIGINT        NOT NULL PRIMARY KEY,
  status            VARCHAR(20)   NOT NULL,
  granted           VARCHAR(2000) NOT NULL DEFAULT '',
  missing           VARCHAR(1000) NOT NULL DEFAULT '',
  extra             VARCHAR(2000) NOT NULL DEFAULT '',
  reason            VARCHAR(1000) NULL,
  advice            VARCHAR(1000) NULL,
  verify_until      DATETIME(3)   NULL,
  next_attempt_at   DATETIME(3)   NULL,
  attempts          INT           NOT NULL DEFAULT 0,
  last_verified_at  DATETIME(3)   NULL,
  last_check_error  VARCHAR(1000) NULL,
  consented_at      DATETIME(3)   NULL,
  updated_at        DATETIME(3)   NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  INDEX ix_consent_status_due (status, next_attempt_at),
  CONSTRAINT fk_consent_status_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consent that was lost or narrowed after it had been verified, until the customer consents again.
CREATE TABLE consent_incident (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    BIGINT        NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  detail       VARCHAR(1000) NOT NULL,
  detected_at  DATETIME(3)   NOT NULL,
  lifecycle_before VARCHAR(20) NULL,
  resolved_at  DATETIME(3)   NULL,
  INDEX ix_consent_incident_tenant (tenant_id, detected_at),
  CONSTRAINT fk_consent_incident_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Leases of recurring jobs, so that one node runs each round when several share the database.
CREATE TABLE job_lease (
  name         VARCHAR(60)  NOT NULL PRIMARY KEY,
  holder       VARCHAR(100) NOT NULL,
  lease_until  DATETIME(3)  NOT NULL,
  last_run_at  DATETIME(3)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Mails the portal sends (consent links). In demo mode they stay here and the outbox page shows them; in production
-- they are delivered by SMTP and the outcome is kept.
CREATE TABLE outbox_mail (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NULL,
  recipient       VARCHAR(320)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            TEXT          NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  delivery        VARCHAR(20)   NOT NULL,
  delivered_at    DATETIME(3)   NULL,
  delivery_error  VARCHAR(1000) NULL,
  INDEX ix_outbox_mail_created (created_at),
  INDEX ix_outbox_mail_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
