package com.mtdconnect.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditActions;
import com.mtdconnect.auditlog.boundary.AuditLog;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.consent.boundary.CallbackParameters;
import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.consent.boundary.CustomerConsent;
import com.mtdconnect.consent.control.SigningKeyStore;
import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.demo.control.DemoStaffAccounts;
import com.mtdconnect.health.boundary.AlertRuleAdministration;
import com.mtdconnect.health.boundary.TenantHealthBoard;
import com.mtdconnect.health.entity.AlertRule;
import com.mtdconnect.health.entity.AlertRuleDraft;
import com.mtdconnect.identity.boundary.StaffSessions;
import com.mtdconnect.identity.entity.EntraIdentity;
import com.mtdconnect.identity.entity.SignInProblem;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.onboarding.boundary.OnboardingProfiles;
import com.mtdconnect.onboarding.boundary.ProfileApplication;
import com.mtdconnect.onboarding.boundary.TenantOnboardings;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupRole;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileDraft;
import com.mtdconnect.onboarding.entity.ProfileNotApplicable;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.policies.boundary.PolicyDrifts;
import com.mtdconnect.policies.boundary.PolicyPublishing;
import com.mtdconnect.policies.boundary.PolicyTemplates;
import com.mtdconnect.policies.boundary.TenantPolicies;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.provisioning.boundary.AppCatalogueAdministration;
import com.mtdconnect.provisioning.entity.CatalogueDraft;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.boundary.RoleAdministration;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.testsupport.AuditRecords;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every use case that changes state leaves exactly one audit record. The test finds the use-case
 * facades itself (transactional beans in the {@code boundary} packages) and fails for any public
 * method that is neither declared read-only here nor exercised by a scenario, so a new use case
 * cannot slip in unaudited.
 */
