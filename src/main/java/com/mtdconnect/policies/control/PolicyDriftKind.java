package com.mtdconnect.policies.control;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.control.FirstReadsContributor;
import com.mtdconnect.polling.control.PollingKind;
import com.mtdconnect.polling.control.RoundFirstReads;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Policy drift as part of the tenant round, every round (the tenant's sync frequency, and "sync
 * now"): the tenant's compliance policies and app configurations are two more steps of the round's
 * shared first {@code $batch}, so the check costs no request of its own; a tenant without a
 * published policy asks nothing.
 */
@ApplicationScoped
public class PolicyDriftKind implements PollingKind, FirstReadsContributor {

  public static final String NAME = "policy-drift";

  @Inject RoundFirstReads firstReads;
  @Inject DriftFindings findings;

  @Override
  public String name() {
    return NAME;
  }

  /** Compliance policies are device configuration; the app configurations are app management. */
  @Override
  public Set<RequiredPermission> needs() {
    return Set.of(
        RequiredPermission.DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL,
        RequiredPermission.DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL);
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public boolean isDue(RoundContext round) {
    return findings.anyPublished(round.tenantId());
  }

  @Override
  public RoundReads contribute(RoundContext round, RoundReads reads) {
    return reads.withCompliancePolicies().withAppConfigurations();
  }

  @Override
  public KindResult run(RoundContext round) {
    RoundAnswers answers = firstReads.take(round, NAME);
    List<IntuneObject> held = answers.compliancePolicies().orElseThrow().get();
    List<IntuneObject> configurations = answers.appConfigurations().orElseThrow().get();
    DriftFindings.Stored stored = findings.store(round, held, configurations);
    return new KindResult(
        stored.changes(),
        stored.drifted() == 0
            ? "Intune holds the " + stored.policies() + " published polic(ies) as published"
            : stored.drifted()
                + " field(s) drifted from the "
                + stored.policies()
                + " published polic(ies)");
  }
}
