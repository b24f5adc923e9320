package com.mtdconnect.graph.entity;

/** A mobile app that exists in Intune. */
public record MobileAppRef(
    String id, String displayName, MobilePlatform platform, String publishingState) {}
