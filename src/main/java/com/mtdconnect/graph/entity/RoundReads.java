package com.mtdconnect.graph.entity;

import java.util.List;
import java.util.Optional;

/**
 * The first reads of one tenant round, which the gateway sends as ONE {@code $batch} (at most 20
 * steps): every polling kind that is due adds what it needs, and the gateway answers each with
 * {@link RoundAnswers}. Only what changed costs more requests (next pages of a large delta or
 * device list, the rest of a long install report).
 *
 * @param groupDelta the group delta to continue: present with the stored link, or present and empty
 *     for a full enumeration; absent when no kind asked for it
 * @param managedDevices whether Intune's managed devices (platform, owner, MTD-reported state) are
 *     read
 * @param installStatusAppIds the mobile apps whose per-device install status is read
 * @param mtdConnectors whether the tenant's MTD connectors are read
 * @param compliancePolicies whether the tenant's compliance policies are read (with the fields we
 *     manage, as {@link IntuneObject}s)
 * @param grantedAppRoles whether the app roles the tenant granted our app are read (the consent
 *     check: our service principal's {@code appRoleAssignments})
 * @param appConfigurations whether the tenant's app configurations (managed device app
 *     configurations, with their settings) are read
 */
public record RoundReads(
    Optional<Optional<String>> groupDelta,
    boolean managedDevices,
    List<String> installStatusAppIds,
    boolean mtdConnectors,
    boolean compliancePolicies,
    boolean grantedAppRoles,
    boolean appConfigurations) {

  /** At most this many install reports in one round (the batch holds 20 steps). */
  public static final int MAX_APPS = 14;

  public RoundReads {
    installStatusAppIds = List.copyOf(installStatusAppIds);
    if (installStatusAppIds.size() > MAX_APPS) {
      throw new IllegalArgumentException("At most " + MAX_APPS + " apps per round");
    }
  }

  public static RoundReads none() {
    return new RoundReads(Optional.empty(), false, List.of(), false, false, false, false);
  }

  public RoundReads withGroupDelta(Optional<String> deltaLink) {
    return new RoundReads(
        Optional.of(deltaLink),
        managedDevices,
        installStatusAppIds,
        mtdConnectors,
        compliancePolicies,
        grantedAppRoles,
        appConfigurations);
  }

  public RoundReads withManagedDevices() {
    return new RoundReads(
        groupDelta,
        true,
        installStatusAppIds,
        mtdConnectors,
        compliancePolicies,
        grantedAppRoles,
        appConfigurations);
  }

  public RoundReads withInstallStatus(String appId) {
    if (installStatusAppIds.contains(appId)) {
      return this;
    }
    List<String> apps = new java.util.ArrayList<>(installStatusAppIds);
    apps.add(appId);
    return new RoundReads(
        groupDelta,
        managedDevices,
        apps,
        mtdConnectors,
        compliancePolicies,
        grantedAppRoles,
        appConfigurations);
  }

  public RoundReads withMtdConnectors() {
    return new RoundReads(
        groupDelta,
        managedDevices,
        installStatusAppIds,
        true,
        compliancePolicies,
        grantedAppRoles,
        appConfigurations);
  }

  public RoundReads withCompliancePolicies() {
    return new RoundReads(
        groupDelta,
        managedDevices,
        installStatusAppIds,
        mtdConnectors,
        true,
        grantedAppRoles,
        appConfigurations);
  }

  public RoundReads withGrantedAppRoles() {
    return new RoundReads(
        groupDelta,
        managedDevices,
        installStatusAppIds,
        mtdConnectors,
        compliancePolicies,
        true,
        appConfigurations);
  }

  public RoundReads withAppConfigurations() {
    return new RoundReads(
        groupDelta,
        managedDevices,
        installStatusAppIds,
        mtdConnectors,
        compliancePolicies,
        grantedAppRoles,
        true);
  }

  /** How many batch steps these reads take. */
  public int steps() {
    return (groupDelta.isPresent() ? 1 : 0)
        + (managedDevices ? 1 : 0)
        + installStatusAppIds.size()
        + (mtdConnectors ? 1 : 0)
        + (compliancePolicies ? 1 : 0)
        + (grantedAppRoles ? 1 : 0)
        + (appConfigurations ? 1 : 0);
  }
}
