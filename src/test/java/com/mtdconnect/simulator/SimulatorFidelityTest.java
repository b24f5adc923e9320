package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.graph.deviceappmanagement.mobileapps.item.assign.AssignPostRequestBody;
import com.microsoft.graph.groups.delta.DeltaGetResponse;
import com.microsoft.graph.models.AppRoleAssignmentCollectionResponse;
import com.microsoft.graph.models.DeviceCompliancePolicy;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.EndpointCollectionResponse;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.models.IosStoreApp;
import com.microsoft.graph.models.ManagedDeviceCollectionResponse;
import com.microsoft.graph.models.ManagedDeviceMobileAppConfiguration;
import com.microsoft.graph.models.MobileApp;
import com.microsoft.graph.models.MobileAppAssignmentCollectionResponse;
import com.microsoft.graph.models.MobileThreatDefenseConnectorCollectionResponse;
import com.microsoft.graph.models.ServicePrincipalCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.UnknownProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every response shape the gateway reads is parsed by the Graph SDK's own generated models; a
 * property the schema does not know (it would land in additionalData) fails the test.
 */
class SimulatorFidelityTest {

  private static final String CLIENT_ID = "0a1b2c3d-1111-4222-8333-444455556666";
  private static final Set<String> DELTA_ANNOTATIONS = Set.of("members@delta", "@removed");

  private MicrosoftCloudSimulator simulator;
  private SimulatedTenant tenant;
  private String token;

