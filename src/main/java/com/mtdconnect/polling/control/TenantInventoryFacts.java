package com.mtdconnect.polling.control;

import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.TargetedGroup;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.polling.entity.InventorySync;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.StepKind;
import com.mtdconnect.provisioning.entity.StepState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the inventory kinds read from the portal's own records before a round: the onboarding's
 * targeting and platforms, the app each platform got from provisioning, the stored sync state. Each
 * read runs in a transaction (joining the caller's): rounds read these on long-lived scheduler
 * threads, where the server's entity manager outside a transaction is closed after first use.
 */
@ApplicationScoped
@Transactional
public class TenantInventoryFacts {

  @PersistenceContext EntityManager em;

  /** The tenant's targeted groups; all groups when onboarding chose none. */
  public Targeting targeting(long tenantId) {
    TenantOnboarding o = em.find(TenantOnboarding.class, tenantId);
    if (o == null) {
      return new Targeting(Set.of(), Set.of());
    }
    return new Targeting(
        o.getIncluded().stream().map(TargetedGroup::getGroupId).collect(Collectors.toSet()),
        o.getExcluded().stream().map(TargetedGroup::getGroupId).collect(Collectors.toSet()));
  }

  /** The platforms the funnel is kept for: those onboarding chose, both when none. */
  public Set<Platform> platforms(long tenantId) {
    TenantOnboarding o = em.find(TenantOnboarding.class, tenantId);
    Set<Platform> result = EnumSet.noneOf(Platform.class);
    if (o != null) {
      for (DevicePlatform p : o.getPlatforms()) {
        result.add(p == DevicePlatform.IOS ? Platform.IOS : Platform.ANDROID);
      }
    }
    return result.isEmpty() ? EnumSet.allOf(Platform.class) : result;
  }

  /**
   * Our mobile app per platform, as provisioning last recorded it: the newest finished step that
   * created or found the app (a later offboarding step that removed it means none).
   */
  public Map<Platform, String> ourApps(long tenantId) {
    List<Object[]> rows =
        em.createNamedQuery(InventorySync.OUR_APP_STEPS, Object[].class)
            .setParameter("tenantId", tenantId)
            .setParameter("kind", IntuneObjectKind.MOBILE_APP)
            .setParameter("done", StepState.DONE)
            .setParameter("stepKinds", List.of(StepKind.OBJECT, StepKind.REMOVE_OBJECT))
            .getResultList();
    Map<Platform, String> apps = new EnumMap<>(Platform.class);
    Set<Platform> decided = EnumSet.noneOf(Platform.class);
    for (Object[] row : rows) {
      Platform platform = (Platform) row[0];
      if (platform == null || !decided.add(platform)) {
        continue;
      }
      String objectId = (String) row[1];
      if (row[2] == StepKind.OBJECT && objectId != null && !objectId.isBlank()) {
        apps.put(platform, objectId);
      }
    }
    return apps;
  }

  public Optional<InventorySync> sync(long tenantId) {
    return Optional.ofNullable(em.find(InventorySync.class, tenantId));
  }
}
