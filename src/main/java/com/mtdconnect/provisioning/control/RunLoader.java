package com.mtdconnect.provisioning.control;

import com.mtdconnect.provisioning.entity.AppCatalogue;
import com.mtdconnect.provisioning.entity.PlanPurpose;
import com.mtdconnect.provisioning.entity.ProvisioningRun;
import com.mtdconnect.provisioning.entity.StoredIntent;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Reads what a worker needs to carry a run out (its steps, the tenant, intent, catalogue and
 * partner id) in a transaction of its own. A bean of its own: the worker's call into it is always
 * intercepted (a call back into the worker itself is not when the worker was entered through its
 * proxy), and a pooled thread must never read with whatever transaction state it was left with
 * (seen as "operation on a closed EntityManager").
 */
@ApplicationScoped
public class RunLoader {

  @PersistenceContext EntityManager em;
  @Inject ProvisioningSettings settings;

  /** What a worker needs, read in one transaction. */
  public record Work(
      List<ApplyEngine.Step> steps,
      String directoryId,
      DesiredState desired,
      Set<String> formerlyOurs) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Work load(long runId) {
    ProvisioningRun run = em.find(ProvisioningRun.class, runId);
    Tenant tenant = em.find(Tenant.class, run.getTenantId());
    List<ApplyEngine.Step> steps =
        run.getSteps().stream().map(s -> new ApplyEngine.Step(s.line(), s.getState())).toList();
    if (run.getPurpose() == PlanPurpose.OFFBOARD) {
      return new Work(steps, tenant.getDirectoryId(), null, Set.of());
    }
    StoredIntent intent = em.find(StoredIntent.class, run.getTenantId());
    AppCatalogue catalogue = em.find(AppCatalogue.class, AppCatalogue.THE_ONE);
    return new Work(
        steps,
        tenant.getDirectoryId(),
        new DesiredState(intent.intent(), catalogue.values(), settings.partnerId()),
        intent.appliedGroups());
  }
}
