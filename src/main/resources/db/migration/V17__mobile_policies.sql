-- Mobile security policies. A template is the MSP's policy for one platform; its settings are one text of
-- "key<TAB>value" lines (the Intune-enforced fields and the app configuration keys the MSP defines). A tenant
-- policy inherits a template and stores only its explicit overrides, in the same form; one per tenant and platform,
-- with how its last publish to the tenant's Intune went (the version Intune holds, the compliance policy's id).
CREATE TABLE policy_template (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(100)  NOT NULL,
  platform         VARCHAR(20)   NOT NULL,
  settings         TEXT          NOT NULL,
  current_version  INT           NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  updated_by       VARCHAR(100)  NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_policy_template_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tenant_policy (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  template_id      BIGINT        NOT NULL,
  platform         VARCHAR(20)   NOT NULL,
  overrides        TEXT          NOT NULL,
  current_version  INT           NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  updated_by       VARCHAR(100)  NOT NULL,
  publish_state    VARCHAR(20)   NOT NULL DEFAULT 'NEVER',
  published_version INT          NULL,
  published_at     DATETIME(3)   NULL,
  published_by     VARCHAR(100)  NULL,
  publish_reason   VARCHAR(2000) NOT NULL DEFAULT '',
  intune_object_id VARCHAR(64)   NOT NULL DEFAULT '',
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_tenant_policy_platform UNIQUE (tenant_id, platform),
  CONSTRAINT fk_tenant_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_tenant_policy_template FOREIGN KEY (template_id) REFERENCES policy_template (id),
  KEY ix_tenant_policy_template (template_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every save of a template or tenant policy: the full values it then had (a tenant policy's effective values,
-- template included), a tenant policy's overrides, the author, the comment and when (UTC).
CREATE TABLE policy_version (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner            VARCHAR(20)   NOT NULL,
  owner_id         BIGINT        NOT NULL,
  number           INT           NOT NULL,
  settings         TEXT          NOT NULL,
  overrides        TEXT          NOT NULL,
  author           VARCHAR(100)  NOT NULL,
  change_comment   VARCHAR(500)  NOT NULL,
  saved_at         DATETIME(3)   NOT NULL,
  CONSTRAINT uq_policy_version UNIQUE (owner, owner_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
