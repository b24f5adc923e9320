package com.mtdconnect.simulator.control.directory;

import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.DirectoryOverlay;
import com.mtdconnect.simulator.entity.SimDevice;
import com.mtdconnect.simulator.entity.SimGroup;
import com.mtdconnect.simulator.entity.SimUser;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The directory and device inventory of one tenant, derived from its seed and overlaid with the
 * changes made since generation. Cheap to create; holds no data of its own.
 */
public final class TenantDirectory {

  private static final String[] DEPARTMENTS = {
    "Sales",
    "Finance",
    "Engineering",
    "Support",
    "Marketing",
    "Operations",
    "Field Staff",
    "Legal",
    "HR",
    "Executives",
    "Warehouse",
    "Drivers"
  };

  private final SimulatedTenant tenant;
  private final SimulatedClock clock;

  public TenantDirectory(SimulatedTenant tenant, SimulatedClock clock) {
    this.tenant = tenant;
    this.clock = clock;
  }

  public SimulatedTenant tenant() {
    return tenant;
  }

  /** When the tenant (and its generated objects) was created: before the simulator started. */
  public Instant tenantCreated() {
    return clock.start().minus(Duration.ofDays(400L + Mix.below(tenant.seed(), 600)));
  }

  public SimulatedClock clock() {
    return clock;
  }

  // ---- users

  public SimUser user(int index) {
    return GeneratedUsers.user(tenant.seed(), tenant.domain(), index);
  }

  public Optional<Integer> userIndexOf(String idOrUpn) {
    Optional<Long> byId = SimIds.indexOf(tenant.seed(), SimIds.USER, idOrUpn);
    if (byId.isPresent() && byId.get() < tenant.userCount()) {
      return Optional.of(byId.get().intValue());
    }
    int at = idOrUpn.indexOf('@');
    if (at > 0 && idOrUpn.substring(at + 1).equalsIgnoreCase(tenant.domain())) {
      String local = idOrUpn.substring(0, at);
      int digits = local.length();
      while (digits > 0 && Character.isDigit(local.charAt(digits - 1))) {
        digits--;
      }
      if (digits < local.length()) {
        int index = Integer.parseInt(local.substring(digits));
        if (index < tenant.userCount()
            && user(index).userPrincipalName().equalsIgnoreCase(idOrUpn)) {
          return Optional.of(index);
        }
      }
    }
    return Optional.empty();
  }

  // ---- groups

  /** Group indices that currently exist, generated first, then created ones. */
  public List<Integer> groupIndices() {
    List<Integer> result = new ArrayList<>();
    DirectoryOverlay overlay = tenant.hasDirectoryChanges() ? tenant.directory() : null;
    for (int g = 0; g < tenant.generatedGroupCount(); g++) {
      if (overlay == null || !overlay.isDeleted(g)) {
        result.add(g);
      }
    }
    if (overlay != null) {
      for (SimGroup created : overlay.createdGroups()) {
        if (!overlay.isDeleted(created.index())) {
          result.add(created.index());
        }
      }
    }
    return result;
  }

  /** The group as it is now, or empty if it never existed or was deleted. */
  public Optional<SimGroup> group(int index) {
    Optional<SimGroup> base = anyGroup(index);
    if (base.isEmpty()) {
      return base;
    }
    if (!tenant.hasDirectoryChanges()) {
      return base;
    }
    DirectoryOverlay overlay = tenant.directory();
    if (overlay.isDeleted(index)) {
      return Optional.empty();
    }
    return Optional.of(overlay.renamed(index).map(base.get()::renamed).orElse(base.get()));
  }

  /** The group including deleted ones (for delta's {@code @removed} entries). */
  public Optional<SimGroup> anyGroup(int index) {
    if (index >= 0 && index < tenant.generatedGroupCount()) {
      return Optional.of(generatedGroup(index));
    }
    if (tenant.hasDirectoryChanges()) {
      return tenant.directory().createdGroups().stream()
          .filter(g -> g.index() == index)
          .findFirst();
    }
    return Optional.empty();
  }

