package com.mtdconnect.health.entity;

/** Where one alert delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its (next) attempt. */
  PENDING("Waiting"),
  /** Accepted by the mail server or answered 2xx by the webhook. */
  DELIVERED("Delivered"),
  /** Every attempt failed; the last error says why. */
  FAILED("Failed");

  private final String label;

  DeliveryStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
