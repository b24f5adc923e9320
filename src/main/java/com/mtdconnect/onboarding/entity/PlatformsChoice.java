package com.mtdconnect.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * The platforms step: which device platforms the MTD connector covers and the threat level
 * compliance starts at, with the step's state and, when it needs a look even though it is saved,
 * why. Part of the onboarding row. A value: choosing again gives a new one.
 */
@Embeddable
public class PlatformsChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The platforms' names, comma-separated ({@link DevicePlatform#join}). */
  @Column(nullable = false)
  private String platforms = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "threat_level", nullable = false)
  private DeviceThreatLevel threatLevel = DeviceThreatLevel.MEDIUM;

  @Enumerated(EnumType.STRING)
  @Column(name = "platforms_state", nullable = false)
  private StepState state = StepState.NOT_STARTED;

  @Column(name = "platforms_reason")
  private String reason;

  /** Nothing chosen yet: no platform, the medium threat level. */
  protected PlatformsChoice() {}

  private PlatformsChoice(Set<DevicePlatform> chosen, DeviceThreatLevel level, String reason) {
    this.platforms = DevicePlatform.join(chosen);
    this.threatLevel = level;
    this.state = reason == null ? StepState.SAVED : StepState.NEEDS_ATTENTION;
    this.reason = reason;
  }

  /**
   * At least one platform and the threat level; {@code attention} says why the step needs a look
   * even though it is saved (another vendor's connector, Graph unreachable).
   *
   * @throws NoPlatformChosen when {@code chosen} is empty
   */
  static PlatformsChoice of(
      Set<DevicePlatform> chosen, DeviceThreatLevel level, Optional<String> attention) {
    if (chosen.isEmpty()) {
      throw new NoPlatformChosen();
    }
    return new PlatformsChoice(chosen, level, attention.orElse(null));
  }

  /** The platforms as stored: names, comma-separated (what the audit records). */
  String joined() {
    return platforms;
  }

  public Set<DevicePlatform> getPlatforms() {
    return DevicePlatform.parse(platforms);
  }

  public DeviceThreatLevel getThreatLevel() {
    return threatLevel;
  }

  public StepState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }
}
