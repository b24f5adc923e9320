package com.mtdconnect.consent.entity;

import java.util.List;

/**
 * Everything the tenant page shows about consent: the verified status, the links (newest first)
 * with the address of the one that works, and the drift incidents.
 */
public final class ConsentOverview {
  private final TenantConsent status;
  private final List<ConsentLink> links;
  private final String currentLinkUrl;
  private final List<ConsentIncident> incidents;

  public ConsentOverview(
      TenantConsent status,
      List<ConsentLink> links,
      String currentLinkUrl,
      List<ConsentIncident> incidents) {
    this.status = status;
    this.links = List.copyOf(links);
    this.currentLinkUrl = currentLinkUrl;
    this.incidents = List.copyOf(incidents);
  }

  public TenantConsent getStatus() {
    return status;
  }

  public List<ConsentLink> getLinks() {
    return links;
  }

  /** The address of the link a customer can use now, or null when none works. */
  public String getCurrentLinkUrl() {
    return currentLinkUrl;
  }

  public List<ConsentIncident> getIncidents() {
    return incidents;
  }
}
