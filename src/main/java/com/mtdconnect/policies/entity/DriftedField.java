package com.mtdconnect.policies.entity;

import java.util.Optional;

/**
 * One managed field whose value in the tenant's Intune differs from the published one, in the
 * policy's terms: a {@link PolicyField} key, or one of the two deviations no policy field can take
 * ({@link #OBJECT}: our compliance policy is gone; {@link #THREAT_PROTECTION}: the device threat
 * level no longer gates compliance).
 *
 * @param published the published value ("" for none)
 * @param found what Intune holds ("" when Intune does not set the field)
 */
public record DriftedField(String key, String published, String found) {

  /** The key of "our compliance policy is no longer in Intune". */
  public static final String OBJECT = "@object";

  /** The key of "the app configuration carrying our keys is no longer in Intune". */
  public static final String CONFIGURATION = "@configuration";

  /** The key of "Intune no longer requires the device threat level for compliance". */
  public static final String THREAT_PROTECTION = "@threatProtection";

  /**
   * The policy field an accept can adopt Intune's value into; empty for a revert-only deviation.
   */
  public Optional<PolicyField> policyField() {
    return PolicyField.byKey(key);
  }

  /**
   * Whether accepting can adopt Intune's value: a policy field, or an app configuration key Intune
   * still holds (a removed key, a deleted object or the threat gating turned off can only be
   * reverted).
   */
  public boolean acceptable() {
    return policyField().isPresent()
        || (key.startsWith(PolicyField.APP_PREFIX) && !found.isEmpty());
  }

  public String label() {
    return switch (key) {
      case OBJECT -> "Compliance policy in Intune";
      case THREAT_PROTECTION -> "Device threat level gates compliance";
      case CONFIGURATION -> "App configuration in Intune";
      default -> PolicyField.labelOf(key);
    };
  }

  /** A value as the page shows it. */
  public static String show(String key, String value) {
    if (key.equals(OBJECT) || key.equals(THREAT_PROTECTION) || key.equals(CONFIGURATION)) {
      return value;
    }
    return value.isEmpty()
            && PolicyField.byKey(key).map(f -> f.kind() != PolicyField.Kind.VERSION).orElse(true)
        ? "(not set)"
        : PolicyField.show(key, value);
  }
}
