package com.mtdconnect.graph.entity;

/** The mobile platforms the portal provisions. */
public enum MobilePlatform {
  IOS,
  ANDROID
}
