package com.mtdconnect.rbac.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.platform.control.MicrosoftEndpoints;
import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.platform.control.StaffSignInSettings;
import com.mtdconnect.rbac.entity.BuiltInRole;
import jakarta.enterprise.event.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapAdministratorTest {

  /** Role assignments that only note what the bootstrap asks for, and by whom. */
  private static final class NotedAssignments extends RoleAssignments {
    final List<String> noted = new ArrayList<>();
    boolean noneExist = true;

    @Override
    public boolean noneExist() {
      return noneExist;
    }

    @Override
    public boolean assignIfAbsent(
        Actor seeder, String name, BuiltInRole role, String username, List<String> tags) {
      noted.add(seeder.name() + ": " + role.name() + " to user " + username + " on " + tags);
      return true;
    }

    @Override
    public boolean assignToGroupIfAbsent(
        Actor seeder, String name, BuiltInRole role, String groupId, List<String> tags) {
      noted.add(seeder.name() + ": " + role.name() + " to group " + groupId + " on " + tags);
      return true;
    }
  }

  private static BootstrapAdministrator bootstrap(
      NotedAssignments assignments, String group, String user) {
    BootstrapAdministrator bootstrap = new BootstrapAdministrator();
    bootstrap.signIn =
        StaffSignInSettings.of(
            PortalSettings.of("https://mtd.example-msp.com"),
            MicrosoftEndpoints.PUBLISHED,
            Optional.of("11111111-1111-1111-1111-111111111111"),
            Optional.of("id"),
            Optional.of("s"));
    bootstrap.assignments = assignments;
    bootstrap.group = Optional.ofNullable(group);
    bootstrap.user = Optional.ofNullable(user);
    return bootstrap;
  }

  @Test
  void theFirstAdministratorsAreAssignedByTheBootstrapSystemActor() {
    NotedAssignments assignments = new NotedAssignments();
    bootstrap(assignments, "ABC-Group", " first.admin@example-msp.com ")
        .assignOnFirstStart(new Startup());
    assertEquals(
        List.of(
            "system:bootstrap-admin: MSP_ADMINISTRATOR to group abc-group on []",
            "system:bootstrap-admin: ROLE_ADMINISTRATOR to group abc-group on []",
            "system:bootstrap-admin: MSP_ADMINISTRATOR to user first.admin@example-msp.com on []",
            "system:bootstrap-admin: ROLE_ADMINISTRATOR to user first.admin@example-msp.com on []"),
        assignments.noted);
  }

  @Test
  void laterStartsAssignNothing() {
    NotedAssignments assignments = new NotedAssignments();
    assignments.noneExist = false;
    bootstrap(assignments, "abc-group", null).assignOnFirstStart(new Startup());
    assertEquals(List.of(), assignments.noted);
  }
}
