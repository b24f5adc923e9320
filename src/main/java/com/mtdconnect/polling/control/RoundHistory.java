package com.mtdconnect.polling.control;

import com.mtdconnect.polling.entity.PollRound;
import com.mtdconnect.polling.entity.RoundQuery;
import com.mtdconnect.polling.entity.RoundRow;
import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The job history in the database: rounds filtered and paged there, limited to the tenants the
 * reader may see, and the purge of rounds older than the retention.
 */
@ApplicationScoped
public class RoundHistory {
  private static final Logger LOG = Logger.getLogger(RoundHistory.class.getName());

  /** The most rows one page may hold. */
  public static final int MAX_ROWS = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject RoundHistory self;

  /** Newest first. */
  public List<RoundRow> rows(RoundQuery query, TenantScope scope, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<RoundRow> select = cb.createQuery(RoundRow.class);
    Root<PollRound> round = select.from(PollRound.class);
    Root<Tenant> tenant = select.from(Tenant.class);
    select
        .select(
            cb.construct(
                RoundRow.class,
                round.get("id"),
                round.get("tenantId"),
                tenant.get("displayName"),
                round.get("node"),
                round.get("startedAt"),
                round.get("durationMs"),
                round.get("requests"),
                round.get("throttled"),
                round.get("changes"),
                round.get("outcome"),
                round.get("error"),
                round.get("kinds")))
        .where(matching(cb, round, tenant, query, scope))
        .orderBy(cb.desc(round.get("startedAt")), cb.desc(round.get("id")));
    return em.createQuery(select)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(MAX_ROWS, max)))
        .getResultList();
  }

  public long count(RoundQuery query, TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<PollRound> round = count.from(PollRound.class);
    Root<Tenant> tenant = count.from(Tenant.class);
    count.select(cb.count(round)).where(matching(cb, round, tenant, query, scope));
    return em.createQuery(count).getSingleResult();
  }

  /** The tenants the reader may see, by name, for the filter. */
  public List<Tenant> tenants(TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tenant> select = cb.createQuery(Tenant.class);
    Root<Tenant> tenant = select.from(Tenant.class);
    select
        .where(ScopePredicates.within(cb, tenant, scope))
        .orderBy(cb.asc(tenant.get("displayName")));
    return em.createQuery(select).setMaxResults(5000).getResultList();
  }

  /** Deletes rounds older than {@code retention}, in batches; returns how many. */
  public int purge(Duration retention) {
    LocalDateTime before = LocalDateTime.now(clock).minus(retention);
    int total = 0;
    int deleted;
    do {
      deleted = self.purgeBatch(before);
      total += deleted;
    } while (deleted == 5000);
    if (total > 0) {
      int purged = total;
      LOG.info(() -> "Job history: " + purged + " rounds older than " + retention + " deleted");
    }
    return total;
  }

  /** One batch of the purge, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeBatch(LocalDateTime before) {
    return em.createNativeQuery("DELETE FROM poll_round WHERE started_at < ?1 LIMIT 5000")
        .setParameter(1, before)
        .executeUpdate();
  }

  private Predicate[] matching(
      CriteriaBuilder cb,
      Root<PollRound> round,
      Root<Tenant> tenant,
      RoundQuery filter,
      TenantScope scope) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(round.get("tenantId"), tenant.get("id")));
    where.add(ScopePredicates.within(cb, tenant, scope));
    if (filter.getTenantId() != null) {
      where.add(cb.equal(round.get("tenantId"), filter.getTenantId()));
    }
    if (filter.getOutcome() != null) {
      where.add(cb.equal(round.get("outcome"), filter.getOutcome()));
    }
    if (filter.getPeriod().hours() > 0) {
      where.add(
          cb.greaterThanOrEqualTo(
              round.get("startedAt"),
              LocalDateTime.now(clock).minusHours(filter.getPeriod().hours())));
    }
    return where.toArray(Predicate[]::new);
  }
}
