package com.mtdconnect.provisioning.control;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.provisioning.entity.AppCatalogue;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.ProvisioningRefused;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes a tenant's plans against what its Intune holds now: the desired state from the intent,
 * the MSP's app catalogue and the published policies' app settings, read against a live snapshot of
 * the tenant's Intune (only what the granted permissions allow to read).
 */
@ApplicationScoped
public class PlanComputation {
  @PersistenceContext EntityManager em;
  @Inject GraphGateway gateway;
  @Inject ProvisioningSettings settings;
  @Inject Instance<PublishedAppSettings> publishedAppSettings;
  @Inject Clock clock;

  /** The provisioning plan for the intent; {@code applied} are the groups assigned last time. */
  public ProvisioningPlan provision(Tenant tenant, ProvisioningIntent intent, Set<String> applied) {
    AppCatalogue catalogue =
        Optional.ofNullable(em.find(AppCatalogue.class, AppCatalogue.THE_ONE))
            .orElseThrow(
                () ->
                    new ProvisioningRefused(
                        "The app catalogue is empty: an MSP administrator fills it in on the App"
                            + " catalogue page first."));
    Map<Platform, Map<String, String>> policyKeys = new EnumMap<>(Platform.class);
    for (Platform p : intent.platforms()) {
      Map<String, String> keys = new TreeMap<>();
      publishedAppSettings.forEach(source -> keys.putAll(source.of(tenant.getId(), p)));
      policyKeys.put(p, keys);
    }
    DesiredState desired =
        new DesiredState(intent, catalogue.values(), settings.partnerId(), policyKeys);
    for (Platform p : intent.platforms()) {
      catalogue.values().app(p);
    }
    IntuneSnapshot now = SnapshotReader.read(gateway, tenant.getDirectoryId(), granted(tenant));
    return Planner.provision(tenant.getId(), desired, now, applied, LocalDateTime.now(clock));
  }

  /** The offboarding plan: delete exactly the objects carrying our marker, and our connector. */
  public ProvisioningPlan offboard(Tenant tenant) {
    return Planner.offboard(
        tenant.getId(),
        SnapshotReader.read(gateway, tenant.getDirectoryId(), granted(tenant)),
        settings.partnerId(),
        LocalDateTime.now(clock));
  }

  /** The permissions the tenant granted, asked live (empty when they cannot be read). */
  private Optional<Set<String>> granted(Tenant tenant) {
    try {
      Set<String> ids =
          gateway.grantedAppRoles(tenant.getDirectoryId()).stream()
              .map(GrantedAppRole::appRoleId)
              .map(String::toLowerCase)
              .collect(Collectors.toSet());
      return Optional.of(
          Arrays.stream(RequiredPermission.values())
              .filter(p -> ids.contains(p.appRoleId()))
              .map(RequiredPermission::getPermissionName)
              .collect(Collectors.toSet()));
    } catch (GraphFailure e) {
      return Optional.empty();
    }
  }
}
