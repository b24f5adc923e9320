-- The names of an assignment's members as the MSP's Entra directory gave them when the assignment was saved: a staff
-- member's display name (keyed by their sign-in name) or an Entra group's display name (keyed by its object id).
-- Pages show these names without asking Microsoft while they render; a member without a row shows its key.
CREATE TABLE rbac_assignment_member_name (
  assignment_id BIGINT       NOT NULL,
  member        VARCHAR(100) NOT NULL,
  display_name  VARCHAR(256) NOT NULL,
  PRIMARY KEY (assignment_id, member),
  CONSTRAINT fk_rbac_assignment_member_name FOREIGN KEY (assignment_id) REFERENCES rbac_assignment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
