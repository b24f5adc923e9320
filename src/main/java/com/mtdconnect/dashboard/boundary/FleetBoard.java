package com.mtdconnect.dashboard.boundary;

import com.mtdconnect.dashboard.control.FleetSnapshots;
import com.mtdconnect.dashboard.entity.AttentionItem;
import com.mtdconnect.dashboard.entity.AttentionItem.Fix;
import com.mtdconnect.dashboard.entity.FleetCounters;
import com.mtdconnect.dashboard.entity.FleetQuery;
import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.RoundTotals;
import com.mtdconnect.dashboard.entity.ScopedFleet;
import com.mtdconnect.dashboard.entity.TrendPoint;
import com.mtdconnect.graph.entity.Budget;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.health.entity.HealthReason;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.TenantHealth;
import com.mtdconnect.policies.control.DriftFindings;
import com.mtdconnect.policies.entity.PolicyDriftCount;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import com.mtdconnect.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fleet overview (Dashboards: Read), within the caller's scope tags: counters, the tenants that
 * need attention with the one fix each, the charts' series and the fleet table, from the fleet's
 * snapshot ({@link FleetSnapshots}: counted from what the registry, polling and health stored, at
 * most {@code portal.dashboard.refresh} old); the attention list's reasons and a tenant's own row
 * are read fresh. Never calls Graph.
 */
@ApplicationScoped
@Transactional
public class FleetBoard {
  private static final String TENANT_DASHBOARD = "/dashboard/tenant.xhtml?tenant=%d";
  private static final String CONSENT_PANEL = "/tenancy/view.xhtml?tenant=%d#consent";
  private static final String WIZARD = "/onboarding/wizard.xhtml?tenant=%d";
  private static final String POLICY_PAGE = "/policies/tenant.xhtml?tenant=%d&policy=%d";

  @PersistenceContext EntityManager em;
  @Inject FleetSnapshots snapshots;
  @Inject DriftFindings driftFindings;
  @Inject StaffAccess access;
  @Inject Clock clock;

  @Requires(Permission.DASHBOARDS_READ)
  public FleetCounters counters() {
    return fleet().counters();
  }

  /** The most urgent tenants, each with its reason and fix, most urgent first. */
  @Requires(Permission.DASHBOARDS_READ)
  public List<AttentionItem> needingAttention(int max) {
    List<FleetRow> rows = fleet().mostUrgent(max);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(FleetRow::getTenantId).toList();
    Map<Long, TenantHealth> health =
        em
            .createNamedQuery(FleetRow.HEALTH_OF, TenantHealth.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch", "h.reasons")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(TenantHealth::getTenantId, Function.identity()));
    Map<Long, Tenant> tenants =
        em
            .createNamedQuery(FleetRow.TENANTS_OF, Tenant.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Tenant::getId, Function.identity()));
    Map<Long, PolicyDriftCount> drift = new java.util.HashMap<>();
    driftFindings.countsOf(ids).forEach(d -> drift.putIfAbsent(d.tenantId(), d));
    return rows.stream()
        .map(
            r ->
                item(
                    r,
                    health.get(r.getTenantId()),
                    tenants.get(r.getTenantId()),
                    drift.get(r.getTenantId())))
        .toList();
  }

  /** How many tenants have unresolved drift of a published policy. */
  @Requires(Permission.DASHBOARDS_READ)
  public long driftedTenants() {
    return fleet().driftedTenants();
  }

  @Requires(Permission.DASHBOARDS_READ)
  public List<FleetRow> rows(@NotNull FleetQuery query) {
    return fleet().page(query);
  }

  @Requires(Permission.DASHBOARDS_READ)
  public long count(@NotNull FleetQuery query) {
    return fleet().count(query);
  }

  /** Install coverage per day over the last {@link ScopedFleet#COVERAGE_DAYS}, today last. */
  @Requires(Permission.DASHBOARDS_READ)
  public List<TrendPoint> coverageByDay() {
    return fleet().coverage();
  }

  /** Throttled and all Graph requests per hour, the last {@link ScopedFleet#THROTTLING_HOURS}. */
  @Requires(Permission.DASHBOARDS_READ)
  public List<TrendPoint> throttlingByHour() {
    return fleet().throttling();
  }

