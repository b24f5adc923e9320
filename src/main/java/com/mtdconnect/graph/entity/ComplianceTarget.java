package com.mtdconnect.graph.entity;

/** The device management mode a compliance policy applies to, each its own Graph type. */
public enum ComplianceTarget {
  /** {@code iosCompliancePolicy} (v1.0). */
  IOS,
  /** {@code androidCompliancePolicy}, device administrator (v1.0). */
  ANDROID_DEVICE_ADMINISTRATOR,
  /** {@code androidWorkProfileCompliancePolicy} (v1.0). */
  ANDROID_WORK_PROFILE,
  /** {@code androidDeviceOwnerCompliancePolicy}, fully managed / dedicated (Graph beta only). */
  ANDROID_FULLY_MANAGED
}
