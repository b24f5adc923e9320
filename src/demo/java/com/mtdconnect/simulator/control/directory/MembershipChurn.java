package com.mtdconnect.simulator.control.directory;

import com.mtdconnect.simulator.entity.ChurnRate;
import com.mtdconnect.simulator.entity.SimGroup;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Directory churn: users join and leave user groups and devices are enrolled and retired, either at
 * once ({@link #changeNow}) or at a rate per simulated hour that is caught up whenever the tenant's
 * directory is read, so moving the simulated clock an hour forward brings an hour of changes. Every
 * change goes through the tenant's change logs, so {@code groups/delta} reports it in {@code
 * members@delta} (removals with {@code @removed}) and {@code devices/delta} as an enrolled or
 * {@code @removed} device. Deterministic per tenant seed.
 */
public final class MembershipChurn {

  /** At most this many changes are made in one catch-up (a clock jump does not stall a request). */
  static final int MAX_CATCH_UP = 10_000;

  private static final class State {
    ChurnRate rate = ChurnRate.NONE;
    Instant since;
    double carriedMembers;
    double carriedDevices;
    long sequence;
  }

  /**
   * What one churn step did.
   *
   * @param membersAdded memberships added
   * @param membersRemoved memberships removed
   * @param devicesEnrolled devices enrolled
   * @param devicesRetired devices retired
   */
  public record Changes(
      int membersAdded, int membersRemoved, int devicesEnrolled, int devicesRetired) {
    public int total() {
      return membersAdded + membersRemoved + devicesEnrolled + devicesRetired;
    }
  }

  private final ConcurrentHashMap<Integer, State> states = new ConcurrentHashMap<>();

  /** Sets the tenant's churn rate from now on (the time before counts at the old rate). */
  public void rate(TenantDirectory dir, ChurnRate rate) {
    State s = states.computeIfAbsent(dir.tenant().index(), k -> new State());
    synchronized (s) {
      catchUp(dir, s);
      s.rate = rate;
      s.since = dir.clock().now();
    }
  }

  public ChurnRate rate(SimulatedTenant tenant) {
    State s = states.get(tenant.index());
    if (s == null) {
      return ChurnRate.NONE;
    }
    synchronized (s) {
      return s.rate;
    }
  }

  /** Makes the changes due since the last catch-up at the tenant's rate. */
  public void catchUp(TenantDirectory dir) {
    State s = states.get(dir.tenant().index());
    if (s == null) {
      return;
    }
    synchronized (s) {
      catchUp(dir, s);
    }
  }

  /** Makes {@code memberships} membership changes and {@code devices} device changes now. */
  public Changes changeNow(TenantDirectory dir, int memberships, int devices) {
    State s = states.computeIfAbsent(dir.tenant().index(), k -> new State());
    synchronized (s) {
      return apply(dir, s, memberships, devices);
    }
  }

  private void catchUp(TenantDirectory dir, State s) {
    Instant now = dir.clock().now();
    if (s.since == null || s.rate.isNone() || !now.isAfter(s.since)) {
      s.since = s.since == null || now.isAfter(s.since) ? now : s.since;
      return;
    }
    double hours = Duration.between(s.since, now).toMillis() / 3_600_000.0;
    s.since = now;
    s.carriedMembers += hours * s.rate.membershipChangesPerHour();
    s.carriedDevices += hours * s.rate.deviceChangesPerHour();
    int members = (int) Math.min(MAX_CATCH_UP, Math.floor(s.carriedMembers));
    int devices = (int) Math.min(MAX_CATCH_UP, Math.floor(s.carriedDevices));
    s.carriedMembers = Math.min(1, s.carriedMembers - members);
    s.carriedDevices = Math.min(1, s.carriedDevices - devices);
    apply(dir, s, members, devices);
  }

  private static Changes apply(TenantDirectory dir, State s, int memberships, int devices) {
    SimulatedTenant tenant = dir.tenant();
    int added = 0;
    int removed = 0;
    List<Integer> groups = userGroups(dir);
    if (!groups.isEmpty() && tenant.userCount() > 0) {
      for (int i = 0; i < memberships; i++) {
        long h = Mix.of(tenant.seed(), 7001, s.sequence++);
        int group = groups.get(Mix.below(h, groups.size()));
        int user = Mix.below(Mix.of(h), tenant.userCount());
        boolean member = dir.isMember(group, user);
        tenant.directory().setMember(group, user, !member);
        if (member) {
          removed++;
        } else {
          added++;
        }
      }
    }
    int enrolled = 0;
    int retired = 0;
    for (int i = 0; i < devices && tenant.userCount() > 0; i++) {
      long h = Mix.of(tenant.seed(), 7002, s.sequence++);
      Optional<Integer> device = i % 2 == 1 ? existingDevice(dir, h) : Optional.empty();
      if (device.isPresent()) {
        dir.removeDevice(dir.device(device.get()).managedDeviceId());
        retired++;
      } else {
        dir.enrollDevice(dir.user(Mix.below(h, tenant.userCount())).id());
        enrolled++;
      }
    }
    return new Changes(added, removed, enrolled, retired);
  }

  /** The tenant's existing user groups except All Company (dynamic in Entra, never churned). */
  static List<Integer> userGroups(TenantDirectory dir) {
    List<Integer> result = new ArrayList<>();
    for (int g : dir.groupIndices()) {
      Optional<SimGroup> group = dir.group(g);
      if (g != 0 && group.isPresent() && !dir.isDeviceGroup(g)) {
        result.add(g);
      }
    }
    return result;
  }

  private static Optional<Integer> existingDevice(TenantDirectory dir, long h) {
    int end = dir.deviceIndexEnd();
    for (int tries = 0; tries < 8 && end > 0; tries++) {
      int d = Mix.below(Mix.of(h, tries, 11), end);
      if (dir.deviceExists(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
