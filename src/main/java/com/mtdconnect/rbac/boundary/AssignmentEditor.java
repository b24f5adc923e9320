package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Gives a role to members for a scope, or changes such an assignment. */
@Named
@ViewScoped
public class AssignmentEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoleAdministration administration;

  private Long assignmentId;
  private long loadedVersion;
  private AssignmentDraft draft = new AssignmentDraft();
  private List<Role> roles;

  /**
   * Runs when the page is opened: loads the roles they may assign and the assignment named in the
   * URL, if any; refused (403) to staff who may not assign roles.
   */
  public void load() throws IOException {
    roles = administration.assignableRoles();
    if (assignmentId == null) {
      return;
    }
    try {
      RoleAssignment assignment = administration.assignment(assignmentId);
      loadedVersion = assignment.getVersion();
      draft = AssignmentDraft.of(assignment);
    } catch (RoleNotFound e) {
      Faces.responseSendError(404, e.getMessage());
    }
  }

  public String save() {
    RoleAssignment saved;
    try {
      saved =
          isNew()
              ? administration.assign(draft)
              : administration.changeAssignment(assignmentId, loadedVersion, draft);
    } catch (ConstraintViolationException e) {
      // rules across fields (members, scope) are checked by the boundary, not by one input
      e.getConstraintViolations().forEach(v -> Messages.addGlobalError(v.getMessage()));
      return null;
    }
    Messages.addFlashGlobalInfo(
        "Assignment \"{0}\" saved. Its members have it from their next request on.",
        saved.getName());
    return "/rbac/roles?faces-redirect=true";
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
}
