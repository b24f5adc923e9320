package com.mtdconnect.provisioning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's provisioning intent as stored (its desired state), and the groups the last completed
 * apply targeted. Groups are stored one per line as {@code id<TAB>name}.
 */
@Entity
@Table(name = "provisioning_intent")
public class StoredIntent {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(nullable = false)
  private String platforms;

  @Column(nullable = false)
  private String included;

  @Column(nullable = false)
  private String excluded;

  @Enumerated(EnumType.STRING)
  @Column(name = "threat_level", nullable = false)
  private ThreatLevel threatLevel;

  @Column(name = "applied_groups", nullable = false)
  private String appliedGroups = "";

  @Column(name = "plan_computed_at")
  private LocalDateTime planComputedAt;

  @ElementCollection
  @CollectionTable(name = "provisioning_plan_line", joinColumns = @JoinColumn(name = "tenant_id"))
  @OrderColumn(name = "position")
  private List<StoredPlanLine> planLines = new ArrayList<>();

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected StoredIntent() {}

  public StoredIntent(long tenantId) {
    this.tenantId = tenantId;
  }

  /** Keeps a provisioning plan as the one the page shows until the next is computed. */
  public void remember(ProvisioningPlan plan) {
    planLines.clear();
    plan.lines().forEach(l -> planLines.add(new StoredPlanLine(l)));
    planComputedAt = plan.computedAt();
  }

  /** The plan as last computed, if one was. */
  public Optional<ProvisioningPlan> lastPlan() {
    return planComputedAt == null
        ? Optional.empty()
        : Optional.of(
            new ProvisioningPlan(
                tenantId,
                PlanPurpose.PROVISION,
                planLines.stream().map(StoredPlanLine::line).toList(),
                planComputedAt));
  }

  public void change(ProvisioningIntent intent, String by, LocalDateTime now) {
    platforms =
        intent.platforms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    included = groups(intent.included());
    excluded = groups(intent.excluded());
    threatLevel = intent.threatLevel();
    updatedBy = by;
    updatedAt = now;
  }

  /** After a completed apply: the intent's groups are now ours in Intune. */
  public void applied() {
    Set<String> ids = new LinkedHashSet<>();
    intent().included().forEach(g -> ids.add(g.groupId()));
    intent().excluded().forEach(g -> ids.add(g.groupId()));
    appliedGroups = String.join(",", ids);
  }

  /** After offboarding nothing of ours is assigned any more. */
  public void offboarded() {
    appliedGroups = "";
  }

  public ProvisioningIntent intent() {
    Set<Platform> p = EnumSet.noneOf(Platform.class);
    Arrays.stream(platforms.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> p.add(Platform.valueOf(s)));
    return new ProvisioningIntent(p, parse(included), parse(excluded), threatLevel);
  }

  public Set<String> appliedGroups() {
    return Arrays.stream(appliedGroups.split(","))
        .filter(s -> !s.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String groups(List<TargetGroup> groups) {
    return groups.stream()
        .map(
            g ->
                g.groupId().replaceAll("\\s", "")
                    + "\t"
                    + g.displayName().replaceAll("[\\t\\r\\n]", " "))
        .collect(Collectors.joining("\n"));
  }

  private static List<TargetGroup> parse(String text) {
    List<TargetGroup> result = new ArrayList<>();
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        result.add(new TargetGroup(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return result;
  }

  public Map<String, Object> auditSnapshot() {
    return Map.of(
        "platforms", platforms,
        "included", included.replace('\t', ' ').replace('\n', ','),
        "excluded", excluded.replace('\t', ' ').replace('\n', ','),
        "threatLevel", threatLevel.name());
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