  public Optional<Integer> groupIndexOf(String id) {
    return SimIds.indexOf(tenant.seed(), SimIds.GROUP, id)
        .map(Long::intValue)
        .filter(g -> group(g).isPresent());
  }

  private SimGroup generatedGroup(int g) {
    String id = SimIds.of(tenant.seed(), SimIds.GROUP, g);
    if (g == 0) {
      return new SimGroup(
          g,
          id,
          "All Company",
          "Everyone in the organisation",
          false,
          true,
          "allcompany",
          List.of("Unified"));
    }
    if (g == 1) {
      return new SimGroup(
          g,
          id,
          "MTD-Enroll",
          "Users protected by mobile threat defense",
          true,
          false,
          "mtd-enroll",
          List.of());
    }
    if (g == 2) {
      return new SimGroup(
          g,
          id,
          "MTD-Exclude",
          "Users excluded from mobile threat defense",
          true,
          false,
          "mtd-exclude",
          List.of());
    }
    if (isDeviceGroup(g)) {
      boolean ios = g == tenant.generatedGroupCount() - 2;
      String name = ios ? "Corporate iOS devices" : "Corporate Android devices";
      return new SimGroup(
          g,
          id,
          name,
          "Company-owned " + (ios ? "iPhones and iPads" : "Android devices") + " (device group)",
          true,
          false,
          ios ? "corp-ios-devices" : "corp-android-devices",
          List.of());
    }
    String dept = DEPARTMENTS[(g - 3) % DEPARTMENTS.length];
    int round = (g - 3) / DEPARTMENTS.length;
    String name = round == 0 ? dept : dept + " " + (round + 1);
    boolean unified = g % 4 == 0;
    String nick = name.toLowerCase(Locale.ROOT).replace(" ", "-");
    return new SimGroup(
        g,
        id,
        name,
        "Members of " + name,
        !unified,
        unified,
        nick,
        unified ? List.of("Unified") : List.of());
  }

  // ---- membership

  /**
   * Whether a generated group holds devices rather than users: the last two generated groups of
   * tenants with at least five groups (corporate iOS and Android devices). Microsoft documents that
   * MTD compliance targeting works with user groups only, so the portal must tell them apart.
   */
  public boolean isDeviceGroup(int group) {
    int count = tenant.generatedGroupCount();
    return count >= 5 && group >= count - 2 && group < count;
  }

  /** Current device members of a device group (empty for user groups). */
  public List<Integer> deviceMembers(int group) {
    List<Integer> result = new ArrayList<>();
    if (!isDeviceGroup(group)) {
      return result;
    }
    boolean ios = group == tenant.generatedGroupCount() - 2;
    for (int d = 0; d < deviceIndexEnd(); d++) {
      if (deviceExists(d)
          && isIosDevice(d) == ios
          && Mix.below(Mix.of(tenant.seed(), 3000 + group, d), 10) < 6) {
        result.add(d);
      }
    }
    return result;
  }

  public boolean isMember(int group, int user) {
    if (tenant.hasDirectoryChanges()) {
      Optional<Boolean> override = tenant.directory().membershipOverride(group, user);
      if (override.isPresent()) {
        return override.get();
      }
    }
    return generatedMember(group, user);
  }

  private boolean generatedMember(int group, int user) {
    if (group >= tenant.generatedGroupCount() || isDeviceGroup(group)) {
      return false;
    }
    if (group == 0) {
      return true;
    }
    return Mix.below(Mix.of(tenant.seed(), 1000 + group, user), 1000) < permille(group);
  }

  private int permille(int group) {
    if (group == 1) {
      return 300;
    }
    if (group == 2) {
      return 30;
    }
    return Math.max(5, Math.min(300, 20_000 / Math.max(1, tenant.userCount())));
  }

  /** Current direct user members (device groups have none; see {@link #deviceMembers}). */
  public List<Integer> members(int group) {
    List<Integer> result = new ArrayList<>();
    Map<Integer, Boolean> overrides =
        tenant.hasDirectoryChanges() ? tenant.directory().overridesOf(group) : Map.of();
    for (int u = 0; u < tenant.userCount(); u++) {
      Boolean o = overrides.get(u);
      if (o != null ? o : generatedMember(group, u)) {
        result.add(u);
      }
    }
    return result;
  }

