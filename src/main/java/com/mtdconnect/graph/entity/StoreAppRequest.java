package com.mtdconnect.graph.entity;

/**
 * A public store app to create in Intune.
 *
 * @param appIdentifier the iOS bundle id or the Android package id
 * @param storeUrl App Store / Google Play URL
 */
public record StoreAppRequest(
    MobilePlatform platform,
    String displayName,
    String publisher,
    String description,
    String appIdentifier,
    String storeUrl) {}
