package com.mtdconnect.tenancy.entity;

import java.util.Arrays;
import java.util.Optional;

/** The columns the tenant list may be sorted by, mapped to entity attributes. */
public enum TenantSortField {
  DISPLAY_NAME("displayName"),
  DIRECTORY_ID("directoryId"),
  CONTACT_NAME("contactName"),
  LIFECYCLE("lifecycle"),
  UPDATED_AT("updatedAt");

  private final String attribute;

  TenantSortField(String attribute) {
    this.attribute = attribute;
  }

  public String attribute() {
    return attribute;
  }

  public static Optional<TenantSortField> ofAttribute(String attribute) {
    return Arrays.stream(values()).filter(f -> f.attribute.equals(attribute)).findFirst();
  }
}
