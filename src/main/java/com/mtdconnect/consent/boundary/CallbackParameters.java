package com.mtdconnect.consent.boundary;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of Microsoft's redirect to our callback (graph-contracts §1.1).
 *
 * @param state our opaque value, returned unchanged
 * @param adminConsent {@code True} (present even on errors)
 * @param error the OAuth error code, if any
 * @param errorDescription Microsoft's description with the AADSTS code
 * @param reportedTenant the {@code tenant} parameter: recorded, never trusted
 */
public record CallbackParameters(
    String state,
    String adminConsent,
    String error,
    String errorDescription,
    String reportedTenant) {

  public static CallbackParameters of(HttpServletRequest request) {
    return new CallbackParameters(
        bounded(request.getParameter("state")),
        bounded(request.getParameter("admin_consent")),
        bounded(request.getParameter("error")),
        bounded(request.getParameter("error_description")),
        bounded(request.getParameter("tenant")));
  }

  private static String bounded(String value) {
    return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
  }
}
