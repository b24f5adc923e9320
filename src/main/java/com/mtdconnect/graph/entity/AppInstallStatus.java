package com.mtdconnect.graph.entity;

/** Install state of an app on one device, from Intune's install status report. */
public record AppInstallStatus(
    String deviceId, String deviceName, String userPrincipalName, String platform, String state) {}
