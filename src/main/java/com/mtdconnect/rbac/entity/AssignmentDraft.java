package com.mtdconnect.rbac.entity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  /** The existing tags picked, canonical text ("EMEA, Gold"). */
  @ValidScopeTags private String scopeTags;

  /** A tag that exists nowhere yet, added on purpose (role administrators on all tenants). */
  @ValidScopeTags
  @Pattern(regexp = "[^,]*", message = "Add one new scope tag at a time (no commas).")
  private String newScopeTag;

  /** The members' names as the MSP's directory gave them (sign-in name or group id → name). */
  private Map<String, String> memberNames = new LinkedHashMap<>();

  public static AssignmentDraft of(RoleAssignment assignment) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.name = assignment.getName();
    draft.description = assignment.getDescription();
    draft.roleId = assignment.getRole().getId();
    draft.staffMembers = String.join(", ", assignment.getStaff());
    draft.groupMembers = String.join(", ", assignment.getGroups());
    draft.allTenants = assignment.isAllTenants();
    draft.scopeTags = String.join(", ", assignment.getScopeTags());
    draft.memberNames.putAll(assignment.memberNames());
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
    return split(groupMembers).stream().map(g -> g.toLowerCase(Locale.ROOT)).toList();
  }

  /** The assignment's tags: those picked and the new one, each once. */
  public List<String> scopeTagList() {
    return ScopeTags.parse(
        String.join(",", pickedScopeTags()) + "," + (newScopeTag == null ? "" : newScopeTag));
  }

  /** The existing tags picked (without the new one). */
  public List<String> pickedScopeTags() {
    return ScopeTags.parse(scopeTags);
  }

  /** Remembers the name the MSP's directory gives a member (a sign-in name or a group id). */
  public void nameMember(String member, String displayName) {
    if (member != null && displayName != null && !displayName.isBlank()) {
      memberNames.put(memberKey(member), displayName.trim());
    }
  }

  /** The name the MSP's directory gave a member, if known. */
  public Optional<String> nameOf(String member) {
    return Optional.ofNullable(memberNames.get(memberKey(member)));
  }

  /** Group ids are kept in lower case; sign-in names as typed. */
  static String memberKey(String member) {
    return member.matches("[0-9a-fA-F-]{36}") ? member.toLowerCase(Locale.ROOT) : member;
  }

  public Map<String, String> memberNames() {
    return Map.copyOf(memberNames);
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

  /** The picked tags for the editor's checkbox group. */
  public List<String> getScopeTagList() {
    return new ArrayList<>(pickedScopeTags());
  }

  public void setScopeTagList(List<String> tags) {
    this.scopeTags = tags == null ? "" : String.join(", ", tags);
  }

  public String getNewScopeTag() {
    return newScopeTag;
  }

  public void setNewScopeTag(String newScopeTag) {
    this.newScopeTag = newScopeTag;
  }
}
