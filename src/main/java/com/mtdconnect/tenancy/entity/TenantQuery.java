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
 */
public record TenantQuery(
    int first,
    int pageSize,
    TenantSortField sortField,
    boolean ascending,
    String text,
    Optional<TenantLifecycle> lifecycle,
    String scopeTag,
    boolean includeArchived) {

  public static TenantQuery firstPage(int pageSize) {
    return new TenantQuery(
        0, pageSize, TenantSortField.DISPLAY_NAME, true, "", Optional.empty(), "", false);
  }

  public TenantQuery withText(String newText) {
    return new TenantQuery(
        first, pageSize, sortField, ascending, newText, lifecycle, scopeTag, includeArchived);
  }
}
