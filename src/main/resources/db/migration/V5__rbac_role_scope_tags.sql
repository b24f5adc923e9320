-- Scope tags on roles, as in Intune: a custom role is seen and managed only by role administrators whose assignment
-- reaches one of its tags (or all tenants). Built-in roles carry no tags and are visible to everyone who reads roles.
-- Existing custom roles stay untagged: only role administrators on all tenants see them until someone tags them.
CREATE TABLE rbac_role_scope_tag (
  role_id    BIGINT      NOT NULL,
  scope_tag  VARCHAR(40) NOT NULL,
  PRIMARY KEY (role_id, scope_tag),
  INDEX ix_rbac_role_scope_tag (scope_tag),
  CONSTRAINT fk_rbac_role_scope_tag_role FOREIGN KEY (role_id) REFERENCES rbac_role (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
