package com.mtdconnect.simulator.entity;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The MSP's multi-tenant app registration as the simulated Entra ID knows it: client id, an
 * optional secret and the certificates whose private keys may sign client assertions.
 */
public record AppRegistration(
    String clientId,
    String displayName,
    Optional<String> secret,
    List<X509Certificate> certificates) {

  public AppRegistration {
    certificates = List.copyOf(certificates);
  }
}
