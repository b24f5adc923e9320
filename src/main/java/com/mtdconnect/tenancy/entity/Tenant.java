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

  /** The domain the operator registered the tenant by, when it was not the tenant id. */
  @Column(name = "domain")
  private String domain;

  /**
   * Derived from the facts below by {@link TenantStatusRules} whenever one changes; stored only so
   * that lists filter and sort by it in the database. Nobody sets it directly.
   */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantLifecycle lifecycle = TenantLifecycle.INVITED;

  /** Derived with the lifecycle: whether an MSP operator has to act. */
  @Column(name = "needs_attention", nullable = false)
  private boolean needsAttention = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_fact", nullable = false)
  private ConsentFact consentFact = ConsentFact.NONE;

  @Column(name = "consent_detail")
  private String consentDetail;

  @Column(name = "consent_fact_at")
  private LocalDateTime consentFactAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "onboarding_stage", nullable = false)
  private OnboardingStage onboardingStage = OnboardingStage.NOT_STARTED;

  @Column(name = "onboarding_detail")
  private String onboardingDetail;

  @Column(name = "onboarding_stage_at")
  private LocalDateTime onboardingStageAt;

  @Column(name = "app_installed_devices")
  private Integer appInstalledDevices;

  @Column(name = "app_installs_at")
  private LocalDateTime appInstallsAt;

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

  /**
   * A tenant registered by {@code registeredBy} at {@code now} (UTC), under the tenant id Microsoft
   * confirmed for what the operator typed (a domain, kept as {@link #getDomain()}, or the id).
   */
  public Tenant(TenantDraft draft, String tenantId, String registeredBy, LocalDateTime now) {
    createdAt = now;
    apply(draft, tenantId, registeredBy, now);
    rederive();
  }

  /** Takes over everything the draft says, under the tenant id Microsoft confirmed for it. */
  public void changeDetails(
      TenantDraft draft, String tenantId, String changedBy, LocalDateTime now) {
    apply(draft, tenantId, changedBy, now);
  }

  /** What the operator last typed for the tenant: its domain if they gave one, else its id. */
  public String getTypedDirectoryName() {
    return domain == null ? directoryId : domain;
  }

  /** Hides the tenant from the default lists; history and data stay. */
  public void archive(String archivedBy, LocalDateTime now) {
    if (!isArchived()) {
      archivedAt = now;
      touch(archivedBy, now);
      rederive();
    }
  }

  public void restore(String restoredBy, LocalDateTime now) {
    if (isArchived()) {
      archivedAt = null;
      touch(restoredBy, now);
      rederive();
    }
  }

  /**
   * The consent component reports where consent stands now; returns whether the tenant's facts
   * changed (the lifecycle is derived again).
   */
  public boolean consentReached(ConsentFact fact, String detail, String by, LocalDateTime now) {
    if (fact == consentFact && java.util.Objects.equals(detail, consentDetail)) {
      return false;
    }
    if (fact != consentFact) {
      consentFactAt = now;
    }
    consentFact = fact;
    consentDetail = detail;
    touch(by, now);
    rederive();
    return true;
  }

  /**
   * Onboarding or provisioning reports how far it came; returns whether the tenant's facts changed
   * (the lifecycle is derived again).
   */
  public boolean onboardingReached(
      OnboardingStage stage, String detail, String by, LocalDateTime now) {
    if (stage == onboardingStage && java.util.Objects.equals(detail, onboardingDetail)) {
      return false;
    }
    if (stage != onboardingStage) {
      onboardingStageAt = now;
    }
    onboardingStage = stage;
    onboardingDetail = detail;
    if (stage == OnboardingStage.OFFBOARDED) {
      appInstalledDevices = null;
      appInstallsAt = null;
    }
    touch(by, now);
    rederive();
    return true;
  }

  /**
   * Install status was read (by provisioning's install status, later by polling): on how many
   * devices our mobile security app is installed; returns whether the facts changed.
   */
  public boolean appInstallsReported(int installedDevices, String by, LocalDateTime now) {
    if (java.util.Objects.equals(appInstalledDevices, installedDevices)) {
      appInstallsAt = now;
      return false;
    }
    appInstalledDevices = installedDevices;
    appInstallsAt = now;
    touch(by, now);
    rederive();
    return true;
  }

  /** The facts the lifecycle is derived from. */
  public TenantFacts facts() {
    return new TenantFacts(
        archivedAt,
        consentFact,
        consentDetail,
        consentFactAt,
        onboardingStage,
        onboardingDetail,
        onboardingStageAt,
        appInstalledDevices,
        appInstallsAt,
        null);
  }

  /** The lifecycle with its reason and the next action, derived from the facts now. */
  public TenantStatus getStatus() {
    return TenantStatusRules.derive(facts());
  }

  private void rederive() {
    TenantStatus status = getStatus();
    lifecycle = status.getLifecycle();
    needsAttention = status.isNeedsAttention();
  }

  private void apply(TenantDraft draft, String tenantId, String by, LocalDateTime now) {
    displayName = draft.getDisplayName().trim();
    String typed = DirectoryIdentifierValidator.normalize(draft.getDirectoryId());
    directoryId = DirectoryIdentifierValidator.normalize(tenantId);
    domain = typed.equals(directoryId) ? null : typed;
    contactName = draft.getContactName().trim();
    contactEmail = draft.getContactEmail().trim();
    notes = draft.getNotes() == null || draft.getNotes().isBlank() ? null : draft.getNotes().trim();
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
    if (domain != null) {
      state.put("domain", domain);
    }
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

  public String getDomain() {
    return domain;
  }

  public boolean isNeedsAttention() {
    return needsAttention;
  }

  public ConsentFact getConsentFact() {
    return consentFact;
  }

  public String getConsentDetail() {
    return consentDetail;
  }

  public OnboardingStage getOnboardingStage() {
    return onboardingStage;
  }

  public String getOnboardingDetail() {
    return onboardingDetail;
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