  @BeforeEach
  void setUp() {
    simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(11, 3));
    simulator.registerApplication(
        new AppRegistration(CLIENT_ID, "Fidelity", Optional.of("s3cret"), List.of()));
    tenant = simulator.tenant(1);
    SimResponse response = tokenRequest(tenant.id(), "s3cret");
    assertEquals(200, response.status(), response.bodyText());
    JsonObject body = JsonParser.parseString(response.bodyText()).getAsJsonObject();
    assertEquals(
        Set.of("token_type", "expires_in", "ext_expires_in", "access_token"), body.keySet());
    assertEquals(3599, body.get("expires_in").getAsInt());
    token = body.get("access_token").getAsString();
  }

  private SimResponse tokenRequest(String tenantSegment, String secret) {
    String form =
        "client_id="
            + CLIENT_ID
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default+openid+profile+offline_access"
            + "&grant_type=client_credentials&client_info=1&client_secret="
            + secret;
    return simulator.handle(
        new SimRequest(
            "POST",
            "/login/" + tenantSegment + "/oauth2/v2.0/token",
            "",
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded", "client-request-id", "abc-1"),
            form.getBytes(StandardCharsets.UTF_8)));
  }

  private SimResponse call(String method, String pathAndQuery, String body, String... headers) {
    int q = pathAndQuery.indexOf('?');
    Map<String, String> h = new java.util.HashMap<>();
    h.put("Authorization", "Bearer " + token);
    h.put("client-request-id", "req-42");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    return simulator.handle(
        new SimRequest(
            method,
            q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
            q < 0 ? "" : pathAndQuery.substring(q + 1),
            h,
            body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
  }

  private <T extends Parsable> T parsedWithoutUnknownProperties(
      SimResponse response, ParsableFactory<T> factory, Set<String> allowed) {
    T parsed = UnknownProperties.parse(response.body(), factory);
    assertEquals(List.of(), UnknownProperties.in(parsed, allowed), response.bodyText());
    return parsed;
  }

  private <T extends Parsable> T ok(SimResponse response, ParsableFactory<T> factory) {
    assertTrue(response.status() / 100 == 2, response.status() + " " + response.bodyText());
    assertEquals("req-42", response.headers().get("client-request-id"));
    assertNotNull(response.headers().get("request-id"));
    return parsedWithoutUnknownProperties(response, factory, Set.of());
  }

  @Test
  void tokenErrorsCarryExactlyMicrosoftsKeysAndEchoTheClientRequestId() {
    SimResponse wrongSecret = tokenRequest(tenant.id(), "nope");
    assertEquals(401, wrongSecret.status());
    assertEquals("abc-1", wrongSecret.headers().get("client-request-id"));
    JsonObject body = JsonParser.parseString(wrongSecret.bodyText()).getAsJsonObject();
    assertEquals(
        Set.of(
            "error",
            "error_description",
            "error_codes",
            "timestamp",
            "trace_id",
            "correlation_id",
            "error_uri"),
        body.keySet());
    assertEquals(7000215, body.getAsJsonArray("error_codes").get(0).getAsInt());
    assertTrue(body.get("error_description").getAsString().contains("Trace ID: "));

    simulator.tenant(2).revokeConsent();
    assertTrue(tokenRequest(simulator.tenant(2).id(), "s3cret").bodyText().contains("7000229"));
    simulator.tenant(0).delete();
    assertTrue(tokenRequest(simulator.tenant(0).id(), "s3cret").bodyText().contains("90002"));
  }

  @Test
  void groupListsAndSearchParseIntoGroupCollectionResponse() {
    GroupCollectionResponse groups =
        ok(
            call("GET", "/graph/v1.0/groups?$top=2", null),
            GroupCollectionResponse::createFromDiscriminatorValue);
    assertEquals(2, groups.getValue().size());
    assertTrue(groups.getOdataNextLink().startsWith("https://graph.microsoft.com/v1.0/groups?"));
    assertTrue(groups.getOdataNextLink().contains("$skiptoken="));
    GroupCollectionResponse search =
        ok(
            call(
                "GET",
                "/graph/v1.0/groups?$search=%22displayName:MTD%22&$count=true",
                null,
                "ConsistencyLevel",
                "eventual"),
            GroupCollectionResponse::createFromDiscriminatorValue);
    assertEquals(2, search.getOdataCount());
    assertEquals(
        400, call("GET", "/graph/v1.0/groups?$search=%22displayName:MTD%22", null).status());
    ok(
        call("GET", "/graph/v1.0/groups?$filter=groupTypes/any(c:c+eq+'Unified')", null),
        GroupCollectionResponse::createFromDiscriminatorValue);
  }

  @Test
  void groupMembersAndCreatedGroupsParseIntoTheirModels() {
    String group = simulator.directory(tenant).group(0).orElseThrow().id();
    DirectoryObjectCollectionResponse members =
        ok(
            call("GET", "/graph/v1.0/groups/" + group + "/transitiveMembers?$top=3", null),
            DirectoryObjectCollectionResponse::createFromDiscriminatorValue);
    assertTrue(members.getValue().get(0) instanceof com.microsoft.graph.models.User);
    assertEquals(
        "4",
        call("GET", "/graph/v1.0/groups/" + group + "/transitiveMembers?$top=3", null)
            .headers()
            .get("x-ms-resource-unit"),
        "transitiveMembers costs 5 resource units, $top under 20 saves one");
    assertNotNull(members.getOdataNextLink());
    tenant.grantConsent(Set.of(com.mtdconnect.simulator.entity.GraphAppRole.GROUP_CREATE));
    token =
        JsonParser.parseString(tokenRequest(tenant.id(), "s3cret").bodyText())
            .getAsJsonObject()
            .get("access_token")
            .getAsString();
    SimResponse created =
        call(
            "POST",
            "/graph/v1.0/groups",
            "{\"displayName\":\"Pilot\",\"mailEnabled\":false,\"mailNickname\":\"pilot\","
                + "\"securityEnabled\":true}");
    assertEquals(201, created.status(), created.bodyText());
    ok(created, com.microsoft.graph.models.Group::createFromDiscriminatorValue);
  }

  @Test
  void groupDeltaParsesWithOnlyTheDocumentedAnnotationsLeftOver() {
    SimResponse initial =
        call("GET", "/graph/v1.0/groups/delta()?$select=displayName,members", null);
    DeltaGetResponse first =
        parsedWithoutUnknownProperties(
            initial, DeltaGetResponse::createFromDiscriminatorValue, DELTA_ANNOTATIONS);
    assertNotNull(first.getOdataDeltaLink());
    TenantDirectory directory = simulator.directory(tenant);
    String groupId = directory.group(1).orElseThrow().id();
    directory.removeMember(groupId, directory.user(directory.members(1).get(0)).id());
    directory.deleteGroup(directory.group(2).orElseThrow().id());
    String next = first.getOdataDeltaLink().replace("https://graph.microsoft.com", "/graph");
    DeltaGetResponse second =
        parsedWithoutUnknownProperties(
            call("GET", next, null),
            DeltaGetResponse::createFromDiscriminatorValue,
            DELTA_ANNOTATIONS);
    assertEquals(2, second.getValue().size());
    assertTrue(second.getValue().get(1).getAdditionalData().containsKey("@removed"));
  }

  @Test
  void entraDevicesAndTheirDeltaParseIntoTheSdksModels() {
    ok(
        call("GET", "/graph/v1.0/devices?$top=3", null),
        com.microsoft.graph.models.DeviceCollectionResponse::createFromDiscriminatorValue);
    var first =
        ok(
            call("GET", "/graph/v1.0/devices/delta()", null),
            com.microsoft.graph.devices.delta.DeltaGetResponse::createFromDiscriminatorValue);
    TenantDirectory directory = simulator.directory(tenant);
    directory.removeDevice(directory.device(0).managedDeviceId());
    directory.enrollDevice(directory.user(0).id());
    var second =
        parsedWithoutUnknownProperties(
            call(
                "GET",
                first.getOdataDeltaLink().replace("https://graph.microsoft.com", "/graph"),
                null),
            com.microsoft.graph.devices.delta.DeltaGetResponse::createFromDiscriminatorValue,
            DELTA_ANNOTATIONS);
    assertEquals(2, second.getValue().size());
  }

  @Test
  void devicesServicePrincipalsAndConnectorsParseIntoTheirCollections() {
    String user = simulator.directory(tenant).user(0).id();
    ok(
        call("GET", "/graph/v1.0/users/" + user + "/ownedDevices", null),
        DirectoryObjectCollectionResponse::createFromDiscriminatorValue);
    ManagedDeviceCollectionResponse devices =
        ok(
            call("GET", "/graph/v1.0/deviceManagement/managedDevices?$top=5", null),
            ManagedDeviceCollectionResponse::createFromDiscriminatorValue);
    assertEquals(5, devices.getValue().size());
    assertNotNull(devices.getValue().get(0).getComplianceState());
    assertNotNull(devices.getValue().get(0).getPartnerReportedThreatState());
    ServicePrincipalCollectionResponse ours =
        ok(
            call("GET", "/graph/v1.0/servicePrincipals?$filter=appId+eq+'" + CLIENT_ID + "'", null),
            ServicePrincipalCollectionResponse::createFromDiscriminatorValue);
    assertEquals(1, ours.getValue().size());
    AppRoleAssignmentCollectionResponse roles =
        ok(
            call(
                "GET",
                "/graph/v1.0/servicePrincipals/"
                    + ours.getValue().get(0).getId()
                    + "/appRoleAssignments",
                null),
            AppRoleAssignmentCollectionResponse::createFromDiscriminatorValue);
    assertEquals(tenant.grantedRoles().size(), roles.getValue().size());
    ok(
        call(
            "GET",
            "/graph/v1.0/servicePrincipals(appId='" + CLIENT_ID + "')/appRoleAssignments",
            null),
        AppRoleAssignmentCollectionResponse::createFromDiscriminatorValue);
    EndpointCollectionResponse endpoints =
        ok(
            call(
                "GET",
                "/graph/v1.0/servicePrincipals(appId='0000000a-0000-0000-c000-000000000000')/endpoints",
                null),
            EndpointCollectionResponse::createFromDiscriminatorValue);
    assertFalse(endpoints.getValue().isEmpty());
    simulator.seedConnector(tenant, "860d3ab4-8fd1-45f5-89cd-ecf51e4f92e5");
    MobileThreatDefenseConnectorCollectionResponse connectors =
        ok(
            call("GET", "/graph/v1.0/deviceManagement/mobileThreatDefenseConnectors", null),
            MobileThreatDefenseConnectorCollectionResponse::createFromDiscriminatorValue);
    assertEquals("enabled", connectors.getValue().get(0).getPartnerState().getValue());
  }

  @Test
  void intuneWritesAnswerWithModelsAndAssignReplacesAllAssignments() {
    String app =
        "{\"@odata.type\":\"#microsoft.graph.iosStoreApp\",\"displayName\":\"Shield\","
            + "\"publisher\":\"Contoso\",\"bundleId\":\"com.contoso.shield\","
            + "\"appStoreUrl\":\"https://apps.apple.com/app/id1\","
            + "\"applicableDeviceType\":{\"iPad\":true,\"iPhoneAndIPod\":true},"
            + "\"minimumSupportedOperatingSystem\":{\"v15_0\":true}}";
    SimResponse created = call("POST", "/graph/v1.0/deviceAppManagement/mobileApps", app);
    assertEquals(201, created.status(), created.bodyText());
    MobileApp parsed = ok(created, MobileApp::createFromDiscriminatorValue);
    assertTrue(parsed instanceof IosStoreApp);
    String assign = "/graph/v1.0/deviceAppManagement/mobileApps/" + parsed.getId() + "/assign";
    String g1 = simulator.directory(tenant).group(1).orElseThrow().id();
    String g2 = simulator.directory(tenant).group(2).orElseThrow().id();
    String two =
        "{\"mobileAppAssignments\":[{\"@odata.type\":\"#microsoft.graph.mobileAppAssignment\","
            + "\"intent\":\"required\",\"target\":{\"@odata.type\":\"#microsoft.graph.groupAssignmentTarget\",\"groupId\":\""
            + g1
            + "\"}},{\"intent\":\"required\",\"target\":{\"@odata.type\":\"#microsoft.graph.exclusionGroupAssignmentTarget\",\"groupId\":\""
            + g2
            + "\"}}]}";
    assertEquals(204, call("POST", assign, two).status());
    String one =
        "{\"mobileAppAssignments\":[{\"intent\":\"required\",\"target\":{\"@odata.type\":\"#microsoft.graph.groupAssignmentTarget\",\"groupId\":\""
            + g2
            + "\"}}]}";
    assertEquals(204, call("POST", assign, one).status());
    MobileAppAssignmentCollectionResponse assignments =
        ok(
            call(
                "GET",
                "/graph/v1.0/deviceAppManagement/mobileApps/" + parsed.getId() + "/assignments",
                null),
            MobileAppAssignmentCollectionResponse::createFromDiscriminatorValue);
    assertEquals(1, assignments.getValue().size());

    String config =
        "{\"@odata.type\":\"#microsoft.graph.iosMobileAppConfiguration\",\"displayName\":\"cfg\","
            + "\"targetedMobileApps\":[\""
            + parsed.getId()
            + "\"],\"settings\":[{\"appConfigKey\":\"tenant\",\"appConfigKeyType\":\"stringType\",\"appConfigKeyValue\":\"x\"}]}";
    ok(
        call("POST", "/graph/v1.0/deviceAppManagement/mobileAppConfigurations", config),
        ManagedDeviceMobileAppConfiguration::createFromDiscriminatorValue);

    String policy =
        "{\"@odata.type\":\"#microsoft.graph.iosCompliancePolicy\",\"displayName\":\"MTD iOS\","
            + "\"deviceThreatProtectionEnabled\":true,\"deviceThreatProtectionRequiredSecurityLevel\":\"medium\","
            + "\"scheduledActionsForRule\":[{\"ruleName\":\"PasswordRequired\",\"scheduledActionConfigurations\":[{\"actionType\":\"block\",\"gracePeriodHours\":0}]}]}";
    DeviceCompliancePolicy createdPolicy =
        ok(
            call("POST", "/graph/v1.0/deviceManagement/deviceCompliancePolicies", policy),
            DeviceCompliancePolicy::createFromDiscriminatorValue);
    String assignPolicy =
        "{\"assignments\":[{\"target\":{\"@odata.type\":\"#microsoft.graph.groupAssignmentTarget\",\"groupId\":\""
            + g1
            + "\"}}]}";
    SimResponse assigned =
        call(
            "POST",
            "/graph/v1.0/deviceManagement/deviceCompliancePolicies/"
                + createdPolicy.getId()
                + "/assign",
            assignPolicy);
    ok(
        assigned,
        com.microsoft.graph.devicemanagement.devicecompliancepolicies.item.assign.AssignPostResponse
            ::createFromDiscriminatorValue);
  }

  @Test
  void propertiesTheSchemaDeclaresNonNullArePresent() {
    ManagedDeviceCollectionResponse devices =
        ok(
            call("GET", "/graph/v1.0/deviceManagement/managedDevices?$top=20", null),
            ManagedDeviceCollectionResponse::createFromDiscriminatorValue);
    for (var d : devices.getValue()) {
      assertNotNull(d.getId());
      assertNotNull(d.getLastSyncDateTime());
      assertNotNull(d.getEnrolledDateTime());
      assertNotNull(d.getComplianceState());
      assertNotNull(d.getManagementAgent());
      assertNotNull(d.getManagedDeviceOwnerType());
      assertNotNull(d.getPartnerReportedThreatState());
      assertNotNull(d.getOperatingSystem());
    }
    simulator.seedConnector(tenant, "860d3ab4-8fd1-45f5-89cd-ecf51e4f92e5");
    var connector =
        ok(
                call("GET", "/graph/v1.0/deviceManagement/mobileThreatDefenseConnectors", null),
                MobileThreatDefenseConnectorCollectionResponse::createFromDiscriminatorValue)
            .getValue()
            .get(0);
    for (Object value :
        new Object[] {
          connector.getAllowPartnerToCollectIOSApplicationMetadata(),
          connector.getAllowPartnerToCollectIOSPersonalApplicationMetadata(),
          connector.getAndroidDeviceBlockedOnMissingPartnerData(),
          connector.getAndroidEnabled(),
          connector.getAndroidMobileApplicationManagementEnabled(),
          connector.getIosDeviceBlockedOnMissingPartnerData(),
          connector.getIosEnabled(),
          connector.getIosMobileApplicationManagementEnabled(),
          connector.getLastHeartbeatDateTime(),
          connector.getMicrosoftDefenderForEndpointAttachEnabled(),
          connector.getPartnerState(),
          connector.getPartnerUnresponsivenessThresholdInDays(),
          connector.getPartnerUnsupportedOsVersionBlocked(),
          connector.getWindowsDeviceBlockedOnMissingPartnerData(),
          connector.getWindowsEnabled()
        }) {
      assertNotNull(value);
    }
    var endpoints =
        ok(
            call(
                "GET",
                "/graph/v1.0/servicePrincipals(appId='0000000a-0000-0000-c000-000000000000')/endpoints",
                null),
            EndpointCollectionResponse::createFromDiscriminatorValue);
    endpoints.getValue().forEach(e -> assertNotNull(e.getCapability()));
    endpoints.getValue().forEach(e -> assertNotNull(e.getUri()));
    var group =
        ok(
                call("GET", "/graph/v1.0/groups?$top=1", null),
                GroupCollectionResponse::createFromDiscriminatorValue)
            .getValue()
            .get(0);
    assertNotNull(group.getDisplayName());
    assertNotNull(group.getMailEnabled());
    assertNotNull(group.getSecurityEnabled());
    assertNotNull(group.getMailNickname());
  }

  @Test
  void exportJobsParseIntoTheSdksModelAndCompleteAfterPolling() {
    SimResponse created =
        call(
            "POST",
            "/graph/v1.0/deviceManagement/reports/exportJobs",
            "{\"reportName\":\"DeviceInstallStatusByApp\",\"filter\":\"(ApplicationId eq 'x')\","
                + "\"select\":[\"DeviceName\"],\"format\":\"csv\"}");
    var job =
        ok(
            created,
            com.microsoft.graph.models.DeviceManagementExportJob::createFromDiscriminatorValue);
    assertEquals("notStarted", job.getStatus().getValue());
    String path = "/graph/v1.0/deviceManagement/reports/exportJobs('" + job.getId() + "')";
    ok(
        call("GET", path, null),
        com.microsoft.graph.models.DeviceManagementExportJob::createFromDiscriminatorValue);
    var done =
        ok(
            call("GET", path, null),
            com.microsoft.graph.models.DeviceManagementExportJob::createFromDiscriminatorValue);
    assertEquals("completed", done.getStatus().getValue());
    assertTrue(done.getUrl().contains("/reports/" + job.getId() + ".zip?sig="));
  }

  @Test
  void requestBodiesAreCheckedAgainstTheContract() {
    String noBlock =
        "{\"@odata.type\":\"#microsoft.graph.iosCompliancePolicy\",\"displayName\":\"x\","
            + "\"scheduledActionsForRule\":[{\"ruleName\":\"r\",\"scheduledActionConfigurations\":[{\"actionType\":\"notification\",\"gracePeriodHours\":0}]}]}";
    SimResponse rejected =
        call("POST", "/graph/v1.0/deviceManagement/deviceCompliancePolicies", noBlock);
    assertEquals(400, rejected.status());
    assertTrue(rejected.bodyText().contains("one and only one block"));
    ok400(rejected);
    String misspelled =
        "{\"@odata.type\":\"#microsoft.graph.iosStoreApp\",\"displayName\":\"x\",\"publisher\":\"p\",\"bundleID\":\"com.x\"}";
    SimResponse unknown = call("POST", "/graph/v1.0/deviceAppManagement/mobileApps", misspelled);
    assertEquals(400, unknown.status());
    assertTrue(unknown.bodyText().contains("bundleID"));
    String wrongKey = "{\"assignments\":[]}";
    SimResponse created =
        call(
            "POST",
            "/graph/v1.0/deviceAppManagement/mobileApps",
            "{\"@odata.type\":\"#microsoft.graph.androidStoreApp\",\"displayName\":\"x\",\"publisher\":\"p\",\"packageId\":\"com.x\",\"appStoreUrl\":\"https://play.google.com/store/apps/details?id=com.x\"}");
    String id =
        JsonParser.parseString(created.bodyText()).getAsJsonObject().get("id").getAsString();
    assertEquals(
        400,
        call("POST", "/graph/v1.0/deviceAppManagement/mobileApps/" + id + "/assign", wrongKey)
            .status());
  }

  @Test
  void betaOnlyTypesAreRejectedOnV1AndAcceptedOnBeta() {
    String managedPlay =
        "{\"@odata.type\":\"#microsoft.graph.androidManagedStoreApp\",\"displayName\":\"x\","
            + "\"publisher\":\"p\",\"packageId\":\"com.x\",\"appIdentifier\":\"com.x\"}";
    assertEquals(
        400, call("POST", "/graph/v1.0/deviceAppManagement/mobileApps", managedPlay).status());
    SimResponse beta = call("POST", "/graph/beta/deviceAppManagement/mobileApps", managedPlay);
    assertEquals(201, beta.status(), beta.bodyText());
    assertEquals(
        400,
        call(
                "POST",
                "/graph/beta/deviceAppManagement/mobileApps",
                managedPlay.replace("packageId", "packageID"))
            .status());
    SimResponse report =
        call("POST", "/graph/v1.0/deviceManagement/reports/getDeviceInstallStatusReport", "{}");
    assertEquals(400, report.status());
    assertTrue(report.bodyText().contains("getDeviceInstallStatusReport"));
  }

  private static void ok400(SimResponse response) {
    ODataError error =
        UnknownProperties.parse(response.body(), ODataError::createFromDiscriminatorValue);
    assertEquals(List.of(), UnknownProperties.in(error, Set.of()));
    assertNotNull(error.getError().getInnerError().getRequestId());
  }

  @Test
  void missingPermissionAnswers403WithGraphsErrorBody() {
    tenant.narrowGrant(
        Set.copyOf(java.util.EnumSet.allOf(com.mtdconnect.simulator.entity.GraphAppRole.class)));
    token =
        JsonParser.parseString(tokenRequest(tenant.id(), "s3cret").bodyText())
            .getAsJsonObject()
            .get("access_token")
            .getAsString();
    SimResponse response = call("GET", "/graph/v1.0/groups", null);
    assertEquals(403, response.status());
    assertTrue(response.bodyText().contains("Authorization_RequestDenied"));
    ok400(response);
    SimResponse intune = call("GET", "/graph/v1.0/deviceManagement/managedDevices", null);
    assertEquals(403, intune.status());
    assertTrue(intune.bodyText().contains("\"Forbidden\""));
  }

  @Test
  void batchAnswersEachStepWithDependsOnAnd424() {
    String batch =
        "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups/00000000-0000-4000-8000-000000000000\"},"
            + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/groups?$top=1\",\"dependsOn\":[\"1\"]},"
            + "{\"id\":\"3\",\"method\":\"GET\",\"url\":\"/groups?$top=1\"}]}";
    SimResponse response = call("POST", "/graph/v1.0/$batch", batch);
    assertEquals(200, response.status());
    String text = response.bodyText();
    JsonObject body = JsonParser.parseString(text).getAsJsonObject();
    Map<String, Integer> statuses = new java.util.HashMap<>();
    body.getAsJsonArray("responses")
        .forEach(
            r ->
                statuses.put(
                    r.getAsJsonObject().get("id").getAsString(),
                    r.getAsJsonObject().get("status").getAsInt()));
    assertEquals(Map.of("1", 404, "2", 424, "3", 200), statuses);
    StringBuilder tooMany = new StringBuilder("{\"requests\":[");
    for (int i = 0; i < 21; i++) {
      tooMany
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(i)
          .append("\",\"method\":\"GET\",\"url\":\"/groups\"}");
    }
    assertEquals(400, call("POST", "/graph/v1.0/$batch", tooMany.append("]}").toString()).status());
  }

  @Test
  void throttledAnswerCarriesRetryAfterAndThrottleHeaders() {
    tenant.faults().throttleRate(1.0, 1.25);
    SimResponse response = call("GET", "/graph/v1.0/groups", null);
    assertEquals(429, response.status());
    assertEquals("1.250", response.headers().get("Retry-After"));
    assertNotNull(response.headers().get("x-ms-throttle-scope"));
    assertNotNull(response.headers().get("x-ms-throttle-information"));
    ODataError error =
        UnknownProperties.parse(response.body(), ODataError::createFromDiscriminatorValue);
    assertEquals("TooManyRequests", error.getError().getCode());
  }

  @Test
  void theAppWideLimitWarnsWithTheLimitPercentageAndThrottlesWithGraphsShape() {
    simulator =
        MicrosoftCloudSimulator.create(
            SimulatorConfig.of(11, 3)
                .withAppLimits(
                    com.mtdconnect.simulator.entity.AppLimits.microsoftPublished()
                        .withRequests(5, java.time.Duration.ofMinutes(1))));
    simulator.registerApplication(
        new AppRegistration(CLIENT_ID, "Fidelity", Optional.of("s3cret"), List.of()));
    token =
        JsonParser.parseString(tokenRequest(simulator.tenant(2).id(), "s3cret").bodyText())
            .getAsJsonObject()
            .get("access_token")
            .getAsString();
    SimResponse last = null;
    for (int i = 0; i < 5; i++) {
      last = call("GET", "/graph/v1.0/groups?$select=id", null);
      ok(last, GroupCollectionResponse::createFromDiscriminatorValue);
    }
    assertEquals("1.00", last.headers().get("x-ms-throttle-limit-percentage"));
    SimResponse throttled = call("GET", "/graph/v1.0/groups", null);
    assertEquals(429, throttled.status());
    assertNotNull(throttled.headers().get("Retry-After"));
    assertTrue(throttled.headers().get("x-ms-throttle-scope").startsWith("Application/"));
    ODataError error =
        UnknownProperties.parse(throttled.body(), ODataError::createFromDiscriminatorValue);
    assertEquals("TooManyRequests", error.getError().getCode());
  }

  @Test
  void unusedAssignBodyTypeIsTheSdksOwn() {
    assertNotNull(new AssignPostRequestBody().getFieldDeserializers().get("mobileAppAssignments"));
  }
}
