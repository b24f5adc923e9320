package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.SimResponse;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The JSON body of a create request that names its {@code @odata.type}, checked the way Graph
 * checks it: readable JSON, a type the model knows, no property the type does not have. Either the
 * body with its type, or Graph's 400.
 */
final class TypedCreateBody {
  private final JsonObject json;
  private final String type;
  private final SimResponse rejection;

  private TypedCreateBody(JsonObject json, String type, SimResponse rejection) {
    this.json = json;
    this.type = type;
    this.rejection = rejection;
  }

  static TypedCreateBody read(GraphCall call, Predicate<String> knownType) {
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return rejected(GraphErrors.badRequest("Unable to read JSON request payload.", call));
    }
    Optional<String> type = ContractSchema.typeOf(body.get());
    if (type.isEmpty() || !knownType.test(type.get())) {
      return rejected(
          GraphErrors.badRequest(
              "A type named '" + type.orElse("(none)") + "' could not be resolved by the model.",
              call));
    }
    Optional<String> unknown = ContractSchema.unknownProperty(body.get(), null);
    if (unknown.isPresent()) {
      return rejected(GraphErrors.badRequest(unknown.get(), call));
    }
    return new TypedCreateBody(body.get(), type.get(), null);
  }

  private static TypedCreateBody rejected(SimResponse response) {
    return new TypedCreateBody(null, null, response);
  }

  /** Graph's answer when the body was refused. */
  Optional<SimResponse> rejection() {
    return Optional.ofNullable(rejection);
  }

  JsonObject json() {
    return json;
  }

  String type() {
    return type;
  }
}
