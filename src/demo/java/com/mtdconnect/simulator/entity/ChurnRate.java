package com.mtdconnect.simulator.entity;

/**
 * How fast a tenant's directory changes by itself as simulated time passes.
 *
 * @param membershipChangesPerHour users added to or removed from user groups per simulated hour
 * @param deviceChangesPerHour devices enrolled or retired per simulated hour
 */
public record ChurnRate(double membershipChangesPerHour, double deviceChangesPerHour) {

  public static final ChurnRate NONE = new ChurnRate(0, 0);

  public ChurnRate {
    if (membershipChangesPerHour < 0 || deviceChangesPerHour < 0) {
      throw new IllegalArgumentException("churn rates are not negative");
    }
  }

  public boolean isNone() {
    return membershipChangesPerHour == 0 && deviceChangesPerHour == 0;
  }
}
