package com.mtdconnect.health.entity;

/**
 * The one thing to do about a health reason, and the page it is done on ({@code %d}: the tenant's
 * id).
 */
public enum NextAction {
  RECONSENT("Send a re-consent link", "/tenancy/view.xhtml?tenant=%d#consent"),
  SYNC_NOW("Sync now", "/tenancy/view.xhtml?tenant=%d#polling"),
  OPEN_APP_STATUS("Open app status", "/provisioning/tenant.xhtml?tenant=%d"),
  CHECK_CONNECTOR("Check the MTD connector", "/tenancy/view.xhtml?tenant=%d#connection"),
  RESUME_ONBOARDING("Resume onboarding", "/onboarding/wizard.xhtml?tenant=%d"),
  REVIEW_FREQUENCY("Review the sync frequency", "/onboarding/wizard.xhtml?tenant=%d");

  private final String label;
  private final String page;

  NextAction(String label, String page) {
    this.label = label;
    this.page = page;
  }

  public String getLabel() {
    return label;
  }

  public String getName() {
    return name();
  }

  /** The page (path below the portal's base URL) where the action is done for a tenant. */
  public String pageFor(long tenantId) {
    return page.formatted(tenantId);
  }
}
