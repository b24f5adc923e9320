package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.control.EffectivePermissions;
import com.mtdconnect.rbac.entity.EffectivePermission;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
  private String signInNote = "";

  private static final DateTimeFormatter SIGNED_IN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

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
    signInNote = signInNote(monitor.signInOf(username));
  }

  /** Whether group-based assignments can be shown for them, in words. */
  static String signInNote(RbacMonitor.SignInFacts facts) {
    if (!facts.signedIn()) {
      return "Has not signed in yet: only assignments naming them directly are shown. Assignments"
          + " given to their Entra groups show after their first sign-in, when Entra's sign-in"
          + " token tells the portal their groups.";
    }
    return "Last signed in "
        + SIGNED_IN.format(facts.lastSignIn())
        + " UTC with "
        + (facts.groups() == 1 ? "1 Entra group" : facts.groups() + " Entra groups")
        + " in the sign-in token. Assignments given to groups count the groups of that sign-in:"
        + " a change of membership in Entra shows after their next sign-in.";
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

  /**
   * When they last signed in and what that means for group-based assignments; empty until shown.
   */
  public String getSignInNote() {
    return signInNote;
  }

  public String getRoleNames() {
    return roleNames.isEmpty() ? "none" : String.join(", ", roleNames);
  }
}
