package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.ConsentState;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminConsentTest {

  private static final String CLIENT = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";
  private static final String CALLBACK = "https://portal.example/consent/callback";

  private MicrosoftCloudSimulator simulator;
  private SimulatedTenant tenant;

  @BeforeEach
  void setUp() {
    simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(3, 3));
    simulator.registerApplication(
        new AppRegistration(
            CLIENT,
            "MTD Connect",
            Optional.empty(),
            List.of(),
            List.of(CALLBACK),
            Set.of(GraphAppRole.portalSet())));
    tenant = simulator.tenant(1);
    tenant.revokeConsent();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String params(String redirect, String state) {
    return "client_id="
        + CLIENT
        + "&scope="
        + enc("https://graph.microsoft.com/.default")
        + "&redirect_uri="
        + enc(redirect)
        + "&state="
        + enc(state);
  }

  private SimResponse get(String tenantSegment, String query) {
    return simulator.handle(
        new SimRequest(
            "GET", "/login/" + tenantSegment + "/v2.0/adminconsent", query, Map.of(), null));
  }

  private SimResponse post(String tenantSegment, String form) {
    return simulator.handle(
        new SimRequest(
            "POST",
            "/login/" + tenantSegment + "/v2.0/adminconsent",
            "",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            form.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> redirectParams(SimResponse response) {
    assertEquals(302, response.status(), response.bodyText());
    URI location = URI.create(response.headers().get("Location"));
    assertTrue(location.toString().startsWith(CALLBACK + "?"));
    return SimRequest.decodeForm(location.getRawQuery());
  }

  @Test
  void thePageListsThePermissionsAndEscapesWhatItReflects() {
    SimResponse page = get(tenant.id(), params(CALLBACK, "<script>x</script>"));
    assertEquals(200, page.status());
    String html = page.bodyText();
    assertTrue(html.contains("DeviceManagementApps.ReadWrite.All"));
    assertTrue(html.contains(tenant.displayName()));
    assertFalse(html.contains("<script>x"));
    assertTrue(html.contains("&lt;script&gt;x"));
  }

  @Test
  void acceptingRedirectsWithTenantScopeAndStateAndGrantsTheRoles() {
    Map<String, String> p =
        redirectParams(
            post(tenant.id(), params(CALLBACK, "s-123") + "&account=admin&decision=accept"));
    assertEquals("True", p.get("admin_consent"));
    assertEquals(tenant.id(), p.get("tenant"));
    assertEquals("s-123", p.get("state"));
    assertTrue(p.get("scope").contains("https://graph.microsoft.com/GroupMember.Read.All"));
    assertEquals(ConsentState.CONSENTED, tenant.consent());
    assertEquals(Set.of(GraphAppRole.portalSet()), tenant.grantedRoles());
  }

  @Test
  void cancellingRedirectsWithAccessDeniedAndNoTenant() {
    Map<String, String> p =
        redirectParams(post(tenant.id(), params(CALLBACK, "s-9") + "&decision=cancel"));
    assertEquals("access_denied", p.get("error"));
    assertTrue(p.get("error_description").startsWith("AADSTS65004"));
    assertEquals("True", p.get("admin_consent"));
    assertEquals("s-9", p.get("state"));
    assertNull(p.get("tenant"));
    assertEquals(ConsentState.REVOKED, tenant.consent());
  }

  @Test
  void theWrongAccountGetsAadsts50020AndANonAdminAnApprovalPage() {
    Map<String, String> p =
        redirectParams(
            post(tenant.id(), params(CALLBACK, "s") + "&account=foreign&decision=accept"));
    assertTrue(p.get("error_description").startsWith("AADSTS50020"));
    SimResponse user = post(tenant.id(), params(CALLBACK, "s") + "&account=user&decision=accept");
    assertEquals(400, user.status());
    assertTrue(user.bodyText().contains("AADSTS90094"));
  }

  @Test
  void anUnregisteredRedirectUriGetsAnErrorPageNotARedirect() {
    SimResponse response = get(tenant.id(), params("https://evil.example/cb", "s"));
    assertEquals(400, response.status());
    assertNull(response.headers().get("Location"));
    assertTrue(response.bodyText().contains("AADSTS50011"));
  }

  @Test
  void organizationsLetsTheAdminPickTheirTenant() {
    SimResponse page = get("organizations", params(CALLBACK, "s"));
    assertTrue(page.bodyText().contains(tenant.domain()));
    Map<String, String> p =
        redirectParams(
            post(
                "organizations",
                params(CALLBACK, "s") + "&tenant_choice=" + tenant.id() + "&decision=accept"));
    assertEquals(tenant.id(), p.get("tenant"));
  }
}
