package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/** The tenant list page: a lazy table that pages, sorts and filters in the database. */
@Named
@ViewScoped
public class TenantList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;

  private boolean includeArchived;
  private TenantLazyModel tenants;

  /** Refuses (403) staff without Tenants: Read before the table asks for rows. */
  @PostConstruct
  void init() {
    registry.count(TenantQuery.firstPage(1));
    tenants = new TenantLazyModel(registry, includeArchived);
  }

  public TenantLazyModel getTenants() {
    return tenants;
  }

  /** Called when the "show archived" switch changes. */
  public void archivedToggled() {
    tenants = new TenantLazyModel(registry, includeArchived);
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
