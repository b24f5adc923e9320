package com.mtdconnect.auditlog.boundary;

import com.mtdconnect.audit.entity.AuditActions;
import com.mtdconnect.auditlog.entity.AuditPeriod;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.auditlog.entity.AuditRow;
import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log page: filters (a date preset or a custom range, actor, action in words, a tenant
 * picked by name among those the reader reads), a table paged in the database, and the CSV export.
 */
@Named
@ViewScoped
public class AuditBrowser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many tenants the tenant filter suggests at once; typing narrows them. */
  static final int TENANT_SUGGESTIONS = 20;

  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  @Inject AuditLog log;
  @Inject Clock clock;

  private final AuditQuery query = new AuditQuery();
  private List<SelectItem> actions;
  private TenantChoice tenant;
  private final LazyDataModel<AuditRow> events = new Events();

  @PostConstruct
  void load() {
    actions =
        log.actions().stream()
            .map(code -> new SelectItem(code, AuditActions.labelOf(code)))
            .sorted(Comparator.comparing(SelectItem::getLabel))
            .toList();
  }

  public void exportCsv() throws IOException {
    byte[] csv = log.exportCsv(query).getBytes(StandardCharsets.UTF_8);
    Faces.sendFile(csv, "audit-" + LocalDateTime.now(clock).format(FILE_TIME) + "-utc.csv", true);
  }

  /** The tenant filter's suggestions: names containing the typed text (all for none), by name. */
  public List<TenantChoice> suggestTenants(String text) {
    return log.tenantChoices(text, TENANT_SUGGESTIONS);
  }

  /** The tenant picked for the filter; null for all tenants. */
  public TenantChoice getTenant() {
    return tenant;
  }

  public void setTenant(TenantChoice tenant) {
    this.tenant = tenant;
    query.setTenantId(tenant == null ? null : tenant.getId());
  }

  /** Back to the events of all tenants. */
  public void allTenants() {
    setTenant(null);
  }

  public AuditQuery getQuery() {
    return query;
  }

  /** The actions of the events the reader sees, in words, for the filter. */
  public List<SelectItem> getActions() {
    return actions;
  }

  public AuditPeriod[] getPeriods() {
    return AuditPeriod.values();
  }

  public boolean isCustomRange() {
    return query.getPeriod() == AuditPeriod.CUSTOM;
  }

  public LazyDataModel<AuditRow> getEvents() {
    return events;
  }

  /** One page at a time from the database, with the page's filters. */
  private class Events extends LazyDataModel<AuditRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(log.count(query));
    }

    @Override
    public List<AuditRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return log.events(query, first, pageSize);
    }

    @Override
    public String getRowKey(AuditRow row) {
      return String.valueOf(row.getEvent().getId());
    }
  }
}
