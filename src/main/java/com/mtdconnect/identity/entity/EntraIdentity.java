package com.mtdconnect.identity.entity;

import java.util.Optional;

/**
 * Who a sign-in token names for good: Entra's immutable object id ({@code oid}) in the directory
 * {@code tid}. The sign-in name ({@code preferred_username}) can be renamed and given to somebody
 * else later; the object id cannot, so the portal binds each staff account to it on first sign-in.
 *
 * @param objectId the {@code oid} claim, if the provider sent one
 * @param tenantId the {@code tid} claim, if the provider sent one
 */
public record EntraIdentity(Optional<String> objectId, Optional<String> tenantId) {

  /** A provider that names nobody beyond the sign-in name. */
  public static final EntraIdentity UNKNOWN = new EntraIdentity(Optional.empty(), Optional.empty());

  public EntraIdentity {
    objectId = objectId.map(String::strip).filter(s -> !s.isEmpty());
    tenantId = tenantId.map(String::strip).filter(s -> !s.isEmpty());
  }

  public static EntraIdentity of(String objectId, String tenantId) {
    return new EntraIdentity(Optional.ofNullable(objectId), Optional.ofNullable(tenantId));
  }
}
