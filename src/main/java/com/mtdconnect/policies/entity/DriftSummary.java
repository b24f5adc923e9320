package com.mtdconnect.policies.entity;

/** One tenant policy with drift, as the tenant's page mentions it. */
public final class DriftSummary {
  private final long policyId;
  private final String platform;
  private final long fields;

  public DriftSummary(long policyId, String platform, long fields) {
    this.policyId = policyId;
    this.platform = platform;
    this.fields = fields;
  }

  public long getPolicyId() {
    return policyId;
  }

  public String getPlatform() {
    return platform;
  }

  public long getFields() {
    return fields;
  }
}
