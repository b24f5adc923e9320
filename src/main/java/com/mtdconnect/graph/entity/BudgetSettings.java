package com.mtdconnect.graph.entity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How fast we let ourselves call Graph: a budget per tenant and workload family, set below
 * Microsoft's published per-app-per-tenant limits, and one global budget for all tenants (Graph
 * allows 2,000 requests/s per app). Directory budgets count resource units, as Microsoft does.
 * {@code maxWait} bounds how long a caller waits for a permit.
 */
public record BudgetSettings(
    Map<WorkloadFamily, Budget> perTenant, Budget global, Duration maxWait) {

  public BudgetSettings {
    perTenant = Map.copyOf(perTenant);
  }

  /** 80 % of Microsoft's published per-app-per-tenant limits; 1,500 requests/s globally. */
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
}
