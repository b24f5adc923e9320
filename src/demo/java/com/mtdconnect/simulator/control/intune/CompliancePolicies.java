package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.IntuneObjects.Collection;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Device compliance policies (graph-contracts §7): create 201 only with exactly one block action in
 * {@code scheduledActionsForRule} (otherwise 400 as Intune answers), assign 200 with {@code value}
 * replacing all assignments.
 */
public final class CompliancePolicies {

  private static final Set<String> TYPES =
      Set.of(
          "iosCompliancePolicy", "androidCompliancePolicy", "androidWorkProfileCompliancePolicy");

  private static final Set<String> BETA_TYPES =
      Set.of(
          "iosCompliancePolicy",
          "androidCompliancePolicy",
          "androidWorkProfileCompliancePolicy",
          "androidDeviceOwnerCompliancePolicy");

  private final AtomicLong ids = new AtomicLong(1_000_000);

  public SimResponse create(GraphCall call) {
    TypedCreateBody body =
        TypedCreateBody.read(call, (call.version().equals("beta") ? BETA_TYPES : TYPES)::contains);
    if (body.rejection().isPresent()) {
      return body.rejection().get();
    }
    if (blockActions(body.json()) != 1) {
      return GraphErrors.badRequest(
          "Compliance policy must have one and only one block scheduled action", call);
    }
    SimulatedTenant tenant = call.directory().tenant();
    Instant now = call.directory().clock().now();
    JsonObject policy = body.json().deepCopy();
    policy.remove("scheduledActionsForRule");
    policy.addProperty("id", IntuneCollections.newId(tenant, ids));
    policy.addProperty("createdDateTime", GraphJson.timestamp(now));
    policy.addProperty("lastModifiedDateTime", GraphJson.timestamp(now));
    policy.addProperty("version", 1);
    tenant.intune().put(Collection.COMPLIANCE_POLICIES, policy.get("id").getAsString(), policy);
    return GraphJson.entity(
        201,
        policy,
        call.publicBase() + "/$metadata#deviceManagement/deviceCompliancePolicies/$entity");
  }

  private static int blockActions(JsonObject policy) {
    JsonElement rules = policy.get("scheduledActionsForRule");
    if (rules == null || !rules.isJsonArray()) {
      return 0;
    }
    int blocks = 0;
    for (JsonElement rule : rules.getAsJsonArray()) {
      JsonElement configs = rule.getAsJsonObject().get("scheduledActionConfigurations");
      if (configs == null || !configs.isJsonArray()) {
        continue;
      }
      for (JsonElement c : configs.getAsJsonArray()) {
        JsonElement action = c.getAsJsonObject().get("actionType");
        if (action != null && "block".equals(action.getAsString())) {
          blocks++;
        }
      }
    }
    return blocks;
  }

  public SimResponse list(GraphCall call) {
    return IntuneCollections.list(
        call, Collection.COMPLIANCE_POLICIES, "deviceManagement/deviceCompliancePolicies");
  }

  public SimResponse get(GraphCall call) {
    return IntuneCollections.get(
        call, Collection.COMPLIANCE_POLICIES, "deviceManagement/deviceCompliancePolicies/$entity");
  }

  public SimResponse assign(GraphCall call) {
    return IntuneCollections.assign(
        call,
        Collection.COMPLIANCE_POLICIES,
        "assignments",
        "deviceCompliancePolicyAssignment",
        200);
  }

  public SimResponse assignments(GraphCall call) {
    return IntuneCollections.assignments(
        call, Collection.COMPLIANCE_POLICIES, "deviceCompliancePolicyAssignment");
  }

  public SimResponse update(GraphCall call) {
    return IntuneCollections.update(
        call, Collection.COMPLIANCE_POLICIES, "deviceManagement/deviceCompliancePolicies/$entity");
  }

  public SimResponse delete(GraphCall call) {
    return IntuneCollections.delete(call, Collection.COMPLIANCE_POLICIES);
  }
}
