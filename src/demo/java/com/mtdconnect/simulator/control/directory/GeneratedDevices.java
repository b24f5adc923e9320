package com.mtdconnect.simulator.control.directory;

import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.SimDevice;
import java.time.Duration;
import java.time.Instant;

/**
 * Derives a managed device's attributes (platform version, model, compliance, threat state,
 * enrollment and sync times) from the tenant seed and the device index, so that a million devices
 * cost nothing until one is looked at.
 */
final class GeneratedDevices {
  private static final String[] IOS_VERSIONS = {"16.7.10", "17.5.1", "17.6.1", "18.1", "18.3.2"};
  private static final String[] ANDROID_VERSIONS = {"11", "12", "13", "14", "15"};
  private static final String[] IOS_MODELS = {"iPhone 13", "iPhone 14", "iPhone 15", "iPad Air"};
  private static final String[] ANDROID_MODELS = {"Pixel 7", "Pixel 8", "Galaxy S23", "Galaxy A54"};

  private GeneratedDevices() {}

  static SimDevice device(
      long seed, SimulatedClock clock, int index, int owner, String ownerName, boolean ios) {
    long h = Mix.of(seed, 20, index);
    long h2 = Mix.of(h);
    String os = ios ? "iOS" : "Android";
    String version =
        ios
            ? IOS_VERSIONS[Mix.below(h2, IOS_VERSIONS.length)]
            : ANDROID_VERSIONS[Mix.below(h2, ANDROID_VERSIONS.length)];
    String model =
        ios
            ? IOS_MODELS[Mix.below(h2 >>> 8, IOS_MODELS.length)]
            : ANDROID_MODELS[Mix.below(h2 >>> 8, ANDROID_MODELS.length)];
    String manufacturer = ios ? "Apple" : model.startsWith("Pixel") ? "Google" : "Samsung";
    int c = Mix.below(h2 >>> 16, 100);
    String compliance = c < 85 ? "compliant" : c < 95 ? "noncompliant" : "inGracePeriod";
    int t = Mix.below(h2 >>> 24, 100);
    String threat = t < 80 ? "secured" : t < 90 ? "activated" : t < 97 ? "lowSeverity" : "unknown";
    Instant enrolled = clock.start().minus(Duration.ofHours(24L + Mix.below(h2 >>> 32, 400 * 24)));
    Instant lastSync = clock.now().minus(Duration.ofMinutes(Mix.below(h2 >>> 40, 48 * 60)));
    String firstName = ownerName.split(" ")[0];
    return new SimDevice(
        index,
        SimIds.of(seed, SimIds.MANAGED_DEVICE, index),
        SimIds.of(seed ^ 0x5A5AL, SimIds.ENTRA_DEVICE, index),
        SimIds.of(seed, SimIds.ENTRA_DEVICE, index),
        owner,
        firstName + "'s " + model,
        os,
        version,
        model,
        manufacturer,
        compliance,
        threat,
        enrolled,
        lastSync.isBefore(enrolled) ? enrolled : lastSync);
  }
}
