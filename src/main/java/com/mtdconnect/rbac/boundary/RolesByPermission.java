package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.PermissionSource;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Monitor: pick a category and a permission, see which roles, assignments and members grant it. */
@Named
@ViewScoped
public class RolesByPermission implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RbacMonitor monitor;

  private Permission.Category category = Permission.Category.TENANTS;
  private Permission permission;
  private List<PermissionSource> sources = List.of();

  /** Refuses (403) staff without Roles: Read when the page opens, not only when they pick. */
  @jakarta.annotation.PostConstruct
  void refuseWithoutRolesRead() {
    monitor.requireRolesRead();
  }

  public void categoryChosen() {
    permission = null;
    sources = List.of();
  }

  public void show() {
    sources = permission == null ? List.of() : monitor.sourcesOf(permission);
  }

  public List<Permission.Category> getCategories() {
    return List.of(Permission.Category.values());
  }

  public List<Permission> getPermissions() {
    return category == null ? List.of() : category.getPermissions();
  }

  public Permission.Category getCategory() {
    return category;
  }

  public void setCategory(Permission.Category category) {
    this.category = category;
  }

  public Permission getPermission() {
    return permission;
  }

  public void setPermission(Permission permission) {
    this.permission = permission;
  }

  public List<PermissionSource> getSources() {
    return sources;
  }
}
