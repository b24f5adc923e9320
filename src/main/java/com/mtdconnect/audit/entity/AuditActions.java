package com.mtdconnect.audit.entity;

import java.util.Map;
import java.util.Set;

/**
 * The one place that names every audited action in words staff read: the audit log, its CSV export,
 * a tenant's history and the tenant dashboard show these phrases instead of the stored codes
 * ({@code ROLE_ASSIGNMENT_CHANGED} → "Role assignment changed"). {@code AuditActionsTest} reads the
 * sources and fails for an action the product records without a phrase here.
 */
public final class AuditActions {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("ACCESS_DENIED", "Access refused"),
          Map.entry("ALERT_RULE_CREATED", "Alert rule created"),
          Map.entry("ALERT_RULE_UPDATED", "Alert rule changed"),
          Map.entry("ALERT_RULE_DELETED", "Alert rule deleted"),
          Map.entry("ALERT_TEST_SENT", "Test alert sent"),
          Map.entry("APP_INSTALLS_READ", "App install status read"),
          Map.entry("AUDIT_EXPORTED", "Audit log exported"),
          Map.entry("AUDIT_PURGED", "Old audit events deleted"),
          Map.entry("CATALOGUE_UPDATED", "App catalogue changed"),
          Map.entry("CONSENT_APPROVED", "Customer approved consent"),
          Map.entry("CONSENT_DECLINED", "Customer declined consent"),
          Map.entry("CONSENT_WRONG_ACCOUNT", "Consent tried with another organization's account"),
          Map.entry("CONSENT_FAILED", "Consent failed at Microsoft"),
          Map.entry("CONSENT_CHANGED", "Consent changed"),
          Map.entry("CONSENT_CHECKED", "Consent checked"),
          Map.entry("CONSENT_DRIFT_DETECTED", "Consent loss detected"),
          Map.entry("CONSENT_LINK_CREATED", "Consent link created"),
          Map.entry("CONSENT_LINK_NOT_DELIVERED", "Consent link mail not delivered"),
          Map.entry("CONSENT_LINK_OPENED", "Consent link opened by the customer"),
          Map.entry("CONSENT_LINK_SENT", "Consent link sent"),
          Map.entry("CONSENT_RECONSENT_LINK_CREATED", "Re-consent link created"),
          Map.entry("CONSENT_RECONSENT_LINK_SENT", "Re-consent link sent"),
          Map.entry("CONSENT_RESTORED", "Consent restored"),
          Map.entry("CONSENT_SENT_TO_MICROSOFT", "Customer sent to Microsoft to consent"),
          Map.entry("CONSENT_SIGNING_KEY_GENERATED", "Consent link signing key generated"),
          Map.entry("CONSENT_VERIFIED", "Consent verified with Microsoft"),
          Map.entry("HEALTH_RECOMPUTED", "Health recomputed"),
          Map.entry("OFFBOARDING_RUN_STARTED", "Offboarding started"),
          Map.entry("ONBOARDING_STARTED", "Onboarding started"),
          Map.entry("ONBOARDING_RESUMED", "Onboarding resumed"),
          Map.entry("ONBOARDING_CANCELLED", "Onboarding cancelled"),
          Map.entry("ONBOARDING_PLATFORMS_SAVED", "Onboarding platforms saved"),
          Map.entry("ONBOARDING_FREQUENCY_SAVED", "Sync frequency saved"),
          Map.entry("ONBOARDING_SIZE_READ", "Tenant size read"),
          Map.entry("ONBOARDING_GROUP_INCLUDED", "Group included"),
          Map.entry("ONBOARDING_GROUP_EXCLUDED", "Group excluded"),
          Map.entry("ONBOARDING_GROUP_REMOVED", "Group removed from targeting"),
          Map.entry("ONBOARDING_SCOPE_COUNTED", "Users and devices in scope counted"),
          Map.entry("ONBOARDING_PROFILE_CREATED", "Onboarding profile created"),
          Map.entry("ONBOARDING_PROFILE_UPDATED", "Onboarding profile changed"),
          Map.entry("ONBOARDING_PROFILE_DELETED", "Onboarding profile deleted"),
          Map.entry("ONBOARDING_PROFILE_APPLIED", "Onboarding profile applied"),
          Map.entry("ONBOARDING_PROFILE_REFUSED", "Onboarding profile refused"),
          Map.entry("POLICY_TEMPLATE_CREATED", "Policy template created"),
          Map.entry("POLICY_TEMPLATE_UPDATED", "Policy template changed"),
          Map.entry("POLICY_TEMPLATE_DELETED", "Policy template deleted"),
          Map.entry("TENANT_POLICY_CREATED", "Tenant policy created"),
          Map.entry("TENANT_POLICY_UPDATED", "Tenant policy changed"),
          Map.entry("POLICY_PUBLISHED", "Policy published to Intune"),
          Map.entry("POLICY_PUBLISH_FAILED", "Policy publishing failed"),
          Map.entry("POLICY_PUBLISH_RUN_STARTED", "Policy publish run started"),
          Map.entry("POLICY_PUBLISH_RUN_APPROVED", "Policy publish run approved"),
          Map.entry("POLICY_PUBLISH_RUN_RETRIED", "Policy publish run retried for failed tenants"),
          Map.entry("POLICY_PUBLISH_RUN_RESUMED", "Interrupted policy publish run resumed"),
          Map.entry("POLICY_DRIFT_ACCEPTED", "Policy drift accepted"),
          Map.entry("POLICY_DRIFT_REVERTED", "Policy drift reverted"),
          Map.entry("POLICY_DRIFT_REVERT_FAILED", "Reverting policy drift failed"),
          Map.entry("POLL_ROUND_REQUESTED", "Sync requested"),
          Map.entry("PROFILE_RUN_STARTED", "Profile run started"),
          Map.entry("PROFILE_RUN_RETRIED", "Profile run retried for failed tenants"),
          Map.entry("PROFILE_RUN_RESUMED", "Profile run resumed"),
          Map.entry("PROVISIONING_PLANNED", "Provisioning planned"),
          Map.entry("PROVISIONING_RUN_STARTED", "Provisioning started"),
          Map.entry("PROVISIONING_RUN_RESUMED", "Provisioning resumed"),
          Map.entry("PROVISIONING_RUN_COMPLETED", "Provisioning completed"),
          Map.entry("PROVISIONING_RUN_STOPPED", "Provisioning stopped"),
          Map.entry("PROVISIONING_STEP_PENDING", "Provisioning step waiting"),
          Map.entry("PROVISIONING_STEP_RUNNING", "Provisioning step running"),
          Map.entry("PROVISIONING_STEP_DONE", "Provisioning step done"),
          Map.entry("PROVISIONING_STEP_SKIPPED", "Provisioning step skipped"),
          Map.entry("PROVISIONING_STEP_FAILED", "Provisioning step failed"),
          Map.entry("ROLE_CREATED", "Role created"),
          Map.entry("ROLE_UPDATED", "Role changed"),
          Map.entry("ROLE_DELETED", "Role deleted"),
          Map.entry("ROLE_ASSIGNED", "Role assigned"),
          Map.entry("ROLE_ASSIGNMENT_CHANGED", "Role assignment changed"),
          Map.entry("ROLE_ASSIGNMENT_REMOVED", "Role assignment removed"),
          Map.entry("STAFF_SIGNED_IN", "Signed in"),
          Map.entry("STAFF_SIGNED_OUT", "Signed out"),
          Map.entry("STAFF_SIGN_IN_REFUSED", "Sign-in refused"),
          Map.entry("TENANT_REGISTERED", "Tenant registered"),
          Map.entry("TENANT_UPDATED", "Tenant details changed"),
          Map.entry("TENANT_ARCHIVED", "Tenant archived"),
          Map.entry("TENANT_RESTORED", "Tenant restored"));

  private AuditActions() {}

  /**
   * The action in words; an action without a phrase (recorded by an older version) reads as its
   * code in sentence case, never as the bare code.
   */
  public static String labelOf(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String label = LABELS.get(code);
    return label != null ? label : ReadableCodes.sentence(code);
  }

  public static boolean isLabelled(String code) {
    return LABELS.containsKey(code);
  }

  /** Every action that has a phrase. */
  public static Set<String> codes() {
    return LABELS.keySet();
  }
}