@PortalIT
class AuditCompletenessIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(AuditCompletenessIT.class);
  }

  /** Public facade methods that only read. */
  private static final Set<String> READ_ONLY =
      Set.of(
          "TenantRegistry.search",
          "TenantRegistry.list",
          "TenantRegistry.count",
          "TenantRegistry.find",
          "TenantRegistry.history",
          "RoleAdministration.roles",
          "RoleAdministration.role",
          "RoleAdministration.assignments",
          "RoleAdministration.assignment",
          "RoleAdministration.assignableRoles",
          "RoleAdministration.requireMayCreateRoles",
          "TenantRegistry.findForUpdate",
          "TenantRegistry.requireMayRegister",
          "TenantRegistry.lookUp",
          "TenantRegistry.scopeTagChoices",
          "RbacMonitor.requireRolesRead",
          "RbacMonitor.myPermissions",
          "RbacMonitor.sourcesOf",
          "RbacMonitor.permissionsOf",
          "RbacMonitor.staffUsernames",
          "RbacMonitor.viewerScope",
          "RbacMonitor.signInOf",
          "MemberDirectory.search",
          "MemberDirectory.check",
          "AuditLog.events",
          "AuditLog.count",
          "AuditLog.actions",
          "ConsentLinks.overview",
          "ConsentLinks.urlOf",
          "ConsentLinks.catalog",
          "CustomerConsent.outcome",
          "Outbox.newest",
          "Outbox.tenantsWithMail",
          "AuditLog.tenantChoice",
          "AuditLog.tenantChoices",
          "RoleAdministration.assignmentScopeTagChoices",
          "RoleAdministration.mayAddScopeTags",
          "AppCatalogueAdministration.current",
          "TenantOnboardings.overview",
          "TenantOnboardings.intent",
          "OnboardingProfiles.list",
          "OnboardingProfiles.find",
          "OnboardingProfiles.tenantsToPick",
          "TenantHealthBoard.health",
          "TenantHealthBoard.transitions",
          "TenantHealthBoard.alerts",
          "AlertRuleAdministration.rules",
          "AlertRuleAdministration.tagsToPick",
          "JobHistory.rounds",
          "JobHistory.count",
          "JobHistory.tenants",
          "JobHistory.status",
          "PolicyTemplates.list",
          "PolicyTemplates.find",
          "PolicyTemplates.versions",
          "PolicyTemplates.diff",
          "PolicyTemplates.tenantPolicies",
          "PolicyTemplates.tenantsToPick",
          "TenantPolicies.find",
          "TenantPolicies.versions",
          "TenantPolicies.diff",
          "PolicyPublishing.plan",
          "PolicyDrifts.of",
          "PolicyDrifts.summary",
          "FleetBoard.counters",
          "FleetBoard.driftedTenants",
          "FleetBoard.needingAttention",
          "FleetBoard.rows",
          "FleetBoard.count",
          "FleetBoard.tenantRow",
          "FleetBoard.coverageByDay",
          "FleetBoard.throttlingByHour",
          "FleetBoard.graphUse");

  @Test
  void everyStateChangingUseCaseLeavesExactlyOneAuditRecord() throws Exception {
    Map<String, Scenario> scenarios = scenarios();

    Set<String> changing = new TreeSet<>(useCaseMethods());
    changing.removeAll(READ_ONLY);
    assertEquals(
        new TreeSet<>(scenarios.keySet()),
        changing,
        "every state-changing use case needs an audit scenario here");

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Scenario> scenario : scenarios.entrySet()) {
      long before = latestAuditId();
      scenario.getValue().run();
      List<String> recorded = actionsAfter(before);
      if (!recorded.equals(List.of(scenario.getValue().action()))) {
        wrong.add(scenario.getKey() + " recorded " + recorded);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * Every action in the audit trail reads as words in the log ({@code AuditActions}): the actions
   * the scenarios above record and whatever the portal's jobs, the demo seed and other test classes
   * of this run recorded so far, except the rows tests insert by hand ({@code TEST_*}).
   */
  @Test
  void everyRecordedActionHasAPhrase() throws Exception {
    Set<String> unlabelled = new TreeSet<>();
    for (Scenario scenario : scenarios().values()) {
      if (!AuditActions.isLabelled(scenario.action())) {
        unlabelled.add(scenario.action());
      }
    }
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT DISTINCT action FROM audit_event WHERE action NOT LIKE 'TEST\\_%'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        if (!AuditActions.isLabelled(rows.getString(1))) {
          unlabelled.add(rows.getString(1));
        }
      }
    }
    assertEquals(Set.of(), unlabelled, "actions shown as codes in the audit log");
  }

  /**
   * The portal's own changes are audited too, each in the transaction of the change and with a
   * system actor: the consent signing key generated at the first start (when, never the key), the
   * demo staff's role assignments, and any seeded assignment, once.
   */
  @Test
  void thePortalsOwnChangesLeaveAuditRecordsWithASystemActor() throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement events =
            db.prepareStatement(
                "SELECT actor, source_address, after_state FROM audit_event WHERE action = ?");
        PreparedStatement key =
            db.prepareStatement("SELECT secret FROM consent_signing_key WHERE id = 1")) {
      String secret;
      try (ResultSet row = key.executeQuery()) {
        assertTrue(row.next(), "the signing key is generated at start");
        secret = row.getString(1);
      }
      events.setString(1, SigningKeyStore.GENERATED);
      try (ResultSet rows = events.executeQuery()) {
        assertTrue(rows.next(), "the generated signing key is audited");
        assertEquals(SigningKeyStore.ACTOR_NAME, rows.getString(1));
        assertEquals(null, rows.getString(2), "the portal's own work has no client address");
        assertFalse(rows.getString(3).contains(secret), "the record never holds the key");
        assertTrue(rows.getString(3).contains("createdAt"), rows.getString(3));
        assertFalse(rows.next(), "the key is generated once per database");
      }
    }
    assertEquals(
        DemoStaffAccounts.ACCOUNTS.size(),
        countOf("ROLE_ASSIGNED", "system:demo-seed"),
        "every demo staff assignment is audited once");

    RoleAssignments assignments = CDI.current().select(RoleAssignments.class).get();
    String name = "IT seeded " + UUID.randomUUID();
    long before = latestAuditId();
    assertTrue(
        assignments.assignIfAbsent(
            Actor.system("it-seed"), name, BuiltInRole.READ_ONLY_OPERATOR, "it-seeded", List.of()));
    assertFalse(
        assignments.assignIfAbsent(
            Actor.system("it-seed"), name, BuiltInRole.READ_ONLY_OPERATOR, "it-seeded", List.of()),
        "an existing assignment is left alone");
    assertEquals(List.of("ROLE_ASSIGNED by system:it-seed"), actionsAndActorsAfter(before));
  }

  private static long countOf(String action, String actor) throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?")) {
      query.setString(1, action);
      query.setString(2, actor);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static List<String> actionsAndActorsAfter(long id) throws Exception {
    List<String> recorded = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT action, actor FROM audit_event WHERE id > ? AND actor LIKE 'system:it-%'"
                    + " ORDER BY id")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          recorded.add(rows.getString(1) + " by " + rows.getString(2));
        }
      }
    }
    return recorded;
  }

  private Map<String, Scenario> scenarios() {
    TenantRegistry tenants = CDI.current().select(TenantRegistry.class).get();
    RoleAdministration roles = CDI.current().select(RoleAdministration.class).get();
    AuditLog auditLog = CDI.current().select(AuditLog.class).get();
    StaffSessions sessions = CDI.current().select(StaffSessions.class).get();
    RoleAssignments assignments = CDI.current().select(RoleAssignments.class).get();
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT audit admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        "audit-admin",
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT audit roles",
        BuiltInRole.ROLE_ADMINISTRATOR,
        "audit-roles",
        List.of());
    String run = UUID.randomUUID().toString().substring(0, 8);
    Tenant[] tenant = new Tenant[1];
    Role[] role = new Role[1];
    RoleAssignment[] assignment = new RoleAssignment[1];

    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    scenarios.put(
        "TenantRegistry.register",
        new Scenario(
            "TENANT_REGISTERED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      tenant[0] = tenants.register(draft(run));
                      // the customer's tenant is gone afterwards: checks find no grant to restore
                      CDI.current()
                          .select(com.mtdconnect.simulator.boundary.SimulatorHolder.class)
                          .get()
                          .simulator()
                          .findTenant(tenant[0].getDirectoryId())
                          .ifPresent(com.mtdconnect.simulator.entity.SimulatedTenant::delete);
                      return tenant[0];
                    })));
    scenarios.put(
        "TenantBulkRegistration.importCsv",
        new Scenario(
            "TENANT_REGISTERED",
            () ->
                as(
                    "audit-admin",
                    () ->
                        CDI.current()
                            .select(com.mtdconnect.tenancy.boundary.TenantBulkRegistration.class)
                            .get()
                            .importCsv(
                                ("Audit import "
                                        + run
                                        + ","
                                        + com.mtdconnect.testsupport.FreshTenants.domain()
                                        + ",EMEA,Ada Auditor,ada@example.org\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    scenarios.put(
        "TenantRegistry.update",
        new Scenario(
            "TENANT_UPDATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      TenantDraft change = TenantDraft.of(tenant[0]);
                      change.setNotes("changed");
                      return tenant[0] =
                          tenants.update(tenant[0].getId(), tenant[0].getVersion(), change);
                    })));
    scenarios.put(
        "TenantRegistry.archive",
        new Scenario(
            "TENANT_ARCHIVED",
            () ->
                as(
                    "audit-admin",
                    () -> tenant[0] = tenants.archive(tenant[0].getId(), tenant[0].getVersion()))));
    scenarios.put(
        "TenantRegistry.restore",
        new Scenario(
            "TENANT_RESTORED",
            () ->
                as(
                    "audit-admin",
                    () -> tenant[0] = tenants.restore(tenant[0].getId(), tenant[0].getVersion()))));
    scenarios.put(
        "RoleAdministration.createRole",
        new Scenario(
            "ROLE_CREATED",
            () -> as("audit-roles", () -> role[0] = roles.createRole(roleDraft("Audit " + run)))));
    scenarios.put(
        "RoleAdministration.changeRole",
        new Scenario(
            "ROLE_UPDATED",
            () ->
                as(
                    "audit-roles",
                    () ->
                        role[0] =
                            roles.changeRole(
                                role[0].getId(),
                                role[0].getVersion(),
                                roleDraft("Audit changed " + run)))));
    scenarios.put(
        "RoleAdministration.assign",
        new Scenario(
            "ROLE_ASSIGNED",
            () ->
                as(
                    "audit-roles",
                    () -> assignment[0] = roles.assign(assignmentDraft(role[0], run, "EMEA")))));
    scenarios.put(
        "RoleAdministration.changeAssignment",
        new Scenario(
            "ROLE_ASSIGNMENT_CHANGED",
            () ->
                as(
                    "audit-roles",
                    () ->
                        assignment[0] =
                            roles.changeAssignment(
                                assignment[0].getId(),
                                assignment[0].getVersion(),
                                assignmentDraft(role[0], run, "AMER")))));
    scenarios.put(
        "RoleAdministration.removeAssignment",
        new Scenario(
            "ROLE_ASSIGNMENT_REMOVED",
            () ->
                as(
                    "audit-roles",
                    () -> {
                      roles.removeAssignment(assignment[0].getId());
                      return null;
                    })));
    scenarios.put(
        "RoleAdministration.deleteRole",
        new Scenario(
            "ROLE_DELETED",
            () ->
                as(
                    "audit-roles",
                    () -> {
                      roles.deleteRole(role[0].getId());
                      return null;
                    })));
    scenarios.put(
        "StaffSessions.signIn",
        new Scenario(
            "STAFF_SIGNED_IN",
            () ->
                () ->
                    sessions.signIn(
                        new SignedInStaff(
                            "audit-staff-" + run,
                            "Audit Staff",
                            Set.of("audit-group-" + run),
                            Instant.now()),
                        EntraIdentity.of("oid-" + run, "tid-" + run),
                        "127.0.0.1")));
    scenarios.put(
        "StaffSessions.refuse",
        new Scenario(
            "STAFF_SIGN_IN_REFUSED",
            () ->
                () -> {
                  sessions.refuse(
                      StaffSessions.UNKNOWN_STAFF, SignInProblem.CANCELLED, "127.0.0.1");
                  return null;
                }));
    scenarios.put(
        "StaffSessions.signOut",
        new Scenario(
            "STAFF_SIGNED_OUT",
            () ->
                () -> {
                  sessions.signOut("audit-staff-" + run, "127.0.0.1");
                  return null;
                }));
    scenarios.put(
        "AuditLog.exportCsv",
        new Scenario(
            "AUDIT_EXPORTED", () -> as("audit-admin", () -> auditLog.exportCsv(new AuditQuery()))));
    consentScenarios(scenarios, tenant);
    AppCatalogueAdministration catalogue =
        CDI.current().select(AppCatalogueAdministration.class).get();
    scenarios.put(
        "AppCatalogueAdministration.save",
        new Scenario(
            "CATALOGUE_UPDATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      var current = catalogue.current();
                      CatalogueDraft draft =
                          current.map(CatalogueDraft::of).orElseGet(AuditCompletenessIT::catalogue);
                      draft.setUnresponsiveDays(draft.getUnresponsiveDays() % 30 + 1);
                      return catalogue.save(current.map(c -> c.getVersion()).orElse(-1L), draft);
                    })));
    onboardingScenarios(scenarios, tenant);
    healthScenarios(scenarios, tenant);
    pollingScenarios(scenarios);
    policyScenarios(scenarios, tenant, run);
    return scenarios;
  }

  private void healthScenarios(Map<String, Scenario> scenarios, Tenant[] tenant) {
    TenantHealthBoard health = CDI.current().select(TenantHealthBoard.class).get();
    AlertRuleAdministration alertRules = CDI.current().select(AlertRuleAdministration.class).get();
    AlertRule[] rule = new AlertRule[1];
    scenarios.put(
        "TenantHealthBoard.recompute",
        new Scenario(
            "HEALTH_RECOMPUTED",
            () -> as("audit-admin", () -> health.recompute(tenant[0].getId()))));
    scenarios.put(
        "AlertRuleAdministration.save",
        new Scenario(
            "ALERT_RULE_CREATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      AlertRuleDraft draft = new AlertRuleDraft();
                      draft.setScopeTag(tenant[0].getScopeTagList().get(0));
                      draft.setEmailRecipients("noc@msp.example");
                      draft.setWebhookUrl("https://hooks.example.com/mtd");
                      draft.setNewWebhookSecret("audit-completeness-secret");
                      rule[0] = alertRules.save(null, 0, draft);
                      return rule[0];
                    })));
    scenarios.put(
        "AlertRuleAdministration.sendTest",
        new Scenario(
            "ALERT_TEST_SENT",
            () -> as("audit-admin", () -> alertRules.sendTest(rule[0].getId()))));
    scenarios.put(
        "AlertRuleAdministration.delete",
        new Scenario(
            "ALERT_RULE_DELETED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      alertRules.delete(rule[0].getId());
                      return rule[0];
                    })));
  }

  private static CatalogueDraft catalogue() {
    CatalogueDraft d = new CatalogueDraft();
    d.setIosDisplayName("Audit Shield");
    d.setIosPublisher("Audit");
    d.setIosAppIdentifier("com.audit.shield");
    d.setIosStoreUrl("https://apps.apple.com/app/id1");
    d.setAndroidDisplayName("Audit Shield");
    d.setAndroidPublisher("Audit");
    d.setAndroidAppIdentifier("com.audit.shield");
    d.setAndroidStoreUrl("https://play.google.com/store/apps/details?id=com.audit.shield");
    return d;
  }

  /** The consent use cases, on the tenant the tenant scenarios registered (restored by now). */
  private void consentScenarios(Map<String, Scenario> scenarios, Tenant[] tenant) {
    ConsentLinks links = CDI.current().select(ConsentLinks.class).get();
    CustomerConsent customer = CDI.current().select(CustomerConsent.class).get();
    ConsentVerification verification = CDI.current().select(ConsentVerification.class).get();
    ConsentLink[] link = new ConsentLink[1];
    String[] token = new String[1];
    String[] microsoftUrl = new String[1];
    String binding = "b".repeat(43);
    scenarios.put(
        "ConsentLinks.createLink",
        new Scenario(
            "CONSENT_LINK_CREATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      link[0] = links.createLink(tenant[0].getId());
                      String url = links.urlOf(link[0]);
                      token[0] = url.substring(url.indexOf("link=") + 5);
                      return link[0];
                    })));
    scenarios.put(
        "ConsentLinks.sendLink",
        new Scenario(
            "CONSENT_LINK_SENT",
            () -> as("audit-admin", () -> links.sendLink(tenant[0].getId(), link[0].getId()))));
    scenarios.put(
        "CustomerConsent.open",
        new Scenario("CONSENT_LINK_OPENED", () -> () -> customer.open(token[0])));
    scenarios.put(
        "CustomerConsent.begin",
        new Scenario(
            "CONSENT_SENT_TO_MICROSOFT",
            () -> () -> microsoftUrl[0] = customer.begin(token[0], binding)));
    scenarios.put(
        "CustomerConsent.complete",
        new Scenario(
            "CONSENT_DECLINED",
            () ->
                () -> {
                  String state =
                      java.net.URLDecoder.decode(
                          microsoftUrl[0].substring(microsoftUrl[0].indexOf("state=") + 6),
                          java.nio.charset.StandardCharsets.UTF_8);
                  return customer.complete(
                      new CallbackParameters(
                          state,
                          "True",
                          "access_denied",
                          "AADSTS65004: User declined to consent to access the app.",
                          null),
                      binding);
                }));
    scenarios.put(
        "ConsentLinks.sendReconsentLink",
        new Scenario(
            "CONSENT_RECONSENT_LINK_SENT",
            () -> as("audit-admin", () -> links.sendReconsentLink(tenant[0].getId()))));
    scenarios.put(
        "ConsentVerification.verifyNow",
        new Scenario(
            "CONSENT_CHECKED",
            () -> as("audit-admin", () -> verification.verifyNow(tenant[0].getId()))));
  }

  /**
   * The onboarding use cases on the same tenant (registered here, unknown to Microsoft: every Graph
   * read fails and is stored as a reason, which is audited like any other change), and profiles.
   */
  private void onboardingScenarios(Map<String, Scenario> scenarios, Tenant[] tenant) {
    TenantOnboardings onboardings = CDI.current().select(TenantOnboardings.class).get();
    OnboardingProfiles profiles = CDI.current().select(OnboardingProfiles.class).get();
    ProfileApplication profileApplication = CDI.current().select(ProfileApplication.class).get();
    OnboardingProfile[] profile = new OnboardingProfile[1];
    GroupFound group = new GroupFound("it-group-1", "IT users", "Security", 3, 0);
    ProfileDraft draft = new ProfileDraft();
    draft.setName("IT audit profile " + UUID.randomUUID().toString().substring(0, 8));
    draft.setIncludePrefixes(List.of("MTD-"));
    scenarios.put(
        "TenantOnboardings.start",
        new Scenario(
            "ONBOARDING_STARTED",
            () -> as("audit-admin", () -> onboardings.start(tenant[0].getId()))));
    scenarios.put(
        "TenantOnboardings.savePlatforms",
        new Scenario(
            "ONBOARDING_PLATFORMS_SAVED",
            () ->
                as(
                    "audit-admin",
                    () ->
                        onboardings.savePlatforms(
                            tenant[0].getId(),
                            Set.of(DevicePlatform.IOS),
                            DeviceThreatLevel.MEDIUM))));
    scenarios.put(
        "TenantOnboardings.saveFrequency",
        new Scenario(
            "ONBOARDING_FREQUENCY_SAVED",
            () ->
                as(
                    "audit-admin",
                    () -> onboardings.saveFrequency(tenant[0].getId(), SyncFrequency.HOURS_4))));
    scenarios.put(
        "TenantOnboardings.readTenantSize",
        new Scenario(
            "ONBOARDING_SIZE_READ",
            () -> as("audit-admin", () -> onboardings.readTenantSize(tenant[0].getId()))));
    scenarios.put(
        "TenantOnboardings.targetGroup",
        new Scenario(
            "ONBOARDING_GROUP_INCLUDED",
            () ->
                as(
                    "audit-admin",
                    () -> onboardings.targetGroup(tenant[0].getId(), group, GroupRole.INCLUDED))));
    scenarios.put(
        "TenantOnboardings.countScope",
        new Scenario(
            "ONBOARDING_SCOPE_COUNTED",
            () -> as("audit-admin", () -> onboardings.countScope(tenant[0].getId()))));
    scenarios.put(
        "TenantOnboardings.untargetGroup",
        new Scenario(
            "ONBOARDING_GROUP_REMOVED",
            () ->
                as(
                    "audit-admin",
                    () -> onboardings.untargetGroup(tenant[0].getId(), group.getId()))));
    scenarios.put(
        "OnboardingProfiles.create",
        new Scenario(
            "ONBOARDING_PROFILE_CREATED",
            () -> as("audit-admin", () -> profile[0] = profiles.create(draft))));
    scenarios.put(
        "OnboardingProfiles.update",
        new Scenario(
            "ONBOARDING_PROFILE_UPDATED",
            () ->
                as(
                    "audit-admin",
                    () ->
                        profile[0] =
                            profiles.update(profile[0].getId(), profile[0].getVersion(), draft))));
    // the tenant has no consent: the profile is refused, and the refusal is audited
    scenarios.put(
        "ProfileApplication.apply",
        new Scenario(
            "ONBOARDING_PROFILE_REFUSED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      try {
                        return profileApplication.apply(tenant[0].getId(), profile[0].getId());
                      } catch (ProfileNotApplicable refused) {
                        return refused;
                      }
                    })));
    scenarios.put(
        "OnboardingProfiles.delete",
        new Scenario(
            "ONBOARDING_PROFILE_DELETED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      profiles.delete(profile[0].getId());
                      return null;
                    })));
    scenarios.put(
        "TenantOnboardings.cancel",
        new Scenario(
            "ONBOARDING_CANCELLED",
            () -> as("audit-admin", () -> onboardings.cancel(tenant[0].getId()))));
  }

  /**
   * Templates: created, saved as a new version and deleted while no tenant inherits it; another
   * template (made before the scenarios run) given to the tenant, whose policy is then saved.
   */
  private void policyScenarios(Map<String, Scenario> scenarios, Tenant[] tenant, String run) {
    PolicyTemplates templates = CDI.current().select(PolicyTemplates.class).get();
    TenantPolicies tenantPolicies = CDI.current().select(TenantPolicies.class).get();
    PolicyTemplate[] template = new PolicyTemplate[1];
    PolicyTemplate given =
        as(
                "audit-admin",
                () ->
                    templates.create("Audit given " + run, Platform.ANDROID, PolicyPreset.BASELINE))
            .get();
    scenarios.put(
        "PolicyTemplates.create",
        new Scenario(
            "POLICY_TEMPLATE_CREATED",
            () ->
                as(
                    "audit-admin",
                    () ->
                        template[0] =
                            templates.create(
                                "Audit template " + run, Platform.IOS, PolicyPreset.STANDARD))));
    scenarios.put(
        "PolicyTemplates.save",
        new Scenario(
            "POLICY_TEMPLATE_UPDATED",
            () ->
                as(
                    "audit-admin",
                    () ->
                        template[0] =
                            templates.save(
                                template[0].getId(),
                                template[0].getVersion(),
                                template[0].getName(),
                                PolicyPreset.STRICT.values(Platform.IOS).asMap(),
                                "stricter"))));
    scenarios.put(
        "PolicyTemplates.delete",
        new Scenario(
            "POLICY_TEMPLATE_DELETED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      templates.delete(template[0].getId());
                      return null;
                    })));
    scenarios.put(
        "PolicyTemplates.assign",
        new Scenario(
            "TENANT_POLICY_CREATED",
            () ->
                as(
                    "audit-admin",
                    () -> templates.assign(given.getId(), List.of(tenant[0].getId())))));
    scenarios.put(
        "TenantPolicies.save",
        new Scenario(
            "TENANT_POLICY_UPDATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      long policy = templates.tenantPolicies(given.getId()).get(0).getPolicyId();
                      var view = tenantPolicies.find(tenant[0].getId(), policy);
                      return tenantPolicies.save(
                          tenant[0].getId(),
                          policy,
                          view.lockVersion(),
                          Map.of("threatLevel", "medium"),
                          "customer asked");
                    })));
    // the tenant never granted consent in the simulator: Microsoft refuses, the failure is audited
    PolicyPublishing publishing = CDI.current().select(PolicyPublishing.class).get();
    scenarios.put(
        "PolicyPublishing.publish",
        new Scenario(
            "POLICY_PUBLISH_FAILED",
            () -> as("audit-admin", () -> publishing.publish(given.getId(), tenant[0].getId()))));
    // a drift as the tenant round stores it, accepted; then a revert, which Microsoft refuses
    PolicyDrifts drifts = CDI.current().select(PolicyDrifts.class).get();
    scenarios.put(
        "PolicyDrifts.accept",
        new Scenario(
            "POLICY_DRIFT_ACCEPTED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      long policy = templates.tenantPolicies(given.getId()).get(0).getPolicyId();
                      storeDrift(tenant[0].getId(), policy);
                      return drifts.accept(tenant[0].getId(), policy, "customer's choice");
                    })));
    scenarios.put(
        "PolicyDrifts.revert",
        new Scenario(
            "POLICY_DRIFT_REVERT_FAILED",
            () ->
                as(
                    "audit-admin",
                    () ->
                        drifts.revert(
                            tenant[0].getId(),
                            templates.tenantPolicies(given.getId()).get(0).getPolicyId()))));
  }

  /** A drifted threat level of the policy, as the tenant round would have found it. */
  private static void storeDrift(long tenant, long policy) {
    try (Connection db = dataSource().getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO policy_drift (tenant_id, tenant_policy_id, field_key,"
                    + " published_value, intune_value, detected_at) VALUES (?, ?, 'threatLevel',"
                    + " 'low', 'high', UTC_TIMESTAMP(3))")) {
      insert.setLong(1, tenant);
      insert.setLong(2, policy);
      insert.executeUpdate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** "Sync now" on a tenant whose consent the demo verified at start (so it is polled). */
  private void pollingScenarios(Map<String, Scenario> scenarios) {
    com.mtdconnect.polling.boundary.JobHistory jobs =
        CDI.current().select(com.mtdconnect.polling.boundary.JobHistory.class).get();
    scenarios.put(
        "JobHistory.syncNow",
        new Scenario(
            "POLL_ROUND_REQUESTED",
            () -> as("audit-admin", () -> jobs.syncNow(consentedTenant()))));
  }

  private static long consentedTenant() {
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT c.tenant_id FROM consent_status c JOIN tenant t ON t.id = c.tenant_id"
                    + " WHERE c.status = 'CONSENTED' AND t.archived_at IS NULL ORDER BY 1 LIMIT 1");
        ResultSet row = query.executeQuery()) {
      assertTrue(row.next(), "the demo has a consented tenant");
      return row.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Public methods of the use-case facades: transactional beans in boundary packages. */
  private static Set<String> useCaseMethods() {
    BeanManager beans = CDI.current().getBeanManager();
    Set<String> methods = new TreeSet<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      if (type.getPackageName().startsWith("com.mtdconnect.")
          && type.getPackageName().endsWith(".boundary")
          && type.isAnnotationPresent(Transactional.class)) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
            methods.add(type.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    return methods;
  }

  private static <T> Supplier<T> as(String username, Supplier<T> useCase) {
    return () -> {
      CDI.current()
          .select(HttpServletRequest.class)
          .get()
          .getSession(true)
          .setAttribute(
              SignedInStaff.SESSION_ATTRIBUTE,
              SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
      return useCase.get();
    };
  }

  private static long latestAuditId() throws Exception {
    try (Connection db = dataSource().getConnection()) {
      return AuditRecords.latestId(db);
    }
  }

  private static List<String> actionsAfter(long id) throws Exception {
    List<String> actions = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            // the consent jobs keep verifying and checking the demo's sample tenants meanwhile
            db.prepareStatement(
                "SELECT action FROM audit_event WHERE id > ? AND actor NOT IN"
                    + " ('system:consent-verification', 'system:consent-drift-check') ORDER BY id")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
    }
    return actions;
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
  }

  private static TenantDraft draft(String run) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("Audit completeness " + run);
    draft.setDirectoryId(com.mtdconnect.testsupport.FreshTenants.domain());
    draft.setContactName("Ada Auditor");
    draft.setContactEmail("ada@example.org");
    draft.setScopeTags("EMEA");
    return draft;
  }

  private static RoleDraft roleDraft(String name) {
    RoleDraft draft = new RoleDraft();
    draft.setName(name);
    draft.setPermissions(List.of(Permission.TENANTS_READ));
    return draft;
  }

  private static AssignmentDraft assignmentDraft(Role role, String run, String tag) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName("Audit assignment " + run);
    draft.setRoleId(role.getId());
    draft.setStaffMembers("audit-member-" + run);
    draft.setScopeTags(tag);
    return draft;
  }

  /**
   * A use case and the one audit action it must leave; {@code useCase} is built lazily because each
   * scenario works on what the one before it created.
   */
  private record Scenario(String action, Supplier<Supplier<?>> useCase) {
    void run() {
      useCase.get().get();
    }
  }
}
