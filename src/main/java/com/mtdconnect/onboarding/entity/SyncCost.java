package com.mtdconnect.onboarding.entity;

/**
 * What a sync frequency costs in Microsoft Graph requests per day for a tenant of a given size.
 * Each polling round reads group changes, device changes, the MTD connector and the app's install
 * status. A round after the first reads only changes (usually one page of each: {@value
 * #REQUESTS_PER_CHANGES_ROUND} requests); the first round and every full resync walk every group
 * and device, {@value #PAGE_SIZE} per page.
 */
public final class SyncCost {

  /** Items per page of a full walk of groups or devices. */
  public static final int PAGE_SIZE = 100;

  /** Group changes + device changes + connector + install status, one page each. */
  public static final int REQUESTS_PER_CHANGES_ROUND = 4;

  private final SyncFrequency frequency;
  private final int groups;
  private final int devices;

  public SyncCost(SyncFrequency frequency, int groups, int devices) {
    this.frequency = frequency;
    this.groups = groups;
    this.devices = devices;
  }

  public SyncFrequency getFrequency() {
    return frequency;
  }

  public long getRoundsPerDay() {
    return frequency.getRoundsPerDay();
  }

  /** ⌈groups ÷ 100⌉ + ⌈devices ÷ 100⌉ + 2. */
  public long getRequestsPerFullRound() {
    return ceilDiv(groups, PAGE_SIZE) + ceilDiv(devices, PAGE_SIZE) + 2;
  }

  public long getRequestsPerChangesRound() {
    return REQUESTS_PER_CHANGES_ROUND;
  }

  /** Rounds per day × requests of a changes-only round: the usual day. */
  public long getRequestsPerDay() {
    return getRoundsPerDay() * REQUESTS_PER_CHANGES_ROUND;
  }

  /** Rounds per day × requests of a full round: the ceiling, when every round must resync. */
  public long getRequestsPerDayAtMost() {
    return getRoundsPerDay() * getRequestsPerFullRound();
  }

  public int getGroups() {
    return groups;
  }

  public int getDevices() {
    return devices;
  }

  private static long ceilDiv(int value, int by) {
    return (value + by - 1L) / by;
  }
}
