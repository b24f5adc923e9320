package com.mtdconnect.connection.entity;

import com.mtdconnect.consent.entity.RequiredPermission;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a connection check found: either Microsoft's answers or, when a call failed, why in plain
 * words. A JavaBean, because pages read it.
 */
public final class ConnectionReport implements Serializable {
  private static final long serialVersionUID = 1L;

  private final OffsetDateTime checkedAt;
  private final String failure;
  private final boolean retryLater;
  private final List<RequiredPermission> granted;
  private final List<RequiredPermission> missing;
  private final List<ConnectorSummary> connectors;

  private ConnectionReport(
      OffsetDateTime checkedAt,
      String failure,
      boolean retryLater,
      List<RequiredPermission> granted,
      List<RequiredPermission> missing,
      List<ConnectorSummary> connectors) {
    this.checkedAt = checkedAt;
    this.failure = failure;
    this.retryLater = retryLater;
    this.granted = List.copyOf(granted);
    this.missing = List.copyOf(missing);
    this.connectors = List.copyOf(connectors);
  }

  public static ConnectionReport reached(
      OffsetDateTime at,
      List<RequiredPermission> granted,
      List<RequiredPermission> missing,
      List<ConnectorSummary> connectors) {
    return new ConnectionReport(at, null, false, granted, missing, connectors);
  }

  public static ConnectionReport failed(OffsetDateTime at, String why, boolean retryLater) {
    return new ConnectionReport(at, why, retryLater, List.of(), List.of(), List.of());
  }

  public boolean isReached() {
    return failure == null;
  }

  public OffsetDateTime getCheckedAt() {
    return checkedAt;
  }

  public String getFailure() {
    return failure;
  }

  public boolean isRetryLater() {
    return retryLater;
  }

  public List<RequiredPermission> getGranted() {
    return granted;
  }

  public List<RequiredPermission> getMissing() {
    return missing;
  }

  public List<ConnectorSummary> getConnectors() {
    return connectors;
  }
}
