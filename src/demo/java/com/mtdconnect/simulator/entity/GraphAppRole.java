package com.mtdconnect.simulator.entity;

import java.util.Arrays;
import java.util.Optional;

/** Microsoft Graph application permissions (app roles) with Microsoft's immutable ids (§2). */
public enum GraphAppRole {
  DEVICE_MANAGEMENT_APPS_READ_ALL(
      "DeviceManagementApps.Read.All", "7a6ee1e7-141e-4cec-ae74-d9db155731ff"),
  DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL(
      "DeviceManagementApps.ReadWrite.All", "78145de6-330d-4800-a6ce-494ff2d33d07"),
  DEVICE_MANAGEMENT_CONFIGURATION_READ_ALL(
      "DeviceManagementConfiguration.Read.All", "dc377aa6-52d8-4e23-b271-2a7ae04cedf3"),
  DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL(
      "DeviceManagementConfiguration.ReadWrite.All", "9241abd9-d0e6-425a-bd4f-47ba86e767a4"),
  DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL(
      "DeviceManagementManagedDevices.Read.All", "2f51be20-0bb4-4fed-bf7b-db946066c75e"),
  DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_WRITE_ALL(
      "DeviceManagementManagedDevices.ReadWrite.All", "243333ab-4d21-40cb-a475-36241daa0842"),
  DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_ALL(
      "DeviceManagementServiceConfig.Read.All", "06a5fe6d-c49d-46a7-b082-56b1b14103c7"),
  DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL(
      "DeviceManagementServiceConfig.ReadWrite.All", "5ac13192-7ace-4fcf-b828-1a26f28068ee"),
  GROUP_READ_ALL("Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b"),
  GROUP_READ_WRITE_ALL("Group.ReadWrite.All", "62a82d76-70ea-41e2-9197-370581804d09"),
  GROUP_CREATE("Group.Create", "bf7b1a76-6e77-406b-b258-bf5c7720e98f"),
  GROUP_MEMBER_READ_ALL("GroupMember.Read.All", "98830695-27a2-44f7-8c18-0c3ebc9698f6"),
  USER_READ_ALL("User.Read.All", "df021288-bdef-4463-88db-98f22de89214"),
  DEVICE_READ_ALL("Device.Read.All", "7438b122-aefc-4978-80ed-43db9fcc7715"),
  DIRECTORY_READ_ALL("Directory.Read.All", "7ab1d382-f21e-4acd-a863-ba3e13f7da61"),
  APPLICATION_READ_ALL("Application.Read.All", "9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30");

  private final String value;
  private final String id;

  GraphAppRole(String value, String id) {
    this.value = value;
    this.id = id;
  }

  /** The claim value, e.g. {@code GroupMember.Read.All}. */
  public String value() {
    return value;
  }

  /** The app role id (appRoleId in appRoleAssignments). */
  public String id() {
    return id;
  }

  public static Optional<GraphAppRole> byValue(String value) {
    return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
  }

  /** The set the portal asks for (permissions.md), used when a tenant consents fully. */
  public static GraphAppRole[] portalSet() {
    return new GraphAppRole[] {
      USER_READ_ALL,
      GROUP_MEMBER_READ_ALL,
      GROUP_READ_ALL,
      DEVICE_READ_ALL,
      APPLICATION_READ_ALL,
      DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL,
      DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL,
      DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL,
      DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL
    };
  }
}
