package com.mtdconnect.consent.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Microsoft's v2.0 admin-consent request (graph-contracts §1.1): the customer's tenant in the path
 * (never {@code common}), our client id, the static {@code /.default} scope of Microsoft Graph (the
 * only way to ask for application permissions), our registered redirect URI and the state.
 */
public final class AdminConsentUrl {
  static final String GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";

  /** Microsoft's identity platform for the global cloud. */
  static final String MICROSOFT_LOGIN = "https://login.microsoftonline.com";

  private AdminConsentUrl() {}

  public static String of(String tenant, String clientId, String redirectUri, String state) {
    return MICROSOFT_LOGIN
        + "/"
        + encode(tenant)
        + "/v2.0/adminconsent?client_id="
        + encode(clientId)
        + "&scope="
        + encode(GRAPH_DEFAULT_SCOPE)
        + "&redirect_uri="
        + encode(redirectUri)
        + "&state="
        + encode(state);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