  // ---- changes (tests, demo control page)

  public void addMember(String groupId, String userId) {
    tenant.directory().setMember(requireGroup(groupId), requireUser(userId), true);
  }

  public void removeMember(String groupId, String userId) {
    tenant.directory().setMember(requireGroup(groupId), requireUser(userId), false);
  }

  public void renameGroup(String groupId, String name) {
    tenant.directory().rename(requireGroup(groupId), name);
  }

  public void deleteGroup(String groupId) {
    tenant.directory().deleteGroup(requireGroup(groupId));
  }

  /** Creates a security group and returns its id. */
  public String createGroup(String displayName) {
    DirectoryOverlay overlay = tenant.directory();
    synchronized (overlay) {
      int index = tenant.generatedGroupCount() + overlay.createdGroups().size();
      SimGroup group =
          new SimGroup(
              index,
              SimIds.of(tenant.seed(), SimIds.GROUP, index),
              displayName,
              null,
              true,
              false,
              displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""),
              List.of());
      overlay.addCreatedGroup(group);
      return group.id();
    }
  }

  private int requireGroup(String id) {
    return groupIndexOf(id).orElseThrow(() -> new NoSuchElementException("no group " + id));
  }

  private int requireUser(String id) {
    return userIndexOf(id).orElseThrow(() -> new NoSuchElementException("no user " + id));
  }

  // ---- devices

  /** Device indices that currently exist: generated ones not removed, then enrolled ones. */
  public int deviceIndexEnd() {
    return tenant.deviceCount() + (tenant.hasDeviceChanges() ? tenant.devices().addedCount() : 0);
  }

  /** Whether a device index names a device that exists now. */
  public boolean deviceExists(int index) {
    if (index < 0 || index >= deviceIndexEnd()) {
      return false;
    }
    return !tenant.hasDeviceChanges() || !tenant.devices().isRemoved(index);
  }

  /** The current devices of a user. */
  public List<Integer> devicesOf(int user) {
    List<Integer> result = new ArrayList<>();
    for (int d = tenant.firstDeviceOf(user); d < tenant.deviceEndOf(user); d++) {
      if (deviceExists(d)) {
        result.add(d);
      }
    }
    if (tenant.hasDeviceChanges()) {
      var overlay = tenant.devices();
      for (int n = 0; n < overlay.addedCount(); n++) {
        int d = tenant.deviceCount() + n;
        if (overlay.ownerOfAdded(n) == user && !overlay.isRemoved(d)) {
          result.add(d);
        }
      }
    }
    return result;
  }

  /** A user enrolls a new device; returns its Intune managed device id. */
  public String enrollDevice(String userId) {
    int index = tenant.devices().add(tenant.deviceCount(), requireUser(userId));
    return device(index).managedDeviceId();
  }

  /** A device is retired (removed from Intune and Entra). */
  public void removeDevice(String managedDeviceId) {
    int index =
        SimIds.indexOf(tenant.seed(), SimIds.MANAGED_DEVICE, managedDeviceId)
            .map(Long::intValue)
            .filter(this::deviceExists)
            .orElseThrow(() -> new NoSuchElementException("no device " + managedDeviceId));
    tenant.devices().remove(index);
  }

  /** The platform of a device without materialising it (45 % iOS). */
  public boolean isIosDevice(int index) {
    return Mix.below(Mix.of(tenant.seed(), 20, index), 100) < 45;
  }

  private int ownerOfDevice(int index) {
    return index < tenant.deviceCount()
        ? tenant.ownerOf(index)
        : tenant.devices().ownerOfAdded(index - tenant.deviceCount());
  }

  /** The device with this index as it looks now (derived from the seed, never stored). */
  public SimDevice device(int index) {
    int owner = ownerOfDevice(index);
    return GeneratedDevices.device(
        tenant.seed(), clock, index, owner, user(owner).displayName(), isIosDevice(index));
  }
}
