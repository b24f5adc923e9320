package com.mtdconnect.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantBulkRegistration;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import com.mtdconnect.tenancy.entity.ConsentFact;
import com.mtdconnect.tenancy.entity.CsvNotReadable;
import com.mtdconnect.tenancy.entity.ImportOutcome;
import com.mtdconnect.tenancy.entity.ImportedRow;
import com.mtdconnect.tenancy.entity.NextAction;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantArchived;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.tenancy.entity.TenantNotConfirmed;
import com.mtdconnect.tenancy.entity.TenantQuery;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.FreshTenants;
import com.mtdconnect.testsupport.InTransaction;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration checked with Microsoft (the demo artifact's simulator answers Entra's OpenID
 * configuration document), the CSV import, archived tenants refused, and the lifecycle moved only
 * by reported facts; inside the server, against the real MariaDB.
 */
@PortalIT
class TenantRegistrationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(TenantRegistrationIT.class);
  }

  private TenantRegistry registry;
  private TenantBulkRegistration bulk;
  private HttpServletRequest request;

  @BeforeEach
  void signInAsOperator() {
    registry = CDI.current().select(TenantRegistry.class).get();
    bulk = CDI.current().select(TenantBulkRegistration.class).get();
    request = CDI.current().select(HttpServletRequest.class).get();
    CDI.current()
        .select(RoleAssignments.class)
        .get()
        .assignIfAbsent(
            Actor.system("it-setup"),
            "IT: reg-admin",
            BuiltInRole.MSP_ADMINISTRATOR,
            "reg-admin",
            List.of());
    request
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups("reg-admin", "IT reg-admin", Instant.now()));
  }

  @Test
  void aTenantRegisteredByDomainIsStoredUnderTheTenantIdMicrosoftConfirmed() {
    SimulatedTenant fresh = FreshTenants.next();
    assertEquals(fresh.id(), registry.lookUp(fresh.domain().toUpperCase()).getTenantId());

    Tenant tenant = registry.register(draft("By domain " + run(), fresh.domain()));

    Tenant stored = registry.find(tenant.getId());
    assertEquals(fresh.id(), stored.getDirectoryId());
    assertEquals(fresh.domain(), stored.getDomain());
    assertEquals(TenantLifecycle.INVITED, stored.getLifecycle(), "registered, nothing more");
    assertEquals(NextAction.CREATE_CONSENT_LINK, stored.getStatus().getNextAction());
    AuditEvent registered = registry.history(tenant.getId(), 5).get(0);
    assertEquals("TENANT_REGISTERED", registered.getAction());
    assertTrue(registered.getAfterState().contains(fresh.id()), registered.getAfterState());
  }

  @Test
  void anUnknownTenantIsRefusedInPlainWordsAndNothingIsSaved() {
    String name = "Unknown " + run();
    TenantNotConfirmed refused =
        assertThrows(
            TenantNotConfirmed.class,
            () -> registry.register(draft(name, "no-such-tenant-" + run() + ".example.com")));
    assertTrue(refused.getMessage().contains("Microsoft knows no tenant"), refused.getMessage());
    assertEquals(0, registry.count(TenantQuery.firstPage(5).withText(name)));
  }

  @Test
  void aCsvImportReportsEveryRowAndOneBadRowStopsNoOther() {
    String run = run();
    SimulatedTenant first = FreshTenants.next();
    String firstDomain = first.domain();
    SimulatedTenant second = FreshTenants.next();
    String csv =
        "display name,domain or tenant id,scope tags,contact name,contact email\n"
            + ("Import A " + run + "," + firstDomain + ",EMEA|Gold,Dana,dana@example.org\n")
            + ("Import dup " + run + "," + first.id() + ",EMEA,Dana,dana@example.org\n")
            + ("Import unknown "
                + run
                + ",nobody-"
                + run
                + ".example.com,EMEA,Dana,d@example.org\n")
            + ("Import bad mail " + run + "," + second.domain() + ",EMEA,Dana,not-an-address\n")
            + ("Import short " + run + "," + second.domain() + "\n")
            + ("Import tag " + run + "," + second.domain() + ",NoSuchTag" + run + ",Dana,d@x.org\n")
            + ("\"Import B, quoted " + run + "\"," + second.id() + ",AMER,Ola,ola@example.org\n");

    List<ImportedRow> rows = bulk.importCsv(csv.getBytes(StandardCharsets.UTF_8));

    assertEquals(
        List.of(
            ImportOutcome.REGISTERED,
            ImportOutcome.DUPLICATE,
            ImportOutcome.UNKNOWN_TENANT,
            ImportOutcome.INVALID,
            ImportOutcome.INVALID,
            ImportOutcome.INVALID,
            ImportOutcome.REGISTERED),
        rows.stream().map(ImportedRow::getOutcome).toList(),
        rows.stream().map(r -> r.getLine() + ": " + r.getDetail()).toList().toString());
    assertEquals(2, rows.get(0).getLine(), "lines count from the file's first line");
    assertTrue(rows.get(3).getDetail().contains("valid email"), rows.get(3).getDetail());
    assertTrue(rows.get(4).getDetail().contains("Expected 5 columns"), rows.get(4).getDetail());
    assertTrue(rows.get(5).getDetail().contains("NoSuchTag"), rows.get(5).getDetail());
    Tenant quoted = registry.find(rows.get(6).getTenantId());
    assertEquals("Import B, quoted " + run, quoted.getDisplayName());
    assertEquals(
        List.of("EMEA", "Gold"), registry.find(rows.get(0).getTenantId()).getScopeTagList());
    for (ImportedRow row : List.of(rows.get(0), rows.get(6))) {
      List<AuditEvent> history = registry.history(row.getTenantId(), 5);
      assertEquals(
          List.of("TENANT_REGISTERED"), history.stream().map(AuditEvent::getAction).toList());
    }
  }

  @Test
  void aFileThatIsNoCsvIsRefusedWithAPlainMessage() {
    CsvNotReadable binary =
        assertThrows(
            CsvNotReadable.class, () -> bulk.importCsv(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}));
    assertTrue(binary.getMessage().contains("not a CSV text file"), binary.getMessage());
    CsvNotReadable headerOnly =
        assertThrows(
            CsvNotReadable.class,
            () -> bulk.importCsv("display name,domain\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(headerOnly.getMessage().contains("no tenant row"), headerOnly.getMessage());
  }

  @Test
  void anArchivedTenantGetsNoConsentLinkUntilRestored() {
    Tenant tenant = registry.register(draft("Archived " + run(), FreshTenants.domain()));
    Tenant archived = registry.archive(tenant.getId(), tenant.getVersion());
    ConsentLinks links = CDI.current().select(ConsentLinks.class).get();

    TenantArchived refused =
        assertThrows(TenantArchived.class, () -> links.createLink(tenant.getId()));
    assertTrue(refused.getMessage().contains("Restore the tenant first"), refused.getMessage());
    assertEquals(NextAction.RESTORE, registry.find(tenant.getId()).getStatus().getNextAction());

    registry.restore(tenant.getId(), archived.getVersion());
    links.createLink(tenant.getId());
    Tenant restored = registry.find(tenant.getId());
    assertEquals(ConsentFact.LINK_CREATED, restored.getConsentFact());
    assertEquals(NextAction.SEND_CONSENT_LINK, restored.getStatus().getNextAction());
  }

  @Test
  void onlyReportedFactsMoveTheLifecycle() throws Exception {
    Tenant tenant = registry.register(draft("Facts " + run(), FreshTenants.domain()));
    TenantLifecycleChanges changes = CDI.current().select(TenantLifecycleChanges.class).get();
    InTransaction tx = CDI.current().select(InTransaction.class).get();

    assertEquals(
        "INVITED → CONSENTED",
        tx.call(() -> changes.consentReached(tenant.getId(), ConsentFact.GRANTED, null, "it"))
            .orElseThrow());
    tx.run(
        () ->
            changes.onboardingReached(
                tenant.getId(), OnboardingStage.IN_PROGRESS, "it-onboarding"));
    assertEquals(TenantLifecycle.CONFIGURING, registry.find(tenant.getId()).getLifecycle());
    tx.run(
        () ->
            changes.onboardingReached(
                tenant.getId(),
                OnboardingStage.PROVISIONING_FAILED,
                "Creating the iOS compliance policy failed: Intune answered 503.",
                "it-provisioning"));

    Tenant failed = registry.find(tenant.getId());
    assertEquals(TenantLifecycle.DEGRADED, failed.getLifecycle());
    assertTrue(failed.getStatus().getReason().contains("iOS compliance policy"));
    assertEquals(
        1,
        registry.count(
            new TenantQuery(
                0,
                5,
                com.mtdconnect.tenancy.entity.TenantSortField.DISPLAY_NAME,
                true,
                failed.getDisplayName(),
                java.util.Optional.empty(),
                "",
                false,
                true)),
        "it needs attention");
  }

  private static TenantDraft draft(String name, String directory) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName(name);
    draft.setDirectoryId(directory);
    draft.setContactName("Rita Registrar");
    draft.setContactEmail("rita@example.org");
    draft.setScopeTags("EMEA");
    return draft;
  }

  private static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
