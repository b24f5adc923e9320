package com.mtdconnect.polling.boundary;

import com.mtdconnect.polling.entity.AppStatusOverview;
import com.mtdconnect.polling.entity.DeviceQuery;
import com.mtdconnect.polling.entity.InventoryConnector;
import com.mtdconnect.polling.entity.InventoryDevice;
import com.mtdconnect.polling.entity.InventorySummary;
import com.mtdconnect.polling.entity.InventorySync;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * Reading a tenant's app status as the polling rounds stored it: the install funnel per platform,
 * the connector, the devices with their install state. Never calls Graph. Onboarding staff and
 * dashboard readers may read it, for tenants in their scope.
 */
@ApplicationScoped
public class AppStatusReport {

  @PersistenceContext EntityManager em;

  @Requires({Permission.ONBOARDING_READ, Permission.DASHBOARDS_READ})
  public AppStatusOverview overview(@TenantId long tenantId) {
    List<InventorySummary> funnels =
        em.createNamedQuery(InventorySummary.OF_TENANT, InventorySummary.class)
            .setParameter("tenantId", tenantId)
            .getResultList();
    return new AppStatusOverview(
        funnels,
        em.find(InventoryConnector.class, tenantId),
        em.find(InventorySync.class, tenantId));
  }

  /** Whether a polling round stored the tenant's app status yet (the wizard links here then). */
  @Requires({Permission.ONBOARDING_READ, Permission.DASHBOARDS_READ})
  public boolean polled(@TenantId long tenantId) {
    InventorySync sync = em.find(InventorySync.class, tenantId);
    return sync != null && sync.getEnrollmentAt() != null;
  }

  @Requires({Permission.ONBOARDING_READ, Permission.DASHBOARDS_READ})
  public List<InventoryDevice> devices(@TenantId long tenantId, @NotNull DeviceQuery query) {
    return bind(em.createNamedQuery(InventoryDevice.SEARCH, InventoryDevice.class), tenantId, query)
        .setFirstResult(query.first())
        .setMaxResults(query.pageSize())
        .getResultList();
  }

  @Requires({Permission.ONBOARDING_READ, Permission.DASHBOARDS_READ})
  public long countDevices(@TenantId long tenantId, @NotNull DeviceQuery query) {
    return bind(em.createNamedQuery(InventoryDevice.SEARCH_COUNT, Long.class), tenantId, query)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, long tenantId, DeviceQuery query) {
    String text =
        "%"
            + query
                .text()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    return q.setParameter("tenantId", tenantId)
        .setParameter("platform", query.platform())
        .setParameter("inScope", query.inScope())
        .setParameter("state", query.state().orElse(null))
        .setParameter("text", text);
  }
}
