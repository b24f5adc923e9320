package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.EffectivePermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Monitor: every permission the signed-in staff member holds, and the tenants it reaches. */
@Named
@RequestScoped
public class MyPermissions {

  @Inject RbacMonitor monitor;

  private List<EffectivePermission> permissions;

  public List<EffectivePermission> getPermissions() {
    if (permissions == null) {
      permissions = monitor.myPermissions();
    }
    return permissions;
  }
}
