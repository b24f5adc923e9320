package com.mtdconnect.platform.boundary;

import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where staff land (the portal's address, or sign-in without a target): the tenant list for staff
 * who may read tenants, their own permissions for everyone else (for example role administrators).
 */
@Named
@RequestScoped
public class Home {
  private static final String OWN_PERMISSIONS = "/rbac/my-permissions.xhtml";

  @Inject CurrentStaff currentStaff;

  /** The landing page's path inside the portal. */
  public String path() {
    return currentStaff.may(Permission.TENANTS_READ) ? LocalRedirect.HOME : OWN_PERMISSIONS;
  }

  /** For the portal's address: a redirect to the landing page. */
  public String open() {
    return path() + "?faces-redirect=true";
  }
}
