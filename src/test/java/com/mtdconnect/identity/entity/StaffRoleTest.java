package com.mtdconnect.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffRoleTest {

  @Test
  void theAdministratorMayDoEverything() {
    Arrays.stream(Permission.values())
        .forEach(p -> assertTrue(StaffRole.MSP_ADMINISTRATOR.grants(p), p.name()));
  }

  @Test
  void operatorsRegisterAndEditButDoNotArchive() {
    assertTrue(StaffRole.ONBOARDING_OPERATOR.grants(Permission.TENANTS_CREATE));
    assertTrue(StaffRole.ONBOARDING_OPERATOR.grants(Permission.TENANTS_UPDATE));
    assertFalse(StaffRole.ONBOARDING_OPERATOR.grants(Permission.TENANTS_DELETE));
  }

  @Test
  void readOnlyOperatorsOnlyRead() {
    assertTrue(StaffRole.READ_ONLY_OPERATOR.grants(Permission.TENANTS_READ));
    assertFalse(StaffRole.READ_ONLY_OPERATOR.grants(Permission.TENANTS_CREATE));
    assertFalse(StaffRole.READ_ONLY_OPERATOR.grants(Permission.TENANTS_UPDATE));
    assertFalse(StaffRole.READ_ONLY_OPERATOR.grants(Permission.TENANTS_DELETE));
  }

  @Test
  void aSignedInStaffMemberCarriesTheStaffGroupAndTheirRoleGroup() {
    SignedInStaff staff =
        new SignedInStaff("sam", "Sam", StaffRole.READ_ONLY_OPERATOR, Instant.now());
    assertEquals(Set.of("staff", "read-only-operator"), staff.groups());
  }
}
