package com.mtdconnect.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantTest {

  @Test
  void registeringKeepsTheCanonicalFormsOfWhatWasTyped() {
    Tenant tenant = new Tenant(draft(" Contoso ", " CONTOSO.com ", "  "), "olivia");
    assertEquals("Contoso", tenant.getDisplayName());
    assertEquals("contoso.com", tenant.getDirectoryId());
    assertFalse(tenant.isDirectoryGuid());
    assertNull(tenant.getNotes(), "blank notes are no notes");
    assertEquals("olivia", tenant.getUpdatedBy());
  }

  @Test
  void archivingAndRestoringAreRecordedInTheSnapshot() {
    Tenant tenant = new Tenant(draft("Contoso", "contoso.com", "n"), "olivia");
    tenant.archive("avery");
    assertTrue(tenant.isArchived());
    assertEquals(true, tenant.auditSnapshot().get("archived"));
    assertEquals("avery", tenant.getUpdatedBy());
    tenant.restore("avery");
    assertFalse(tenant.isArchived());
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
