-- Policy drift. A tenant policy keeps the values it last put into the tenant's Intune (same "key<TAB>value" form as
-- the versions' settings): the drift check compares Intune with these, and accepting a drift moves them. Policies
-- published before this migration take their published version's values.
ALTER TABLE tenant_policy ADD COLUMN published_settings TEXT NOT NULL DEFAULT '';

UPDATE tenant_policy p
  JOIN policy_version v ON v.owner = 'TENANT' AND v.owner_id = p.id AND v.number = p.published_version
   SET p.published_settings = v.settings;

-- What the tenant round found in Intune that differs from the published values: one row per tenant policy and
-- field, gone again when Intune matches. changed_at is Intune's lastModifiedDateTime of the object (UTC) when it
-- says; Intune does not say who on the object.
CREATE TABLE policy_drift (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  tenant_policy_id BIGINT        NOT NULL,
  field_key        VARCHAR(100)  NOT NULL,
  published_value  VARCHAR(500)  NOT NULL,
  intune_value     VARCHAR(500)  NOT NULL,
  detected_at      DATETIME(3)   NOT NULL,
  changed_at       DATETIME(3)   NULL,
  CONSTRAINT uq_policy_drift_field UNIQUE (tenant_policy_id, field_key),
  CONSTRAINT fk_policy_drift_policy FOREIGN KEY (tenant_policy_id) REFERENCES tenant_policy (id),
  KEY ix_policy_drift_tenant (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
