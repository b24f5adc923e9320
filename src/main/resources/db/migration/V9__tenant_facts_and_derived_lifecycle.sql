-- The tenant's lifecycle is derived from facts (tenancy.entity.TenantStatusRules), never typed: the facts the consent,
-- onboarding and provisioning components report are stored here, the derived lifecycle and whether an operator has to
-- act are stored beside them for lists to filter, sort and count in the database. The domain the operator registered a
-- tenant by is kept apart from its tenant id, which Microsoft confirmed at registration.
ALTER TABLE tenant
  ADD COLUMN domain               VARCHAR(253)  NULL AFTER directory_id,
  ADD COLUMN needs_attention      BOOLEAN       NOT NULL DEFAULT TRUE AFTER lifecycle,
  ADD COLUMN consent_fact         VARCHAR(20)   NOT NULL DEFAULT 'NONE' AFTER needs_attention,
  ADD COLUMN consent_detail       VARCHAR(1000) NULL AFTER consent_fact,
  ADD COLUMN consent_fact_at      DATETIME(3)   NULL AFTER consent_detail,
  ADD COLUMN onboarding_stage     VARCHAR(30)   NOT NULL DEFAULT 'NOT_STARTED' AFTER consent_fact_at,
  ADD COLUMN onboarding_detail    VARCHAR(1000) NULL AFTER onboarding_stage,
  ADD COLUMN onboarding_stage_at  DATETIME(3)   NULL AFTER onboarding_detail,
  ADD INDEX ix_tenant_attention (needs_attention, display_name);

-- Consent facts of the tenants registered before: from the verified consent status, else from their links.
UPDATE tenant t
  LEFT JOIN consent_status c ON c.tenant_id = t.id
SET t.consent_fact = CASE
      WHEN c.status = 'CONSENTED' THEN 'GRANTED'
      WHEN c.status = 'PARTIAL' THEN 'PARTIAL'
      WHEN c.status = 'DEGRADED' THEN 'LOST'
      WHEN c.status = 'FAILED' THEN 'FAILED'
      WHEN c.status = 'VERIFYING' THEN 'VERIFYING'
      WHEN EXISTS (SELECT 1 FROM consent_link l WHERE l.tenant_id = t.id AND l.sent_at IS NOT NULL) THEN 'LINK_SENT'
      WHEN EXISTS (SELECT 1 FROM consent_link l WHERE l.tenant_id = t.id) THEN 'LINK_CREATED'
      ELSE 'NONE' END,
    t.consent_detail = c.reason,
    t.consent_fact_at = c.updated_at;

-- The lifecycle the rules derive from those facts (no tenant has onboarding facts yet), replacing typed states.
UPDATE tenant SET
  lifecycle = CASE consent_fact
      WHEN 'NONE' THEN 'INVITED'
      WHEN 'LINK_CREATED' THEN 'INVITED'
      WHEN 'GRANTED' THEN 'CONSENTED'
      WHEN 'LOST' THEN 'DEGRADED'
      ELSE 'CONSENT_PENDING' END,
  needs_attention = archived_at IS NULL AND consent_fact NOT IN ('LINK_SENT', 'VERIFYING');
