package com.mtdconnect.tenancy.entity;

import com.mtdconnect.rbac.entity.ScopeTags;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer's Microsoft Entra tenant as the MSP manages it. Times are UTC. */
@Entity
@Table(name = "tenant")
@NamedQuery(
    name = Tenant.BY_DIRECTORY_ID,
    query = "select t from Tenant t where t.directoryId = :directoryId")
public class Tenant {
  public static final String BY_DIRECTORY_ID = "Tenant.byDirectoryId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  /** The Entra tenant id (GUID) or primary domain, lower case. */
  @Column(name = "directory_id", nullable = false, unique = true)
  private String directoryId;

  @Column(name = "contact_name", nullable = false)
  private String contactName;

  @Column(name = "contact_email", nullable = false)
  private String contactEmail;

  @Column(name = "notes")
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantLifecycle lifecycle;

  /** Canonical comma-separated scope tags; see {@link ScopeTags}. */
  @Column(name = "scope_tags", nullable = false)
  private String scopeTags;

  @Column(name = "archived_at")
  private LocalDateTime archivedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected Tenant() {}

  /** A tenant registered by {@code registeredBy} at {@code now} (UTC). */
  public Tenant(TenantDraft draft, String registeredBy, LocalDateTime now) {
    createdAt = now;
    apply(draft, registeredBy, now);
  }

  /** Takes over everything the draft says. */
  public void changeDetails(TenantDraft draft, String changedBy, LocalDateTime now) {
    apply(draft, changedBy, now);
  }

  /** Hides the tenant from the default lists; history and data stay. */
  public void archive(String archivedBy, LocalDateTime now) {
    if (!isArchived()) {
      archivedAt = now;
      touch(archivedBy, now);
    }
  }

  public void restore(String restoredBy, LocalDateTime now) {
    if (isArchived()) {
      archivedAt = null;
      touch(restoredBy, now);
    }
  }

  /**
   * Moves the tenant to another lifecycle state because of something another component found (such
   * as consent verified or lost); returns whether it moved.
   */
  public boolean moveTo(TenantLifecycle to, String by, LocalDateTime now) {
    if (lifecycle == to) {
      return false;
    }
    lifecycle = to;
    touch(by, now);
    return true;
  }

  private void apply(TenantDraft draft, String by, LocalDateTime now) {
    displayName = draft.getDisplayName().trim();
    directoryId = DirectoryIdentifierValidator.normalize(draft.getDirectoryId());
    contactName = draft.getContactName().trim();
    contactEmail = draft.getContactEmail().trim();
    notes = draft.getNotes() == null || draft.getNotes().isBlank() ? null : draft.getNotes().trim();
    lifecycle = draft.getLifecycle();
    scopeTags = ScopeTags.canonical(draft.getScopeTags());
    touch(by, now);
  }

  private void touch(String by, LocalDateTime now) {
    updatedAt = now;
    updatedBy = by;
  }

  /** The state an audit record keeps before and after a change. */
  public Map<String, Object> auditSnapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("displayName", displayName);
    state.put("directoryId", directoryId);
    state.put("contactName", contactName);
    state.put("contactEmail", contactEmail);
    state.put("notes", notes);
    state.put("lifecycle", lifecycle.name());
    state.put("scopeTags", scopeTags);
    state.put("archived", isArchived());
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getDirectoryId() {
    return directoryId;
  }

  /** Whether the directory id is a tenant GUID (otherwise it is a primary domain). */
  public boolean isDirectoryGuid() {
    return DirectoryIdentifierValidator.isGuid(directoryId);
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getNotes() {
    return notes;
  }

  public TenantLifecycle getLifecycle() {
    return lifecycle;
  }

  public List<String> getScopeTagList() {
    return ScopeTags.parse(scopeTags);
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public LocalDateTime getArchivedAt() {
    return archivedAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
