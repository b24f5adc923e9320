package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.rbac.entity.RoleNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Creates a custom role or edits one; shows built-in roles read-only. */
@Named
@ViewScoped
public class RoleEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoleAdministration administration;

  private Long roleId;
  private long loadedVersion;
  private boolean builtIn;
  private RoleDraft draft = new RoleDraft();

  /**
   * Runs when the page is opened: loads the role named in the URL, if any. The empty editor is
   * refused (403) to staff who may not create roles.
   */
  public void load() throws IOException {
    if (roleId == null) {
      administration.requireMayCreateRoles();
      return;
    }
    try {
      Role role = administration.role(roleId);
      loadedVersion = role.getVersion();
      builtIn = role.isBuiltIn();
      draft = RoleDraft.of(role);
    } catch (RoleNotFound e) {
      Faces.responseSendError(404, e.getMessage());
    }
  }

  public String save() {
    Role saved =
        isNew()
            ? administration.createRole(draft)
            : administration.changeRole(roleId, loadedVersion, draft);
    Messages.addFlashGlobalInfo(
        isNew() ? "Role \"{0}\" created." : "Role \"{0}\" saved.", saved.getName());
    return "/rbac/roles?faces-redirect=true";
  }

  public boolean isNew() {
    return roleId == null;
  }

  public List<Permission> getAllPermissions() {
    return List.of(Permission.values());
  }

  public Long getRoleId() {
    return roleId;
  }

  public void setRoleId(Long roleId) {
    this.roleId = roleId;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public RoleDraft getDraft() {
    return draft;
  }
}
