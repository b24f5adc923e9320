-- Intune-style RBAC: roles (sets of permissions), role assignments (role + members + scope).
-- Built-in roles get their rows here; their permissions are kept equal to the code (BuiltInRole) at every start.
CREATE TABLE rbac_role (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(100) NOT NULL,
  description  VARCHAR(500) NOT NULL DEFAULT '',
  built_in     VARCHAR(40)  NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_rbac_role_name UNIQUE (name),
  CONSTRAINT uq_rbac_role_built_in UNIQUE (built_in)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rbac_role_permission (
  role_id     BIGINT      NOT NULL,
  permission  VARCHAR(40) NOT NULL,
  PRIMARY KEY (role_id, permission),
  INDEX ix_rbac_role_permission (permission),
  CONSTRAINT fk_rbac_role_permission_role FOREIGN KEY (role_id) REFERENCES rbac_role (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rbac_assignment (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(100) NOT NULL,
  description  VARCHAR(500) NOT NULL DEFAULT '',
  role_id      BIGINT       NOT NULL,
  all_tenants  BOOLEAN      NOT NULL DEFAULT FALSE,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_rbac_assignment_name UNIQUE (name),
  CONSTRAINT fk_rbac_assignment_role FOREIGN KEY (role_id) REFERENCES rbac_role (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Members: staff usernames ...
CREATE TABLE rbac_assignment_staff (
  assignment_id BIGINT       NOT NULL,
  username      VARCHAR(100) NOT NULL,
  PRIMARY KEY (assignment_id, username),
  INDEX ix_rbac_assignment_staff_username (username),
  CONSTRAINT fk_rbac_assignment_staff FOREIGN KEY (assignment_id) REFERENCES rbac_assignment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ... or Entra group object ids (members come from the sign-in token).
CREATE TABLE rbac_assignment_group (
  assignment_id BIGINT      NOT NULL,
  group_id      VARCHAR(64) NOT NULL,
  PRIMARY KEY (assignment_id, group_id),
  INDEX ix_rbac_assignment_group_id (group_id),
  CONSTRAINT fk_rbac_assignment_group FOREIGN KEY (assignment_id) REFERENCES rbac_assignment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Scope: the tenants carrying any of these tags (unless all_tenants).
CREATE TABLE rbac_assignment_scope_tag (
  assignment_id BIGINT      NOT NULL,
  scope_tag     VARCHAR(40) NOT NULL,
  PRIMARY KEY (assignment_id, scope_tag),
  CONSTRAINT fk_rbac_assignment_scope_tag FOREIGN KEY (assignment_id) REFERENCES rbac_assignment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO rbac_role (name, description, built_in) VALUES
  ('MSP Administrator', 'Built-in role.', 'MSP_ADMINISTRATOR'),
  ('Onboarding Operator', 'Built-in role.', 'ONBOARDING_OPERATOR'),
  ('Policy and Profile Manager', 'Built-in role.', 'POLICY_AND_PROFILE_MANAGER'),
  ('Help Desk Operator', 'Built-in role.', 'HELP_DESK_OPERATOR'),
  ('Read Only Operator', 'Built-in role.', 'READ_ONLY_OPERATOR'),
  ('Role Administrator', 'Built-in role.', 'ROLE_ADMINISTRATOR');

-- Staff accounts carried one fixed role until now: each becomes an assignment on all tenants.
INSERT INTO rbac_assignment (name, description, role_id, all_tenants)
  SELECT CONCAT(r.name, ' (from fixed roles)'), 'Migrated from the fixed staff roles.', r.id, TRUE
  FROM rbac_role r WHERE r.built_in IN (SELECT DISTINCT staff_role FROM staff_account);
INSERT INTO rbac_assignment_staff (assignment_id, username)
  SELECT a.id, s.username FROM staff_account s
  JOIN rbac_role r ON r.built_in = s.staff_role
  JOIN rbac_assignment a ON a.role_id = r.id AND a.name = CONCAT(r.name, ' (from fixed roles)');
-- MSP administrators could do everything, including managing staff: they keep that as Role Administrators.
INSERT INTO rbac_assignment (name, description, role_id, all_tenants)
  SELECT 'Role Administrator (from fixed roles)', 'Migrated from the fixed staff roles.', r.id, TRUE
  FROM rbac_role r
  WHERE r.built_in = 'ROLE_ADMINISTRATOR' AND EXISTS (SELECT 1 FROM staff_account WHERE staff_role = 'MSP_ADMINISTRATOR');
INSERT INTO rbac_assignment_staff (assignment_id, username)
  SELECT a.id, s.username FROM staff_account s
  JOIN rbac_assignment a ON a.name = 'Role Administrator (from fixed roles)'
  WHERE s.staff_role = 'MSP_ADMINISTRATOR';

ALTER TABLE staff_account DROP COLUMN staff_role;
