package com.mtdconnect.rbac.entity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** What the assignment editor submits: name, role, members and scope. */
public class AssignmentDraft implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String NAMES = "[\\p{L}\\p{N}@._-]+";

  @NotBlank(message = "Name the assignment, for example \"EMEA onboarding\".")
  @Size(max = 100, message = "Keep the name under 100 characters.")
  private String name;

  @Size(max = 500, message = "Keep the description under 500 characters.")
  private String description;

  @NotNull(message = "Choose the role to assign.")
  private Long roleId;

  @Pattern(
      regexp = "[\\s,]*(" + NAMES + "[\\s,]*)*",
      message = "List staff usernames separated by commas (letters, digits, @ . _ -).")
  private String staffMembers;

  @Pattern(
      regexp = "[\\s,]*([0-9a-fA-F-]{36}[\\s,]*)*",
      message = "List Entra group object ids (GUIDs) separated by commas.")
  private String groupMembers;

  private boolean allTenants;

  @ValidScopeTags private String scopeTags;

  public static AssignmentDraft of(RoleAssignment assignment) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.name = assignment.getName();
    draft.description = assignment.getDescription();
    draft.roleId = assignment.getRole().getId();
    draft.staffMembers = String.join(", ", assignment.getStaff());
    draft.groupMembers = String.join(", ", assignment.getGroups());
    draft.allTenants = assignment.isAllTenants();
    draft.scopeTags = String.join(", ", assignment.getScopeTags());
    return draft;
  }

  @AssertTrue(message = "Add at least one member: a staff username or an Entra group id.")
  public boolean isWithMembers() {
    return !staffMembers().isEmpty() || !groupMembers().isEmpty();
  }

  @AssertTrue(message = "Choose the scope: some scope tags, or all tenants.")
  public boolean isWithScope() {
    return allTenants || !scopeTagList().isEmpty();
  }

  public List<String> staffMembers() {
    return split(staffMembers);
  }

  public List<String> groupMembers() {
    return split(groupMembers).stream().map(String::toLowerCase).toList();
  }

  public List<String> scopeTagList() {
    return ScopeTags.parse(scopeTags);
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank()).distinct().toList();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getRoleId() {
    return roleId;
  }

  public void setRoleId(Long roleId) {
    this.roleId = roleId;
  }

  public String getStaffMembers() {
    return staffMembers;
  }

  public void setStaffMembers(String staffMembers) {
    this.staffMembers = staffMembers;
  }

  public String getGroupMembers() {
    return groupMembers;
  }

  public void setGroupMembers(String groupMembers) {
    this.groupMembers = groupMembers;
  }

  public boolean isAllTenants() {
    return allTenants;
  }

  public void setAllTenants(boolean allTenants) {
    this.allTenants = allTenants;
  }

  public String getScopeTags() {
    return scopeTags;
  }

  public void setScopeTags(String scopeTags) {
    this.scopeTags = scopeTags;
  }
}
