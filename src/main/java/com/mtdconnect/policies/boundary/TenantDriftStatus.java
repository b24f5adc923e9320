package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.entity.DriftSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The tenant page's line about policy drift: which policies Intune no longer holds as published.
 */
@Named
@RequestScoped
public class TenantDriftStatus {

  @Inject PolicyDrifts drifts;

  private Long loadedFor;
  private List<DriftSummary> summary;

  public List<DriftSummary> of(long tenantId) {
    if (loadedFor == null || loadedFor != tenantId) {
      summary = drifts.summary(tenantId);
      loadedFor = tenantId;
    }
    return summary;
  }
}
