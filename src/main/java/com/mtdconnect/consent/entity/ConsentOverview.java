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

  /**
   * The consent state in the words the tenant's header uses: before any approval it says whether a
   * link went out, so the panel never reads "Not requested" while the customer holds a link.
   */
  public String getStateLabel() {
    return switch (beforeApproval()) {
      case 2 -> "Awaiting approval";
      case 1 -> "Link not sent";
      case 0 -> "Not requested";
      default -> status.getStatus().getLabel();
    };
  }

  public String getStateDescription() {
    return switch (beforeApproval()) {
      case 2 -> "A consent link was sent; the customer's administrator has not approved it yet.";
      case 1 -> "A consent link exists but was not sent: send it, or copy it to the customer.";
      case 0 -> "No consent link exists yet: create one and send it to the customer's contact.";
      default -> status.getStatus().getDescription();
    };
  }

  public String getStateStyleName() {
    return beforeApproval() > 0 ? "consent-pending" : status.getStatus().getStyleName();
  }

  /** -1 once the customer answered; else 2 with a sent link, 1 with an unsent one, 0 without. */
  private int beforeApproval() {
    if (status.getStatus() != ConsentStatus.NOT_REQUESTED) {
      return -1;
    }
    if (links.stream().anyMatch(l -> l.getSentAt() != null)) {
      return 2;
    }
    return links.isEmpty() ? 0 : 1;
  }
}
