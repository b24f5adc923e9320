package com.mtdconnect.provisioning.boundary;

import com.mtdconnect.provisioning.control.ProvisioningWorker;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Apply for callers that are background work themselves (a profile run over many tenants): starts
 * or resumes the tenant's run like {@link TenantProvisioning#apply} and carries it out in the
 * caller's thread, so the caller's bounded workers decide how many tenants apply at once.
 *
 * <p>A bean of its own so that each call into {@link TenantProvisioning} and the worker goes
 * through their interceptors (a call back into the same bean from inside one of its intercepted
 * methods is not intercepted again by Weld, so its transaction would be missing).
 */
@ApplicationScoped
public class ProvisioningInForeground {

  @Inject TenantProvisioning provisioning;
  @Inject ProvisioningWorker worker;

  /**
   * Returns where the tenant's provisioning then stands: the finished run, done or stopped. The
   * surrounding transaction only carries the permission check and the final read (the start and
   * every step commit in their own): background threads never read outside a transaction (the
   * container's non-transactional entity manager was seen closed there).
   */
  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public ProvisioningProgress apply(@TenantId long tenantId) {
    long runId = provisioning.startForCallersThread(tenantId);
    worker.work(runId);
    return provisioning.progress(tenantId);
  }
}
