package com.mtdconnect.polling.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.GroupChange;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.ManagedDeviceState;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.polling.entity.InstallState;
import com.mtdconnect.polling.entity.InventoryConnector;
import com.mtdconnect.polling.entity.InventoryDevice;
import com.mtdconnect.polling.entity.InventoryMember;
import com.mtdconnect.polling.entity.InventorySync;
import com.mtdconnect.polling.entity.InventoryUser;
import com.mtdconnect.polling.entity.RoundContext;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores what the inventory kinds read, each in one transaction that first calls {@link
 * PollFence#hold} for the round (a stale round is {@link FencedOut} and stores nothing), so data
 * and the delta link that covers it commit together. Writes are idempotent (upserts by Graph id): a
 * replayed round stores the same state again.
 */
@ApplicationScoped
public class InventoryStore {

  @PersistenceContext EntityManager em;
  @Inject PollFence fence;
  @Inject InventoryFunnel funnel;
  @Inject TenantLifecycleChanges lifecycle;
  @Inject AuditTrail audit;

  /** Who reports what the rounds read. */
  static final Actor POLLING = Actor.system("polling");

  /** What an enrollment store changed. */
  public record EnrollmentChanges(
      int membersAdded, int membersRemoved, int devicesIn, int devicesOut, int users) {
    public int total() {
      return membersAdded + membersRemoved + devicesIn + devicesOut;
    }
  }

  /**
   * Applies a group delta round (or, with {@code fullResyncReason}, replaces every stored
   * membership with a full enumeration), recomputes who and which devices are in scope from the
   * managed devices, and stores the delta link, all under the fence.
   */
  @Transactional
  public EnrollmentChanges enrollment(
      RoundContext round,
      Targeting targeting,
      GroupDelta delta,
      Optional<String> fullResyncReason,
      List<ManagedDeviceState> devices) {
    fence.hold(round);
    long tenantId = round.tenantId();
    LocalDateTime now = round.startedAt();
    InventorySync sync = em.find(InventorySync.class, tenantId);
    if (sync == null) {
      sync = new InventorySync(tenantId);
      em.persist(sync);
    }
    Map<String, Set<String>> members = new HashMap<>();
    for (Object[] m :
        em.createNamedQuery(InventoryMember.OF_TENANT, Object[].class)
            .setParameter("tenantId", tenantId)
            .getResultList()) {
      members.computeIfAbsent((String) m[0], g -> new HashSet<>()).add((String) m[1]);
    }
    int added = 0;
    int removed = 0;
    if (fullResyncReason.isPresent()) {
      Map<String, Set<String>> fresh = new HashMap<>();
      for (GroupChange c : delta.changes()) {
        if (!c.removed() && targeting.tracks(c.groupId())) {
          fresh.computeIfAbsent(c.groupId(), g -> new LinkedHashSet<>()).addAll(c.addedMemberIds());
        }
      }
      for (Map.Entry<String, Set<String>> e : fresh.entrySet()) {
        for (String user : e.getValue()) {
          if (!members.getOrDefault(e.getKey(), Set.of()).contains(user)) {
            added++;
          }
        }
      }
      for (Map.Entry<String, Set<String>> e : members.entrySet()) {
        for (String user : e.getValue()) {
          if (!fresh.getOrDefault(e.getKey(), Set.of()).contains(user)) {
            removed++;
          }
        }
      }
      if (!members.isEmpty()) {
        // only when something is stored: deleting an empty range takes a gap lock that
        // deadlocks with the neighbouring tenant's inserts when first rounds run side by side
        em.createNamedQuery(InventoryMember.DELETE_OF_TENANT)
            .setParameter("tenantId", tenantId)
            .executeUpdate();
      }
      fresh.forEach(
          (group, users) ->
              users.forEach(u -> em.persist(new InventoryMember(tenantId, group, u))));
      members = fresh;
      sync.resynced(delta.deltaLink(), targeting.signature(), fullResyncReason.get(), now);
    } else {
      for (GroupChange c : delta.changes()) {
        if (!targeting.tracks(c.groupId())) {
          continue;
        }
        Set<String> current = members.computeIfAbsent(c.groupId(), g -> new HashSet<>());
        if (c.removed()) {
          removed += current.size();
          current.clear();
          em.createNamedQuery(InventoryMember.DELETE_OF_GROUP)
              .setParameter("tenantId", tenantId)
              .setParameter("groupId", c.groupId())
              .executeUpdate();
          continue;
        }
        for (String user : c.addedMemberIds()) {
          if (current.add(user)) {
            em.persist(new InventoryMember(tenantId, c.groupId(), user));
            added++;
          }
        }
        for (String user : c.removedMemberIds()) {
          if (current.remove(user)) {
            InventoryMember m =
                em.find(
                    InventoryMember.class, new InventoryMember.Key(tenantId, c.groupId(), user));
            if (m != null) {
              em.remove(m);
            }
            removed++;
          }
        }
      }
      sync.continued(delta.deltaLink(), now);
    }
    List<String[]> pairs = new ArrayList<>();
    members.forEach((group, users) -> users.forEach(u -> pairs.add(new String[] {group, u})));
    Set<String> inScope = targeting.usersInScope(pairs);
    int[] moved = devices(tenantId, inScope, devices, now);
    int appProtectionOnly = users(tenantId, inScope, devices);
    sync.scope(inScope.size(), appProtectionOnly);
    funnel.recompute(tenantId, now);
    return new EnrollmentChanges(added, removed, moved[0], moved[1], inScope.size());
  }

  /** Upserts the in-scope devices and marks those that left; returns {came in, left}. */
  private int[] devices(
      long tenantId, Set<String> inScope, List<ManagedDeviceState> devices, LocalDateTime now) {
    Map<String, InventoryDevice> stored = new HashMap<>();
    for (InventoryDevice d :
        em.createNamedQuery(InventoryDevice.OF_TENANT, InventoryDevice.class)
            .setParameter("tenantId", tenantId)
            .getResultList()) {
      stored.put(d.getManagedDeviceId(), d);
    }
    int in = 0;
    int out = 0;
    Set<String> seen = new HashSet<>();
    for (ManagedDeviceState d : devices) {
      Optional<Platform> platform = platformOf(d.operatingSystem());
      if (platform.isEmpty() || d.userId().isEmpty() || !inScope.contains(d.userId().get())) {
        continue;
      }
      seen.add(d.id());
      InventoryDevice row = stored.get(d.id());
      if (row == null) {
        row = new InventoryDevice(tenantId, d.id(), platform.get());
        em.persist(row);
      }
      boolean wasIn = row.isInScope();
      row.seenInScope(
          d.userId().get(),
          d.userPrincipalName().orElse(""),
          d.deviceName(),
          d.partnerReportedThreatState(),
          now);
      if (!wasIn) {
        in++;
      }
    }
    for (InventoryDevice row : stored.values()) {
      if (!seen.contains(row.getManagedDeviceId()) && row.leftScope(now)) {
        out++;
      }
    }
    return new int[] {in, out};
  }

  /** Upserts the users in scope with their device counts; returns how many have none. */
  private int users(long tenantId, Set<String> inScope, List<ManagedDeviceState> devices) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, String> upn = new HashMap<>();
    for (ManagedDeviceState d : devices) {
      if (d.userId().isPresent() && platformOf(d.operatingSystem()).isPresent()) {
        count.merge(d.userId().get(), 1, Integer::sum);
        d.userPrincipalName().ifPresent(u -> upn.put(d.userId().get(), u));
      }
    }
    Map<String, InventoryUser> stored = new HashMap<>();
    for (InventoryUser u :
        em.createNamedQuery(InventoryUser.OF_TENANT, InventoryUser.class)
            .setParameter("tenantId", tenantId)
            .getResultList()) {
      stored.put(u.getUserId(), u);
    }
    int appProtectionOnly = 0;
    for (String user : inScope) {
      InventoryUser row = stored.remove(user);
      if (row == null) {
        row = new InventoryUser(tenantId, user);
        em.persist(row);
      }
      row.devices(count.getOrDefault(user, 0), upn.getOrDefault(user, ""));
      if (row.isAppProtectionOnly()) {
        appProtectionOnly++;
      }
    }
    stored.values().forEach(em::remove);
    return appProtectionOnly;
  }

  /**
   * Stores each device's install state from the install reports of our apps (by Intune device id);
   * an in-scope device the report of its platform's app does not list is not installed, and a
   * platform without an app of ours is unknown. Returns how many states changed.
   */
  @Transactional
  public int appStatus(
      RoundContext round, Map<Platform, String> apps, Map<String, List<AppInstallStatus>> reports) {
    fence.hold(round);
    long tenantId = round.tenantId();
    LocalDateTime now = round.startedAt();
    Map<String, InstallState> byDevice = new HashMap<>();
    reports
        .values()
        .forEach(
            rows ->
                rows.forEach(r -> byDevice.put(r.deviceId(), InstallState.fromIntune(r.state()))));
    int changed = 0;
    for (InventoryDevice d :
        em.createNamedQuery(InventoryDevice.OF_TENANT, InventoryDevice.class)
            .setParameter("tenantId", tenantId)
            .getResultList()) {
      InstallState state;
      if (!apps.containsKey(d.getPlatform())) {
        state = InstallState.UNKNOWN;
      } else {
        state = byDevice.getOrDefault(d.getManagedDeviceId(), InstallState.NOT_INSTALLED);
      }
      if (d.installState(state, now)) {
        changed++;
      }
    }
    InventorySync sync = em.find(InventorySync.class, tenantId);
    if (sync == null) {
      sync = new InventorySync(tenantId);
      em.persist(sync);
    }
    sync.appStatusStored(now);
    funnel.recompute(tenantId, now);
    if (!apps.isEmpty() && !reports.isEmpty()) {
      reportInstalls(tenantId, reports);
    }
    return changed;
  }

  /**
   * Tells the tenant's lifecycle on how many devices our apps are installed (Intune's report rows
   * in state installed), so that a provisioned tenant becomes Active as soon as a device has the
   * app, without anyone opening the provisioning page; audited when the lifecycle moved.
   */
  private void reportInstalls(long tenantId, Map<String, List<AppInstallStatus>> reports) {
    int installed =
        (int)
            reports.values().stream()
                .flatMap(List::stream)
                .filter(r -> InstallState.fromIntune(r.state()) == InstallState.INSTALLED)
                .count();
    lifecycle
        .appInstallsReported(tenantId, installed, POLLING.name())
        .ifPresent(
            moved ->
                audit.record(
                    POLLING,
                    new AuditEntry(
                        "APP_INSTALLS_READ",
                        tenantId,
                        "Tenant",
                        String.valueOf(tenantId),
                        Map.of(),
                        Map.of("installedDevices", installed, "lifecycle", moved))));
  }

  /** Stores our connector's state (or its absence); returns whether it changed. */
  @Transactional
  public boolean connector(
      RoundContext round, Optional<MtdConnectorState> ours, int fallbackThresholdDays) {
    fence.hold(round);
    long tenantId = round.tenantId();
    LocalDateTime now = round.startedAt();
    InventoryConnector row = em.find(InventoryConnector.class, tenantId);
    if (row == null) {
      row = new InventoryConnector(tenantId);
      em.persist(row);
    }
    boolean changed =
        ours.isEmpty()
            ? row.missing(now)
            : row.read(
                ours.get().partnerState(),
                ours.get()
                    .lastHeartbeat()
                    .map(t -> LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC))
                    .orElse(null),
                ours.get().unresponsivenessThresholdDays(),
                ours.get().iosEnabled(),
                ours.get().androidEnabled(),
                fallbackThresholdDays,
                now);
    InventorySync sync = em.find(InventorySync.class, tenantId);
    if (sync == null) {
      sync = new InventorySync(tenantId);
      em.persist(sync);
    }
    sync.connectorStored(now);
    funnel.recompute(tenantId, now);
    return changed;
  }

  static Optional<Platform> platformOf(String operatingSystem) {
    String os = operatingSystem == null ? "" : operatingSystem.toLowerCase(Locale.ROOT);
    if (os.equals("ios") || os.equals("ipados")) {
      return Optional.of(Platform.IOS);
    }
    if (os.startsWith("android")) {
      return Optional.of(Platform.ANDROID);
    }
    return Optional.empty();
  }
}