  /** The tenant's row of the fleet (its health, devices, coverage, last sync). */
  @Requires(Permission.DASHBOARDS_READ)
  public FleetRow tenantRow(@TenantId long tenantId) {
    return Optional.ofNullable(em.find(FleetRow.class, tenantId))
        .orElseThrow(() -> new TenantNotFound(tenantId));
  }

  /**
   * What the tenant's rounds of the last 24 hours cost, against the tightest per-tenant budget the
   * gateway paces by (below Microsoft's limits).
   */
  @Requires(Permission.DASHBOARDS_READ)
  public RoundTotals graphUse(@TenantId long tenantId) {
    Object[] t =
        em.createNamedQuery(FleetRow.ROUND_TOTALS, Object[].class)
            .setParameter("tenantId", tenantId)
            .setParameter("since", LocalDateTime.now(clock).minusHours(24))
            .getSingleResult();
    Budget tightest =
        BudgetSettings.belowMicrosoftLimits().perTenant().values().stream()
            .min(Comparator.comparingDouble(Budget::permitsPerSecond))
            .orElseThrow();
    return new RoundTotals(
        number(t[0]),
        number(t[1]),
        number(t[2]),
        number(t[3]),
        tightest.permits(),
        tightest.window().toSeconds());
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  /** The caller's part of the fleet's current snapshot (its scope tags for Dashboards: Read). */
  private ScopedFleet fleet() {
    return snapshots.current().in(access.scopeOf(Permission.DASHBOARDS_READ));
  }

  private AttentionItem item(
      FleetRow row, TenantHealth health, Tenant tenant, PolicyDriftCount drift) {
    long id = row.getTenantId();
    boolean unhealthy =
        row.getHealthState() == HealthState.FAILING || row.getHealthState() == HealthState.DEGRADED;
    if (unhealthy && health != null && !health.getReasons().isEmpty()) {
      HealthReason worst =
          health.getReasons().stream()
              .max(Comparator.comparingInt(HealthReason::getWeight))
              .orElseThrow();
      return switch (worst.getNextAction()) {
        case RECONSENT -> of(row, worst.getWords(), Fix.RECONSENT, CONSENT_PANEL);
        case SYNC_NOW -> of(row, worst.getWords(), Fix.SYNC_NOW, TENANT_DASHBOARD);
        default -> of(row, worst.getWords(), Fix.OPEN_TENANT, TENANT_DASHBOARD);
      };
    }
    if (drift != null) {
      // the tenant policy page holds accept and revert; without Policies: Read on the tenant, its
      // page (which mentions the drift) is the one to open
      return access.mayOn(Permission.POLICIES_READ, tenant.getScopeTagList())
          ? new AttentionItem(
              row.getTenantId(),
              row.getDisplayName(),
              row.getHealthState(),
              row.getHealthScore(),
              drift.describe(),
              Fix.REVIEW_DRIFT,
              POLICY_PAGE.formatted(row.getTenantId(), drift.policyId()))
          : of(row, drift.describe(), Fix.OPEN_TENANT, TENANT_DASHBOARD);
    }
    TenantStatus status = tenant.getStatus();
    String reason = status.getReason();
    return switch (status.getNextAction()) {
      case CREATE_CONSENT_LINK, SEND_CONSENT_LINK ->
          of(row, reason, Fix.CONSENT_LINK, CONSENT_PANEL);
      case SEND_RECONSENT_LINK -> of(row, reason, Fix.RECONSENT, CONSENT_PANEL);
      case START_ONBOARDING, RESUME_ONBOARDING -> of(row, reason, Fix.RESUME_ONBOARDING, WIZARD);
      default -> of(row, reason, Fix.OPEN_TENANT, TENANT_DASHBOARD);
    };
  }

  private static AttentionItem of(FleetRow row, String reason, Fix fix, String page) {
    return new AttentionItem(
        row.getTenantId(),
        row.getDisplayName(),
        row.getHealthState(),
        row.getHealthScore(),
        reason,
        fix,
        page.formatted(row.getTenantId()));
  }
}
