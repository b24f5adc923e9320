package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.tenancy.entity.NextAction;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The page that shows one tenant with its recent history, and archives or restores it. */
@Named
@ViewScoped
public class TenantDetails implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int HISTORY_ROWS = 20;

  @Inject TenantRegistry registry;

  private Long tenantId;
  private Tenant tenant;
  private List<AuditEvent> history;

  /** Runs when the page is opened. */
  public void load() throws IOException {
    if (tenantId == null) {
      Faces.responseSendError(404, "No tenant was named.");
      return;
    }
    try {
      tenant = registry.find(tenantId);
      history = registry.history(tenantId, HISTORY_ROWS);
    } catch (TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
    }
  }

  /** Reads the tenant and its history again: after an action elsewhere on the page, or a poll. */
  public void refresh() {
    tenant = registry.find(tenantId);
    history = registry.history(tenantId, HISTORY_ROWS);
  }

  /** Whether something is under way that the page should follow by itself (a verification). */
  public boolean isPending() {
    return tenant != null
        && !tenant.isArchived()
        && tenant.getStatus().getNextAction() == NextAction.WAIT_FOR_VERIFICATION;
  }

  public String archive() {
    Tenant archived = registry.archive(tenantId, tenant.getVersion());
    Messages.addFlashGlobalInfo(
        "Tenant \"{0}\" archived. It no longer shows in the list unless you include archived tenants.",
        archived.getDisplayName());
    return "/tenancy/list?faces-redirect=true";
  }

  public String restore() {
    Tenant restored = registry.restore(tenantId, tenant.getVersion());
    Messages.addFlashGlobalInfo("Tenant \"{0}\" restored.", restored.getDisplayName());
    return "/tenancy/view?faces-redirect=true&tenant=" + tenantId;
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

  public List<AuditEvent> getHistory() {
    return history;
  }
}
