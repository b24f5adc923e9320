package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where staff land (the portal's address, where sign-in without a target also leads): the fleet
 * overview for staff who may read dashboards, else the tenant list for staff who may read tenants,
 * their own permissions for everyone else (for example role administrators). It lives in rbac
 * because the choice depends on what the caller may do.
 */
@Named
@RequestScoped
public class Home {
  private static final String FLEET = "/dashboard/fleet.xhtml";
  private static final String TENANT_LIST = "/tenancy/list.xhtml";
  private static final String OWN_PERMISSIONS = "/rbac/my-permissions.xhtml";

  @Inject StaffAccess access;

  /** For the portal's address: a redirect to the caller's landing page. */
  public String open() {
    String landing =
        access.may(Permission.DASHBOARDS_READ)
            ? FLEET
            : access.may(Permission.TENANTS_READ) ? TENANT_LIST : OWN_PERMISSIONS;
    return landing + "?faces-redirect=true";
  }
}
