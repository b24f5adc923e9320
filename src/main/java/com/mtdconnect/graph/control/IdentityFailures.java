package com.mtdconnect.graph.control;

import com.microsoft.aad.msal4j.MsalServiceException;
import com.mtdconnect.graph.entity.AppDisabledInTenant;
import com.mtdconnect.graph.entity.BlockedByConditionalAccess;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.CredentialRejected;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.TenantGone;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns Entra ID token errors (AADSTS codes, graph-contracts §1.4) into our failures. */
final class IdentityFailures {

  private static final Pattern CODE = Pattern.compile("AADSTS(\\d+)");
  private static final Set<Integer> CONSENT = Set.of(7000229, 65001, 500011, 650052);
  private static final Set<Integer> GONE = Set.of(90002, 700016);
  private static final Set<Integer> CREDENTIAL =
      Set.of(7000215, 7000222, 700027, 50027, 7000218, 700024, 700023, 700212, 50012);

  private static final int APP_DISABLED = 7000112;
  private static final int CONDITIONAL_ACCESS = 53003;

  private IdentityFailures() {}

  private static Optional<String> retryAfter(MsalServiceException e) {
    Map<String, List<String>> headers = e.headers();
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(h -> "retry-after".equalsIgnoreCase(h.getKey()))
        .flatMap(h -> h.getValue() == null ? Stream.empty() : h.getValue().stream())
        .findFirst();
  }

  static GraphFailure translate(String tenantId, MsalServiceException e) {
    Matcher m = CODE.matcher(String.valueOf(e.getMessage()));
    int code = m.find() ? Integer.parseInt(m.group(1)) : -1;
    String aadsts = code > 0 ? "AADSTS" + code : e.errorCode();
    if (CONSENT.contains(code)) {
      return new ConsentMissing(
          tenantId,
          "Entra ID refuses tokens for tenant "
              + tenantId
              + " ("
              + aadsts
              + "): our app is not consented there (never granted, or the enterprise app was"
              + " deleted). Ask the customer's admin to consent again.",
          e);
    }
    if (code == APP_DISABLED) {
      return new AppDisabledInTenant(
          tenantId,
          "The customer's admin disabled sign-in for our app in tenant "
              + tenantId
              + " ("
              + aadsts
              + "): the app is still consented, but no data can be read there until the admin"
              + " enables the MTD Connect enterprise app again (Entra admin center > Enterprise"
              + " applications > Properties > Enabled for users to sign in). Other tenants are"
              + " not affected.",
          e);
    }
    if (code == CONDITIONAL_ACCESS) {
      return new BlockedByConditionalAccess(
          tenantId,
          "A Conditional Access policy in tenant "
              + tenantId
              + " blocks our app ("
              + aadsts
              + "). The customer's admin must exclude the MTD Connect app from that policy (or"
              + " from its workload-identity conditions); nothing on our side can fix this.",
          e);
    }
    if (GONE.contains(code)) {
      return new TenantGone(
          tenantId,
          "Entra ID does not know tenant "
              + tenantId
              + " or our application in it ("
              + aadsts
              + "): the tenant was deleted, the id is wrong, or it lives in another cloud.",
          e);
    }
    if (CREDENTIAL.contains(code)) {
      return new CredentialRejected(
          tenantId,
          "Entra ID rejected the MSP application's credential ("
              + aadsts
              + "): check the app registration's certificate or secret. This affects every"
              + " tenant.",
          e);
    }
    Integer status = e.statusCode();
    if (status != null && status == 429) {
      return new GraphThrottled(
          tenantId,
          PacingInterceptor.RetryAfter.parse(retryAfter(e).orElse(null)),
          "Entra ID's token endpoint answered 429 (" + aadsts + ")");
    }
    return new GraphUnavailable(
        tenantId,
        "Entra ID could not issue a token for tenant "
            + tenantId
            + " ("
            + aadsts
            + ", HTTP "
            + status
            + ").",
        e);
  }
}
