package com.mtdconnect.identity.entity;

/** What a staff member may do, in the spirit of Intune's permission categories and actions. */
public enum Permission {
  TENANTS_READ("Tenants", "Read"),
  TENANTS_CREATE("Tenants", "Create"),
  TENANTS_UPDATE("Tenants", "Update"),
  TENANTS_DELETE("Tenants", "Delete (archive)");

  private final String category;
  private final String action;

  Permission(String category, String action) {
    this.category = category;
    this.action = action;
  }

  public String getCategory() {
    return category;
  }

  public String getAction() {
    return action;
  }

  public String describe() {
    return category + ": " + action;
  }
}
