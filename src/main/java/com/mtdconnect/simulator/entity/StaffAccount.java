package com.mtdconnect.simulator.entity;

import java.util.List;

/**
 * A member of the MSP's own staff who can sign in to the demo portal through the simulator's OpenID
 * Connect provider; {@code groups} become the {@code groups} and {@code roles} claims.
 */
public record StaffAccount(String username, String displayName, String email, List<String> groups) {

  public StaffAccount {
    groups = List.copyOf(groups);
  }
}
