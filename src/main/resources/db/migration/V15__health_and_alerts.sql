-- Health per tenant and alerts. The score and its reasons are recomputed after every polling round (and on demand)
-- from consent, the inventory summary and the recent poll rounds; every change of state is kept, and the changes that
-- alert staff leave one delivery per rule and channel in alert_delivery (an outbox: written in the transaction of the
-- change, delivered and retried by a worker, so a restart neither loses nor repeats them).
-- Managing alert rules needs the new permission ALERT_RULES_UPDATE: built-in roles take it from the code at start
-- (BuiltInRole: the MSP Administrator holds every permission but the role administration ones), as CATALOGUE_UPDATE.

-- The tenant's health as last computed. score is NULL while the tenant was never polled (state NOT_POLLED).
-- alerted_state/alerted_at: the state staff were last told about and when (the flapping guard reads them).
CREATE TABLE tenant_health (
  tenant_id       BIGINT        NOT NULL PRIMARY KEY,
  score           INT           NULL,
  state           VARCHAR(20)   NOT NULL,
  computed_at     DATETIME(3)   NOT NULL,
  alerted_state   VARCHAR(20)   NOT NULL,
  alerted_at      DATETIME(3)   NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_tenant_health_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reasons behind the score, in the order the rules give them: plain words, the points they cost, the next action.
CREATE TABLE tenant_health_reason (
  tenant_id       BIGINT        NOT NULL,
  position        INT           NOT NULL,
  code            VARCHAR(40)   NOT NULL,
  words           VARCHAR(1000) NOT NULL,
  weight          INT           NOT NULL,
  next_action     VARCHAR(30)   NOT NULL,
  PRIMARY KEY (tenant_id, position),
  CONSTRAINT fk_health_reason_health FOREIGN KEY (tenant_id) REFERENCES tenant_health (tenant_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a tenant's health state, and whether it alerted (or why not: held back by the flapping guard).
CREATE TABLE health_transition (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  from_state      VARCHAR(20)   NOT NULL,
  to_state        VARCHAR(20)   NOT NULL,
  score           INT           NULL,
  summary         VARCHAR(2000) NOT NULL,
  occurred_at     DATETIME(3)   NOT NULL,
  alert           VARCHAR(20)   NOT NULL,
  CONSTRAINT fk_health_transition_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_health_transition_tenant (tenant_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who is told about which transitions of tenants carrying a scope tag. The webhook secret is AES-GCM encrypted under
-- portal.secrets.key (SecretBox, purpose "alert_rule.webhook_secret"); it is never shown again after it was set.
CREATE TABLE alert_rule (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  scope_tag        VARCHAR(100)  NOT NULL,
  notify_degraded  BOOLEAN       NOT NULL,
  notify_failing   BOOLEAN       NOT NULL,
  notify_resolved  BOOLEAN       NOT NULL,
  email_recipients VARCHAR(1000) NOT NULL DEFAULT '',
  webhook_url      VARCHAR(1000) NOT NULL DEFAULT '',
  webhook_secret   VARCHAR(500)  NULL,
  enabled          BOOLEAN       NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  updated_by       VARCHAR(200)  NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uk_alert_rule_tag (scope_tag)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The alert outbox: one row per alert, rule and channel, written with the transition. The worker claims due rows
-- (claimed_until is its lease), sends, and records the outcome; failures are retried with exponential backoff
-- (next_attempt_at) until max attempts. A row claimed by a node that died is taken again when its lease lapses, so
-- delivery is at least once: webhooks carry the delivery id (X-MTD-Delivery) for receivers to drop a repeat.
CREATE TABLE alert_delivery (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  transition_id    BIGINT        NULL,
  tenant_id        BIGINT        NULL,
  rule_id          BIGINT        NOT NULL,
  channel          VARCHAR(10)   NOT NULL,
  target           VARCHAR(1000) NOT NULL,
  subject          VARCHAR(500)  NOT NULL,
  body             TEXT          NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)   NOT NULL,
  claimed_until    DATETIME(3)   NULL,
  last_error       VARCHAR(1000) NULL,
  created_at       DATETIME(3)   NOT NULL,
  delivered_at     DATETIME(3)   NULL,
  CONSTRAINT fk_alert_delivery_rule FOREIGN KEY (rule_id) REFERENCES alert_rule (id) ON DELETE CASCADE,
  CONSTRAINT fk_alert_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_alert_delivery_transition FOREIGN KEY (transition_id) REFERENCES health_transition (id),
  UNIQUE KEY uk_alert_delivery_once (transition_id, rule_id, channel),
  INDEX ix_alert_delivery_due (status, next_attempt_at),
  INDEX ix_alert_delivery_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
