package com.mtdconnect.rbac.control;

import java.util.List;

/**
 * What the permission guard needs to know of a tenant: its scope tags, and how to say "no such
 * tenant". The tenancy component owns tenants and provides the one implementation; the interface
 * lives here so that tenancy depends on rbac (for {@code @Requires} and the scopes of its queries)
 * and rbac never on tenancy.
 */
public interface ScopedTenants {

  /**
   * The scope tags of the tenant with this id.
   *
   * @throws RuntimeException the tenancy's "not found" (the 404 page) when no tenant has this id
   */
  List<String> tagsOf(long tenantId);

  /**
   * The "not found" for a tenant the caller may not read at all: the very exception an unknown id
   * gives, so the id reveals nothing.
   */
  RuntimeException notFound(long tenantId);
}
