package com.mtdconnect.graph.entity;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One app role the tenant's admin granted to our service principal. */
public record GrantedAppRole(
    String appRoleId,
    String resourceId,
    String resourceDisplayName,
    Optional<OffsetDateTime> grantedAt) {}
