package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where staff sign in: Entra ID, through the MSP's own single-tenant app registration ({@code
 * staff-signin.tenant-id}, {@code staff-signin.client-id}, {@code staff-signin.client-secret}). The
 * OpenID Connect mechanism reads these getters through {@code ${staffSignIn...}} expressions.
 * Entra's v2.0 endpoints of the tenant are given to it directly (no discovery request before the
 * first sign-in), each reached where {@link MicrosoftEndpoints} says. Blank values count as not
 * set. The secret is never logged.
 */
@ApplicationScoped
@Named("staffSignIn")
public class StaffSignInSettings {

  /** Where the provider sends the browser back to, below the portal's base URL. */
  public static final String CALLBACK_PATH = "/signin/callback";

  private static final String ENTRA = "https://login.microsoftonline.com/";

  private static final String GRAPH_USERINFO = "https://graph.microsoft.com/oidc/userinfo";

  @Inject PortalSettings portal;

  @Inject MicrosoftEndpoints microsoft;

  @Inject
  @ConfigProperty(name = "staff-signin.tenant-id")
  Optional<String> tenantId;

  @Inject
  @ConfigProperty(name = "staff-signin.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "staff-signin.client-secret")
  Optional<String> clientSecret;

  /** Settings with these values, for use outside the container (tests, tools). */
  public static StaffSignInSettings of(
      PortalSettings portal,
      MicrosoftEndpoints microsoft,
      Optional<String> tenantId,
      Optional<String> clientId,
      Optional<String> clientSecret) {
    StaffSignInSettings settings = new StaffSignInSettings();
    settings.portal = portal;
    settings.microsoft = microsoft;
    settings.tenantId = tenantId;
    settings.clientId = clientId;
    settings.clientSecret = clientSecret;
    return settings;
  }

  /** The MSP's own Entra tenant (directory id), or empty when not configured. */
  public Optional<String> tenantId() {
    return set(tenantId);
  }

  /** Entra ID's issuer for the MSP's tenant, as its ID tokens name it. */
  public String getIssuer() {
    return tenantUrl() + "/v2.0";
  }

  public String getAuthorizationEndpoint() {
    return microsoft.resolve(tenantUrl() + "/oauth2/v2.0/authorize");
  }

  public String getTokenEndpoint() {
    return microsoft.resolve(tenantUrl() + "/oauth2/v2.0/token");
  }

  public String getJwksUri() {
    return microsoft.resolve(tenantUrl() + "/discovery/v2.0/keys");
  }

  public String getUserinfoEndpoint() {
    return microsoft.resolve(GRAPH_USERINFO);
  }

  public String getClientId() {
    return set(clientId).orElse("");
  }

  public String getClientSecret() {
    return set(clientSecret).orElse("");
  }

  /** The redirect URI to register with the app registration. */
  public String getRedirectUri() {
    return portal.baseUrl() + CALLBACK_PATH;
  }

  /** Entra's end-session (front-channel sign-out) endpoint of the MSP's tenant. */
  public String endSessionUri() {
    return microsoft.resolve(tenantUrl() + "/oauth2/v2.0/logout");
  }

  /** What is missing for sign-in; empty when staff can sign in. */
  public Optional<String> missing() {
    if (set(tenantId).isEmpty()) {
      return Optional.of("staff-signin.tenant-id");
    }
    if (set(clientId).isEmpty()) {
      return Optional.of("staff-signin.client-id");
    }
    return set(clientSecret).isEmpty()
        ? Optional.of("staff-signin.client-secret")
        : Optional.empty();
  }

  private String tenantUrl() {
    return ENTRA + set(tenantId).orElse("not-configured");
  }

  private static Optional<String> set(Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }
}
