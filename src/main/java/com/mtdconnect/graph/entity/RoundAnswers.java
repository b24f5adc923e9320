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
 * @param grantedAppRoles the app roles granted to our service principal, when asked; its failure is
 *     {@link ConsentMissing} when our service principal is not in the tenant
 * @param appConfigurations the tenant's app configurations with their settings, when asked
 * @param requests HTTP requests sent (the batch, its re-sent throttled steps, next pages)
 */
public record RoundAnswers(
    Optional<Answer<GroupDelta>> groupDelta,
    Optional<Answer<List<ManagedDeviceState>>> managedDevices,
    Map<String, Answer<List<AppInstallStatus>>> installStatus,
    Optional<Answer<List<MtdConnectorState>>> mtdConnectors,
    Optional<Answer<List<IntuneObject>>> compliancePolicies,
    Optional<Answer<List<GrantedAppRole>>> grantedAppRoles,
    Optional<Answer<List<IntuneObject>>> appConfigurations,
    int requests) {

  public RoundAnswers {
    installStatus = Map.copyOf(installStatus);
  }

  /** Nothing asked, nothing sent. */
  public static RoundAnswers none() {
    return new RoundAnswers(
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }
}
