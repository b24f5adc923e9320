package com.mtdconnect.graph.control;

import com.mtdconnect.graph.entity.WorkloadFamily;

/** Which Graph throttling family a request path belongs to (graph-contracts §11). */
public final class WorkloadFamilies {

  private WorkloadFamilies() {}

  public static WorkloadFamily of(String path) {
    if (path.endsWith("/$batch")) {
      return WorkloadFamily.OTHER;
    }
    if (path.contains("/deviceManagement/managedDevices")) {
      return WorkloadFamily.INTUNE_DEVICES;
    }
    if (path.contains("/deviceAppManagement/") || path.contains("/deviceManagement/reports")) {
      return WorkloadFamily.INTUNE_APPS;
    }
    if (path.contains("/deviceManagement/deviceCompliancePolicies")
        || path.contains("/deviceManagement/deviceConfigurations")) {
      return WorkloadFamily.INTUNE_CONFIGURATION;
    }
    if (path.contains("/deviceManagement/")) {
      return WorkloadFamily.INTUNE_ENROLLMENT;
    }
    return WorkloadFamily.DIRECTORY;
  }
}
