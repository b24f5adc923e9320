package com.mtdconnect.graph.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the gateway answered to a round's {@link RoundReads}: one {@link Answer} per read that was
 * asked for, each complete (next pages already followed), and how many HTTP requests it all took.
 *
 * @param groupDelta the whole delta round over groups, when asked
 * @param managedDevices every managed device, when asked
 * @param installStatus per app id, every device's install state
 * @param mtdConnectors the tenant's MTD connectors, when asked
 * @param compliancePolicies the tenant's compliance policies with their managed fields, when asked
 * @param appConfigurations the tenant's app configurations with their settings, when asked
 * @param requests HTTP requests sent (the batch, its re-sent throttled steps, next pages)
 */
public record RoundAnswers(
    Optional<Answer<GroupDelta>> groupDelta,
    Optional<Answer<List<ManagedDeviceState>>> managedDevices,
    Map<String, Answer<List<AppInstallStatus>>> installStatus,
    Optional<Answer<List<MtdConnectorState>>> mtdConnectors,
    Optional<Answer<List<IntuneObject>>> compliancePolicies,
    Optional<Answer<List<IntuneObject>>> appConfigurations,
    int requests) {

  /** The answers of a round that read no app configurations. */
  public RoundAnswers(
      Optional<Answer<GroupDelta>> groupDelta,
      Optional<Answer<List<ManagedDeviceState>>> managedDevices,
      Map<String, Answer<List<AppInstallStatus>>> installStatus,
      Optional<Answer<List<MtdConnectorState>>> mtdConnectors,
      Optional<Answer<List<IntuneObject>>> compliancePolicies,
      int requests) {
    this(
        groupDelta,
        managedDevices,
        installStatus,
        mtdConnectors,
        compliancePolicies,
        Optional.empty(),
        requests);
  }

  public RoundAnswers {
    installStatus = Map.copyOf(installStatus);
  }
}
