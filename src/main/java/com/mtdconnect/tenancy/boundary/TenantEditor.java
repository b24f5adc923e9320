package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.graph.entity.ResolvedTenant;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.DirectoryIdentifierValidator;
import com.mtdconnect.tenancy.entity.DuplicateTenant;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantNotConfirmed;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The page that registers a new tenant or edits an existing one. Keeps the version it loaded, so
 * that a save after someone else's change is refused with a message instead of overwriting it. The
 * domain or tenant id the operator types is checked with Microsoft as soon as it is left, and the
 * resolved tenant id shown before saving.
 */
@Named
@ViewScoped
public class TenantEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String DIRECTORY_FIELD = "editor:directoryId";
  private static final String TAGS_FIELD = "editor:scopeTags";

  @Inject TenantRegistry registry;

  /** The tenant being edited; null when registering a new one. */
  private Long tenantId;

  private long loadedVersion;
  private TenantDraft draft = new TenantDraft();
  private ResolvedTenant resolved;
  private List<String> scopeTagChoices;

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
    } catch (DuplicateTenant | TenantNotConfirmed e) {
      refused(DIRECTORY_FIELD, e.getMessage());
      return null;
    } catch (OutsideYourScope e) {
      refused(TAGS_FIELD, e.getMessage());
      return null;
    }
  }

  /** The message on the field, and the field itself marked. */
  private static void refused(String field, String message) {
    Messages.addError(field, message);
    UIComponent component = Components.findComponent(field);
    if (component instanceof UIInput input) {
      input.setValid(false);
    }
  }

  /**
   * Before Faces checks the posted tags against the offered ones: a posted tag that was not offered
   * becomes a choice, so that it reaches the registry, which refuses a tag outside the operator's
   * scope in words on the field and records the refusal (instead of a bare "not valid").
   */
  public void keepPostedTagsChoosable(ComponentSystemEvent event) {
    if (((UIInput) event.getComponent()).getSubmittedValue() instanceof String[] posted) {
      Set<String> choices = new TreeSet<>(getScopeTagChoices());
      choices.addAll(List.of(posted));
      scopeTagChoices = List.copyOf(choices);
    }
  }

  /** The scope tags the operator may choose from (and those the tenant carries already). */
  public List<String> getScopeTagChoices() {
    if (scopeTagChoices == null) {
      Set<String> choices =
          new TreeSet<>(
              registry.scopeTagChoices(
                  isNew() ? Permission.TENANTS_CREATE : Permission.TENANTS_UPDATE));
      choices.addAll(draft.getScopeTagList());
      scopeTagChoices = List.copyOf(choices);
    }
    return scopeTagChoices;
  }

  /** Asks Microsoft which tenant the typed domain or id names (when the field is left). */
  public void lookUp() {
    resolved = null;
    String typed = draft.getDirectoryId();
    if (typed == null || !DirectoryIdentifierValidator.isValid(typed)) {
      return; // the field's own validation message says what is wrong
    }
    try {
      resolved = registry.lookUp(typed);
    } catch (TenantNotConfirmed e) {
      refused(DIRECTORY_FIELD, e.getMessage());
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

  /** What Microsoft said about the typed domain or id, or null before a successful check. */
  public ResolvedTenant getResolved() {
    return resolved;
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
