package com.mtdconnect.polling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the onboarding wizard's last step (a page, so onboarding's code does not depend on polling)
 * whether the tenant's app status page has polled data to show yet.
 */
@Named
@RequestScoped
public class AppStatusLink {

  @Inject AppStatusReport report;

  public boolean polled(long tenantId) {
    return report.polled(tenantId);
  }
}
