package com.mtdconnect.graph.entity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How fast we let ourselves call Graph: a budget per tenant and workload family, set below
 * Microsoft's published per-app-per-tenant limits, and two budgets for the app across all tenants
 * (graph-contracts §11): {@code global} counts requests of every family (Graph allows 2,000
 * requests/s per app), {@code appDirectory} counts the identity service's resource units of
 * directory requests (150,000 units per 20 s per app). Directory budgets count resource units, as
 * Microsoft does. {@code maxWait} bounds how long a caller waits for a permit.
 */
public record BudgetSettings(
    Map<WorkloadFamily, Budget> perTenant, Budget global, Budget appDirectory, Duration maxWait) {

  /** 80 % of the identity service's 150,000 resource units per 20 s per app. */
  public static final Budget APP_DIRECTORY_BELOW_MICROSOFT =
      new Budget(120_000, Duration.ofSeconds(20));

  public BudgetSettings {
    perTenant = Map.copyOf(perTenant);
  }

  /** With the app-wide directory budget below Microsoft's limit. */
  public BudgetSettings(Map<WorkloadFamily, Budget> perTenant, Budget global, Duration maxWait) {
    this(perTenant, global, APP_DIRECTORY_BELOW_MICROSOFT, maxWait);
  }

  /**
   * 80 % of Microsoft's published per-app-per-tenant limits; 1,500 requests/s and 120,000 directory
   * resource units per 20 s for the app across all tenants.
   */
  public static BudgetSettings belowMicrosoftLimits() {
    Map<WorkloadFamily, Budget> m = new EnumMap<>(WorkloadFamily.class);
    m.put(WorkloadFamily.DIRECTORY, new Budget(2800, Duration.ofSeconds(10)));
    m.put(WorkloadFamily.INTUNE_DEVICES, new Budget(1600, Duration.ofSeconds(20)));
    m.put(WorkloadFamily.INTUNE_APPS, new Budget(800, Duration.ofSeconds(20)));
    m.put(WorkloadFamily.INTUNE_CONFIGURATION, new Budget(800, Duration.ofSeconds(20)));
    m.put(WorkloadFamily.INTUNE_ENROLLMENT, new Budget(800, Duration.ofSeconds(20)));
    return new BudgetSettings(m, new Budget(1500, Duration.ofSeconds(1)), Duration.ofSeconds(60));
  }

  /** The same per-tenant budget for every family. */
  public static BudgetSettings uniform(Budget perTenant, Budget global, Duration maxWait) {
    Map<WorkloadFamily, Budget> m = new EnumMap<>(WorkloadFamily.class);
    for (WorkloadFamily f : WorkloadFamily.values()) {
      m.put(f, perTenant);
    }
    return new BudgetSettings(m, global, maxWait);
  }

  /** These settings with another budget for the app's requests across all tenants. */
  public BudgetSettings withGlobal(Budget requests) {
    return new BudgetSettings(perTenant, requests, appDirectory, maxWait);
  }

  /** These settings with another budget for the app's directory resource units. */
  public BudgetSettings withAppDirectory(Budget units) {
    return new BudgetSettings(perTenant, global, units, maxWait);
  }
}
