package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where staff sign in, as configured: the MSP's own single-tenant Entra app registration in
 * production ({@code staff-signin.tenant-id}, {@code staff-signin.client-id}, {@code
 * staff-signin.client-secret}), the simulator's OpenID Connect provider at {@code
 * {portal.base-url}/simulator/oidc} in demo mode, so both modes run the same sign-in code. Blank
 * values count as not set. The OpenID Connect mechanism reads these getters through {@code
 * ${staffSignIn...}} expressions; the simulator registers the demo client with the same values. The
 * secret is never logged.
 */
@ApplicationScoped
@Named("staffSignIn")
public class StaffSignInSettings {

  /** The demo client id of the portal at the simulator's provider, unless configured. */
  public static final String DEMO_CLIENT_ID = "mtd-connect-portal";

  /** The demo client secret of the portal at the simulator's provider, unless configured. */
  public static final String DEMO_CLIENT_SECRET = "demo-oidc-secret";

  /** Where the provider sends the browser back to, below the portal's base URL. */
  public static final String CALLBACK_PATH = "/signin/callback";

  private static final String ENTRA = "https://login.microsoftonline.com/";

  @Inject PortalSettings portal;

  @Inject
  @ConfigProperty(name = "staff-signin.tenant-id")
  Optional<String> tenantId;

  @Inject
  @ConfigProperty(name = "staff-signin.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "staff-signin.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "staff-signin.provider-uri")
  Optional<String> providerUri;

  @Inject
  @ConfigProperty(name = "staff-signin.end-session-uri")
  Optional<String> endSessionUri;

  /** Settings with these values, for use outside the container (tests, tools). */
  public static StaffSignInSettings of(
      PortalSettings portal, Optional<String> clientId, Optional<String> clientSecret) {
    StaffSignInSettings settings = new StaffSignInSettings();
    settings.portal = portal;
    settings.tenantId = Optional.empty();
    settings.clientId = clientId;
    settings.clientSecret = clientSecret;
    settings.providerUri = Optional.empty();
    settings.endSessionUri = Optional.empty();
    return settings;
  }

  /** The issuer: Entra ID v2.0 of the MSP's tenant, or the simulator's provider in demo mode. */
  public String getProviderUri() {
    return set(providerUri)
        .orElseGet(
            () ->
                portal.isDemo()
                    ? portal.baseUrl() + "/simulator/oidc"
                    : ENTRA + set(tenantId).orElse("not-configured") + "/v2.0");
  }

  public String getClientId() {
    return set(clientId).orElse(portal.isDemo() ? DEMO_CLIENT_ID : "");
  }

  public String getClientSecret() {
    return set(clientSecret).orElse(portal.isDemo() ? DEMO_CLIENT_SECRET : "");
  }

  /** The redirect URI to register with the app registration. */
  public String getRedirectUri() {
    return portal.baseUrl() + CALLBACK_PATH;
  }

  /** The provider's end-session (front-channel sign-out) endpoint. */
  public String endSessionUri() {
    return set(endSessionUri)
        .orElseGet(
            () ->
                portal.isDemo()
                    ? getProviderUri() + "/logout"
                    : ENTRA + set(tenantId).orElse("not-configured") + "/oauth2/v2.0/logout");
  }

  /** What is missing for production sign-in; empty when staff can sign in. */
  public Optional<String> missing() {
    if (portal.isDemo()) {
      return Optional.empty();
    }
    if (set(tenantId).isEmpty() && set(providerUri).isEmpty()) {
      return Optional.of("staff-signin.tenant-id");
    }
    if (set(clientId).isEmpty()) {
      return Optional.of("staff-signin.client-id");
    }
    return set(clientSecret).isEmpty()
        ? Optional.of("staff-signin.client-secret")
        : Optional.empty();
  }

  private static Optional<String> set(Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }
}
