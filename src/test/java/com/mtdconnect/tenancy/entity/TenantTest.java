package com.mtdconnect.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TenantTest {
  private static final String ID = "9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";
  private static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 12, 1, 9, 0);
  private static final LocalDateTime ARCHIVED = REGISTERED.plusDays(3);
  private static final LocalDateTime RESTORED = ARCHIVED.plusHours(2);

  @Test
  void registeringKeepsTheCanonicalFormsOfWhatWasTyped() {
    Tenant tenant = new Tenant(draft(" Contoso ", " CONTOSO.com ", "  "), ID, "olivia", REGISTERED);
    assertEquals("Contoso", tenant.getDisplayName());
    assertEquals(ID, tenant.getDirectoryId(), "the tenant id Microsoft confirmed");
    assertEquals("contoso.com", tenant.getDomain(), "the domain it was registered by");
    assertTrue(tenant.isDirectoryGuid());
    assertEquals(TenantLifecycle.INVITED, tenant.getLifecycle(), "a new tenant is only invited");
    assertNull(tenant.getNotes(), "blank notes are no notes");
    assertEquals("olivia", tenant.getUpdatedBy());
  }

  @Test
  void archivingAndRestoringAreRecordedInTheSnapshot() {
    Tenant tenant = new Tenant(draft("Contoso", "contoso.com", "n"), ID, "olivia", REGISTERED);
    tenant.archive("avery", ARCHIVED);
    assertTrue(tenant.isArchived());
    assertEquals(true, tenant.auditSnapshot().get("archived"));
    assertEquals("avery", tenant.getUpdatedBy());
    tenant.restore("avery", RESTORED);
    assertFalse(tenant.isArchived());
  }

  @Test
  void everyChangeIsStampedWithTheTimeItsCallerGives() {
    Tenant tenant = new Tenant(draft("Contoso", "contoso.com", "n"), ID, "olivia", REGISTERED);
    assertEquals(REGISTERED, tenant.getCreatedAt());
    assertEquals(REGISTERED, tenant.getUpdatedAt());

    tenant.archive("avery", ARCHIVED);
    assertEquals(ARCHIVED, tenant.getArchivedAt());
    assertEquals(ARCHIVED, tenant.getUpdatedAt());
    tenant.archive("avery", RESTORED);
    assertEquals(ARCHIVED, tenant.getUpdatedAt(), "archiving an archived tenant changes nothing");

    tenant.restore("avery", RESTORED);
    assertNull(tenant.getArchivedAt());
    assertEquals(RESTORED, tenant.getUpdatedAt());
    assertEquals(REGISTERED, tenant.getCreatedAt());

    LocalDateTime moved = RESTORED.plusMinutes(5);
    assertTrue(tenant.consentReached(ConsentFact.GRANTED, null, "system:consent", moved));
    assertEquals(moved, tenant.getUpdatedAt());
    assertEquals(TenantLifecycle.CONSENTED, tenant.getLifecycle());
    assertFalse(
        tenant.consentReached(ConsentFact.GRANTED, null, "system:consent", moved.plusDays(1)));
    assertEquals(moved, tenant.getUpdatedAt(), "no new fact, no new time");
  }

  @Test
  void theLifecycleFollowsTheReportedFactsAndArchivingIsOneOfThem() {
    Tenant tenant = new Tenant(draft("Contoso", ID, "n"), ID, "olivia", REGISTERED);
    assertEquals(null, tenant.getDomain(), "registered by its id");
    tenant.consentReached(ConsentFact.GRANTED, null, "system:consent", REGISTERED);
    tenant.onboardingReached(OnboardingStage.PROVISIONED, null, "system:provisioning", ARCHIVED);
    assertEquals(TenantLifecycle.INSTALLING, tenant.getLifecycle(), "no install status read yet");
    assertFalse(tenant.isNeedsAttention());
    assertTrue(tenant.appInstallsReported(0, "olivia", ARCHIVED));
    assertEquals(TenantLifecycle.INSTALLING, tenant.getLifecycle(), "no device has the app yet");
    assertTrue(tenant.appInstallsReported(2, "olivia", ARCHIVED));
    assertEquals(TenantLifecycle.ACTIVE, tenant.getLifecycle());
    assertFalse(tenant.appInstallsReported(2, "olivia", ARCHIVED), "no new fact");
    assertFalse(tenant.isNeedsAttention());
    tenant.consentReached(
        ConsentFact.LOST,
        "The customer removed DeviceManagementApps.ReadWrite.All.",
        "job",
        RESTORED);
    assertEquals(TenantLifecycle.DEGRADED, tenant.getLifecycle());
    assertTrue(tenant.isNeedsAttention());
    tenant.archive("avery", RESTORED.plusHours(1));
    assertEquals(NextAction.RESTORE, tenant.getStatus().getNextAction());
    assertFalse(tenant.isNeedsAttention(), "an archived tenant waits for nobody");
  }

  private static TenantDraft draft(String name, String directoryId, String notes) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName(name);
    draft.setDirectoryId(directoryId);
    draft.setContactName("Dana");
    draft.setContactEmail("dana@contoso.com");
    draft.setNotes(notes);
    draft.setScopeTags("EMEA");
    return draft;
  }
}
