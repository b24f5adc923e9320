package com.mtdconnect.simulator.control.transport;

import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One authenticated Graph request on its way to a handler.
 *
 * @param directory the calling tenant's data
 * @param request the raw request
 * @param version {@code v1.0} or {@code beta}
 * @param path the path below the version, e.g. {@code /groups/delta()}
 * @param pathParams the route's captured groups
 * @param roles the app roles in the caller's token
 * @param requestId the {@code request-id} this call answers with
 * @param clientRequestId the caller's {@code client-request-id} (or a generated one)
 */
public record GraphCall(
    TenantDirectory directory,
    SimRequest request,
    String version,
    String path,
    List<String> pathParams,
    Set<GraphAppRole> roles,
    String requestId,
    String clientRequestId) {

  /** The public base URL of this call's version, used in nextLink/deltaLink/context. */
  public String publicBase() {
    return "https://graph.microsoft.com/" + version;
  }

  public Map<String, String> query() {
    return request.query();
  }

  public String param(int index) {
    return pathParams.get(index);
  }

  public boolean hasAnyRole(GraphAppRole... wanted) {
    for (GraphAppRole role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
