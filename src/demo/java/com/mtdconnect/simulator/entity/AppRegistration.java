package com.mtdconnect.simulator.entity;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The MSP's multi-tenant app registration as the simulated Entra ID knows it: client id, an
 * optional secret, the certificates whose private keys may sign client assertions, the registered
 * redirect URIs (empty: any http(s) URI is accepted, a demo convenience) and the application
 * permissions it requests (what admin consent grants).
 */
public record AppRegistration(
    String clientId,
    String displayName,
    Optional<String> secret,
    List<X509Certificate> certificates,
    List<String> redirectUris,
    Set<GraphAppRole> requiredRoles) {

  public AppRegistration {
    certificates = List.copyOf(certificates);
    redirectUris = List.copyOf(redirectUris);
    requiredRoles = Set.copyOf(requiredRoles);
  }

  /** Any redirect URI, requesting the portal's permission set. */
  public AppRegistration(
      String clientId,
      String displayName,
      Optional<String> secret,
      List<X509Certificate> certificates) {
    this(clientId, displayName, secret, certificates, List.of(), Set.of(GraphAppRole.portalSet()));
  }

  public boolean allowsRedirect(String uri) {
    if (redirectUris.isEmpty()) {
      return uri != null && (uri.startsWith("https://") || uri.startsWith("http://"));
    }
    return redirectUris.contains(uri);
  }
}
