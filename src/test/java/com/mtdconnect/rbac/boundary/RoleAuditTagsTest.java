package com.mtdconnect.rbac.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which scope tags the audit event of a role or assignment change keeps. */
class RoleAuditTagsTest {

  @Test
  void aChangeKeepsTheTagsCarriedBeforeAndAfterIgnoringCase() {
    assertEquals(
        List.of("EMEA"),
        RoleAdministration.tagsOnBothSides(List.of("EMEA", "APAC"), List.of("emea", "AMER")));
  }

  @Test
  void aMoveFromOneTagToAnotherKeepsNoneSoOnlyAllTenantReadersSeeIt() {
    assertEquals(List.of(), RoleAdministration.tagsOnBothSides(List.of("APAC"), List.of("EMEA")));
  }

  @Test
  void aChangeToOrFromAllTenantsKeepsNone() {
    assertEquals(List.of(), RoleAdministration.tagsOnBothSides(List.of(), List.of("EMEA")));
    assertEquals(List.of(), RoleAdministration.tagsOnBothSides(List.of("EMEA"), List.of()));
  }
}
