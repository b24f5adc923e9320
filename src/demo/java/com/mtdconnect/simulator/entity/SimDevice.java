package com.mtdconnect.simulator.entity;

import java.time.Instant;

/**
 * A simulated device: both the Entra device object and the Intune managed device, materialised on
 * demand.
 */
public record SimDevice(
    int index,
    String managedDeviceId,
    String azureAdDeviceId,
    String entraObjectId,
    int ownerIndex,
    String deviceName,
    String operatingSystem,
    String osVersion,
    String model,
    String manufacturer,
    String complianceState,
    String partnerReportedThreatState,
    Instant enrolledDateTime,
    Instant lastSyncDateTime) {

  public boolean isIos() {
    return "iOS".equals(operatingSystem);
  }
}
