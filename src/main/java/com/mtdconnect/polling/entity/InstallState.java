package com.mtdconnect.polling.entity;

import java.util.Locale;

/** The app's install state on one device, as Intune's install report names it. */
public enum InstallState {
  INSTALLED("Installed"),
  PENDING("Pending"),
  FAILED("Failed"),
  NOT_INSTALLED("Not installed"),
  NOT_APPLICABLE("Not applicable"),
  /** No report row yet (no app provisioned for the platform, or Intune has not reported). */
  UNKNOWN("Unknown");

  private final String label;

  InstallState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** Intune's {@code AppInstallState} value ({@code installed}, {@code pendingInstall}, …). */
  public static InstallState fromIntune(String value) {
    return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
      case "installed" -> INSTALLED;
      case "pendinginstall", "pending" -> PENDING;
      case "failed", "uninstallfailed" -> FAILED;
      case "notinstalled" -> NOT_INSTALLED;
      case "notapplicable" -> NOT_APPLICABLE;
      default -> UNKNOWN;
    };
  }
}
