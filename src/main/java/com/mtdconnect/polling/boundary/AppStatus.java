package com.mtdconnect.polling.boundary;

import com.mtdconnect.polling.entity.AppStatusOverview;
import com.mtdconnect.polling.entity.DeviceQuery;
import com.mtdconnect.polling.entity.InstallState;
import com.mtdconnect.polling.entity.InventoryDevice;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The tenant's app status page: per platform the install funnel (targeted users → devices in scope
 * → app installed → reporting to the connector) as a chart with its numbers, the connector, how old
 * the data is, and the devices with their install state (lazy, searchable, filtered by state).
 * Reads only what the polling rounds stored; never calls Graph.
 */
@Named
@ViewScoped
public class AppStatus implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AppStatusReport report;
  @Inject TenantRegistry registry;
  @Inject Clock clock;

  private Long tenantId;
  private Tenant tenant;
  private AppStatusOverview overview;
  private Platform platform = Platform.IOS;
  private InstallState state;
  private boolean leftScope;
  private DeviceModel devices;

  public void load() throws IOException {
    if (tenantId == null) {
      Faces.responseSendError(404, "No tenant was named.");
      return;
    }
    try {
      overview = report.overview(tenantId);
      tenant = registry.find(tenantId);
    } catch (TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
      return;
    }
    overview.getFunnels().stream().findFirst().ifPresent(f -> platform = f.getPlatform());
    devices = new DeviceModel(report, tenantId);
  }

  /** Re-reads what the rounds stored (the page polls this). */
  public void refresh() {
    overview = report.overview(tenantId);
  }

  /** The age of the newest stored data in words, or why there is none. */
  public String getAge() {
    LocalDateTime readAt = overview.getReadAt();
    if (readAt == null) {
      return "Not polled yet: the first polling round stores this tenant's app status.";
    }
    Duration age = Duration.between(readAt, LocalDateTime.now(clock));
    long minutes = Math.max(0, age.toMinutes());
    String words =
        minutes < 1
            ? "less than a minute"
            : minutes < 120 ? minutes + " minute(s)" : (minutes / 60) + " hour(s)";
    return "Read from Microsoft " + words + " ago (" + readAt.withNano(0) + " UTC).";
  }

  /** Chart.js configuration of the funnel: one bar series per platform. */
  public String getChart() {
    return FunnelChart.of(overview.getFunnels());
  }

  /** The devices table's model. */
  public final class DeviceModel extends LazyDataModel<InventoryDevice> {
    private static final long serialVersionUID = 1L;
    private final AppStatusReport source;
    private final long tenant;

    DeviceModel(AppStatusReport source, long tenant) {
      this.source = source;
      this.tenant = tenant;
    }

    private DeviceQuery query(Map<String, FilterMeta> filterBy, int first, int size) {
      FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
      String text =
          global == null || global.getFilterValue() == null
              ? ""
              : global.getFilterValue().toString();
      return new DeviceQuery(platform, !leftScope, Optional.ofNullable(state), text, first, size);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(source.countDevices(tenant, query(filterBy, 0, 1)));
    }

    @Override
    public List<InventoryDevice> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return source.devices(tenant, query(filterBy, first, pageSize));
    }

    @Override
    public String getRowKey(InventoryDevice device) {
      return device.getManagedDeviceId();
    }
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public AppStatusOverview getOverview() {
    return overview;
  }

  public Platform getPlatform() {
    return platform;
  }

  public void setPlatform(Platform platform) {
    this.platform = platform == null ? Platform.IOS : platform;
  }

  public InstallState getState() {
    return state;
  }

  public void setState(InstallState state) {
    this.state = state;
  }

  public boolean isLeftScope() {
    return leftScope;
  }

  public void setLeftScope(boolean leftScope) {
    this.leftScope = leftScope;
  }

  public Platform[] getPlatforms() {
    return Platform.values();
  }

  public InstallState[] getStates() {
    return InstallState.values();
  }

  public DeviceModel getDevices() {
    return devices;
  }
}
