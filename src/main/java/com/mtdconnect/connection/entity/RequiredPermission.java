package com.mtdconnect.connection.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Microsoft Graph application permissions the integration asks every customer tenant for (see
 * the README's permission table), with the app-role ids Microsoft grants them under.
 */
public enum RequiredPermission {
  USER_READ_ALL("User.Read.All", "df021288-bdef-4463-88db-98f22de89214", "Group targeting"),
  GROUP_MEMBER_READ_ALL(
      "GroupMember.Read.All", "98830695-27a2-44f7-8c18-0c3ebc9698f6", "Group targeting"),
  GROUP_READ_ALL("Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b", "Group targeting"),
  DEVICE_READ_ALL("Device.Read.All", "7438b122-aefc-4978-80ed-43db9fcc7715", "Enrollment sync"),
  APPLICATION_READ_ALL(
      "Application.Read.All", "9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30", "Consent verification"),
  DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL(
      "DeviceManagementApps.ReadWrite.All",
      "78145de6-330d-4800-a6ce-494ff2d33d07",
      "App provisioning and install status"),
  DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL(
      "DeviceManagementConfiguration.ReadWrite.All",
      "9241abd9-d0e6-425a-bd4f-47ba86e767a4",
      "Compliance policies"),
  DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL(
      "DeviceManagementManagedDevices.Read.All",
      "2f51be20-0bb4-4fed-bf7b-db946066c75e",
      "Managed device status"),
  DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL(
      "DeviceManagementServiceConfig.ReadWrite.All",
      "5ac13192-7ace-4fcf-b828-1a26f28068ee",
      "MTD connector");

  private final String permissionName;
  private final String appRoleId;
  private final String feature;

  RequiredPermission(String permissionName, String appRoleId, String feature) {
    this.permissionName = permissionName;
    this.appRoleId = appRoleId;
    this.feature = feature;
  }

  public String getPermissionName() {
    return permissionName;
  }

  public String getFeature() {
    return feature;
  }

  public String appRoleId() {
    return appRoleId;
  }

  public static Optional<RequiredPermission> ofAppRole(String appRoleId) {
    return Arrays.stream(values()).filter(p -> p.appRoleId.equalsIgnoreCase(appRoleId)).findFirst();
  }
}
