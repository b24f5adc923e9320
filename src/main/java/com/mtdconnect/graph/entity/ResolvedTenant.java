package com.mtdconnect.graph.entity;

import java.io.Serializable;

/**
 * What Entra ID's OpenID configuration document says about a tenant named by domain or id: its
 * tenant id (taken from the document's issuer) and, when Microsoft publishes it, its region scope.
 * A JavaBean, so pages can show it.
 */
public final class ResolvedTenant implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String queried;
  private final String tenantId;
  private final String regionScope;

  public ResolvedTenant(String queried, String tenantId, String regionScope) {
    this.queried = queried;
    this.tenantId = tenantId;
    this.regionScope = regionScope;
  }

  /** The domain or id that was asked for, as it was sent. */
  public String getQueried() {
    return queried;
  }

  /** The tenant id (GUID, lower case). */
  public String getTenantId() {
    return tenantId;
  }

  /** Entra's {@code tenant_region_scope} (e.g. {@code EU}), or null when the document has none. */
  public String getRegionScope() {
    return regionScope;
  }

  /** Whether the operator named the tenant by a domain rather than by its id. */
  public boolean isNamedByDomain() {
    return !queried.equalsIgnoreCase(tenantId);
  }
}
