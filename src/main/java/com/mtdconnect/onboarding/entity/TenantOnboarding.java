package com.mtdconnect.onboarding.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's onboarding as the operator chose it, saved step by step: platforms and threat level,
 * sync frequency, the targeted groups, with each step's state and, when it needs attention, why.
 * Cancelling keeps every choice (and whatever was applied to Intune); resuming continues from
 * there. Times are UTC.
 */
@Entity
@Table(name = "onboarding")
@NamedQuery(
    name = TenantOnboarding.OF_TENANTS,
    query = "select o from TenantOnboarding o where o.tenantId in :tenantIds")
public class TenantOnboarding {
  public static final String OF_TENANTS = "TenantOnboarding.ofTenants";

  /** The compliance rule the page explains: MTD compliance targets user groups only. */
  public static final String USER_GROUPS_RULE =
      "Intune evaluates the device threat level through compliance policies, and Microsoft supports"
          + " MTD compliance targeting with user groups only";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(nullable = false)
  private String platforms = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "threat_level", nullable = false)
  private DeviceThreatLevel threatLevel = DeviceThreatLevel.MEDIUM;

  @Enumerated(EnumType.STRING)
  @Column(name = "sync_frequency", nullable = false)
  private SyncFrequency syncFrequency = SyncFrequency.DEFAULT;

  @Enumerated(EnumType.STRING)
  @Column(name = "platforms_state", nullable = false)
  private StepState platformsState = StepState.NOT_STARTED;

  @Column(name = "platforms_reason")
  private String platformsReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency_state", nullable = false)
  private StepState frequencyState = StepState.NOT_STARTED;

  /** Why the tenant's size (and so the cost) is unknown, when reading it failed. */
  @Column(name = "frequency_reason")
  private String frequencyReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "groups_state", nullable = false)
  private StepState groupsState = StepState.NOT_STARTED;

  @Column(name = "groups_reason")
  private String groupsReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "onboarding_group", joinColumns = @JoinColumn(name = "tenant_id"))
  private List<TargetedGroup> groups = new ArrayList<>();

  @Column(name = "tenant_groups")
  private Integer tenantGroups;

  @Column(name = "tenant_devices")
  private Integer tenantDevices;

  @Column(name = "size_read_at")
  private LocalDateTime sizeReadAt;

  @Column(name = "scope_users")
  private Integer scopeUsers;

  @Column(name = "scope_devices")
  private Integer scopeDevices;

  @Column(name = "scope_counted_at")
  private LocalDateTime scopeCountedAt;

  @Column(name = "scope_problem")
  private String scopeProblem;

  @Column(name = "profile_name")
  private String profileName;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Version private long version;

  protected TenantOnboarding() {}

  /** Onboarding of a tenant started by {@code by} at {@code now}; nothing chosen yet. */
  public TenantOnboarding(long tenantId, String by, LocalDateTime now) {
    this.tenantId = tenantId;
    this.startedAt = now;
    this.startedBy = by;
    touched(by, now);
  }

  /**
   * The platforms step: at least one platform and the threat level; {@code attention} says why the
   * step needs a look even though it is saved (another vendor's connector, Graph unreachable).
   */
  public void choosePlatforms(
      Set<DevicePlatform> chosen,
      DeviceThreatLevel level,
      Optional<String> attention,
      String by,
      LocalDateTime now) {
    if (chosen.isEmpty()) {
      throw new NoPlatformChosen();
    }
    platforms = DevicePlatform.join(chosen);
    threatLevel = level;
    platformsState = attention.isPresent() ? StepState.NEEDS_ATTENTION : StepState.SAVED;
    platformsReason = attention.orElse(null);
    touched(by, now);
  }

  public void chooseFrequency(SyncFrequency frequency, String by, LocalDateTime now) {
    syncFrequency = frequency;
    frequencyState = StepState.SAVED;
    touched(by, now);
  }

  /** Graph's counts of the tenant's groups and devices (what polling will walk). */
  public void sizeRead(int groupCount, int deviceCount, LocalDateTime now) {
    tenantGroups = groupCount;
    tenantDevices = deviceCount;
    sizeReadAt = now;
    frequencyReason = null;
  }

  public void sizeUnknown(String problem, LocalDateTime now) {
    frequencyReason = problem;
    sizeReadAt = now;
  }

  /** Adds the group to the included or excluded list (moving it if it was on the other one). */
  public void target(GroupFound group, GroupRole role, String by, LocalDateTime now) {
    groups.removeIf(g -> g.getGroupId().equals(group.getId()));
    groups.add(new TargetedGroup(group, role));
    groupsChanged(by, now);
  }

  /** A profile's groups replace every group chosen before. */
  public void retarget(
      List<GroupFound> included, List<GroupFound> excluded, String by, LocalDateTime now) {
    groups.clear();
    included.forEach(g -> groups.add(new TargetedGroup(g, GroupRole.INCLUDED)));
    excluded.stream()
        .filter(g -> included.stream().noneMatch(i -> i.getId().equals(g.getId())))
        .forEach(g -> groups.add(new TargetedGroup(g, GroupRole.EXCLUDED)));
    groupsChanged(by, now);
  }

  public void untarget(String groupId, String by, LocalDateTime now) {
    groups.removeIf(g -> g.getGroupId().equals(groupId));
    groupsChanged(by, now);
  }

  /** Users and their devices in scope (included minus excluded), as counted through Graph. */
  public void scopeCounted(int users, int devices, LocalDateTime now) {
    scopeUsers = users;
    scopeDevices = devices;
    scopeCountedAt = now;
    scopeProblem = null;
  }

  public void scopeNotCounted(String problem, LocalDateTime now) {
    scopeUsers = null;
    scopeDevices = null;
    scopeCountedAt = now;
    scopeProblem = problem;
  }

  /** A profile filled the choices; remembered so the page can say where they came from. */
  public void filledFromProfile(String name) {
    profileName = name;
  }

  /** Stops the wizard; every choice stays, nothing applied to Intune is undone. */
  public void cancel(String by, LocalDateTime now) {
    cancelledAt = now;
    cancelledBy = by;
    touched(by, now);
  }

  public void resume(String by, LocalDateTime now) {
    cancelledAt = null;
    cancelledBy = null;
    touched(by, now);
  }

  private void groupsChanged(String by, LocalDateTime now) {
    List<String> withoutUsers =
        getIncluded().stream()
            .filter(TargetedGroup::isWithoutUsers)
            .map(TargetedGroup::getDisplayName)
            .toList();
    if (getIncluded().isEmpty()) {
      groupsState = groups.isEmpty() ? StepState.NOT_STARTED : StepState.NEEDS_ATTENTION;
      groupsReason =
          groups.isEmpty() ? null : "Only excluded groups are chosen: include at least one group.";
    } else if (!withoutUsers.isEmpty()) {
      groupsState = StepState.NEEDS_ATTENTION;
      groupsReason =
          "No users in "
              + String.join(", ", withoutUsers)
              + ": "
              + USER_GROUPS_RULE
              + ". Remove it or choose a group of users.";
    } else {
      groupsState = StepState.SAVED;
      groupsReason = null;
    }
    scopeUsers = null;
    scopeDevices = null;
    scopeCountedAt = null;
    scopeProblem = null;
    touched(by, now);
  }

  private void touched(String by, LocalDateTime now) {
    updatedAt = now;
    updatedBy = by;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("platforms", platforms);
    s.put("threatLevel", threatLevel.name());
    s.put("syncFrequency", syncFrequency.name());
    s.put("included", names(GroupRole.INCLUDED));
    s.put("excluded", names(GroupRole.EXCLUDED));
    s.put("platformsState", platformsState.name());
    s.put("frequencyState", frequencyState.name());
    s.put("groupsState", groupsState.name());
    if (cancelledAt != null) {
      s.put("cancelledBy", cancelledBy);
    }
    if (profileName != null) {
      s.put("profile", profileName);
    }
    return s;
  }

  private String names(GroupRole role) {
    return groups.stream()
        .filter(g -> g.getRole() == role)
        .map(TargetedGroup::getDisplayName)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public long getTenantId() {
    return tenantId;
  }

  public Set<DevicePlatform> getPlatforms() {
    return DevicePlatform.parse(platforms);
  }

  public String getPlatformsText() {
    return DevicePlatform.describe(getPlatforms());
  }

  public DeviceThreatLevel getThreatLevel() {
    return threatLevel;
  }

  public SyncFrequency getSyncFrequency() {
    return syncFrequency;
  }

  public StepState getPlatformsState() {
    return platformsState;
  }

  public String getPlatformsReason() {
    return platformsReason;
  }

  public StepState getFrequencyState() {
    return frequencyState;
  }

  public String getFrequencyReason() {
    return frequencyReason;
  }

  public StepState getGroupsState() {
    return groupsState;
  }

  public String getGroupsReason() {
    return groupsReason;
  }

  public List<TargetedGroup> getIncluded() {
    return byRole(GroupRole.INCLUDED);
  }

  public List<TargetedGroup> getExcluded() {
    return byRole(GroupRole.EXCLUDED);
  }

  private List<TargetedGroup> byRole(GroupRole role) {
    return groups.stream()
        .filter(g -> g.getRole() == role)
        .sorted(Comparator.comparing(TargetedGroup::getDisplayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public Integer getTenantGroups() {
    return tenantGroups;
  }

  public Integer getTenantDevices() {
    return tenantDevices;
  }

  public LocalDateTime getSizeReadAt() {
    return sizeReadAt;
  }

  public boolean isSizeKnown() {
    return tenantGroups != null && tenantDevices != null;
  }

  public Integer getScopeUsers() {
    return scopeUsers;
  }

  public Integer getScopeDevices() {
    return scopeDevices;
  }

  public LocalDateTime getScopeCountedAt() {
    return scopeCountedAt;
  }

  public String getScopeProblem() {
    return scopeProblem;
  }

  public String getProfileName() {
    return profileName;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  public long getVersion() {
    return version;
  }
}
