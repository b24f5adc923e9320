package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/** Compact RS256 JSON Web Tokens: enough to sign our access tokens and check client assertions. */
public final class JwtCodec {

  /** A decoded token whose signature has not been checked yet. */
  public record Decoded(
      JsonObject header, JsonObject claims, byte[] signingInput, byte[] signature) {

    public boolean signedBy(PublicKey key) {
      try {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signingInput);
        return verifier.verify(signature);
      } catch (GeneralSecurityException e) {
        return false;
      }
    }

    public Optional<String> claim(String name) {
      return claims.has(name) && claims.get(name).isJsonPrimitive()
          ? Optional.of(claims.get(name).getAsString())
          : Optional.empty();
    }

    public Optional<String> headerValue(String name) {
      return header.has(name) && header.get(name).isJsonPrimitive()
          ? Optional.of(header.get(name).getAsString())
          : Optional.empty();
    }
  }

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private JwtCodec() {}

  public static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
    String input =
        ENCODER.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + ENCODER.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key);
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + ENCODER.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  public static Optional<Decoded> decode(String token) {
    if (token == null) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonObject header =
          JsonParser.parseString(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8))
              .getAsJsonObject();
      JsonObject claims =
          JsonParser.parseString(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8))
              .getAsJsonObject();
      byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
      return Optional.of(new Decoded(header, claims, input, DECODER.decode(parts[2])));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
