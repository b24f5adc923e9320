package com.mtdconnect.connection.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The MTD connector as Intune reports it. A JavaBean, because pages read it. */
public final class ConnectorSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String partnerState;
  private final OffsetDateTime lastHeartbeat;
  private final boolean android;
  private final boolean ios;

  public ConnectorSummary(
      String partnerState, OffsetDateTime lastHeartbeat, boolean android, boolean ios) {
    this.partnerState = partnerState;
    this.lastHeartbeat = lastHeartbeat;
    this.android = android;
    this.ios = ios;
  }

  public String getPartnerState() {
    return partnerState;
  }

  public OffsetDateTime getLastHeartbeat() {
    return lastHeartbeat;
  }

  public boolean isAndroid() {
    return android;
  }

  public boolean isIos() {
    return ios;
  }
}
