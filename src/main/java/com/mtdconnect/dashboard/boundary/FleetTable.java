package com.mtdconnect.dashboard.boundary;

import com.mtdconnect.dashboard.entity.FleetQuery;
import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.FleetSort;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Feeds the fleet table one page at a time from the database: the table's sort and name filter, and
 * its own filters (lifecycle, health, scope tag, platform, set by the page), become one {@link
 * FleetQuery}.
 */
public class FleetTable extends LazyDataModel<FleetRow> {
  private static final long serialVersionUID = 1L;

  private final FleetBoard board;
  private TenantLifecycle lifecycle;
  private HealthState health;
  private String scopeTag = "";
  private Platform platform;

  public FleetTable(FleetBoard board) {
    this.board = board;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(board.count(query(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<FleetRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return board.rows(query(first, pageSize, sortBy, filterBy));
  }

  private FleetQuery query(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    FleetSort field =
        sort == null
            ? FleetSort.NAME
            : FleetSort.ofAttribute(sort.getField()).orElse(FleetSort.NAME);
    FilterMeta name = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    return new FleetQuery(
        first,
        pageSize,
        field,
        sort == null || sort.getOrder() != SortOrder.DESCENDING,
        name == null || name.getFilterValue() == null ? "" : name.getFilterValue().toString(),
        Optional.ofNullable(lifecycle),
        Optional.ofNullable(health),
        scopeTag,
        Optional.ofNullable(platform));
  }

  public TenantLifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(TenantLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public HealthState getHealth() {
    return health;
  }

  public void setHealth(HealthState health) {
    this.health = health;
  }

  public String getScopeTag() {
    return scopeTag;
  }

  public void setScopeTag(String scopeTag) {
    this.scopeTag = scopeTag == null ? "" : scopeTag;
  }

  public Platform getPlatform() {
    return platform;
  }

  public void setPlatform(Platform platform) {
    this.platform = platform;
  }

  @Override
  public String getRowKey(FleetRow row) {
    return String.valueOf(row.getTenantId());
  }
}
