package com.mtdconnect.simulator.entity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A member of the MSP's own staff who can sign in to the demo portal through the simulator's OpenID
 * Connect provider; {@code groups} become the {@code groups} and {@code roles} claims.
 */
public record SimStaffAccount(
    String username, String displayName, String email, List<String> groups) {

  public SimStaffAccount {
    groups = List.copyOf(groups);
  }

  /**
   * The staff member's Entra object id ({@code oid} claim): immutable and derived from the
   * username, so it is the same across simulator restarts, as it is in Entra.
   */
  public String objectId() {
    return UUID.nameUUIDFromBytes(("staff:" + username).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
