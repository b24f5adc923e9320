package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.CoverageDay;
import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.TrendPoint;
import com.mtdconnect.polling.entity.PollRound;
import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet's charts over time within a scope, summed in the database: install coverage per day and
 * throttled requests per hour (from the recorded polling rounds).
 */
@ApplicationScoped
public class FleetTrends {

  @PersistenceContext EntityManager em;

  /**
   * Per day from {@code from} to {@code today}: app installed (first) of devices in scope (second),
   * summed over the scope's tenants; days without data are zero.
   */
  public List<TrendPoint> coverage(TenantScope scope, LocalDate from, LocalDate today) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<CoverageDay> day = q.from(CoverageDay.class);
    Root<FleetRow> row = q.from(FleetRow.class);
    q.multiselect(
            day.get("day"),
            cb.sum(day.<Integer>get("appInstalled")),
            cb.sum(day.<Integer>get("devicesInScope")))
        .where(
            cb.equal(day.get("tenantId"), row.get("tenantId")),
            cb.greaterThanOrEqualTo(day.get("day"), from),
            ScopePredicates.within(cb, row, scope))
        .groupBy(day.get("day"));
    Map<LocalDate, Tuple> byDay = new HashMap<>();
    em.createQuery(q).getResultList().forEach(t -> byDay.put((LocalDate) t.get(0), t));
    List<TrendPoint> points = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
      Tuple t = byDay.get(d);
      points.add(
          new TrendPoint(
              d.toString(), t == null ? 0 : number(t.get(1)), t == null ? 0 : number(t.get(2))));
    }
    return points;
  }

  /**
   * Per hour since {@code from} (UTC, the hour's start as label): throttled requests (first) of all
   * requests (second) the scope's rounds sent.
   */
  public List<TrendPoint> throttling(TenantScope scope, LocalDateTime from, LocalDateTime now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<PollRound> round = q.from(PollRound.class);
    Root<FleetRow> row = q.from(FleetRow.class);
    Expression<java.sql.Date> date =
        cb.function("DATE", java.sql.Date.class, round.get("startedAt"));
    Expression<Integer> hour = cb.function("HOUR", Integer.class, round.get("startedAt"));
    q.multiselect(
            date,
            hour,
            cb.sum(round.<Integer>get("throttled")),
            cb.sum(round.<Integer>get("requests")))
        .where(
            cb.equal(round.get("tenantId"), row.get("tenantId")),
            cb.greaterThanOrEqualTo(round.get("startedAt"), from),
            ScopePredicates.within(cb, row, scope))
        .groupBy(date, hour);
    Map<LocalDateTime, Tuple> byHour = new HashMap<>();
    for (Tuple t : em.createQuery(q).getResultList()) {
      LocalDate d =
          t.get(0) instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) t.get(0);
      byHour.put(d.atTime(((Number) t.get(1)).intValue(), 0), t);
    }
    List<TrendPoint> points = new ArrayList<>();
    for (LocalDateTime h = from.withMinute(0).withSecond(0).withNano(0);
        !h.isAfter(now);
        h = h.plusHours(1)) {
      Tuple t = byHour.get(h);
      points.add(
          new TrendPoint(
              h.toLocalDate() + " " + "%02d:00".formatted(h.getHour()),
              t == null ? 0 : number(t.get(2)),
              t == null ? 0 : number(t.get(3))));
    }
    return points;
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }
}
