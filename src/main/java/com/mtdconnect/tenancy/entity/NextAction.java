package com.mtdconnect.tenancy.entity;

/** The one thing that moves a tenant forward now, and who has to do it. */
public enum NextAction {
  CREATE_CONSENT_LINK("Create a consent link and send it to the customer", true),
  SEND_CONSENT_LINK("Send the consent link to the customer's contact", true),
  WAIT_FOR_CUSTOMER(
      "Wait for the customer's administrator to approve (or send the link again)", false),
  WAIT_FOR_VERIFICATION("Wait: Microsoft is confirming what was granted (a few minutes)", false),
  SEND_RECONSENT_LINK("Send the customer a re-consent link for the missing permissions", true),
  START_ONBOARDING("Start onboarding: platforms, sync frequency and groups", true),
  RESUME_ONBOARDING("Resume onboarding where it was left", true),
  WAIT_FOR_PROVISIONING("Wait: the Intune objects are being created", false),
  CHECK_INSTALLS(
      "Wait for devices to install the app; read its install status on the provisioning page",
      false),
  RETRY_PROVISIONING("Look at the failed step and retry provisioning", true),
  RESTORE("Restore the tenant to work with it again", false),
  NONE("Nothing to do: the integration runs", false);

  private final String label;
  private final boolean needsOperator;

  NextAction(String label, boolean needsOperator) {
    this.label = label;
    this.needsOperator = needsOperator;
  }

  public String getLabel() {
    return label;
  }

  /** Whether the tenant waits for an MSP operator (it then "needs attention"). */
  public boolean isNeedsOperator() {
    return needsOperator;
  }
}
