package com.mtdconnect.graph.entity;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One app role the tenant's admin granted to our service principal.
 *
 * @param resourceDisplayName the resource's name, empty when Microsoft did not send one
 */
public record GrantedAppRole(
    String appRoleId,
    String resourceId,
    Optional<String> resourceDisplayName,
    Optional<OffsetDateTime> grantedAt) {}
