package com.mtdconnect.graph.control;

import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.AppRoleAssignmentCollectionResponse;
import com.microsoft.graph.models.Endpoint;
import com.microsoft.graph.models.EndpointCollectionResponse;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.models.ServicePrincipalCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.IntuneServiceEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads about service principals: the app roles granted to ours (consent) and the Intune service
 * principal's endpoints (service discovery).
 */
public final class ServicePrincipalReads {
  private static final String INTUNE_APP_ID = "0000000a-0000-0000-c000-000000000000";

  /** The app roles granted to our service principal; none there means no consent. */
  public List<GrantedAppRole> grantedAppRoles(
      GraphServiceClient client, String tenantId, String clientId) {
    ServicePrincipalCollectionResponse principals =
        client
            .servicePrincipals()
            .get(
                rc -> {
                  rc.queryParameters.filter = "appId eq '" + clientId + "'";
                  rc.queryParameters.select = new String[] {"id", "appId", "displayName"};
                });
    if (principals.getValue().isEmpty()) {
      throw noServicePrincipal(tenantId, null);
    }
    ServicePrincipal ours = principals.getValue().get(0);
    AppRoleAssignmentCollectionResponse first =
        client.servicePrincipals().byServicePrincipalId(ours.getId()).appRoleAssignments().get();
    List<GrantedAppRole> result = new ArrayList<>();
    GraphPages.of(
            AppRoleAssignmentCollectionResponse::getValue,
            next ->
                client
                    .servicePrincipals()
                    .byServicePrincipalId(ours.getId())
                    .appRoleAssignments()
                    .withUrl(next)
                    .get())
        .forEach(first, a -> result.add(grantedAppRole(a)));
    return result;
  }

  static GrantedAppRole grantedAppRole(AppRoleAssignment a) {
    return new GrantedAppRole(
        String.valueOf(a.getAppRoleId()),
        String.valueOf(a.getResourceId()),
        Optional.ofNullable(a.getResourceDisplayName()),
        Optional.ofNullable(a.getCreatedDateTime()));
  }

  /** Our service principal is not in the tenant: never consented, or the app was deleted. */
  static ConsentMissing noServicePrincipal(String tenantId, Throwable cause) {
    return new ConsentMissing(
        tenantId,
        "Our application has no service principal in tenant "
            + tenantId
            + ": the customer's admin has not consented (or deleted the enterprise app).",
        cause);
  }

  /** Intune service discovery: the Intune service principal's {@code endpoints} (§9). */
  public List<IntuneServiceEndpoint> intuneEndpoints(GraphServiceClient client) {
    ServicePrincipalCollectionResponse principals =
        client
            .servicePrincipals()
            .get(
                rc -> {
                  rc.queryParameters.filter = "appId eq '" + INTUNE_APP_ID + "'";
                  rc.queryParameters.select = new String[] {"id", "appId"};
                });
    List<IntuneServiceEndpoint> result = new ArrayList<>();
    if (principals.getValue().isEmpty()) {
      return result;
    }
    EndpointCollectionResponse endpoints =
        client
            .servicePrincipals()
            .byServicePrincipalId(principals.getValue().get(0).getId())
            .endpoints()
            .get();
    for (Endpoint e : endpoints.getValue()) {
      result.add(new IntuneServiceEndpoint(e.getProviderName(), e.getUri()));
    }
    return result;
  }
}
