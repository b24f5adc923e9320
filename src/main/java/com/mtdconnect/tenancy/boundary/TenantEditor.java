package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.tenancy.entity.DuplicateTenant;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The page that registers a new tenant or edits an existing one. Keeps the version it loaded, so
 * that a save after someone else's change is refused with a message instead of overwriting it.
 */
@Named
@ViewScoped
public class TenantEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;

  /** The tenant being edited; null when registering a new one. */
  private Long tenantId;

  private long loadedVersion;
  private TenantDraft draft = new TenantDraft();

  /**
   * Runs when the page is opened: loads the tenant named in the URL, if any. Staff who may not
   * register (or not change this tenant) get the 403 page, not a form they cannot save.
   */
  public void load() throws IOException {
    if (tenantId == null) {
      registry.requireMayRegister();
      return;
    }
    try {
      loadLatest(registry.findForUpdate(tenantId));
    } catch (TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
    }
  }

  public String save() {
    try {
      Tenant saved =
          isNew() ? registry.register(draft) : registry.update(tenantId, loadedVersion, draft);
      Messages.addFlashGlobalInfo(
          isNew() ? "Tenant \"{0}\" registered." : "Changes to \"{0}\" saved.",
          saved.getDisplayName());
      return "/tenancy/view?faces-redirect=true&tenant=" + saved.getId();
    } catch (DuplicateTenant e) {
      Messages.addError("editor:directoryId", e.getMessage());
      return null;
    }
  }

  /** Drops this editor's unsaved changes and shows what is saved now. */
  public void reloadLatest() {
    loadLatest(registry.find(tenantId));
    Messages.addGlobalInfo("Showing the latest saved version.");
  }

  private void loadLatest(Tenant tenant) {
    loadedVersion = tenant.getVersion();
    draft = TenantDraft.of(tenant);
  }

  public boolean isNew() {
    return tenantId == null;
  }

  public TenantLifecycle[] getLifecycles() {
    return TenantLifecycle.values();
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public TenantDraft getDraft() {
    return draft;
  }
}
