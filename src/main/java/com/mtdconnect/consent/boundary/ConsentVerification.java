package com.mtdconnect.consent.boundary;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.control.ConsentRecorder;
import com.mtdconnect.consent.control.GrantReader;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A staff member's "verify now": asks Microsoft what the tenant granted, outside any transaction,
 * and records the finding in its own short one (the rounds of the jobs are {@code ConsentRounds}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ConsentVerification {
  @Inject ConsentRecorder recorder;
  @Inject GrantReader grants;
  @Inject TenantRegistry tenants;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;

  /**
   * Verifies, now, the tenant's consent (a staff member pressed "Verify now"). It calls Microsoft
   * and can degrade the tenant, so it needs Consent: Run, not only Consent: Read.
   */
  @Requires(Permission.CONSENT_RUN)
  public TenantConsent verifyNow(@TenantId long tenantId) {
    Tenant tenant = tenants.find(tenantId);
    SignedInStaff staff = access.requireSignedIn();
    GrantReader.Reading reading = grants.read(tenant.getDirectoryId());
    return recorder.driftCheck(
        tenantId, reading, new Actor(staff.username(), currentStaff.clientAddress()), true);
  }
}
