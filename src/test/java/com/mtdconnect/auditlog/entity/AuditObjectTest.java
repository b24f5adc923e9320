package com.mtdconnect.auditlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditObjectTest {

  @Test
  void aNamedObjectReadsAsItsKindAndName() {
    AuditObject assignment = AuditObject.of("RoleAssignment", "4", "EMEA onboarding");
    assertEquals("Role assignment", assignment.getKind());
    assertEquals("EMEA onboarding", assignment.getNameOrId());
    assertEquals("Role assignment: EMEA onboarding", assignment.getLabel());
    assertEquals("RoleAssignment 4", assignment.getCode());
    assertTrue(assignment.isNamed());
  }

  @Test
  void anObjectWithoutANameFallsBackToItsKindInWordsAndId() {
    AuditObject link = AuditObject.of("ConsentLink", "12", null);
    assertEquals("Consent link", link.getKind());
    assertEquals("Consent link #12", link.getLabel());
    assertFalse(link.isNamed());
    assertEquals("Policy template #3", AuditObject.of("PolicyTemplate", "3", " ").getLabel());
  }

  @Test
  void objectsOfATenantSayWhoseTheyAre() {
    assertEquals(
        "Consent of: Contoso Pharmaceuticals",
        AuditObject.of("Consent", "7", "Contoso Pharmaceuticals").getLabel());
    assertEquals("Health of #7", AuditObject.of("TenantHealth", "7", null).getLabel());
  }

  @Test
  void singletonsAndMissingTypesStayReadable() {
    assertEquals("Audit log export", AuditObject.of("AuditEvent", "csv", null).getLabel());
    assertEquals("App catalogue", AuditObject.of("AppCatalogue", "1", null).getLabel());
    assertEquals("Object", AuditObject.of(null, null, null).getLabel());
    assertEquals(
        "Staff member: Olivia Operator (operator)",
        AuditObject.of("StaffSession", "operator", "Olivia Operator (operator)").getLabel());
  }
}
