package com.mtdconnect.dashboard.boundary;

import com.mtdconnect.dashboard.control.FleetCharts;
import com.mtdconnect.dashboard.entity.AttentionItem;
import com.mtdconnect.dashboard.entity.FleetCounters;
import com.mtdconnect.dashboard.entity.TrendPoint;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.polling.boundary.JobHistory;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The fleet overview, the page MSP leads open first: counters, the tenants needing attention with
 * their fix ("sync now" runs here), the charts with their numbers, and the fleet table. Everything
 * within the caller's scope tags; read from what was stored, with its age.
 */
@Named
@ViewScoped
public class FleetOverview implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int ATTENTION_ROWS = 10;

  @Inject FleetBoard board;
  @Inject JobHistory jobs;
  @Inject TenantRegistry registry;

  private FleetCounters counters;
  private long policyDrift;
  private List<AttentionItem> attention;
  private List<TrendPoint> coverage;
  private List<TrendPoint> throttling;
  private List<String> scopeTags;
  private FleetTable table;

  @PostConstruct
  void open() {
    table = new FleetTable(board);
    scopeTags = registry.scopeTagChoices(Permission.DASHBOARDS_READ);
    refresh();
  }

  /** Reads every figure again (the page's poll, and after an action). */
  public void refresh() {
    counters = board.counters();
    policyDrift = board.driftedTenants();
    attention = board.needingAttention(ATTENTION_ROWS);
    List<TrendPoint> days = new ArrayList<>(board.coverageByDay());
    TrendPoint today = days.remove(days.size() - 1);
    // today as the stored funnels stand now (the day's row is written after each round)
    days.add(new TrendPoint(today.getLabel(), counters.getInstalled(), counters.getDevices()));
    coverage = days;
    throttling = board.throttlingByHour();
  }

  /** "Sync now" from the attention list: asks for the tenant's round, then reads again. */
  public void syncNow(long tenantId) {
    boolean started = jobs.syncNow(tenantId);
    Messages.addGlobalInfo(
        started
            ? "Round requested: it runs within seconds; this page updates itself."
            : "A round of this tenant is running right now.");
    refresh();
  }

  /** How old the figures are, in words. */
  public String getAge() {
    LocalDateTime newest = counters.getNewestSync();
    LocalDateTime countedAt = counters.getCountedAt();
    String read =
        "Counted at "
            + countedAt.toLocalTime().withNano(0)
            + " UTC from stored results (counted again every "
            + inWords(counters.getCountedEvery())
            + ")";
    if (newest == null) {
      return read + "; no polling round has succeeded yet.";
    }
    long minutes = Math.max(0, Duration.between(newest, countedAt).toMinutes());
    return read
        + "; the newest successful round ended "
        + (minutes < 1 ? "less than a minute" : minutes + " minute(s)")
        + " ago. Each tenant's last sync is in the table.";
  }

  private static String inWords(Duration every) {
    long seconds = every.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }

  public String getHealthChart() {
    return FleetCharts.health(counters);
  }

  public String getCoverageChart() {
    return FleetCharts.coverage(coverage);
  }

  public String getThrottlingChart() {
    return FleetCharts.throttling(throttling);
  }

  /** The hours with requests, newest first (the table beside the throttling chart). */
  public List<TrendPoint> getThrottling() {
    List<TrendPoint> busy =
        new ArrayList<>(throttling.stream().filter(p -> p.getSecond() > 0).toList());
    Collections.reverse(busy);
    return busy;
  }

  public FleetCounters getCounters() {
    return counters;
  }

  /** Tenants with unresolved drift of a published policy. */
  public long getPolicyDrift() {
    return policyDrift;
  }

  public List<AttentionItem> getAttention() {
    return attention;
  }

  /** The coverage per day, newest first (the table beside the chart). */
  public List<TrendPoint> getCoverage() {
    List<TrendPoint> newestFirst = new ArrayList<>(coverage);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public FleetTable getTable() {
    return table;
  }

  public List<String> getScopeTags() {
    return scopeTags;
  }

  public TenantLifecycle[] getLifecycles() {
    return TenantLifecycle.values();
  }

  public HealthState[] getHealthStates() {
    return HealthState.values();
  }

  public Platform[] getPlatforms() {
    return Platform.values();
  }
}
