package com.mtdconnect.provisioning.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.StoredIntent;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what the use cases that only read Intune found (the recomputed plan, the app's install
 * status), each in a transaction of its own once Microsoft has answered: the reads hold no database
 * transaction while Graph answers.
 */
@ApplicationScoped
public class ReadResults {

  @PersistenceContext EntityManager em;
  @Inject TenantLifecycleChanges lifecycle;
  @Inject AuditTrail audit;

  /** The plan becomes the tenant's last computed one (what its page shows without Graph). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void plan(long tenantId, ProvisioningPlan plan) {
    Optional.ofNullable(em.find(StoredIntent.class, tenantId)).ifPresent(s -> s.remember(plan));
  }

  /**
   * Reports on how many devices the app is installed to the tenant's facts (its status reads
   * "Provisioned, app installing" until one has it); audited when the status moved.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void installs(long tenantId, int installedDevices, Actor actor) {
    lifecycle
        .appInstallsReported(tenantId, installedDevices, actor.name())
        .ifPresent(
            moved ->
                audit.record(
                    actor,
                    new AuditEntry(
                        "APP_INSTALLS_READ",
                        tenantId,
                        "Tenant",
                        String.valueOf(tenantId),
                        Map.of(),
                        Map.of("installedDevices", installedDevices, "lifecycle", moved))));
  }
}
