package com.mtdconnect.consent.entity;

import java.util.Locale;
import java.util.Map;

/**
 * Names of Microsoft Graph application permissions we do not ask for but may find granted (a
 * customer may have granted more than we need), so the catalog can name them instead of showing
 * ids. Ids from Microsoft's permission reference.
 */
final class GraphPermissionNames {
  private static final Map<String, String> OTHERS =
      Map.of(
          "7ab1d382-f21e-4acd-a863-ba3e13f7da61", "Directory.Read.All",
          "62a82d76-70ea-41e2-9197-370581804d09", "Group.ReadWrite.All",
          "bf7b1a76-6e77-406b-b258-bf5c7720e98f", "Group.Create",
          "7a6ee1e7-141e-4cec-ae74-d9db155731ff", "DeviceManagementApps.Read.All",
          "dc377aa6-52d8-4e23-b271-2a7ae04cedf3", "DeviceManagementConfiguration.Read.All",
          "243333ab-4d21-40cb-a475-36241daa0842", "DeviceManagementManagedDevices.ReadWrite.All",
          "5b07b0dd-2377-4e44-a38d-703f09a0dc3c",
              "DeviceManagementManagedDevices.PrivilegedOperations.All",
          "06a5fe6d-c49d-46a7-b082-56b1b14103c7", "DeviceManagementServiceConfig.Read.All");

  private GraphPermissionNames() {}

  static String nameOf(String appRoleId) {
    return OTHERS.getOrDefault(
        appRoleId.toLowerCase(Locale.ROOT), "Unknown permission " + appRoleId);
  }
}
