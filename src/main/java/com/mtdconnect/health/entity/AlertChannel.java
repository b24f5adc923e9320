package com.mtdconnect.health.entity;

/** How an alert leaves the portal. */
public enum AlertChannel {
  EMAIL("Email"),
  WEBHOOK("Webhook");

  private final String label;

  AlertChannel(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
