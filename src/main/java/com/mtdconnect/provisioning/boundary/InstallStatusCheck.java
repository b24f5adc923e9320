package com.mtdconnect.provisioning.boundary;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.provisioning.control.ReadResults;
import com.mtdconnect.provisioning.entity.InstallCount;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The provisioning page's "read install status once": our apps' install states per platform, read
 * through Intune (not from the polled results), with the installed count kept as the tenant's
 * latest read. No database transaction is held while Graph answers.
 */
@ApplicationScoped
public class InstallStatusCheck {
  /** The most install states read per app; the polled app status covers whole fleets. */
  private static final int MAX_PER_APP = 1000;

  @PersistenceContext EntityManager em;
  @Inject GraphGateway gateway;
  @Inject ReadResults results;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;

  /** Install status of our apps: devices per platform and state. */
  @Requires(Permission.ONBOARDING_READ)
  public List<InstallCount> read(@TenantId long tenantId) {
    Tenant tenant =
        Optional.ofNullable(em.find(Tenant.class, tenantId))
            .orElseThrow(() -> new TenantNotFound(tenantId));
    List<InstallCount> counts = new ArrayList<>();
    for (IntuneObject app :
        gateway.intuneObjects(tenant.getDirectoryId(), IntuneObjectKind.MOBILE_APP)) {
      Optional<String> key = app.markerKey();
      if (key.isEmpty() || !key.get().endsWith(".app")) {
        continue;
      }
      Platform platform = key.get().startsWith("ios.") ? Platform.IOS : Platform.ANDROID;
      Map<String, Long> byState =
          new TreeMap<>(
              gateway.appInstallStatus(tenant.getDirectoryId(), app.id(), MAX_PER_APP).stream()
                  .collect(Collectors.groupingBy(AppInstallStatus::state, Collectors.counting())));
      byState.forEach((state, n) -> counts.add(new InstallCount(platform, state, n)));
    }
    int installed =
        (int)
            counts.stream()
                .filter(c -> c.state().equalsIgnoreCase("installed"))
                .mapToLong(InstallCount::devices)
                .sum();
    results.installs(
        tenantId,
        installed,
        new Actor(access.requireSignedIn().username(), currentStaff.clientAddress()));
    return counts;
  }
}
