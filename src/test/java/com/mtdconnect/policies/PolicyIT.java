package com.mtdconnect.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.policies.boundary.PolicyDrifts;
import com.mtdconnect.policies.boundary.PolicyPublishRuns;
import com.mtdconnect.policies.boundary.PolicyPublishing;
import com.mtdconnect.policies.boundary.PolicyTemplates;
import com.mtdconnect.policies.boundary.PublishRunWorker;
import com.mtdconnect.policies.boundary.TenantPolicies;
import com.mtdconnect.policies.control.PolicyDriftKind;
import com.mtdconnect.policies.control.PolicyObjects;
import com.mtdconnect.policies.entity.DriftRow;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PublishRow;
import com.mtdconnect.policies.entity.PublishRun;
import com.mtdconnect.policies.entity.PublishRunTenant;
import com.mtdconnect.policies.entity.PublishRunView;
import com.mtdconnect.policies.entity.TenantPolicyRow;
import com.mtdconnect.policies.entity.TenantPolicyView;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.FreshTenants;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A template given to 20 freshly registered, consented simulated tenants (one of them overriding
 * the threat level) and published: two tenants fail through injected server faults and the 18
 * others are published; the two are retried once the faults are cleared; then every tenant's
 * simulated Intune holds exactly the published values, read back through Graph, and planning again
 * finds nothing to change. Prints the publish times.
 */
@PortalIT
class PolicyIT {

