package com.mtdconnect.rbac.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.control.EffectivePermissions;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.RoleAssignmentsChanged;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the staff member behind the current request may do on which tenants: the one place the
 * permission guard, use-case boundaries and pages ({@code #{access.may('TENANTS_CREATE')}}) ask.
 * Who is signed in comes from {@link CurrentStaff}; the permissions come from the caller's role
 * assignments, read once per request (so changes count from the next request on, without signing in
 * again). Every refusal is logged and recorded in the audit log.
 */
@RequestScoped
@Named("access")
public class StaffAccess {
  private static final Logger LOG = Logger.getLogger(StaffAccess.class.getName());

  @Inject CurrentStaff currentStaff;
  @Inject RoleAssignments assignments;
  @Inject AuditTrail audit;

  /** The permissions worked out in this request, and for whom. */
  private EffectivePermissions permissions;

  private String permissionsOf;

  /** The roles the caller holds, for the top bar. */
  public String getRoleName() {
    return String.join(", ", permissions().roleNames());
  }

  /** What the caller may do where, from their role assignments as they are now. */
  public EffectivePermissions permissions() {
    Optional<SignedInStaff> staff = currentStaff.staff();
    if (staff.isEmpty()) {
      return EffectivePermissions.none();
    }
    if (!staff.get().username().equals(permissionsOf)) {
      permissions = assignments.effectiveFor(staff.get().username(), staff.get().entraGroups());
      permissionsOf = staff.get().username();
    }
    return permissions;
  }

  void forgetPermissions(
      @Observes(notifyObserver = Reception.IF_EXISTS) RoleAssignmentsChanged changed) {
    permissionsOf = null;
  }

  /** Whether the caller holds the permission for some tenants; for showing actions in pages. */
  public boolean may(String permission) {
    return may(Permission.valueOf(permission));
  }

  public boolean may(Permission permission) {
    return permissions().allows(permission);
  }

  /** Whether the caller holds the permission for a tenant with these scope tags. */
  public boolean mayOn(Permission permission, Collection<String> tenantTags) {
    return permissions().allowsOn(permission, tenantTags);
  }

  /** The tenants the caller holds the permission for; boundaries put it into their queries. */
  public TenantScope scopeOf(Permission permission) {
    return permissions().scopeOf(permission);
  }

  /** Refuses the current use case to callers who are not signed-in staff. */
  public SignedInStaff requireSignedIn() {
    return currentStaff.staff().orElseThrow(() -> new AccessDenied("anonymous"));
  }

  /** Refuses the current use case unless the caller holds one of the permissions somewhere. */
  public SignedInStaff requireAny(List<Permission> anyOf) {
    return anyOf.stream()
        .filter(this::may)
        .findFirst()
        .map(this::require)
        .orElseGet(() -> require(anyOf.get(0)));
  }

  /** Refuses the current use case unless the caller holds the permission for some tenants. */
  public SignedInStaff require(Permission permission) {
    Optional<SignedInStaff> staff = currentStaff.staff();
    if (staff.isEmpty() || !may(permission)) {
      String username = staff.map(SignedInStaff::username).orElse("anonymous");
      refused(permission, null, username);
      throw new AccessDenied(permission, username);
    }
    return staff.get();
  }

  /** Refuses the current use case unless the caller holds the permission for this tenant. */
  public SignedInStaff requireOn(Permission permission, long tenantId, Collection<String> tags) {
    SignedInStaff staff = require(permission);
    if (!mayOn(permission, tags)) {
      refused(permission, tenantId, staff.username());
      throw new AccessDenied(permission, staff.username(), tenantId);
    }
    return staff;
  }

  /** Records that the caller was refused something on a tenant outside their scope. */
  public void refusedOutOfScope(Permission permission, Long tenantId) {
    refused(
        permission,
        tenantId,
        currentStaff.staff().map(SignedInStaff::username).orElse("anonymous"));
  }

  private void refused(Permission permission, Long tenantId, String username) {
    LOG.info(
        () ->
            "Refused "
                + permission.describe()
                + (tenantId == null ? "" : " on tenant " + tenantId)
                + " to "
                + username);
    audit.recordRefusal(
        new Actor(username, currentStaff.clientAddress()), permission.name(), tenantId);
  }
}
