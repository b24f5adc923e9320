package com.mtdconnect.health.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body: {@code sha256=} and the lower-case hex HMAC-SHA256 of the exact
 * body bytes under the rule's secret (UTF-8), sent in the {@value #HEADER} header. A receiver
 * computes the same over the raw body it received and compares in constant time.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-MTD-Signature";
  public static final String DELIVERY_HEADER = "X-MTD-Delivery";
  public static final String EVENT_HEADER = "X-MTD-Event";

  private WebhookSignature() {}

  public static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** Whether {@code signature} is the body's signature under the secret (constant time). */
  public static boolean verify(byte[] body, String secret, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(body, secret).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }
}
