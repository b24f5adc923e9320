package com.mtdconnect.rbac.boundary;

import com.mtdconnect.identity.entity.DirectoryMember;
import com.mtdconnect.identity.entity.DirectoryUnavailable;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.AssignmentMember;
import com.mtdconnect.rbac.entity.DirectoryCheck;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleNotFound;
import com.mtdconnect.rbac.entity.UnknownScopeTag;
import jakarta.faces.component.UIInput;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Gives a role to members for a scope, or changes such an assignment. Members are picked by name
 * from the MSP's own directory; a member the directory does not know is shown as such and warned
 * about, never saved silently. Scope tags are picked from those that exist; role administrators on
 * all tenants may add a new one.
 */
@Named
@ViewScoped
public class AssignmentEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TAGS_FIELD = "editor:scopeTags";
  private static final String NEW_TAG_FIELD = "editor:newScopeTag";

  @Inject RoleAdministration administration;
  @Inject MemberDirectory directory;

  private Long assignmentId;
  private long loadedVersion;
  private AssignmentDraft draft = new AssignmentDraft();
  private List<Role> roles;
  private final Map<String, DirectoryCheck> checks = new HashMap<>();
  private final MemberPicker picker = new MemberPicker();
  private List<String> scopeTagChoices = List.of();
  private boolean mayAddScopeTags;

  /**
   * Runs when the page is opened: loads the roles they may assign and the assignment named in the
   * URL, if any, and asks the directory about its members; refused (403) to staff who may not
   * assign roles.
   */
  public void load() throws IOException {
    roles = administration.assignableRoles();
    mayAddScopeTags = administration.mayAddScopeTags();
    if (assignmentId != null) {
      try {
        RoleAssignment assignment = administration.assignment(assignmentId);
        loadedVersion = assignment.getVersion();
        draft = AssignmentDraft.of(assignment);
        checkUncheckedMembers();
      } catch (RoleNotFound e) {
        Faces.responseSendError(404, e.getMessage());
        return;
      }
    }
    scopeTagChoices =
        choosable(administration.assignmentScopeTagChoices(), draft.pickedScopeTags());
    spellPickedTagsAsOffered();
  }

  /** The offered tags and more, each once ignoring case (in the offered spelling), sorted. */
  private static List<String> choosable(List<String> offered, List<String> more) {
    Map<String, String> all = new TreeMap<>();
    offered.forEach(t -> all.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    more.forEach(t -> all.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    return List.copyOf(all.values());
  }

  /** The assignment's tags spelled as their checkboxes are, so that they show as picked. */
  private void spellPickedTagsAsOffered() {
    Map<String, String> spelling = new HashMap<>();
    scopeTagChoices.forEach(t -> spelling.put(t.toLowerCase(Locale.ROOT), t));
    draft.setScopeTagList(
        draft.pickedScopeTags().stream()
            .map(t -> spelling.getOrDefault(t.toLowerCase(Locale.ROOT), t))
            .toList());
  }

  /** Looks the typed words up in the directory. */
  public void search() {
    try {
      picker.found(directory.search(picker.getText()));
    } catch (DirectoryUnavailable e) {
      picker.failed(
          e.getMessage()
              + " The members listed below can still be saved; try the search again later.");
    }
  }

  /** Adds a staff member or group found in the directory. */
  public void add(DirectoryMember member) {
    if (member.isGroup()) {
      draft.setGroupMembers(join(draft.groupMembers(), member.key()));
    } else {
      draft.setStaffMembers(join(draft.staffMembers(), member.key()));
    }
    draft.nameMember(member.key(), member.displayName());
    checks.put(member.key(), DirectoryCheck.found(member.key(), member.displayName()));
  }

  /** Adds the typed words as a sign-in name, checked with the directory (when it answers). */
  public void addTyped() {
    String username = picker.typedUsername().orElse(null);
    if (username == null) {
      return;
    }
    draft.setStaffMembers(join(draft.staffMembers(), username));
    checkUncheckedMembers();
    DirectoryCheck check = checks.get(username);
    if (check != null && check.standing() == DirectoryCheck.Standing.UNKNOWN) {
      Messages.addGlobalWarn(
          "No one signs in as \"{0}\" in the MSP''s directory. It is listed, but it gives nobody a"
              + " role until someone with that sign-in name exists and signs in.",
          username);
    }
  }

  public void remove(String member) {
    draft.setStaffMembers(String.join(", ", without(draft.staffMembers(), member)));
    draft.setGroupMembers(String.join(", ", without(draft.groupMembers(), member)));
  }

  public String save() {
    checkUncheckedMembers();
    RoleAssignment saved;
    try {
      saved =
          isNew()
              ? administration.assign(draft)
              : administration.changeAssignment(assignmentId, loadedVersion, draft);
    } catch (ConstraintViolationException e) {
      // rules across fields (members, scope) are checked by the boundary, not by one input
      e.getConstraintViolations()
          .forEach(v -> refused(fieldOf(v.getPropertyPath().toString()), v.getMessage()));
      return null;
    } catch (UnknownScopeTag | OutsideYourScope e) {
      refused(TAGS_FIELD, e.getMessage());
      return null;
    }
    Messages.addFlashGlobalInfo(
        "Assignment \"{0}\" saved. Its members have it from their next request on.",
        saved.getName());
    List<String> doubtful =
        getMembers().stream().filter(MemberRow::isDoubtful).map(MemberRow::getKey).toList();
    if (!doubtful.isEmpty()) {
      Messages.addFlashGlobalWarn(
          "Not confirmed in the MSP''s directory: {0}. They get the role only once someone with"
              + " that sign-in name (or in that group) signs in.",
          String.join(", ", doubtful));
    }
    return "/rbac/roles?faces-redirect=true";
  }

  /** The field a violation is about: the scope's, the new tag's, or none (a global message). */
  static String fieldOf(String propertyPath) {
    if (propertyPath.endsWith("newScopeTag")) {
      return NEW_TAG_FIELD;
    }
    return propertyPath.endsWith("scopeTags") || propertyPath.endsWith("withScope")
        ? TAGS_FIELD
        : null;
  }

  /** The message on the field, the field marked; without a field, a message for the page. */
  private static void refused(String field, String message) {
    if (field == null) {
      Messages.addGlobalError(message);
      return;
    }
    Messages.addError(field, message);
    if (Components.findComponent(field) instanceof UIInput input) {
      input.setValid(false);
    }
  }

  /** Asks the directory about members it was not asked about yet; remembers the names it gives. */
  private void checkUncheckedMembers() {
    List<String> staff = draft.staffMembers().stream().filter(m -> !checks.containsKey(m)).toList();
    List<String> groups =
        draft.groupMembers().stream().filter(m -> !checks.containsKey(m)).toList();
    if (staff.isEmpty() && groups.isEmpty()) {
      return;
    }
    MemberDirectory.MemberChecks answer = directory.check(staff, groups);
    for (DirectoryCheck check : answer.checks()) {
      checks.put(check.key(), check);
      draft.nameMember(check.key(), check.displayName());
    }
    answer
        .problem()
        .ifPresent(
            problem ->
                Messages.addGlobalWarn(
                    "{0} The members could not be checked; what is listed can still be saved.",
                    problem));
  }

  /** The members chosen so far, with their names and what the directory said about them. */
  public List<MemberRow> getMembers() {
    List<MemberRow> rows = new ArrayList<>();
    draft.staffMembers().forEach(m -> rows.add(row(false, m)));
    draft.groupMembers().forEach(m -> rows.add(row(true, m)));
    return rows;
  }

  private MemberRow row(boolean group, String key) {
    return new MemberRow(
        new AssignmentMember(group, key, draft.nameOf(key).orElse(null)), checks.get(key));
  }

  private static String join(List<String> members, String added) {
    List<String> all = new ArrayList<>(members);
    if (!all.contains(added)) {
      all.add(added);
    }
    return String.join(", ", all);
  }

  private static List<String> without(List<String> members, String removed) {
    return members.stream().filter(m -> !m.equals(removed)).toList();
  }

  public boolean isNew() {
    return assignmentId == null;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public Long getAssignmentId() {
    return assignmentId;
  }

  public void setAssignmentId(Long assignmentId) {
    this.assignmentId = assignmentId;
  }

  public AssignmentDraft getDraft() {
    return draft;
  }

  public MemberPicker getPicker() {
    return picker;
  }

  /** The scope tags to pick from: the existing ones within the caller's scope, and those chosen. */
  public List<String> getScopeTagChoices() {
    return scopeTagChoices;
  }

  /** Whether the caller may add a scope tag that exists nowhere yet (on all tenants only). */
  public boolean isMayAddScopeTags() {
    return mayAddScopeTags;
  }
}
