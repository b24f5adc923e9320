package com.mtdconnect.polling.control;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import com.mtdconnect.provisioning.control.ProvisioningSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Connector heartbeat: our MTD connector's {@code partnerState} and {@code lastHeartbeatDateTime}
 * (partner id {@code portal.provisioning.mtd-partner-id}) against its unresponsiveness threshold.
 * The connector list is a step of the round's first batch.
 */
@ApplicationScoped
public class ConnectorHeartbeatKind implements PollingKind, FirstReadsContributor {

  public static final String NAME = "connector-heartbeat";

  /** Intune's default unresponsiveness threshold, when a connector carries none. */
  static final int DEFAULT_THRESHOLD_DAYS = 7;

  @Inject RoundFirstReads firstReads;
  @Inject InventoryStore store;
  @Inject ProvisioningSettings settings;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<RequiredPermission> needs() {
    return Set.of(RequiredPermission.DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL);
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public boolean isDue(RoundContext round) {
    return true;
  }

  @Override
  public RoundReads contribute(RoundContext round, RoundReads reads) {
    return reads.withMtdConnectors();
  }

  @Override
  public KindResult run(RoundContext round) {
    RoundAnswers answers = firstReads.take(round, NAME);
    List<MtdConnectorState> connectors = answers.mtdConnectors().orElseThrow().get();
    String partnerId = settings.partnerId();
    Optional<MtdConnectorState> ours =
        connectors.stream().filter(c -> c.id().equalsIgnoreCase(partnerId)).findFirst();
    boolean changed = store.connector(round, ours, DEFAULT_THRESHOLD_DAYS);
    String summary =
        ours.map(
                c ->
                    "Connector "
                        + c.partnerState()
                        + ", last heartbeat "
                        + c.lastHeartbeat().map(Object::toString).orElse("never"))
            .orElse("Our MTD connector is not in the tenant");
    return new KindResult(changed ? 1 : 0, summary);
  }
}
