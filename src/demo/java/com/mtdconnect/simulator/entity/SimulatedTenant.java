package com.mtdconnect.simulator.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated customer tenant. Bulk data (users, devices, groups, memberships) is not stored: it
 * is derived from {@link #seed()} by the control layer; this object keeps only the sizes, a device
 * index per user, the tenant's consent and fault state, and lazily created overlays for whatever
 * tests or clients changed.
 */
public final class SimulatedTenant {

  private final int index;
  private final String id;
  private final String domain;
  private final String displayName;
  private final long seed;
  private final int[] firstDevice;
  private final int generatedGroupCount;
  private final TenantFaults faults = new TenantFaults();
  private final AtomicInteger tokenRequests = new AtomicInteger();

  private volatile ConsentState consent = ConsentState.NOT_CONSENTED;
  private volatile Set<GraphAppRole> grantedRoles = Set.of();
  private volatile boolean deleted;
  private volatile boolean appDisabled;
  private volatile java.time.Instant grantsVisibleAt = java.time.Instant.MIN;
  private volatile java.time.Duration replicationDelay = DEFAULT_REPLICATION_DELAY;
  private volatile Set<GraphAppRole> withheldOnConsent = Set.of();
  private volatile int deltaEpoch;
  private volatile boolean resyncRequired;
  private volatile double installFailureShare = 0.05;
  private DirectoryOverlay directory;
  private IntuneObjects intune;
  private DeviceOverlay devices;

  /**
   * @param firstDevice for user {@code u}, devices {@code firstDevice[u] .. firstDevice[u+1]-1};
   *     length is the user count + 1
   */
  /**
   * How long a grant made on the consent screen stays invisible to appRoleAssignments reads, as
   * Microsoft documents for replication of new app-role assignments.
   */
  public static final java.time.Duration DEFAULT_REPLICATION_DELAY =
      java.time.Duration.ofSeconds(2);

  public SimulatedTenant(
      int index,
      String id,
      String domain,
      String displayName,
      long seed,
      int[] firstDevice,
      int generatedGroupCount) {
    this.index = index;
    this.id = id;
    this.domain = domain;
    this.displayName = displayName;
    this.seed = seed;
    this.firstDevice = firstDevice;
    this.generatedGroupCount = generatedGroupCount;
  }

  public int index() {
    return index;
  }

  public String id() {
    return id;
  }

  public String domain() {
    return domain;
  }

  public String displayName() {
    return displayName;
  }

  public long seed() {
    return seed;
  }

  public int userCount() {
    return firstDevice.length - 1;
  }

  public int deviceCount() {
    return firstDevice[firstDevice.length - 1];
  }

  public int firstDeviceOf(int user) {
    return firstDevice[user];
  }

  public int deviceEndOf(int user) {
    return firstDevice[user + 1];
  }

  /** The owner of a device, by binary search over the per-user device index. */
  public int ownerOf(int device) {
    int lo = 0;
    int hi = userCount() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstDevice[mid] <= device) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  public int generatedGroupCount() {
    return generatedGroupCount;
  }

  public TenantFaults faults() {
    return faults;
  }

  public ConsentState consent() {
    return consent;
  }

  public Set<GraphAppRole> grantedRoles() {
    return grantedRoles;
  }

  /** The admin consents (again) and grants exactly these app roles. */
  public void grantConsent(Set<GraphAppRole> roles) {
    this.grantedRoles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    this.consent = ConsentState.CONSENTED;
  }

  /**
   * The admin accepts the consent screen: the app's roles are granted except those the tenant
   * withholds (a tenant policy blocking some permissions), and reads see them only after the
   * replication delay.
   */
  public void consentOnScreen(Set<GraphAppRole> requested, java.time.Instant now) {
    EnumSet<GraphAppRole> granted = EnumSet.noneOf(GraphAppRole.class);
    granted.addAll(requested);
    granted.removeAll(withheldOnConsent);
    grantConsent(granted);
    grantsVisibleAt = now.plus(replicationDelay);
  }

  /** Whether appRoleAssignments reads show the grants yet (replication). */
  public boolean grantsVisibleAt(java.time.Instant now) {
    return !now.isBefore(grantsVisibleAt);
  }

  /** Roles the consent screen will not grant in this tenant (for partial-consent scenarios). */
  public void withholdOnConsent(Set<GraphAppRole> roles) {
    this.withheldOnConsent = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public Set<GraphAppRole> withheldOnConsent() {
    return withheldOnConsent;
  }

  public void replicationDelay(java.time.Duration delay) {
    this.replicationDelay = delay;
  }

  public java.time.Duration replicationDelay() {
    return replicationDelay;
  }

  /** The admin removes some app-role assignments but keeps our service principal. */
  public void narrowGrant(Set<GraphAppRole> remove) {
    EnumSet<GraphAppRole> kept = EnumSet.noneOf(GraphAppRole.class);
    kept.addAll(grantedRoles);
    kept.removeAll(remove);
    this.grantedRoles = Set.copyOf(kept);
  }

  /** The tenant never consented (a fresh customer): tokens fail with AADSTS7000229. */
  public void forgetConsent() {
    this.consent = ConsentState.NOT_CONSENTED;
    this.grantedRoles = Set.of();
  }

  /** The admin deletes our enterprise application: tokens fail with AADSTS7000229. */
  public void revokeConsent() {
    this.consent = ConsentState.REVOKED;
    this.grantedRoles = Set.of();
    this.appDisabled = false;
  }

  /**
   * The admin disables sign-in of our enterprise app (the service principal stays, with its
   * grants): tokens fail with AADSTS7000112 until {@link #enableApp()}.
   */
  public void disableApp() {
    this.appDisabled = true;
  }

  /** The admin enables sign-in of our enterprise app again. */
  public void enableApp() {
    this.appDisabled = false;
  }

  public boolean isAppDisabled() {
    return appDisabled;
  }

  public boolean isDeleted() {
    return deleted;
  }

  /** The customer's tenant is deleted: tokens fail with AADSTS90002. */
  public void delete() {
    this.deleted = true;
  }

  public int deltaEpoch() {
    return deltaEpoch;
  }

  /**
   * Every delta token issued so far answers 410 {@code syncStateNotFound} (expired) from now on.
   */
  public void expireDeltaTokens() {
    resyncRequired = false;
    deltaEpoch++;
  }

  /**
   * Every delta token issued so far answers 410 {@code resyncRequired} (the service reset the sync
   * state, graph-contracts §12) from now on.
   */
  public void requireResync() {
    resyncRequired = true;
    deltaEpoch++;
  }

  /** Whether the last invalidation of delta tokens was a reset rather than an expiry. */
  public boolean resyncRequired() {
    return resyncRequired;
  }

  /** The share (0..1) of this tenant's app installs that end failed. */
  public double installFailureShare() {
    return installFailureShare;
  }

  public void installFailureShare(double share) {
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("a share lies in 0..1: " + share);
    }
    this.installFailureShare = share;
  }

  /** Token requests this tenant's token endpoint received (tests assert MSAL's caching). */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  public void countTokenRequest() {
    tokenRequests.incrementAndGet();
  }

  /** Directory changes made after generation; created on first use. */
  public synchronized DirectoryOverlay directory() {
    if (directory == null) {
      directory = new DirectoryOverlay();
    }
    return directory;
  }

  /** Whether anything in the directory changed since generation (avoids creating the overlay). */
  public synchronized boolean hasDirectoryChanges() {
    return directory != null;
  }

  /** Devices enrolled or removed since generation; created on first use. */
  public synchronized DeviceOverlay devices() {
    if (devices == null) {
      devices = new DeviceOverlay();
    }
    return devices;
  }

  public synchronized boolean hasDeviceChanges() {
    return devices != null;
  }

  /** Intune objects created by clients; created on first use. */
  public synchronized IntuneObjects intune() {
    if (intune == null) {
      intune = new IntuneObjects();
    }
    return intune;
  }
}
