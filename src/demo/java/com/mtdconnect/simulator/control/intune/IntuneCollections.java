package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.directory.SimIds;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.IntuneObjects.Collection;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Behaviour shared by the Intune collections (apps, app configurations, compliance policies,
 * connectors): list, get, and assign, which validates the body against the contract and replaces
 * the whole assignment set (graph-contracts §6.4, §7.2).
 */
final class IntuneCollections {

  private IntuneCollections() {}

  static String newId(SimulatedTenant tenant, AtomicLong counter) {
    return SimIds.of(tenant.seed(), SimIds.INTUNE_OBJECT, counter.getAndIncrement());
  }

  static SimResponse list(GraphCall call, Collection collection, String context) {
    JsonArray values = new JsonArray();
    for (IntuneObjects.Entry e : call.directory().tenant().intune().list(collection)) {
      values.add(GraphJson.project(e.object(), GraphJson.select(call.query())));
    }
    return GraphJson.collection(
        call.publicBase() + "/$metadata#" + context, values, null, null, null);
  }

  static SimResponse get(GraphCall call, Collection collection, String context) {
    return call.directory()
        .tenant()
        .intune()
        .get(collection, call.param(0))
        .map(
            e ->
                GraphJson.entity(
                    200,
                    GraphJson.project(e.object(), GraphJson.select(call.query())),
                    call.publicBase() + "/$metadata#" + context))
        .orElseGet(() -> GraphErrors.of(404, "ResourceNotFound", "Resource not found", call));
  }

  /**
   * Validates {@code {bodyKey: [assignment...]}}, replaces the whole assignment set and answers
   * {@code status} (204, or 200 with the stored assignments).
   */
  static SimResponse assign(
      GraphCall call, Collection collection, String bodyKey, String itemType, int status) {
    Optional<IntuneObjects.Entry> entry =
        call.directory().tenant().intune().get(collection, call.param(0));
    if (entry.isEmpty()) {
      return GraphErrors.of(404, "ResourceNotFound", "Resource not found", call);
    }
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.badRequest("Unable to read JSON request payload.", call);
    }
    for (String key : body.get().keySet()) {
      if (!key.equals(bodyKey)) {
        return GraphErrors.badRequest(
            "The parameter '"
                + key
                + "' in the request payload is not a valid parameter for the"
                + " operation 'assign'.",
            call);
      }
    }
    JsonElement items = body.get().get(bodyKey);
    if (items == null || !items.isJsonArray()) {
      return GraphErrors.badRequest("The parameter '" + bodyKey + "' is missing.", call);
    }
    JsonArray stored = new JsonArray();
    Set<String> seenTargets = new HashSet<>();
    int n = 0;
    for (JsonElement item : items.getAsJsonArray()) {
      JsonObject a = item.getAsJsonObject();
      Optional<String> unknown = ContractSchema.unknownProperty(a, itemType);
      if (unknown.isPresent()) {
        return GraphErrors.badRequest(unknown.get(), call);
      }
      JsonObject target = a.has("target") ? a.getAsJsonObject("target") : null;
      if (target == null || ContractSchema.typeOf(target).isEmpty()) {
        return GraphErrors.badRequest("Assignment target is required.", call);
      }
      String targetKey =
          ContractSchema.typeOf(target).get()
              + (target.has("groupId") ? target.get("groupId").getAsString() : "");
      if (!seenTargets.add(targetKey)) {
        continue;
      }
      JsonObject copy = a.deepCopy();
      copy.addProperty("@odata.type", "#microsoft.graph." + itemType);
      String groupPart =
          target.has("groupId")
              ? target.get("groupId").getAsString()
              : "acacacac-9df4-4c7d-9d50-4ef0226f57a9";
      copy.addProperty("id", groupPart + "_" + n++ + "_0");
      stored.add(copy);
    }
    entry.get().replaceAssignments(stored, call.directory().clock().now());
    if (status == 204) {
      return SimResponse.empty(204);
    }
    JsonObject response = new JsonObject();
    response.addProperty(
        "@odata.context",
        call.publicBase() + "/$metadata#Collection(microsoft.graph." + itemType + ")");
    response.add("value", stored);
    return SimResponse.json(200, response.toString());
  }

  static SimResponse assignments(GraphCall call, Collection collection, String itemType) {
    return call.directory()
        .tenant()
        .intune()
        .get(collection, call.param(0))
        .map(
            e ->
                GraphJson.collection(
                    call.publicBase() + "/$metadata#Collection(microsoft.graph." + itemType + ")",
                    e.assignments().deepCopy(),
                    null,
                    null,
                    null))
        .orElseGet(() -> GraphErrors.of(404, "ResourceNotFound", "Resource not found", call));
  }

  /**
   * PATCH: the body may name the object's own type only (Intune requires it for derived types), may
   * carry only properties of that type, and must not touch {@code id} or the create-only navigation
   * {@code scheduledActionsForRule}; the object keeps every property the body leaves out. Answers
   * 200 with the updated object, 404 for an unknown id.
   */
  static SimResponse update(GraphCall call, Collection collection, String context) {
    Optional<IntuneObjects.Entry> entry =
        call.directory().tenant().intune().get(collection, call.param(0));
    if (entry.isEmpty()) {
      return GraphErrors.of(404, "ResourceNotFound", "Resource not found", call);
    }
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.badRequest("Unable to read JSON request payload.", call);
    }
    Optional<String> refused = refusal(body.get(), entry.get().object());
    if (refused.isPresent()) {
      return GraphErrors.badRequest(refused.get(), call);
    }
    JsonObject updated = entry.get().change(body.get(), call.directory().clock().now());
    return GraphJson.entity(200, updated, call.publicBase() + "/$metadata#" + context);
  }

  /**
   * Why Intune refuses this change of {@code stored}, as a PATCH body: another type named, a
   * property the type does not have, or one that cannot be changed; empty when it is accepted.
   */
  static Optional<String> refusal(JsonObject body, JsonObject stored) {
    String storedType = ContractSchema.typeOf(stored).orElse("");
    Optional<String> declared = ContractSchema.typeOf(body);
    if (declared.isPresent() && !declared.get().equals(storedType)) {
      return Optional.of(
          "The type 'microsoft.graph."
              + declared.get()
              + "' does not match the type of the entity 'microsoft.graph."
              + storedType
              + "'.");
    }
    Optional<String> unknown = ContractSchema.unknownProperty(body, storedType);
    if (unknown.isPresent()) {
      return unknown;
    }
    for (String readOnly : new String[] {"id", "scheduledActionsForRule", "createdDateTime"}) {
      if (body.has(readOnly)) {
        return Optional.of("The property '" + readOnly + "' cannot be changed by an update.");
      }
    }
    return Optional.empty();
  }

  /** DELETE: 204, or 404 for an unknown id. */
  static SimResponse delete(GraphCall call, Collection collection) {
    return call.directory().tenant().intune().remove(collection, call.param(0))
        ? SimResponse.empty(204)
        : GraphErrors.of(404, "ResourceNotFound", "Resource not found", call);
  }
}
