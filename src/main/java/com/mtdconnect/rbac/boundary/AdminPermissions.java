package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.control.EffectivePermissions;
import com.mtdconnect.rbac.entity.EffectivePermission;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Monitor: pick a staff member, see their roles, permissions and the tenants each reaches. */
@Named
@ViewScoped
public class AdminPermissions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RbacMonitor monitor;

  private List<String> usernames;
  private String username;
  private List<EffectivePermission> permissions = List.of();
  private List<String> roleNames = List.of();

  @PostConstruct
  void load() {
    usernames = monitor.staffUsernames();
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

  public String getRoleNames() {
    return roleNames.isEmpty() ? "none" : String.join(", ", roleNames);
  }
}
