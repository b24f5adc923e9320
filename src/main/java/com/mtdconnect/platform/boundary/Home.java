package com.mtdconnect.platform.boundary;

import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the portal's address leads: the tenant list for staff who may read tenants, their own
 * permissions for everyone else (for example role administrators).
 */
@Named
@RequestScoped
public class Home {

  @Inject CurrentStaff currentStaff;

  public String open() {
    return currentStaff.may(Permission.TENANTS_READ)
        ? "/tenancy/list?faces-redirect=true"
        : "/rbac/my-permissions?faces-redirect=true";
  }
}
