package com.mtdconnect.dashboard.boundary;

import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.RoundTotals;
import com.mtdconnect.polling.boundary.JobHistory;
import com.mtdconnect.polling.entity.RoundQuery;
import com.mtdconnect.polling.entity.RoundRow;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The support staff's tenant dashboard: the tenant's fleet row (score, devices, coverage, last
 * sync), its recent rounds and what they cost against the Graph budget, and its recent changes. The
 * page adds the health, consent, polling and app status panels of the components that own them.
 * Read-only: every action on it is one of those panels', guarded there.
 */
@Named
@ViewScoped
public class TenantDashboard implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int RECENT = 10;

  @Inject FleetBoard board;
  @Inject TenantRegistry registry;
  @Inject JobHistory jobs;
  @Inject StaffAccess access;
  @Inject Clock clock;

  private Long tenantId;
  private Tenant tenant;
  private FleetRow row;
  private RoundTotals graphUse;
  private List<RoundRow> rounds = List.of();
  private List<AuditEvent> changes = List.of();
  private LocalDateTime readAt;

  /** Runs after the app status panel's load, which answers 404 itself for a tenant out of reach. */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    if (tenantId == null) {
      Faces.responseSendError(404, "No tenant was named.");
      return;
    }
    try {
      row = board.tenantRow(tenantId);
      tenant = registry.find(tenantId);
    } catch (TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
      return;
    }
    read();
  }

  /** Reads again (the page's poll). */
  public void refresh() {
    if (tenant != null) {
      row = board.tenantRow(tenantId);
      read();
    }
  }

  private void read() {
    graphUse = board.graphUse(tenantId);
    if (access.may(Permission.JOBS_READ)) {
      RoundQuery query = new RoundQuery();
      query.setTenantId(tenantId);
      query.setPeriod(RoundQuery.Period.WEEK);
      rounds = jobs.rounds(query, 0, RECENT);
    }
    changes = registry.history(tenantId, RECENT);
    readAt = LocalDateTime.now(clock);
  }

  /** How old a stored time is, in words ("never" without one). */
  public String ageOf(LocalDateTime then) {
    if (then == null) {
      return "never";
    }
    long minutes = Math.max(0, Duration.between(then, readAt).toMinutes());
    if (minutes < 1) {
      return "less than a minute ago";
    }
    if (minutes < 120) {
      return minutes + " minute(s) ago";
    }
    return minutes < 48 * 60 ? (minutes / 60) + " hour(s) ago" : (minutes / 1440) + " day(s) ago";
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public FleetRow getRow() {
    return row;
  }

  public RoundTotals getGraphUse() {
    return graphUse;
  }

  public List<RoundRow> getRounds() {
    return rounds;
  }

  public List<AuditEvent> getChanges() {
    return changes;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }
}
