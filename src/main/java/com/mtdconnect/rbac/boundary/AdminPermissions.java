package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.control.EffectivePermissions;
import com.mtdconnect.rbac.entity.EffectivePermission;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * Monitor: pick a staff member, see their roles, permissions and the tenants each reaches; a viewer
 * with a scoped Roles: Read sees only what the assignments within their scope give.
 */
@Named
@ViewScoped
public class AdminPermissions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RbacMonitor monitor;

  private List<String> usernames;
  private String username;
  private List<EffectivePermission> permissions = List.of();
  private List<String> roleNames = List.of();
  private String scopeNote = "";

  @PostConstruct
  void load() {
    usernames = monitor.staffUsernames();
    TenantScope scope = monitor.viewerScope();
    scopeNote =
        scope.allTenants()
            ? ""
            : "Only assignments within your scope ("
                + scope.describe()
                + ") are shown; assignments outside it are not.";
  }

  public void show() {
    EffectivePermissions effective = monitor.permissionsOf(username);
    permissions = effective.list();
    roleNames = effective.roleNames();
  }

  public List<String> getUsernames() {
    return usernames;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public List<EffectivePermission> getPermissions() {
    return permissions;
  }

  /** Empty for viewers on all tenants, who see every assignment. */
  public String getScopeNote() {
    return scopeNote;
  }

  public String getRoleNames() {
    return roleNames.isEmpty() ? "none" : String.join(", ", roleNames);
  }
}
