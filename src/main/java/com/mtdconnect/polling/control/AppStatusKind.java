package com.mtdconnect.polling.control;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import com.mtdconnect.provisioning.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * App status: for each mobile app we provisioned (provisioning's record of which app per platform),
 * Intune's per-device install state (installed, pending, failed, not installed, not applicable),
 * stored per device and counted per platform. The install reports are steps of the round's first
 * batch.
 */
@ApplicationScoped
public class AppStatusKind implements PollingKind, FirstReadsContributor {

  public static final String NAME = "app-status";

  @Inject RoundFirstReads firstReads;
  @Inject TenantInventoryFacts facts;
  @Inject InventoryStore store;

  @Override
  public String name() {
    return NAME;
  }

  /** Intune's install report, for the managed devices enrollment reads. */
  @Override
  public Set<RequiredPermission> needs() {
    return Set.of(
        RequiredPermission.DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL,
        RequiredPermission.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL);
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public boolean isDue(RoundContext round) {
    return true;
  }

  @Override
  public RoundReads contribute(RoundContext round, RoundReads reads) {
    RoundReads result = reads;
    for (String appId : facts.ourApps(round.tenantId()).values()) {
      result = result.withInstallStatus(appId);
    }
    return result;
  }

  @Override
  public KindResult run(RoundContext round) {
    Map<Platform, String> apps = facts.ourApps(round.tenantId());
    RoundAnswers answers = firstReads.take(round, NAME);
    Map<String, List<AppInstallStatus>> reports = new HashMap<>();
    for (String appId : apps.values()) {
      Answer<List<AppInstallStatus>> answer = answers.installStatus().get(appId);
      if (answer == null) {
        // provisioning recorded the app after this round's batch was sent: next round
        continue;
      }
      reports.put(appId, answer.get());
    }
    int changed = store.appStatus(round, apps, reports);
    int rows = reports.values().stream().mapToInt(List::size).sum();
    String summary =
        apps.isEmpty()
            ? "No app of ours provisioned yet; install states unknown"
            : rows
                + " install report rows for "
                + apps.size()
                + " app(s); "
                + changed
                + " device state(s) changed";
    return new KindResult(changed, summary);
  }
}
