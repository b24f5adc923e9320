package com.mtdconnect.graph.control;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestInformation;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a round's {@code $batch}: what each reads (the request, relative to the beta root),
 * which throttling family it counts against, its cost and what its failure is called.
 */
final class RoundSteps {

  static final int DEVICE_PAGE = 1000;
  static final int REPORT_PAGE = 1000;
  private static final String[] DEVICE_FIELDS = {
    "id",
    "userId",
    "deviceName",
    "operatingSystem",
    "userPrincipalName",
    "azureADDeviceId",
    "partnerReportedThreatState"
  };
  private static final String[] GROUP_FIELDS = {
    "displayName", "description", "securityEnabled", "mailEnabled", "groupTypes", "members"
  };

  private RoundSteps() {}

  /** What one step reads, and how its success is turned into a complete answer. */
  enum Kind {
    GROUP_DELTA(WorkloadFamily.DIRECTORY, "group delta"),
    MANAGED_DEVICES(WorkloadFamily.INTUNE_DEVICES, "list managed devices"),
    INSTALL_STATUS(WorkloadFamily.INTUNE_APPS, "read app install status"),
    MTD_CONNECTORS(WorkloadFamily.INTUNE_ENROLLMENT, "read MTD connectors"),
    COMPLIANCE_POLICIES(WorkloadFamily.INTUNE_CONFIGURATION, "read compliance policies"),
    APP_CONFIGURATIONS(WorkloadFamily.INTUNE_APPS, "read app configurations"),
    /** Same operation name as the gateway's single read, so its failures read the same. */
    GRANTED_APP_ROLES(WorkloadFamily.DIRECTORY, "read our app-role assignments");

    private final WorkloadFamily family;
    private final String operation;

    Kind(WorkloadFamily family, String operation) {
      this.family = family;
      this.operation = operation;
    }

    WorkloadFamily family() {
      return family;
    }

    String operation() {
      return operation;
    }
  }

  /**
   * One step.
   *
   * @param appId the app of an install report, else empty
   * @param units what the step costs in the family's budget (resource units for the directory)
   */
  record Step(Kind kind, String appId, RequestInformation request, int units) {
    Step(Kind kind, String appId, RequestInformation request) {
      this(kind, appId, request, 1);
    }

    WorkloadFamily family() {
      return kind.family();
    }
  }

  /** The steps {@code reads} asks for; {@code clientId} is our app (whose grant is read). */
  static List<Step> of(GraphServiceClient client, RoundReads reads, String clientId) {
    List<Step> steps = new ArrayList<>();
    reads
        .groupDelta()
        .ifPresent(
            link ->
                steps.add(
                    new Step(
                        Kind.GROUP_DELTA,
                        "",
                        link.isPresent()
                            ? get(link.get())
                            : client
                                .groups()
                                .delta()
                                .toGetRequestInformation(
                                    rc -> rc.queryParameters.select = GROUP_FIELDS))));
    if (reads.managedDevices()) {
      steps.add(
          new Step(
              Kind.MANAGED_DEVICES,
              "",
              client
                  .deviceManagement()
                  .managedDevices()
                  .toGetRequestInformation(
                      rc -> {
                        rc.queryParameters.select = DEVICE_FIELDS;
                        rc.queryParameters.top = DEVICE_PAGE;
                      })));
    }
    for (String appId : reads.installStatusAppIds()) {
      steps.add(new Step(Kind.INSTALL_STATUS, appId, report(appId, 0)));
    }
    if (reads.mtdConnectors()) {
      steps.add(
          new Step(
              Kind.MTD_CONNECTORS,
              "",
              client.deviceManagement().mobileThreatDefenseConnectors().toGetRequestInformation()));
    }
    if (reads.compliancePolicies()) {
      steps.add(
          new Step(
              Kind.COMPLIANCE_POLICIES,
              "",
              get(
                  BetaRequests.BETA
                      + IntuneProvisioningCalls.collectionPath(
                          IntuneObjectKind.COMPLIANCE_POLICY))));
    }
    if (reads.appConfigurations()) {
      steps.add(
          new Step(
              Kind.APP_CONFIGURATIONS,
              "",
              get(
                  BetaRequests.BETA
                      + IntuneProvisioningCalls.collectionPath(
                          IntuneObjectKind.APP_CONFIGURATION))));
    }
    if (reads.grantedAppRoles()) {
      String path = grantsPath(clientId);
      steps.add(
          new Step(
              Kind.GRANTED_APP_ROLES,
              "",
              get(BetaRequests.BETA + path),
              WorkloadFamilies.resourceUnits(path, null)));
    }
    return steps;
  }

  /**
   * Our service principal's app-role assignments by the alternate key {@code appId}
   * (graph-contracts §1.5): one request, where the gateway's single read first looks the service
   * principal up.
   */
  static String grantsPath(String clientId) {
    return "/servicePrincipals(appId='" + clientId + "')/appRoleAssignments";
  }

  static RequestInformation get(String absoluteUrl) {
    RequestInformation info = new RequestInformation();
    info.httpMethod = HttpMethod.GET;
    info.setUri(URI.create(absoluteUrl));
    info.headers.add("Accept", "application/json");
    return info;
  }

  private static RequestInformation report(String appId, int skip) {
    RequestInformation info = new RequestInformation();
    info.httpMethod = HttpMethod.POST;
    info.setUri(URI.create(BetaRequests.BETA + InstallStatusReports.REPORT_PATH));
    info.headers.add("Accept", "application/json");
    info.setStreamContent(
        new ByteArrayInputStream(
            InstallStatusReports.reportRequest(appId, skip, REPORT_PAGE)
                .toString()
                .getBytes(StandardCharsets.UTF_8)),
        "application/json");
    return info;
  }
}
