package com.mtdconnect.rbac.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An assignment keeps the directory's names of its members, and only of its members. */
class RoleAssignmentMemberNamesTest {

  private static final String GROUP = "5D0B1A4E-7F2C-4A8E-9B61-2C3D4E5F6A03";

  private static AssignmentDraft draft(String staff, String groups) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName("EMEA desk");
    draft.setStaffMembers(staff);
    draft.setGroupMembers(groups);
    draft.setScopeTags("EMEA");
    return draft;
  }

  @Test
  void namesTheMembersThePickerNamedAndShowsTheKeyOfOthers() {
    AssignmentDraft draft = draft("operator, legacy-user", GROUP);
    draft.nameMember("operator", "Olivia Operator");
    draft.nameMember(GROUP, "MSP Help Desk EMEA");
    draft.nameMember("someone-else", "Not a member");
    RoleAssignment assignment =
        new RoleAssignment(new Role("Desk", "", Set.of(Permission.TENANTS_READ), List.of()), draft);

    assertEquals(
        List.of(
            new AssignmentMember(false, "legacy-user", null),
            new AssignmentMember(false, "operator", "Olivia Operator"),
            new AssignmentMember(true, GROUP.toLowerCase(), "MSP Help Desk EMEA")),
        assignment.getMemberList());
    assertEquals("legacy-user", assignment.getMemberList().get(0).getLabel());
    assertFalse(assignment.memberNames().containsKey("someone-else"), "only members are named");
  }

  @Test
  void aChangeKeepsTheNamesOfMembersThatStayAndDropsThoseOfMembersThatLeave() {
    AssignmentDraft first = draft("operator, support", GROUP);
    first.nameMember("operator", "Olivia Operator");
    first.nameMember("support", "Sam Support");
    first.nameMember(GROUP, "MSP Help Desk EMEA");
    RoleAssignment assignment =
        new RoleAssignment(new Role("Desk", "", Set.of(Permission.TENANTS_READ), List.of()), first);

    AssignmentDraft second = AssignmentDraft.of(assignment);
    second.setStaffMembers("operator");
    second.setGroupMembers("");
    assignment.change(assignment.getRole(), second);

    assertEquals(Map.of("operator", "Olivia Operator"), assignment.memberNames());
  }
}
