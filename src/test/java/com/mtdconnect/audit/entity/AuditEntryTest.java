package com.mtdconnect.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which role scope tags an audit entry keeps, and so who reads it. */
class AuditEntryTest {

  @Test
  void anAssignmentEventRecordedWithoutTagsIsReadOnlyByRoleReadersOnAllTenants() {
    AuditEntry seeded =
        new AuditEntry("ROLE_ASSIGNED", null, "RoleAssignment", "7", Map.of(), Map.of());
    assertEquals(List.of(), seeded.roleScopeTags(), "untagged, not an unscoped event");
  }

  @Test
  void anAssignmentEventKeepsItsTags() {
    AuditEntry scoped =
        AuditEntry.ofRoles(
            "ROLE_ASSIGNED", "RoleAssignment", "7", Map.of(), Map.of(), List.of("EMEA"));
    assertEquals(List.of("EMEA"), scoped.roleScopeTags());
  }

  @Test
  void otherEventsStayOutsideTheRoleScope() {
    assertNull(
        new AuditEntry("TENANT_REGISTERED", 1L, "Tenant", "1", Map.of(), Map.of()).roleScopeTags());
    assertNull(
        new AuditEntry("ROLE_UPDATED", null, "Role", "1", Map.of(), Map.of()).roleScopeTags(),
        "the start-up sync of a built-in role is read by every role reader");
  }
}
