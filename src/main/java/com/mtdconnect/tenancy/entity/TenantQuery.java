package com.mtdconnect.tenancy.entity;

import java.util.Optional;

/**
 * One page of the tenant list as the operator asked for it.
 *
 * @param first index of the first row
 * @param pageSize rows per page (capped by the search)
 * @param sortField one of {@link TenantSortField}
 * @param ascending sort direction
 * @param text matches name, directory id, contact name or email (contains, any case)
 * @param lifecycle only tenants in this state, if given
 * @param scopeTag only tenants carrying this tag, if given
 * @param includeArchived whether archived tenants are listed too
 * @param onlyNeedingAttention only tenants an MSP operator has to act on (derived by {@link
 *     TenantStatusRules})
 */
public record TenantQuery(
    int first,
    int pageSize,
    TenantSortField sortField,
    boolean ascending,
    String text,
    Optional<TenantLifecycle> lifecycle,
    String scopeTag,
    boolean includeArchived,
    boolean onlyNeedingAttention) {

  /** Without the attention filter. */
  public TenantQuery(
      int first,
      int pageSize,
      TenantSortField sortField,
      boolean ascending,
      String text,
      Optional<TenantLifecycle> lifecycle,
      String scopeTag,
      boolean includeArchived) {
    this(first, pageSize, sortField, ascending, text, lifecycle, scopeTag, includeArchived, false);
  }

  /** The tenants that need attention, for counting. */
  public static TenantQuery needingAttention() {
    return new TenantQuery(
        0, 1, TenantSortField.DISPLAY_NAME, true, "", Optional.empty(), "", false, true);
  }

  public static TenantQuery firstPage(int pageSize) {
    return new TenantQuery(
        0, pageSize, TenantSortField.DISPLAY_NAME, true, "", Optional.empty(), "", false);
  }

  public TenantQuery withText(String newText) {
    return new TenantQuery(
        first,
        pageSize,
        sortField,
        ascending,
        newText,
        lifecycle,
        scopeTag,
        includeArchived,
        onlyNeedingAttention);
  }
}
