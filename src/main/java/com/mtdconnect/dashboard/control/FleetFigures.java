package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetCounters;
import com.mtdconnect.dashboard.entity.FleetQuery;
import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.FleetSort;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.policies.entity.PolicyDriftFinding;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.ConsentFact;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet's counters, its ranking by urgency and its table, each one SQL statement over the
 * {@code fleet_row} view within an RBAC scope: aggregated in the database, never per tenant.
 */
@ApplicationScoped
public class FleetFigures {
  /** The most rows one page of the table may ask for. */
  public static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext EntityManager em;

  /** Every counter of the fleet page, in three aggregate statements. */
  public FleetCounters counters(TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    Map<TenantLifecycle, Long> byLifecycle = new EnumMap<>(TenantLifecycle.class);
    grouped(scope, "lifecycle").forEach(t -> byLifecycle.put((TenantLifecycle) t.get(0), count(t)));
    Map<HealthState, Long> byHealth = new EnumMap<>(HealthState.class);
    grouped(scope, "healthState").forEach(t -> byHealth.put((HealthState) t.get(0), count(t)));

    CriteriaQuery<Tuple> sums = cb.createTupleQuery();
    Root<FleetRow> row = sums.from(FleetRow.class);
    sums.multiselect(
            cb.sum(
                cb.<Long>selectCase()
                    .when(
                        cb.and(
                            cb.notEqual(row.get("consentFact"), ConsentFact.GRANTED),
                            cb.notEqual(row.get("lifecycle"), TenantLifecycle.OFFBOARDED)),
                        1L)
                    .otherwise(0L)),
            cb.sum(row.<Integer>get("connectorUnresponsive")),
            cb.sum(row.<Long>get("devices")),
            cb.sum(row.<Long>get("installed")),
            cb.sum(row.<Long>get("protectedDevices")),
            cb.greatest(row.<java.time.LocalDateTime>get("lastSync")))
        .where(ScopePredicates.within(cb, row, scope));
    Tuple t = em.createQuery(sums).getSingleResult();
    return new FleetCounters(
        byLifecycle,
        byHealth,
        number(t.get(0)),
        number(t.get(1)),
        number(t.get(2)),
        number(t.get(3)),
        number(t.get(4)),
        (java.time.LocalDateTime) t.get(5));
  }

  /** How many tenants have a published policy that drifted in Intune (not resolved yet). */
  public long driftedTenants(TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<FleetRow> row = count.from(FleetRow.class);
    count
        .select(cb.count(row))
        .where(ScopePredicates.within(cb, row, scope), policyDrift(cb, count, row));
    return em.createQuery(count).getSingleResult();
  }

  /** The tenant has a drift finding of a published policy (the tenant round stores them). */
  private static Predicate policyDrift(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<FleetRow> row) {
    Subquery<Long> drift = query.subquery(Long.class);
    Root<PolicyDriftFinding> finding = drift.from(PolicyDriftFinding.class);
    drift
        .select(finding.<Long>get("tenantPolicyId"))
        .where(cb.equal(finding.get("tenantId"), row.get("tenantId")));
    return cb.exists(drift);
  }

  /**
   * The tenants that most need attention: failing, then degraded, then those with policy drift,
   * then those the registry says wait for an operator; inside each, the lowest score first, tenants
   * without a score yet last, then by name.
   */
  public List<FleetRow> mostUrgent(TenantScope scope, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<FleetRow> select = cb.createQuery(FleetRow.class);
    Root<FleetRow> row = select.from(FleetRow.class);
    Expression<Integer> urgency =
        cb.<Integer>selectCase()
            .when(cb.equal(row.get("healthState"), HealthState.FAILING), 0)
            .when(cb.equal(row.get("healthState"), HealthState.DEGRADED), 1)
            .when(policyDrift(cb, select, row), 2)
            .otherwise(3);
    select
        .select(row)
        .where(
            ScopePredicates.within(cb, row, scope),
            cb.or(
                row.get("healthState").in(HealthState.FAILING, HealthState.DEGRADED),
                policyDrift(cb, select, row),
                cb.isTrue(row.get("needsAttention"))))
        .orderBy(
            cb.asc(urgency),
            cb.asc(
                cb.<Integer>selectCase().when(cb.isNull(row.get("healthScore")), 1).otherwise(0)),
            cb.asc(row.get("healthScore")),
            cb.asc(row.get("displayName")),
            cb.asc(row.get("tenantId")));
    return em.createQuery(select).setMaxResults(max).getResultList();
  }

  /** One page of the fleet table, sorted and filtered in the database. */
  public List<FleetRow> rows(FleetQuery query, TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<FleetRow> select = cb.createQuery(FleetRow.class);
    Root<FleetRow> row = select.from(FleetRow.class);
    FleetSort sort = query.sort() == null ? FleetSort.NAME : query.sort();
    Expression<?> by = row.get(sort.attribute());
    select
        .select(row)
        .where(matching(cb, row, query, scope))
        .orderBy(
            query.ascending() ? cb.asc(by) : cb.desc(by),
            query.ascending() ? cb.asc(row.get("tenantId")) : cb.desc(row.get("tenantId")));
    return em.createQuery(select)
        .setFirstResult(Math.max(0, query.first()))
        .setMaxResults(Math.max(1, Math.min(MAX_PAGE_SIZE, query.pageSize())))
        .getResultList();
  }

  /** How many tenants match the table's filters. */
  public long count(FleetQuery query, TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<FleetRow> row = count.from(FleetRow.class);
    count.select(cb.count(row)).where(matching(cb, row, query, scope));
    return em.createQuery(count).getSingleResult();
  }

  private List<Tuple> grouped(TenantScope scope, String attribute) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<FleetRow> row = q.from(FleetRow.class);
    q.multiselect(row.get(attribute), cb.count(row))
        .where(ScopePredicates.within(cb, row, scope))
        .groupBy(row.get(attribute));
    return em.createQuery(q).getResultList();
  }

  private static Predicate[] matching(
      CriteriaBuilder cb, Root<FleetRow> row, FleetQuery query, TenantScope scope) {
    List<Predicate> where = new ArrayList<>();
    where.add(ScopePredicates.within(cb, row, scope));
    if (query.name() != null && !query.name().isBlank()) {
      where.add(
          cb.like(
              cb.lower(row.get("displayName")),
              "%" + ScopePredicates.escaped(query.name().trim()) + "%",
              '!'));
    }
    query.lifecycle().ifPresent(l -> where.add(cb.equal(row.get("lifecycle"), l)));
    query.health().ifPresent(h -> where.add(cb.equal(row.get("healthState"), h)));
    if (query.scopeTag() != null && !query.scopeTag().isBlank()) {
      where.add(ScopePredicates.carriesTag(cb, row, ScopePredicates.escaped(query.scopeTag())));
    }
    query
        .platform()
        .ifPresent(
            p ->
                where.add(
                    cb.gt(row.<Long>get(p == Platform.IOS ? "iosDevices" : "androidDevices"), 0L)));
    return where.toArray(Predicate[]::new);
  }

  private static long count(Tuple t) {
    return number(t.get(1));
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }
}
