package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.entity.Feature;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The permission catalog: what the integration needs by feature, setup-only or ongoing, and for one
 * tenant (optional) which permissions are granted, missing or extra.
 */
@Named
@ViewScoped
public class PermissionCatalog implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConsentLinks consent;
  @Inject TenantRegistry tenants;

  private Long tenantId;
  private List<Feature> features = List.of();
  private Tenant tenant;
  private TenantConsent status;

  public void load() {
    features = consent.catalog(); // 403 without Consent: Read
    if (tenantId != null) {
      tenant = tenants.find(tenantId); // 404 outside the caller's scope
      status = consent.overview(tenantId).getStatus();
    }
  }

  public List<Feature> getFeatures() {
    return features;
  }

  /** Granted, Missing or Not verified, for the chosen tenant. */
  public String stateOf(RequiredPermission permission) {
    if (status == null || !status.isVerified()) {
      return "Not verified";
    }
    return status.getGranted().contains(permission) ? "Granted" : "Missing";
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

  public TenantConsent getStatus() {
    return status;
  }
}
