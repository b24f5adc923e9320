package com.mtdconnect.policies.entity;

/**
 * How many fields of one tenant policy drifted in Intune, with the policy's name (its template's
 * and platform), for lists over many tenants (the fleet's "needs attention").
 */
public record PolicyDriftCount(long tenantId, long policyId, String policyName, long fields) {

  /** "Policy Shield iOS (iOS) drifted in Intune: 2 fields". */
  public String describe() {
    return "Policy "
        + policyName
        + " drifted in Intune: "
        + fields
        + (fields == 1 ? " field" : " fields");
  }
}
