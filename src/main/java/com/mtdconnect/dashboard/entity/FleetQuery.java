package com.mtdconnect.dashboard.entity;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.util.Optional;

/**
 * One page of the fleet table: paging, the sort, and the filters (name, lifecycle, health, scope
 * tag, platform with devices in scope).
 */
public record FleetQuery(
    int first,
    int pageSize,
    FleetSort sort,
    boolean ascending,
    String name,
    Optional<TenantLifecycle> lifecycle,
    Optional<HealthState> health,
    String scopeTag,
    Optional<Platform> platform) {

  /** The first page of the whole fleet by name. */
  public static FleetQuery firstPage(int pageSize) {
    return new FleetQuery(
        0,
        pageSize,
        FleetSort.NAME,
        true,
        "",
        Optional.empty(),
        Optional.empty(),
        "",
        Optional.empty());
  }
}
