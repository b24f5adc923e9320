package com.mtdconnect.connection.boundary;

import com.mtdconnect.connection.entity.ConnectionReport;
import com.mtdconnect.connection.entity.ConnectorSummary;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** The use case "check the tenant's connection to Microsoft now". */
@ApplicationScoped
public class TenantConnection {
  private static final Logger LOG = Logger.getLogger(TenantConnection.class.getName());

  @Inject TenantRegistry tenants;
  @Inject GraphGateway gateway;
  @Inject Clock clock;

  /** Asks Microsoft about the tenant; failures become a report, never an exception. */
  @Requires(Permission.TENANTS_READ)
  public ConnectionReport check(@TenantId long tenantId) {
    Tenant tenant = tenants.find(tenantId); // permission and existence checked there
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      Set<String> grantedIds =
          gateway.grantedAppRoles(tenant.getDirectoryId()).stream()
              .map(GrantedAppRole::appRoleId)
              .map(String::toLowerCase)
              .collect(Collectors.toSet());
      List<RequiredPermission> granted =
          Arrays.stream(RequiredPermission.values())
              .filter(p -> grantedIds.contains(p.appRoleId()))
              .toList();
      List<RequiredPermission> missing =
          Arrays.stream(RequiredPermission.values())
              .filter(p -> !grantedIds.contains(p.appRoleId()))
              .toList();
      List<ConnectorSummary> connectors =
          missing.contains(RequiredPermission.DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL)
              ? List.of()
              : gateway.mtdConnectors(tenant.getDirectoryId()).stream()
                  .map(
                      c ->
                          new ConnectorSummary(
                              c.partnerState(),
                              c.lastHeartbeat().orElse(null),
                              c.androidEnabled(),
                              c.iosEnabled()))
                  .toList();
      LOG.info(
          () ->
              "Connection check of tenant "
                  + tenantId
                  + ": "
                  + granted.size()
                  + " of "
                  + RequiredPermission.values().length
                  + " permissions granted");
      return ConnectionReport.reached(now, granted, missing, connectors);
    } catch (GraphFailure failure) {
      LOG.info(
          () ->
              "Connection check of tenant "
                  + tenantId
                  + " failed: "
                  + failure.getClass().getSimpleName());
      return ConnectionReport.failed(now, failure.getMessage(), failure.retryable());
    }
  }
}
