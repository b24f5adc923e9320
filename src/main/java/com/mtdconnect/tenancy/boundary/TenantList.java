package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The tenant list page: a lazy table that pages, sorts and filters in the database. */
@Named
@ViewScoped
public class TenantList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;

  private boolean includeArchived;
  private boolean onlyNeedingAttention;
  private long needingAttention;
  private TenantLazyModel tenants;
  private List<String> scopeTags;

  /**
   * Refuses (403) staff without Tenants: Read before the table asks for rows; counts the tenants
   * that need attention (in the caller's scope).
   */
  @PostConstruct
  void init() {
    needingAttention = registry.count(TenantQuery.needingAttention());
    tenants = new TenantLazyModel(registry, includeArchived, onlyNeedingAttention);
  }

  /** Runs when the page is opened, after the view parameters: {@code ?attention=true}. */
  public void load() {
    tenants = new TenantLazyModel(registry, includeArchived, onlyNeedingAttention);
  }

  public TenantLazyModel getTenants() {
    return tenants;
  }

  /** Called when the "show archived" switch changes. */
  public void archivedToggled() {
    tenants = new TenantLazyModel(registry, includeArchived, onlyNeedingAttention);
  }

  public long getNeedingAttention() {
    return needingAttention;
  }

  public boolean isOnlyNeedingAttention() {
    return onlyNeedingAttention;
  }

  public void setOnlyNeedingAttention(boolean onlyNeedingAttention) {
    this.onlyNeedingAttention = onlyNeedingAttention;
  }

  /** The scope tags the table can be filtered by: those in use within the caller's read scope. */
  public List<String> getScopeTags() {
    if (scopeTags == null) {
      scopeTags = registry.scopeTagChoices(Permission.TENANTS_READ);
    }
    return scopeTags;
  }

  public TenantLifecycle[] getLifecycles() {
    return TenantLifecycle.values();
  }

  public boolean isIncludeArchived() {
    return includeArchived;
  }

  public void setIncludeArchived(boolean includeArchived) {
    this.includeArchived = includeArchived;
  }
}
