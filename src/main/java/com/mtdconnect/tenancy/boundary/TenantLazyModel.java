package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.tenancy.entity.TenantQuery;
import com.mtdconnect.tenancy.entity.TenantSortField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Feeds the tenant table one page at a time from the database. Column filters and sorting are
 * translated into a {@link TenantQuery}; nothing is filtered in memory.
 */
public class TenantLazyModel extends LazyDataModel<Tenant> {
  private static final long serialVersionUID = 1L;

  private final TenantRegistry registry;
  private final boolean includeArchived;
  private final boolean onlyNeedingAttention;

  public TenantLazyModel(
      TenantRegistry registry, boolean includeArchived, boolean onlyNeedingAttention) {
    this.registry = registry;
    this.includeArchived = includeArchived;
    this.onlyNeedingAttention = onlyNeedingAttention;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(registry.count(query(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<Tenant> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return registry.list(query(first, pageSize, sortBy, filterBy));
  }

  private TenantQuery query(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    TenantSortField field =
        sort == null
            ? TenantSortField.DISPLAY_NAME
            : TenantSortField.ofAttribute(sort.getField()).orElse(TenantSortField.DISPLAY_NAME);
    boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
    return new TenantQuery(
        first,
        pageSize,
        field,
        ascending,
        text(filterBy, FilterMeta.GLOBAL_FILTER_KEY),
        lifecycle(filterBy),
        text(filterBy, "scopeTags"),
        includeArchived,
        onlyNeedingAttention);
  }

  private static String text(Map<String, FilterMeta> filterBy, String key) {
    FilterMeta meta = filterBy.get(key);
    return meta == null || meta.getFilterValue() == null ? "" : meta.getFilterValue().toString();
  }

  private static Optional<TenantLifecycle> lifecycle(Map<String, FilterMeta> filterBy) {
    FilterMeta meta = filterBy.get("lifecycle");
    if (meta == null || meta.getFilterValue() == null) {
      return Optional.empty();
    }
    Object value = meta.getFilterValue();
    if (value instanceof TenantLifecycle l) {
      return Optional.of(l);
    }
    try {
      return Optional.of(TenantLifecycle.valueOf(value.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getRowKey(Tenant tenant) {
    return String.valueOf(tenant.getId());
  }

  @Override
  public Tenant getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(t -> String.valueOf(t.getId()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
