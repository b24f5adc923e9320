package com.mtdconnect.onboarding.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * there. Times are UTC. The row's column groups are embedded values ({@link PlatformsChoice},
 * {@link GroupsStep}, {@link TenantSize}, {@link ScopeCount}, {@link OnboardingTrail}).
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

  @Embedded private PlatformsChoice platforms = new PlatformsChoice();

  @Enumerated(EnumType.STRING)
  @Column(name = "sync_frequency", nullable = false)
  private SyncFrequency syncFrequency = SyncFrequency.DEFAULT;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency_state", nullable = false)
  private StepState frequencyState = StepState.NOT_STARTED;

  @Embedded private GroupsStep groupsStep = new GroupsStep();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "onboarding_group", joinColumns = @JoinColumn(name = "tenant_id"))
  private List<TargetedGroup> groups = new ArrayList<>();

  /** Null when loaded with all its columns null: read it through {@link #getSize()}. */
  @Embedded private TenantSize size = new TenantSize();

  /** Null when loaded with all its columns null: read it through {@link #getScope()}. */
  @Embedded private ScopeCount scope = ScopeCount.none();

  @Column(name = "profile_name")
  private String profileName;

  @Embedded private OnboardingTrail trail;

  @Version private long version;

  protected TenantOnboarding() {}

  /** Onboarding of a tenant started by {@code by} at {@code now}; nothing chosen yet. */
  public TenantOnboarding(long tenantId, String by, LocalDateTime now) {
    this.tenantId = tenantId;
    this.trail = OnboardingTrail.started(by, now);
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
    platforms = PlatformsChoice.of(chosen, level, attention);
    touched(by, now);
  }

  public void chooseFrequency(SyncFrequency frequency, String by, LocalDateTime now) {
    syncFrequency = frequency;
    frequencyState = StepState.SAVED;
    touched(by, now);
  }

  /** Graph's counts of the tenant's groups and devices (what polling will walk). */
  public void sizeRead(int groupCount, int deviceCount, LocalDateTime now) {
    size = getSize().read(groupCount, deviceCount, now);
  }

  /** Reading the size failed; whatever was read before stays. */
  public void sizeUnknown(String problem, LocalDateTime now) {
    size = getSize().unknown(problem, now);
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
    scope = ScopeCount.counted(users, devices, now);
  }

  public void scopeNotCounted(String problem, LocalDateTime now) {
    scope = ScopeCount.failed(problem, now);
  }

  /** A profile filled the choices; remembered so the page can say where they came from. */
  public void filledFromProfile(String name) {
    profileName = name;
  }

  /** Stops the wizard; every choice stays, nothing applied to Intune is undone. */
  public void cancel(String by, LocalDateTime now) {
    trail = trail.cancelled(by, now);
  }

  public void resume(String by, LocalDateTime now) {
    trail = trail.resumed(by, now);
  }

  /** The step is judged again and the last scope count no longer holds. */
  private void groupsChanged(String by, LocalDateTime now) {
    groupsStep = GroupsStep.judge(getIncluded(), !groups.isEmpty());
    scope = ScopeCount.none();
    touched(by, now);
  }

  private void touched(String by, LocalDateTime now) {
    trail = trail.touched(by, now);
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("platforms", platforms.joined());
    s.put("threatLevel", getThreatLevel().name());
    s.put("syncFrequency", syncFrequency.name());
    s.put("included", names(GroupRole.INCLUDED));
    s.put("excluded", names(GroupRole.EXCLUDED));
    s.put("platformsState", getPlatformsState().name());
    s.put("frequencyState", frequencyState.name());
    s.put("groupsState", getGroupsState().name());
    if (isCancelled()) {
      s.put("cancelledBy", getCancelledBy());
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
    return platforms.getPlatforms();
  }

  public String getPlatformsText() {
    return DevicePlatform.describe(getPlatforms());
  }

  public DeviceThreatLevel getThreatLevel() {
    return platforms.getThreatLevel();
  }

  public SyncFrequency getSyncFrequency() {
    return syncFrequency;
  }

  public StepState getPlatformsState() {
    return platforms.getState();
  }

  public String getPlatformsReason() {
    return platforms.getReason();
  }

  public StepState getFrequencyState() {
    return frequencyState;
  }

  /** Why the tenant's size (and so the cost) is unknown, when reading it failed. */
  public String getFrequencyReason() {
    return getSize().getProblem();
  }

  public StepState getGroupsState() {
    return groupsStep.getState();
  }

  public String getGroupsReason() {
    return groupsStep.getReason();
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

  /**
   * The tenant's size as last read from Microsoft; never null (EclipseLink loads an embedded object
   * whose columns are all null as null: that is a size never read).
   */
  public TenantSize getSize() {
    return size == null ? new TenantSize() : size;
  }

  public boolean isSizeKnown() {
    return getSize().isKnown();
  }

  /**
   * The users and devices in scope as last counted; never null (EclipseLink loads an embedded
   * object whose columns are all null as null: that is a scope not counted).
   */
  public ScopeCount getScope() {
    return scope == null ? ScopeCount.none() : scope;
  }

  public String getProfileName() {
    return profileName;
  }

  public LocalDateTime getStartedAt() {
    return trail.getStartedAt();
  }

  public String getStartedBy() {
    return trail.getStartedBy();
  }

  public LocalDateTime getUpdatedAt() {
    return trail.getUpdatedAt();
  }

  public String getUpdatedBy() {
    return trail.getUpdatedBy();
  }

  public LocalDateTime getCancelledAt() {
    return trail.getCancelledAt();
  }

  public String getCancelledBy() {
    return trail.getCancelledBy();
  }

  public boolean isCancelled() {
    return trail.isCancelled();
  }

  public long getVersion() {
    return version;
  }
}
