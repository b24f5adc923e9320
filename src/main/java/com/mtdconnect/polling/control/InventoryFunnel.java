package com.mtdconnect.polling.control;

import com.mtdconnect.polling.entity.InstallState;
import com.mtdconnect.polling.entity.InventoryConnector;
import com.mtdconnect.polling.entity.InventoryDevice;
import com.mtdconnect.polling.entity.InventorySummary;
import com.mtdconnect.polling.entity.InventorySync;
import com.mtdconnect.provisioning.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a tenant's per-platform install funnel ({@code inventory_summary}) from the stored
 * inventory, inside the transaction (and under the fence) of the kind that just stored its data.
 */
@ApplicationScoped
public class InventoryFunnel {

  @PersistenceContext EntityManager em;
  @Inject TenantInventoryFacts facts;

  @Transactional(Transactional.TxType.MANDATORY)
  public void recompute(long tenantId, LocalDateTime now) {
    em.flush();
    Set<Platform> platforms = facts.platforms(tenantId);
    InventorySync sync = em.find(InventorySync.class, tenantId);
    int users = sync == null ? 0 : sync.getTargetedUsers();
    InventoryConnector connector = em.find(InventoryConnector.class, tenantId);
    Map<Platform, int[]> counts = new EnumMap<>(Platform.class);
    List<Object[]> rows =
        em.createNamedQuery(InventoryDevice.FUNNEL, Object[].class)
            .setParameter("tenantId", tenantId)
            .getResultList();
    for (Object[] row : rows) {
      int[] c = counts.computeIfAbsent((Platform) row[0], p -> new int[5]);
      int n = ((Number) row[3]).intValue();
      c[0] += n;
      switch ((InstallState) row[1]) {
        case INSTALLED -> c[1] += n;
        case PENDING -> c[2] += n;
        case FAILED -> c[3] += n;
        default -> {}
      }
      if (row[1] == InstallState.INSTALLED && InventoryDevice.reporting((String) row[2])) {
        c[4] += n;
      }
    }
    for (Platform p : Platform.values()) {
      InventorySummary summary =
          em.find(InventorySummary.class, new InventorySummary.Key(tenantId, p));
      if (!platforms.contains(p)) {
        if (summary != null) {
          em.remove(summary);
        }
        continue;
      }
      if (summary == null) {
        summary = new InventorySummary(tenantId, p);
        em.persist(summary);
      }
      int[] c = counts.getOrDefault(p, new int[5]);
      summary.counted(
          users,
          c[0],
          c[1],
          c[2],
          c[3],
          c[4],
          connector == null || !connector.isPresent() ? null : connector.getPartnerState(),
          connector == null ? null : connector.getLastHeartbeat(),
          now);
    }
  }
}
