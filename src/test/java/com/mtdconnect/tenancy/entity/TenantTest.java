package com.mtdconnect.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TenantTest {
  private static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 12, 1, 9, 0);
  private static final LocalDateTime ARCHIVED = REGISTERED.plusDays(3);
  private static final LocalDateTime RESTORED = ARCHIVED.plusHours(2);

  @Test
  void registeringKeepsTheCanonicalFormsOfWhatWasTyped() {
    Tenant tenant = new Tenant(draft(" Contoso ", " CONTOSO.com ", "  "), "olivia", REGISTERED);
    assertEquals("Contoso", tenant.getDisplayName());
    assertEquals("contoso.com", tenant.getDirectoryId());
    assertFalse(tenant.isDirectoryGuid());
    assertNull(tenant.getNotes(), "blank notes are no notes");
    assertEquals("olivia", tenant.getUpdatedBy());
  }

  @Test
  void archivingAndRestoringAreRecordedInTheSnapshot() {
    Tenant tenant = new Tenant(draft("Contoso", "contoso.com", "n"), "olivia", REGISTERED);
    tenant.archive("avery", ARCHIVED);
    assertTrue(tenant.isArchived());
    assertEquals(true, tenant.auditSnapshot().get("archived"));
    assertEquals("avery", tenant.getUpdatedBy());
    tenant.restore("avery", RESTORED);
    assertFalse(tenant.isArchived());
  }

  @Test
  void everyChangeIsStampedWithTheTimeItsCallerGives() {
    Tenant tenant = new Tenant(draft("Contoso", "contoso.com", "n"), "olivia", REGISTERED);
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
    assertTrue(tenant.moveTo(TenantLifecycle.CONSENTED, "system:consent", moved));
    assertEquals(moved, tenant.getUpdatedAt());
    assertFalse(tenant.moveTo(TenantLifecycle.CONSENTED, "system:consent", moved.plusDays(1)));
    assertEquals(moved, tenant.getUpdatedAt(), "no move, no new time");
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
