package com.mtdconnect.graph.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.groups.delta.DeltaGetResponse;
import com.microsoft.graph.models.AppRoleAssignmentCollectionResponse;
import com.microsoft.graph.models.ManagedDevice;
import com.microsoft.graph.models.ManagedDeviceCollectionResponse;
import com.microsoft.graph.models.MobileThreatDefenseConnectorCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.HttpMethod;
import com.mtdconnect.graph.control.RoundSteps.Step;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GroupChange;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.ManagedDeviceState;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.RoundAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round batch's step answers turned into our types: a successful step into its complete value
 * (further pages followed outside the batch, each counted), a failed step into the typed failure
 * the same request alone would have raised.
 */
final class RoundStepAnswers {

  private RoundStepAnswers() {}

  /** The answers by step, as the gateway returns them. */
  @SuppressWarnings("unchecked")
  static RoundAnswers of(Map<Step, Object> answers, int requests) {
    Optional<Answer<GroupDelta>> delta = Optional.empty();
    Optional<Answer<List<ManagedDeviceState>>> devices = Optional.empty();
    Map<String, Answer<List<AppInstallStatus>>> install = new LinkedHashMap<>();
    Optional<Answer<List<MtdConnectorState>>> connectors = Optional.empty();
    Optional<Answer<List<IntuneObject>>> policies = Optional.empty();
    Optional<Answer<List<GrantedAppRole>>> grants = Optional.empty();
    Optional<Answer<List<IntuneObject>>> configurations = Optional.empty();
    for (Map.Entry<Step, Object> e : answers.entrySet()) {
      Object a = e.getValue() instanceof Answer<?> ? e.getValue() : Answer.of(e.getValue());
      switch (e.getKey().kind()) {
        case GROUP_DELTA -> delta = Optional.of((Answer<GroupDelta>) a);
        case MANAGED_DEVICES -> devices = Optional.of((Answer<List<ManagedDeviceState>>) a);
        case INSTALL_STATUS -> install.put(e.getKey().appId(), (Answer<List<AppInstallStatus>>) a);
        case MTD_CONNECTORS -> connectors = Optional.of((Answer<List<MtdConnectorState>>) a);
        case COMPLIANCE_POLICIES -> policies = Optional.of((Answer<List<IntuneObject>>) a);
        case GRANTED_APP_ROLES -> grants = Optional.of((Answer<List<GrantedAppRole>>) a);
        case APP_CONFIGURATIONS -> configurations = Optional.of((Answer<List<IntuneObject>>) a);
      }
    }
    return new RoundAnswers(
        delta, devices, install, connectors, policies, grants, configurations, requests);
  }

  /** A successful step's complete value; {@code requests} counts the further pages. */
  static Object answer(
      GraphServiceClient client,
      Step step,
      BatchResponseContent response,
      String id,
      int[] requests) {
    return switch (step.kind()) {
      case GROUP_DELTA -> groupDelta(client, response, id, requests);
      case MANAGED_DEVICES -> managedDevices(client, response, id, requests);
      case INSTALL_STATUS -> installStatus(client, step, response, id, requests);
      case MTD_CONNECTORS ->
          IntuneOperations.connectors(
              response.getResponseById(
                  id,
                  MobileThreatDefenseConnectorCollectionResponse::createFromDiscriminatorValue));
      case COMPLIANCE_POLICIES ->
          intuneObjects(client, response, id, requests, IntuneObjectKind.COMPLIANCE_POLICY);
      case APP_CONFIGURATIONS ->
          intuneObjects(client, response, id, requests, IntuneObjectKind.APP_CONFIGURATION);
      case GRANTED_APP_ROLES -> grantedAppRoles(client, response, id, requests);
    };
  }

  private static GroupDelta groupDelta(
      GraphServiceClient client, BatchResponseContent response, String id, int[] requests) {
    DeltaGetResponse first =
        response.getResponseById(id, DeltaGetResponse::createFromDiscriminatorValue);
    List<GroupChange> changes = new ArrayList<>();
    GraphPages.Walk<DeltaGetResponse> walk =
        GraphPages.ofDelta(
                DeltaGetResponse::getValue, next -> client.groups().delta().withUrl(next).get())
            .forEach(first, g -> changes.add(DirectoryReads.change(g)));
    requests[0] += Math.max(0, walk.pages() - 1);
    return new GroupDelta(changes, DirectoryReads.deltaLinkOf(walk, "group"), walk.pages());
  }

