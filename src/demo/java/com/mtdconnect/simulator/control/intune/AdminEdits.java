package com.mtdconnect.simulator.control.intune;

import static com.mtdconnect.simulator.control.identity.AdminConsentPage.escape;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.IntuneObjects.Collection;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Instant;
import java.util.Optional;

/**
 * What a customer's administrator changes by hand in the Intune admin center: one property of a
 * compliance policy, held to the same rules as a Graph PATCH (graph-contracts §7: only properties
 * of the policy's type, never its id or its write-on-create scheduled actions) and recorded the
 * same way ({@code lastModifiedDateTime}, {@code version}). Used from tests and the control page.
 */
public final class AdminEdits {
  private AdminEdits() {}

  /**
   * Sets {@code property} of the tenant's compliance policy {@code policyId} to {@code value}
   * ({@code true}/{@code false} become booleans, whole numbers numbers, anything else text).
   * Returns why Intune would refuse it, or empty once it is changed.
   */
  public static Optional<String> changeCompliancePolicy(
      SimulatedTenant tenant, String policyId, String property, String value, Instant when) {
    Optional<IntuneObjects.Entry> entry =
        tenant.intune().get(Collection.COMPLIANCE_POLICIES, policyId);
    if (entry.isEmpty()) {
      return Optional.of("The tenant has no compliance policy " + policyId + ".");
    }
    JsonObject body = new JsonObject();
    body.add(property, typed(value));
    Optional<String> refused = IntuneCollections.refusal(body, entry.get().object());
    if (refused.isPresent()) {
      return refused;
    }
    entry.get().change(body, when);
    return Optional.empty();
  }

  private static JsonPrimitive typed(String value) {
    if ("true".equals(value) || "false".equals(value)) {
      return new JsonPrimitive(Boolean.parseBoolean(value));
    }
    if (value.matches("-?\\d{1,9}")) {
      return new JsonPrimitive(Integer.parseInt(value));
    }
    return new JsonPrimitive(value);
  }

  /** The control page's section: the compliance policies and a form to change one property. */
  public static String section(SimulatedTenant tenant, String action) {
    StringBuilder b = new StringBuilder("<h2>Change a compliance policy as an administrator</h2>");
    var policies = tenant.intune().list(Collection.COMPLIANCE_POLICIES);
    if (policies.isEmpty()) {
      return b.append("<p>The tenant has no compliance policy yet.</p>").toString();
    }
    b.append("<form method=\"post\" action=\"")
        .append(escape(action))
        .append("\"><label>Policy <select name=\"policyId\">");
    for (IntuneObjects.Entry e : policies) {
      JsonObject o = e.object();
      b.append("<option value=\"")
          .append(escape(o.get("id").getAsString()))
          .append("\">")
          .append(escape(o.has("displayName") ? o.get("displayName").getAsString() : ""))
          .append(" (threat level ")
          .append(
              escape(
                  o.has("deviceThreatProtectionRequiredSecurityLevel")
                      ? o.get("deviceThreatProtectionRequiredSecurityLevel").getAsString()
                      : "-"))
          .append(")</option>");
    }
    return b.append("</select></label>")
        .append(
            "<label>Property <input name=\"property\""
                + " value=\"deviceThreatProtectionRequiredSecurityLevel\" size=\"40\"></label>")
        .append("<label>Value <input name=\"value\" value=\"high\" size=\"12\"></label>")
        .append("<button name=\"action\" value=\"change-policy\">Change in Intune</button></form>")
        .toString();
  }
}
