package com.mtdconnect.graph.control;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.DeltaExpired;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphRequestRejected;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.PermissionMissing;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns what the SDK throws into our failures; logs our own bugs with Graph's request id. */
public final class GraphFailures {

  private static final Logger LOG = Logger.getLogger(GraphFailures.class.getName());

  private GraphFailures() {}

  public static GraphFailure translate(String tenantId, String operation, Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof GraphFailure failure) {
        return failure;
      }
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ApiException api) {
        return fromApi(tenantId, operation, api);
      }
      if (t instanceof IOException) {
        boolean late = t instanceof java.io.InterruptedIOException;
        return new GraphUnavailable(
            tenantId,
            "Microsoft Graph did not answer "
                + operation
                + " for tenant "
                + tenantId
                + (late ? " in time (" : " (")
                + t.getClass().getSimpleName()
                + ")"
                + (late ? "." : ""),
            thrown);
      }
    }
    return new GraphUnavailable(
        tenantId, operation + " failed for tenant " + tenantId + ": " + thrown, thrown);
  }

  private static GraphFailure fromApi(String tenantId, String operation, ApiException api) {
    int status = api.getResponseStatusCode();
    String code = "";
    String message = "";
    String requestId = "";
    if (api instanceof ODataError odata && odata.getError() != null) {
      code = String.valueOf(odata.getError().getCode());
      message = String.valueOf(odata.getError().getMessage());
      if (odata.getError().getInnerError() != null) {
        requestId = String.valueOf(odata.getError().getInnerError().getRequestId());
      }
    }
    String lower = code.toLowerCase(Locale.ROOT);
    if (status == 410 || lower.equals("syncstatenotfound") || lower.equals("resyncrequired")) {
      return new DeltaExpired(
          tenantId,
          "The delta link for "
              + operation
              + " in tenant "
              + tenantId
              + " expired ("
              + code
              + "); a full resync is needed.",
          api);
    }
    if (status == 429) {
      Set<String> header =
          api.getResponseHeaders() == null ? null : api.getResponseHeaders().get("Retry-After");
      String value = header == null || header.isEmpty() ? null : header.iterator().next();
      return new GraphThrottled(tenantId, PacingInterceptor.RetryAfter.parse(value), operation);
    }
    if (status == 403) {
      return new PermissionMissing(
          tenantId,
          "Tenant "
              + tenantId
              + " did not grant the permission "
              + operation
              + " needs ("
              + code
              + ": "
              + message
              + "). Re-run the permission check and ask the customer's admin to consent again.",
          api);
    }
    if (status == 401) {
      return new ConsentMissing(
          tenantId,
          "Microsoft Graph refused our access token for tenant "
              + tenantId
              + " ("
              + code
              + "): the tenant or our consent may have been removed.",
          api);
    }
    if (status == 504 || status == 408) {
      return new GraphUnavailable(
          tenantId,
          "Microsoft Graph did not answer "
              + operation
              + " for tenant "
              + tenantId
              + " in time (HTTP "
              + status
              + ", gateway timeout).",
          api);
    }
    if (status >= 500 || status == 0) {
      return new GraphUnavailable(
          tenantId,
          "Microsoft Graph failed "
              + operation
              + " for tenant "
              + tenantId
              + " (HTTP "
              + status
              + ", "
              + code
              + ").",
          api);
    }
    String summary =
        operation
            + " rejected by Graph for tenant "
            + tenantId
            + ": HTTP "
            + status
            + " "
            + code
            + " \""
            + message
            + "\" request-id "
            + requestId;
    LOG.log(Level.WARNING, summary);
    return new GraphRequestRejected(tenantId, summary, api);
  }
}