  private static List<ManagedDeviceState> managedDevices(
      GraphServiceClient client, BatchResponseContent response, String id, int[] requests) {
    ManagedDeviceCollectionResponse first =
        response.getResponseById(id, ManagedDeviceCollectionResponse::createFromDiscriminatorValue);
    List<ManagedDeviceState> devices = new ArrayList<>();
    GraphPages.Walk<ManagedDeviceCollectionResponse> walk =
        GraphPages.of(
                ManagedDeviceCollectionResponse::getValue,
                next -> client.deviceManagement().managedDevices().withUrl(next).get())
            .forEach(first, d -> devices.add(device(d)));
    requests[0] += Math.max(0, walk.pages() - 1);
    return devices;
  }

  private static List<AppInstallStatus> installStatus(
      GraphServiceClient client,
      Step step,
      BatchResponseContent response,
      String id,
      int[] requests) {
    JsonObject page = BatchEnvelope.json(response.getResponseStreamById(id));
    List<AppInstallStatus> rows = new ArrayList<>(InstallStatusReports.parse(page));
    int total = InstallStatusReports.totalRows(page, rows.size());
    while (rows.size() < total) {
      JsonObject next =
          BetaRequests.post(
              client,
              InstallStatusReports.REPORT_PATH,
              InstallStatusReports.reportRequest(
                  step.appId(), rows.size(), RoundSteps.REPORT_PAGE));
      requests[0]++;
      List<AppInstallStatus> more = InstallStatusReports.parse(next);
      if (more.isEmpty()) {
        break;
      }
      rows.addAll(more);
    }
    return rows;
  }

  /** Every object of one Intune collection (compliance policies, app configurations). */
  private static List<IntuneObject> intuneObjects(
      GraphServiceClient client,
      BatchResponseContent response,
      String id,
      int[] requests,
      IntuneObjectKind kind) {
    JsonObject page = BatchEnvelope.json(response.getResponseStreamById(id));
    List<IntuneObject> policies = new ArrayList<>();
    while (true) {
      for (JsonElement e : page.has("value") ? page.getAsJsonArray("value") : new JsonArray()) {
        policies.add(IntuneObjectJson.object(kind, e.getAsJsonObject()));
      }
      if (!page.has("@odata.nextLink") || page.get("@odata.nextLink").isJsonNull()) {
        return policies;
      }
      page =
          BetaRequests.send(
              client, HttpMethod.GET, page.get("@odata.nextLink").getAsString(), null);
      requests[0]++;
    }
  }

  private static List<GrantedAppRole> grantedAppRoles(
      GraphServiceClient client, BatchResponseContent response, String id, int[] requests) {
    AppRoleAssignmentCollectionResponse first =
        response.getResponseById(
            id, AppRoleAssignmentCollectionResponse::createFromDiscriminatorValue);
    List<GrantedAppRole> grants = new ArrayList<>();
    GraphPages.Walk<AppRoleAssignmentCollectionResponse> walk =
        GraphPages.of(
                AppRoleAssignmentCollectionResponse::getValue,
                // a nextLink is absolute: the builder's own path is replaced by it
                next ->
                    client
                        .servicePrincipals()
                        .byServicePrincipalId("next")
                        .appRoleAssignments()
                        .withUrl(next)
                        .get())
            .forEach(first, a -> grants.add(ServicePrincipalReads.grantedAppRole(a)));
    requests[0] += Math.max(0, walk.pages() - 1);
    return grants;
  }

  private static ManagedDeviceState device(ManagedDevice d) {
    return new ManagedDeviceState(
        d.getId(),
        Optional.ofNullable(d.getUserId()).filter(s -> !s.isBlank()),
        d.getDeviceName() == null ? "" : d.getDeviceName(),
        d.getOperatingSystem() == null ? "" : d.getOperatingSystem(),
        Optional.ofNullable(d.getUserPrincipalName()),
        Optional.ofNullable(d.getAzureADDeviceId()),
        d.getPartnerReportedThreatState() == null
            ? "unknown"
            : d.getPartnerReportedThreatState().getValue());
  }

  /**
   * A failed step as the typed failure the same request alone would have raised; our service
   * principal not found (404 on the grant's alternate key) is the consent missing, as the gateway's
   * single read says when its lookup finds none.
   */
  static GraphFailure failure(
      String tenantId, Step step, BatchResponseContent response, String id, int status) {
    ODataError error = BatchEnvelope.stepError(response, id, status);
    if (step.kind() == RoundSteps.Kind.GRANTED_APP_ROLES && status == 404) {
      return ServicePrincipalReads.noServicePrincipal(tenantId, error);
    }
    return GraphFailures.translate(tenantId, step.kind().operation(), error);
  }
}
