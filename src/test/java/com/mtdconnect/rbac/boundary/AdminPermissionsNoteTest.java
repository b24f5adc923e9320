package com.mtdconnect.rbac.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Admin permissions says when group-based assignments can show and as of which sign-in. */
class AdminPermissionsNoteTest {

  @Test
  void someoneWhoNeverSignedInHasNoGroupBasedAssignmentsYetAndThePageSaysSo() {
    String note = AdminPermissions.signInNote(new RbacMonitor.SignInFacts(null, 0));
    assertTrue(note.startsWith("Has not signed in yet"), note);
    assertTrue(note.contains("Entra groups show after their first sign-in"), note);
  }

  @Test
  void afterASignInTheNoteNamesItAndTheGroupsItCarried() {
    String note =
        AdminPermissions.signInNote(
            new RbacMonitor.SignInFacts(LocalDateTime.of(2026, 12, 4, 18, 40), 2));
    assertTrue(note.startsWith("Last signed in 2026-12-04 18:40 UTC with 2 Entra groups"), note);
    assertTrue(note.contains("after their next sign-in"), note);
  }
}
