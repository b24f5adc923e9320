package com.mtdconnect.simulator.control.transport;

import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.control.identity.JwtCodec;
import com.mtdconnect.simulator.control.identity.ServicePrincipals;
import com.mtdconnect.simulator.control.identity.TokenAuthority;
import com.mtdconnect.simulator.control.intune.ReportExportJobs;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimWorkloadFamily;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.TenantFaults;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Microsoft Graph: authenticates the bearer token, applies the tenant's injected faults, checks the
 * app roles the endpoint needs (403 with Graph's body), enforces throttling per workload family
 * (429 with {@code Retry-After}), dispatches to the endpoint and adds Graph's headers.
 */
public final class GraphEndpoint {

  private final TokenAuthority authority;
  private final Function<String, Optional<SimulatedTenant>> tenants;
  private final Function<SimulatedTenant, TenantDirectory> directories;
  private final ThrottleGate gate;
  private final AppWideGate appGate;
  private final RequestCounts counts;
  private final List<GraphRoute> routes;
  private final JsonBatch batch;

  public GraphEndpoint(
      TokenAuthority authority,
      Function<String, Optional<SimulatedTenant>> tenants,
      Function<SimulatedTenant, TenantDirectory> directories,
      ThrottleGate gate,
      AppWideGate appGate,
      RequestCounts counts,
      SimulatedClock clock,
      java.time.Duration deltaLifetime,
      int deltaPageSize,
      ServicePrincipals principals,
      ReportExportJobs exportJobs) {
    this.authority = authority;
    this.tenants = tenants;
    this.directories = directories;
    this.gate = gate;
    this.appGate = appGate;
    this.counts = counts;
    this.routes = GraphRoutes.of(clock, deltaLifetime, deltaPageSize, principals, exportJobs);
    this.batch = new JsonBatch(this);
  }

  /** Handles {@code path} below {@code /graph}, e.g. {@code /v1.0/groups}. */
  public SimResponse handle(SimRequest request, String path) {
    String requestId = UUID.randomUUID().toString();
    String clientRequestId =
        request.header("client-request-id").orElse(UUID.randomUUID().toString());
    SimResponse response = authenticateAndDispatch(request, path, requestId, clientRequestId);
    return response
        .withHeader("request-id", requestId)
        .withHeader("client-request-id", clientRequestId)
        .withHeader("OData-Version", "4.0")
        .withHeader(
            "x-ms-ags-diagnostic",
            "{\"ServerInfo\":{\"DataCenter\":\"Simulator\",\"Slice\":\"E\",\"Ring\":\"5\"}}");
  }

  private SimResponse authenticateAndDispatch(
      SimRequest request, String path, String requestId, String clientRequestId) {
    int slash = path.indexOf('/', 1);
    String version = slash < 0 ? path.substring(1) : path.substring(1, slash);
    String rest = slash < 0 ? "/" : path.substring(slash);
    if (!version.equals("v1.0") && !version.equals("beta")) {
      return GraphErrors.of(
          400, "BadRequest", "Invalid version: " + version, requestId, clientRequestId);
    }
    Optional<JwtCodec.Decoded> token =
        request
            .header("Authorization")
            .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
            .flatMap(h -> authority.verify(h.substring(7).trim()));
    Optional<SimulatedTenant> tenant =
        token.flatMap(t -> t.claim("tid")).flatMap(tenants).filter(t -> !t.isDeleted());
    if (tenant.isEmpty()) {
      return GraphErrors.of(
              401,
              "InvalidAuthenticationToken",
              request.header("Authorization").isEmpty()
                  ? "Access token is empty."
                  : "Access token has expired or is not yet valid.",
              requestId,
              clientRequestId)
          .withHeader(
              "WWW-Authenticate",
              "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/"
                  + "oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
    }
    Set<GraphAppRole> roles = EnumSet.noneOf(GraphAppRole.class);
    if (token.get().claims().has("roles")) {
      for (var role : token.get().claims().getAsJsonArray("roles")) {
        GraphAppRole.byValue(role.getAsString()).ifPresent(roles::add);
      }
    }
    counts.graph(tenant.get());
    String appId = token.get().claim("appid").orElse("");
    TenantDirectory directory = directories.apply(tenant.get());
    if (rest.equals("/$batch") && request.method().equals("POST")) {
      return batch.handle(directory, roles, appId, version, request, requestId, clientRequestId);
    }
    return dispatch(
        directory,
        roles,
        appId,
        version,
        request.method(),
        rest,
        request,
        requestId,
        clientRequestId);
  }

  /** Counts the steps of a {@code $batch} the tenant sent (the envelope counts as one request). */
  void countBatchSteps(SimulatedTenant tenant, int steps) {
    counts.batchSteps(tenant, steps);
  }

  /** Routes one request (top level or inside a batch) after authentication. */
  SimResponse dispatch(
      TenantDirectory directory,
      Set<GraphAppRole> roles,
      String appId,
      String version,
      String method,
      String path,
      SimRequest request,
      String requestId,
      String clientRequestId) {
    boolean pathKnown = false;
    for (GraphRoute route : routes) {
      if (!route.path().matcher(path).matches()) {
        continue;
      }
      pathKnown = true;
      Optional<List<String>> params = route.match(method, path);
      if (params.isEmpty()) {
        continue;
      }
      GraphCall call =
          new GraphCall(
              directory, request, version, path, params.get(), roles, requestId, clientRequestId);
      if (route.betaOnly() && !version.equals("beta")) {
        String segment = path.substring(path.lastIndexOf('/') + 1);
        return GraphErrors.badRequest(
            "Resource not found for the segment '" + segment + "'.", call);
      }
      return guarded(route, call, appId);
    }
    if (pathKnown) {
      return GraphErrors.of(
          405,
          "Request_BadRequest",
          "The HTTP method '" + method + "' is not allowed.",
          requestId,
          clientRequestId);
    }
    return GraphErrors.of(
        400,
        "BadRequest",
        "Resource not found for the segment '" + path.substring(path.lastIndexOf('/') + 1) + "'.",
        requestId,
        clientRequestId);
  }

  private SimResponse guarded(GraphRoute route, GraphCall call, String appId) {
    SimulatedTenant tenant = call.directory().tenant();
    TenantFaults faults = tenant.faults();
    sleep(faults.addedLatency().toMillis());
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (faults.timeoutRate() > 0 && random.nextDouble() < faults.timeoutRate()) {
      sleep(faults.timeoutHang().toMillis());
      return GraphErrors.of(504, "UnknownError", "Gateway timeout.", call);
    }
    if (faults.serverErrorRate() > 0 && random.nextDouble() < faults.serverErrorRate()) {
      return GraphErrors.of(
          503, "serviceNotAvailable", "The service is temporarily unavailable.", call);
    }
    if (!route.anyOf().isEmpty() && route.anyOf().stream().noneMatch(call.roles()::contains)) {
      return forbidden(route.family(), call);
    }
    String scope =
        "Tenant_Application/" + (route.isWrite() ? "ReadWrite" : "Read") + "/" + tenant.id();
    if (faults.throttles(route.isWrite()) && random.nextDouble() < faults.throttleRate()) {
      return GraphErrors.throttled(
          faults.throttleRetryAfterSeconds(), scope, call.requestId(), call.clientRequestId());
    }
    if (faults.takeAppWideThrottle()) {
      return GraphErrors.throttled(
          faults.appWideRetryAfterSeconds(),
          "Application/" + (route.isWrite() ? "ReadWrite" : "Read") + "/" + appId,
          Optional.empty(),
          call.requestId(),
          call.clientRequestId());
    }
    int cost = route.family() == SimWorkloadFamily.DIRECTORY ? ResourceUnits.of(call) : 1;
    OptionalDouble wait = gate.admit(tenant, route.family(), route.isWrite(), cost);
    if (wait.isPresent()) {
      return GraphErrors.throttled(
          wait.getAsDouble(), scope, call.requestId(), call.clientRequestId());
    }
    boolean directory = route.family() == SimWorkloadFamily.DIRECTORY;
    AppWideGate.Decision appWide = appGate.admit(appId, directory ? cost : 0);
    if (appWide.refusal().isPresent()) {
      AppWideGate.Refusal refusal = appWide.refusal().get();
      return GraphErrors.throttled(
          refusal.retryAfterSeconds(),
          "Application/" + (route.isWrite() ? "ReadWrite" : "Read") + "/" + appId,
          refusal.information(),
          call.requestId(),
          call.clientRequestId());
    }
    SimResponse response = route.handler().handle(call);
    if (directory) {
      response = response.withHeader("x-ms-resource-unit", Integer.toString(cost));
    }
    Optional<String> percentage =
        directory
            ? AppWideGate.limitPercentage(
                Math.max(appWide.usedShare(), gate.usedShare(tenant, route.family())))
            : appWide.limitPercentageHeader();
    if (faults.reportedLimitShare() > 0) {
      percentage =
          AppWideGate.limitPercentage(
              Math.max(
                  faults.reportedLimitShare(), percentage.map(Double::parseDouble).orElse(0.0)));
    }
    return percentage.isPresent()
        ? response.withHeader("x-ms-throttle-limit-percentage", percentage.get())
        : response;
  }

  private static SimResponse forbidden(SimWorkloadFamily family, GraphCall call) {
    if (family == SimWorkloadFamily.DIRECTORY) {
      return GraphErrors.of(
          403,
          "Authorization_RequestDenied",
          "Insufficient privileges to complete the operation.",
          call);
    }
    return GraphErrors.of(
        403,
        "Forbidden",
        "Application is not authorized to perform this operation - Operation ID (for customer"
            + " support): 00000000-0000-0000-0000-000000000000 - Activity ID: "
            + call.requestId()
            + " - Url: https://fef.msua08.manage.microsoft.com/"
            + call.path()
            + "?api-version=2025-01-01 - CustomApiErrorPhrase: ",
        call);
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
