package com.mtdconnect.polling.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.consent.control.ConsentRounds;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.polling.control.PollState;
import com.mtdconnect.polling.control.PollingEngine;
import com.mtdconnect.polling.control.RoundHistory;
import com.mtdconnect.polling.entity.NotPolled;
import com.mtdconnect.polling.entity.RoundOutcome;
import com.mtdconnect.polling.entity.RoundQuery;
import com.mtdconnect.polling.entity.RoundRow;
import com.mtdconnect.polling.entity.TenantOption;
import com.mtdconnect.polling.entity.TenantSyncStatus;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job history and "sync now": rounds of the tenants the caller may see (Jobs: Read), the
 * tenant's polling state for its page, and a round now (Jobs: Run, audited).
 */
@ApplicationScoped
@Transactional
public class JobHistory {

  @PersistenceContext EntityManager em;
  @Inject RoundHistory history;
  @Inject PollState state;
  @Inject PollingEngine engine;
  @Inject ConsentRounds consent;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;

  @Requires(Permission.JOBS_READ)
  public List<RoundRow> rounds(@NotNull RoundQuery query, int first, int max) {
    return history.rows(query, access.scopeOf(Permission.JOBS_READ), first, max);
  }

  @Requires(Permission.JOBS_READ)
  public long count(@NotNull RoundQuery query) {
    return history.count(query, access.scopeOf(Permission.JOBS_READ));
  }

  /** The tenants the caller may see, for the filter. */
  @Requires(Permission.JOBS_READ)
  public List<TenantOption> tenants() {
    return history.tenants(access.scopeOf(Permission.JOBS_READ)).stream()
        .map(t -> new TenantOption(t.getId(), t.getDisplayName()))
        .toList();
  }

  /** Where the tenant's polling stands: next round, last outcome, parking. */
  @Requires(Permission.JOBS_READ)
  public TenantSyncStatus status(@TenantId long tenantId) {
    var scheduled = engine.scheduled(tenantId);
    Optional<Object[]> last = state.lastRound(tenantId);
    return new TenantSyncStatus(
        scheduled.isPresent(),
        scheduled
            .map(s -> LocalDateTime.ofInstant(s.getExecutionTime(), ZoneOffset.UTC))
            .orElse(null),
        scheduled.map(s -> s.isPicked()).orElse(false),
        last.map(r -> toTime(r[0])).orElse(null),
        last.map(r -> r[1] == null ? null : RoundOutcome.valueOf((String) r[1])).orElse(null),
        last.map(r -> r[2] == null ? "" : (String) r[2]).orElse(""),
        last.map(r -> (String) r[3]).orElse(null));
  }

  /**
   * Runs the tenant's round now (also "retry now" in the job history).
   *
   * @return false when a round of the tenant is running right now (nothing to do)
   */
  @Requires(Permission.JOBS_RUN)
  public boolean syncNow(@TenantId long tenantId) {
    Tenant tenant =
        Optional.ofNullable(em.find(Tenant.class, tenantId))
            .orElseThrow(() -> new TenantNotFound(tenantId));
    if (tenant.isArchived() || tenant.getOnboardingStage() == OnboardingStage.OFFBOARDED) {
      throw new NotPolled(
          "\"" + tenant.getDisplayName() + "\" is archived or offboarded: it is not polled.");
    }
    if (engine.scheduled(tenantId).isEmpty() && !consent.watchedForDrift().contains(tenantId)) {
      throw new NotPolled(
          "\""
              + tenant.getDisplayName()
              + "\" is polled once its consent is verified. Send the consent link first.");
    }
    boolean started = engine.syncNow(tenantId);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("roundRequested", started);
    audit.record(
        new Actor(access.requireSignedIn().username(), currentStaff.clientAddress()),
        new AuditEntry(
            "POLL_ROUND_REQUESTED",
            tenantId,
            "TenantPolling",
            String.valueOf(tenantId),
            Map.of(),
            after));
    return started;
  }

  private static LocalDateTime toTime(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDateTime t ? t : ((java.sql.Timestamp) value).toLocalDateTime();
  }
}
