package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.TenantBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a fleet snapshot is read from, each one statement over stored results: the {@code fleet_row}
 * view, the tenants with policy drift, one day of install coverage, one hour of rounds, and the
 * registry's newest change.
 */
@ApplicationScoped
public class FleetReads {
  private static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext EntityManager em;

  /** Every tenant of the fleet (archived ones are not part of it). */
  public List<FleetRow> rows() {
    return em.createQuery("SELECT r FROM FleetRow r", FleetRow.class)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  /** The tenants with a drift finding of a published policy. */
  public Set<Long> driftedTenants() {
    return new HashSet<>(
        em.createQuery("SELECT DISTINCT d.tenantId FROM PolicyDriftFinding d", Long.class)
            .getResultList());
  }

  /** When the registry last changed: a tenant registered, edited, archived, its facts moved. */
  public LocalDateTime registryStamp() {
    return em.createQuery("SELECT MAX(t.updatedAt) FROM Tenant t", LocalDateTime.class)
        .getSingleResult();
  }

  /**
   * App installed (first) of devices in scope (second) per tenant, as the day's last round left.
   */
  public TenantBuckets coverageOn(LocalDate day) {
    return new TenantBuckets(
        day.atStartOfDay(),
        figures(
            em.createQuery(
                    "SELECT c.tenantId, c.appInstalled, c.devicesInScope FROM CoverageDay c"
                        + " WHERE c.day = :day",
                    Object[].class)
                .setParameter("day", day)
                .getResultList()));
  }

  /**
   * Throttled (first) and all (second) Graph requests per tenant of the rounds started that hour.
   */
  public TenantBuckets requestsIn(LocalDateTime hour) {
    return new TenantBuckets(
        hour,
        figures(
            em.createQuery(
                    "SELECT r.tenantId, SUM(r.throttled), SUM(r.requests) FROM PollRound r"
                        + " WHERE r.startedAt >= :from AND r.startedAt < :to GROUP BY r.tenantId",
                    Object[].class)
                .setParameter("from", hour)
                .setParameter("to", hour.plusHours(1))
                .getResultList()));
  }

  private static List<TenantBuckets.Figures> figures(List<Object[]> rows) {
    return rows.stream()
        .map(
            r -> new TenantBuckets.Figures(((Number) r[0]).longValue(), number(r[1]), number(r[2])))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }
}
