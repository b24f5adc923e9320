package com.mtdconnect.provisioning.entity;

/** The mobile platforms a tenant's devices are protected on. */
public enum Platform {
  IOS("iOS"),
  ANDROID("Android");

  private final String label;

  Platform(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** The key prefix of our objects for this platform ({@code ios}, {@code android}). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
