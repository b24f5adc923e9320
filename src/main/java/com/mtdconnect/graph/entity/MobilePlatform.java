package com.mtdconnect.graph.entity;

/** How a mobile app reaches devices. */
public enum MobilePlatform {
  /** App Store app ({@code iosStoreApp}). */
  IOS,
  /** Public Google Play link ({@code androidStoreApp}; device administrator / legacy). */
  ANDROID,
  /** Managed Google Play ({@code androidManagedStoreApp}, Graph beta only). */
  ANDROID_ENTERPRISE
}
