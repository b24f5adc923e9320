package com.mtdconnect.graph.control;

import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import java.net.URI;
import java.util.Map;

/**
 * Kiota's view of our tokens for one customer tenant: only graph.microsoft.com gets the bearer
 * token (the SDK's own host check stays on, which is why the simulator reroute happens below it).
 */
public final class TenantTokenProvider implements AccessTokenProvider {

  private final String tenantId;
  private final TokenSource tokens;
  private final AllowedHostsValidator hosts = new AllowedHostsValidator("graph.microsoft.com");

  public TenantTokenProvider(String tenantId, TokenSource tokens) {
    this.tenantId = tenantId;
    this.tokens = tokens;
  }

  @Override
  public String getAuthorizationToken(URI uri, Map<String, Object> additionalContext) {
    if (!hosts.isUrlHostValid(uri) || !"https".equalsIgnoreCase(uri.getScheme())) {
      return "";
    }
    return tokens.accessToken(tenantId);
  }

  @Override
  public AllowedHostsValidator getAllowedHostsValidator() {
    return hosts;
  }
}
