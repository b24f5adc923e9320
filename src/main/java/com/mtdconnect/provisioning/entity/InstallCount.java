package com.mtdconnect.provisioning.entity;

/** How many devices of a platform are in one install state of our app. */
public record InstallCount(Platform platform, String state, long devices) {

  public String getPlatformLabel() {
    return platform.getLabel();
  }

  public String getState() {
    return state;
  }

  public long getDevices() {
    return devices;
  }
}
