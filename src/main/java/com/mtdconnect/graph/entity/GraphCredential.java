package com.mtdconnect.graph.entity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The MSP app's credential: a certificate (preferred) or a client secret (fallback). {@link
 * #toString()} never reveals the secret or key.
 */
public final class GraphCredential {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final String secret;

  private GraphCredential(PrivateKey key, X509Certificate certificate, String secret) {
    this.key = key;
    this.certificate = certificate;
    this.secret = secret;
  }

  public static GraphCredential certificate(PrivateKey key, X509Certificate certificate) {
    return new GraphCredential(key, certificate, null);
  }

  public static GraphCredential secret(String secret) {
    return new GraphCredential(null, null, secret);
  }

  public Optional<PrivateKey> key() {
    return Optional.ofNullable(key);
  }

  public Optional<X509Certificate> x509() {
    return Optional.ofNullable(certificate);
  }

  public Optional<String> clientSecret() {
    return Optional.ofNullable(secret);
  }

  @Override
  public String toString() {
    return certificate != null
        ? "certificate " + certificate.getSubjectX500Principal().getName()
        : "client secret (hidden)";
  }
}