  private static final int TENANTS = 20;
  private static final String MANAGER = "policy-it-manager";
  private static final String READER = "policy-it-reader";
  private static final String ADMIN = "policy-it-admin";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(PolicyIT.class, PolicyRounds.class);
  }

  private static <T> T get(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private static void signInAs(String username) {
    RoleAssignments assignments = get(RoleAssignments.class);
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT policy manager",
        BuiltInRole.POLICY_AND_PROFILE_MANAGER,
        MANAGER,
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT policy admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        ADMIN,
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT policy reader",
        BuiltInRole.READ_ONLY_OPERATOR,
        READER,
        List.of());
    get(HttpServletRequest.class)
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
  }

  @Test
  void aTemplatePublishedToTwentyTenantsTwoFailAreRetriedAndIntuneHoldsExactlyItsValues() {
    signInAs(ADMIN);
    Map<Long, SimulatedTenant> tenants = new LinkedHashMap<>();
    while (tenants.size() < TENANTS) {
      SimulatedTenant sim =
          get(SimulatorHolder.class).simulator().findTenant(FreshTenants.next().id()).orElseThrow();
      sim.grantConsent(Set.of(GraphAppRole.portalSet()));
      TenantDraft draft = new TenantDraft();
      draft.setDisplayName("IT policy " + sim.displayName());
      draft.setDirectoryId(sim.id());
      draft.setContactName("Casey Customer");
      draft.setContactEmail("casey@example.com");
      draft.setScopeTags("EMEA");
      tenants.put(get(TenantRegistry.class).register(draft).getId(), sim);
      provisionConfiguration(sim);
    }
    List<Long> ids = new ArrayList<>(tenants.keySet());
    signInAs(MANAGER);
    PolicyTemplates templates = get(PolicyTemplates.class);
    PolicyTemplate template =
        templates.create(
            "IT iOS " + UUID.randomUUID().toString().substring(0, 8),
            Platform.IOS,
            PolicyPreset.STANDARD);
    assertEquals(TENANTS, templates.assign(template.getId(), ids));
    long overriding = ids.get(0);
    long overridingPolicy = policyOf(templates, template, overriding);
    TenantPolicies tenantPolicies = get(TenantPolicies.class);
    TenantPolicyView view = tenantPolicies.find(overriding, overridingPolicy);
    tenantPolicies.save(
        overriding,
        overridingPolicy,
        view.lockVersion(),
        Map.of(PolicyField.THREAT_LEVEL.key(), "high"),
        "customer tolerates high-threat devices");

    PolicyPublishRuns runs = get(PolicyPublishRuns.class);
    signInAs(READER);
    assertThrows(AccessDenied.class, () -> runs.start(template.getId(), ids));
    signInAs(MANAGER);

    long planStarted = System.nanoTime();
    long runId = runs.start(template.getId(), ids);
    PublishRunView plan = awaitRun(runs, runId, PublishRun.Phase.AWAITING_APPROVAL);
    long planMillis = (System.nanoTime() - planStarted) / 1_000_000;
    assertEquals(TENANTS, plan.count(PublishRunTenant.State.PLANNED), plan.getRows().toString());
    assertTrue(
        plan.getRows().stream().allMatch(r -> r.action().equals("Create")),
        plan.getRows().toString());
    assertTrue(
        plan.getRows().stream()
            .allMatch(r -> r.getText().contains("app configuration: maliciousAppScan")),
        "the app configuration keys are part of the plan: " + plan.getRows());

    List<SimulatedTenant> failing = List.of(tenants.get(ids.get(4)), tenants.get(ids.get(13)));
    failing.forEach(t -> t.faults().serverErrorRate(1.0));
    long started = System.nanoTime();
    PublishRunView first;
    try {
      assertEquals(TENANTS, runs.approve(runId));
      first = awaitRun(runs, runId, PublishRun.Phase.FINISHED);
    } finally {
      failing.forEach(t -> t.faults().clear());
    }
    long firstMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(18, first.count(PublishRunTenant.State.APPLIED), first.getRows().toString());
    assertEquals(2, first.getFailed(), first.getRows().toString());
    for (PublishRunView.Row row : first.getRows()) {
      boolean faulty = row.tenantId() == ids.get(4) || row.tenantId() == ids.get(13);
      assertEquals(
          faulty ? PublishRunTenant.State.FAILED : PublishRunTenant.State.APPLIED,
          row.state(),
          row.tenantName() + ": " + row.getText());
      assertFalse(row.getText().isBlank(), "a reason in words: " + row);
    }

    started = System.nanoTime();
    assertEquals(2, runs.retry(runId));
    PublishRunView retried = awaitRun(runs, runId, PublishRun.Phase.FINISHED);
    long retryMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(TENANTS, retried.count(PublishRunTenant.State.APPLIED), retried.toString());
    assertEquals(
        2,
        retried.getRows().stream().filter(r -> r.attempts() == 2).count(),
        "only the failed ones ran again");

    GraphGateway gateway = get(GraphGateway.class);
    for (long id : ids) {
      String expectedLevel = id == overriding ? "high" : "medium";
      IntuneObjectSpec expected =
          PolicyObjects.compliance(
              Platform.IOS,
              PolicyPreset.STANDARD
                  .values(Platform.IOS)
                  .overriddenBy(Map.of(PolicyField.THREAT_LEVEL.key(), expectedLevel)),
              template.getName() + " (iOS)");
      List<IntuneObject> held =
          gateway.intuneObjects(tenants.get(id).id(), IntuneObjectKind.COMPLIANCE_POLICY);
      IntuneObject ours = PolicyObjects.ours(held, Platform.IOS).orElseThrow();
      for (Map.Entry<String, String> field : expected.managedFields().entrySet()) {
        assertEquals(
            field.getValue(), ours.fields().get(field.getKey()), id + ": " + field.getKey());
      }
      assertEquals(
          1,
          held.stream().filter(o -> o.markerKey().isPresent()).count(),
          "exactly one object of ours, no duplicate from the retry");
      Map<String, String> keys =
          PolicyObjects.ourConfiguration(
                  gateway.intuneObjects(tenants.get(id).id(), IntuneObjectKind.APP_CONFIGURATION),
                  Platform.IOS)
              .orElseThrow()
              .settings();
      Map<String, String> expectedKeys = new java.util.TreeMap<>(CATALOGUE_KEYS);
      expectedKeys.putAll(PolicyPreset.STANDARD.values(Platform.IOS).appSettings());
      assertEquals(expectedKeys, keys, id + ": the policy's keys, the catalogue's kept");
    }
    long againRun = runs.start(template.getId(), ids);
    PublishRunView again = awaitRun(runs, againRun, PublishRun.Phase.AWAITING_APPROVAL);
    assertEquals(
        TENANTS, again.count(PublishRunTenant.State.UNCHANGED), again.getRows().toString());
    for (TenantPolicyRow row : templates.tenantPolicies(template.getId())) {
      assertTrue(row.getPublishText().contains("in Intune"), row.getPublishText());
    }
    System.out.printf(
        "[measure] policy publish (background run, %d lanes): plan of %d tenants in %d ms, publish"
            + " in %d ms (%d ms per tenant, 2 failing by injected faults), retry of the 2 failed in"
            + " %d ms%n",
        PublishRunWorker.LANES,
        TENANTS,
        planMillis,
        firstMillis,
        firstMillis / TENANTS,
        retryMillis);
  }

  /**
   * Drift: a tenant polled by the engine gets a published policy; an administrator raises its
   * threat level in the simulated Intune (and changes a field we do not manage): the next round,
   * asked for with "Sync now", finds exactly that field; accepting makes it the tenant's override
   * and a later round finds nothing; a second drift is reverted, after which Intune holds exactly
   * the published values, read through Graph. Prints the detection delay.
   */
  @Test
  void driftFoundInOneRoundIsAcceptedOrRevertedAndAnAcceptedDeviationStaysAccepted() {
    signInAs(ADMIN);
    SimulatedTenant sim =
        get(SimulatorHolder.class).simulator().findTenant(FreshTenants.next().id()).orElseThrow();
    sim.grantConsent(Set.of(GraphAppRole.portalSet()));
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("IT drift " + sim.displayName());
    draft.setDirectoryId(sim.id());
    draft.setContactName("Casey Customer");
    draft.setContactEmail("casey@example.com");
    draft.setScopeTags("EMEA");
    long tenant = get(TenantRegistry.class).register(draft).getId();
    get(ConsentVerification.class).verifyNow(tenant);
    PolicyRounds.awaitAfter(tenant, 0);
    PolicyRounds.Round idle = PolicyRounds.syncNow(tenant);
    assertFalse(idle.kindNames().contains(PolicyDriftKind.NAME), "nothing published, nothing read");

    signInAs(MANAGER);
    PolicyTemplates templates = get(PolicyTemplates.class);
    PolicyTemplate template =
        templates.create(
            "IT drift " + UUID.randomUUID().toString().substring(0, 8),
            Platform.IOS,
            PolicyPreset.STANDARD);
    templates.assign(template.getId(), List.of(tenant));
    long policy = policyOf(templates, template, tenant);
    PolicyPublishing publishing = get(PolicyPublishing.class);
    PublishRow unprovisioned = publishing.plan(template.getId(), tenant);
    assertEquals(PublishRow.Outcome.BLOCKED, unprovisioned.outcome(), unprovisioned.toString());
    assertTrue(unprovisioned.detail().contains("apply provisioning"), unprovisioned.detail());
    provisionConfiguration(sim);
    assertEquals(
        PublishRow.Outcome.PUBLISHED, publishing.publish(template.getId(), tenant).outcome());
    signInAs(ADMIN);
    // rounds come every few seconds (the consent check's interval is short in the tests): compare
    // with a round that ran the same other kinds as the idle one
    PolicyRounds.Round clean = PolicyRounds.syncNow(tenant);
    for (int i = 0; i < 10 && !sameOtherKinds(idle, clean); i++) {
      clean = PolicyRounds.syncNow(tenant);
    }
    assertTrue(clean.kindNames().contains(PolicyDriftKind.NAME), clean.toString());
    assertTrue(sameOtherKinds(idle, clean), idle + " / " + clean);
    assertEquals(
        idle.requests(),
        clean.requests(),
        "the drift check is a step of the round's batch, not a request of its own");
    PolicyDrifts drifts = get(PolicyDrifts.class);
    assertEquals(List.of(), drifts.of(tenant, policy), "Intune holds what was published");

    GraphGateway gateway = get(GraphGateway.class);
    String objectId = ourPolicy(gateway, sim).id();
    var simulator = get(SimulatorHolder.class).simulator();
    long changed = System.nanoTime();
    simulator.changeCompliancePolicy(
        sim, objectId, "deviceThreatProtectionRequiredSecurityLevel", "high");
    simulator.changeCompliancePolicy(sim, objectId, "passcodeExpirationDays", "30");
    PolicyRounds.Round detecting = PolicyRounds.syncNow(tenant);
    List<DriftRow> found = drifts.of(tenant, policy);
    long delayMillis = (System.nanoTime() - changed) / 1_000_000;
    assertEquals(1, found.size(), "exactly the managed field, not passcodeExpirationDays");
    assertEquals(PolicyField.THREAT_LEVEL.key(), found.get(0).getKey());
    assertEquals("medium", found.get(0).getPublished());
    assertEquals("high", found.get(0).getFound());
    assertTrue(found.get(0).changedAt().isPresent(), "Intune's lastModifiedDateTime");
    assertEquals(1, drifts.summary(tenant).size());

    signInAs(READER);
    assertThrows(AccessDenied.class, () -> drifts.accept(tenant, policy, "no"));
    assertThrows(AccessDenied.class, () -> drifts.revert(tenant, policy));
    signInAs(MANAGER);
    int accepted = drifts.accept(tenant, policy, "customer wants high-threat devices blocked");
    TenantPolicyView view = get(TenantPolicies.class).find(tenant, policy);
    assertEquals(accepted, view.getCurrentVersion());
    assertEquals("high", view.overrides().get(PolicyField.THREAT_LEVEL.key()));
    assertTrue(
        get(TenantPolicies.class).versions(tenant, policy).get(0).getLabel().contains(MANAGER));
    signInAs(ADMIN);
    PolicyRounds.syncNow(tenant);
    assertEquals(List.of(), drifts.of(tenant, policy), "an accepted deviation stays accepted");

    simulator.changeCompliancePolicy(sim, objectId, "securityBlockJailbrokenDevices", "false");
    simulator.changeCompliancePolicy(sim, objectId, "osMinimumVersion", "15.0");
    PolicyRounds.syncNow(tenant);
    assertEquals(2, drifts.of(tenant, policy).size(), drifts.of(tenant, policy).toString());
    signInAs(MANAGER);
    assertEquals(PublishRow.Outcome.PUBLISHED, drifts.revert(tenant, policy).outcome());
    assertEquals(List.of(), drifts.of(tenant, policy));
    IntuneObjectSpec expected =
        PolicyObjects.compliance(
            Platform.IOS,
            PolicyPreset.STANDARD
                .values(Platform.IOS)
                .overriddenBy(Map.of(PolicyField.THREAT_LEVEL.key(), "high")),
            template.getName() + " (iOS)");
    assertEquals(expected.managedFields(), managed(ourPolicy(gateway, sim), expected));
    signInAs(ADMIN);
    PolicyRounds.syncNow(tenant);
    assertEquals(List.of(), drifts.of(tenant, policy), "reverted: Intune matches again");

    // the app configuration: a key we manage changed and one we do not manage added by an
    // administrator: only ours drifts; accepted, it stays accepted; removed, it can only be
    // reverted
    IntuneObject config = ourConfiguration(gateway, sim);
    Map<String, String> edited = new java.util.TreeMap<>(config.settings());
    edited.put("webProtection", "off");
    edited.put("customerNote", "set by the customer");
    editConfiguration(gateway, sim, config, edited);
    PolicyRounds.syncNow(tenant);
    List<DriftRow> keyDrift = drifts.of(tenant, policy);
    assertEquals(1, keyDrift.size(), "exactly our key, not customerNote: " + keyDrift);
    assertEquals("app.webProtection", keyDrift.get(0).getKey());
    assertEquals("off", keyDrift.get(0).getFound());
    signInAs(MANAGER);
    drifts.accept(tenant, policy, "customer runs its own web filter");
    assertEquals(
        "off", get(TenantPolicies.class).find(tenant, policy).overrides().get("app.webProtection"));
    signInAs(ADMIN);
    PolicyRounds.syncNow(tenant);
    assertEquals(List.of(), drifts.of(tenant, policy), "the accepted key stays accepted");
    edited.remove("maliciousAppScan");
    editConfiguration(gateway, sim, ourConfiguration(gateway, sim), edited);
    PolicyRounds.syncNow(tenant);
    assertEquals("app.maliciousAppScan", drifts.of(tenant, policy).get(0).getKey());
    signInAs(MANAGER);
    assertThrows(PolicyRefused.class, () -> drifts.accept(tenant, policy, "no"));
    assertEquals(PublishRow.Outcome.PUBLISHED, drifts.revert(tenant, policy).outcome());
    Map<String, String> restored = ourConfiguration(gateway, sim).settings();
    assertEquals("on", restored.get("maliciousAppScan"), restored.toString());
    assertEquals("set by the customer", restored.get("customerNote"), "a key we do not manage");
    signInAs(ADMIN);
    PolicyRounds.syncNow(tenant);
    assertEquals(List.of(), drifts.of(tenant, policy), "reverted: the key is back");
    System.out.printf(
        "[measure] policy drift detection delay: %d ms from the change in the simulated Intune to"
            + " the finding (one round via Sync now, kinds %s, %d request(s)); a round with the"
            + " drift check: %d request(s), the same round without published policies: %d%n",
        delayMillis,
        detecting.kindNames(),
        detecting.requests(),
        clean.requests(),
        idle.requests());
  }

  /** The app configuration's keys as provisioning writes them from the catalogue. */
  private static final Map<String, String> CATALOGUE_KEYS =
      Map.of("tenantToken", "it-token", "region", "eu");

  /** The app configuration of our app, as provisioning leaves it in the tenant's Intune. */
  private static void provisionConfiguration(SimulatedTenant sim) {
    get(GraphGateway.class)
        .createIntuneObject(
            sim.id(),
            IntuneObjectSpec.appConfiguration(
                MobilePlatform.IOS,
                PolicyObjects.configurationKey(Platform.IOS),
                "MTD app configuration (iOS)",
                "com.example.mtd",
                "it-app",
                CATALOGUE_KEYS));
  }

  /** Waits (at most two minutes) until the run reaches the phase and no tenant is in progress. */
  private static PublishRunView awaitRun(
      PolicyPublishRuns runs, long runId, PublishRun.Phase phase) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    PublishRunView view = runs.find(runId).orElseThrow();
    while (view.phase() != phase || view.isActive()) {
      assertTrue(System.nanoTime() < deadline, "run " + runId + " stuck: " + view.getStateText());
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      view = runs.find(runId).orElseThrow();
    }
    return view;
  }

  private static boolean sameOtherKinds(PolicyRounds.Round idle, PolicyRounds.Round withDrift) {
    Set<String> others = new java.util.TreeSet<>(withDrift.kindNames());
    others.remove(PolicyDriftKind.NAME);
    return others.equals(idle.kindNames());
  }

  private static IntuneObject ourConfiguration(GraphGateway gateway, SimulatedTenant sim) {
    return PolicyObjects.ourConfiguration(
            gateway.intuneObjects(sim.id(), IntuneObjectKind.APP_CONFIGURATION), Platform.IOS)
        .orElseThrow();
  }

  /** An administrator's change of the app configuration's keys, through Graph. */
  private static void editConfiguration(
      GraphGateway gateway, SimulatedTenant sim, IntuneObject config, Map<String, String> keys) {
    gateway.updateIntuneObject(
        sim.id(),
        config.id(),
        IntuneObjectSpec.appConfiguration(
            MobilePlatform.IOS,
            PolicyObjects.configurationKey(Platform.IOS),
            config.displayName(),
            "",
            "",
            keys));
  }

  private static IntuneObject ourPolicy(GraphGateway gateway, SimulatedTenant sim) {
    return PolicyObjects.ours(
            gateway.intuneObjects(sim.id(), IntuneObjectKind.COMPLIANCE_POLICY), Platform.IOS)
        .orElseThrow();
  }

  /** The object's values of the spec's managed fields, in the spec's order. */
  private static Map<String, String> managed(IntuneObject held, IntuneObjectSpec spec) {
    Map<String, String> values = new LinkedHashMap<>();
    spec.managedFields().keySet().forEach(k -> values.put(k, held.fields().get(k)));
    return values;
  }

  private static long policyOf(PolicyTemplates templates, PolicyTemplate template, long tenant) {
    return templates.tenantPolicies(template.getId()).stream()
        .filter(r -> r.getTenantId() == tenant)
        .findFirst()
        .orElseThrow()
        .getPolicyId();
  }
}
