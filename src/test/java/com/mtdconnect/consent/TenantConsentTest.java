package com.mtdconnect.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.GrantVerdict;
import com.mtdconnect.consent.entity.IncidentKind;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.consent.entity.VerificationProblem;
import com.mtdconnect.consent.entity.VerificationProblem.ProblemKind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantConsentTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 23, 10, 0);
  private static final String DIRECTORY_READ_ALL = "7ab1d382-f21e-4acd-a863-ba3e13f7da61";

  private static List<String> all() {
    return Arrays.stream(RequiredPermission.values()).map(RequiredPermission::appRoleId).toList();
  }

  private static GrantVerdict without(RequiredPermission... missing) {
    List<String> gone = Arrays.stream(missing).map(RequiredPermission::appRoleId).toList();
    return GrantVerdict.compare(all().stream().filter(id -> !gone.contains(id)).toList());
  }

  private static TenantConsent consented() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofMinutes(3));
    c.verified(GrantVerdict.compare(all()), T0);
    return c;
  }

  @Test
  void aPartiallyConsentedTenantThatLosesMorePermissionsIsDegradedWithAnIncident() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofSeconds(10));
    assertTrue(c.verified(without(RequiredPermission.DEVICE_READ_ALL), T0.plusSeconds(10)));
    assertEquals(ConsentStatus.PARTIAL, c.getStatus());
    assertEquals(
        Optional.empty(),
        c.driftChecked(without(RequiredPermission.DEVICE_READ_ALL), T0.plusMinutes(15)),
        "the same partial grant is no incident");
    assertEquals(
        Optional.of(IncidentKind.NARROWED),
        c.driftChecked(
            without(RequiredPermission.DEVICE_READ_ALL, RequiredPermission.GROUP_READ_ALL),
            T0.plusMinutes(30)));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
    assertTrue(c.getReason().contains("Group.Read.All"), c.getReason());
    assertFalse(c.getReason().startsWith("The customer removed permissions from our app: Device"));
    assertTrue(c.getStatus().needsReconsent());
  }

  @Test
  void aDegradedTenantThatLosesMorePermissionsOpensAnotherIncident() {
    TenantConsent c = consented();
    assertEquals(
        Optional.of(IncidentKind.NARROWED),
        c.driftChecked(without(RequiredPermission.GROUP_READ_ALL), T0.plusMinutes(15)));
    assertEquals(
        Optional.empty(),
        c.driftChecked(without(RequiredPermission.GROUP_READ_ALL), T0.plusMinutes(30)));
    assertEquals(
        Optional.of(IncidentKind.NARROWED),
        c.driftChecked(
            without(RequiredPermission.GROUP_READ_ALL, RequiredPermission.DEVICE_READ_ALL),
            T0.plusMinutes(45)));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
    assertTrue(c.getReason().contains("removed permissions from our app: Device.Read.All"));
  }

  @Test
  void aCancelInASecondTabLeavesAVerifyingApprovalAlone() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofMinutes(3));
    c.callbackFailed("declined", "ask again", T0.plusSeconds(5));
    assertEquals(ConsentStatus.VERIFYING, c.getStatus());
    assertTrue(c.verified(GrantVerdict.compare(all()), T0.plusSeconds(6)));
    assertEquals(ConsentStatus.CONSENTED, c.getStatus());
  }

  @Test
  void aDeclineKeepsAPartialGrantWatchedButFailsAFreshTenant() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofSeconds(10));
    c.verified(without(RequiredPermission.DEVICE_READ_ALL), T0.plusSeconds(10));
    c.callbackFailed("declined", "ask again", T0.plusMinutes(1));
    assertEquals(ConsentStatus.PARTIAL, c.getStatus());
    assertTrue(c.getStatus().isWatchedForDrift());

    TenantConsent fresh = new TenantConsent(2, T0);
    fresh.callbackFailed("declined", "ask again", T0);
    assertEquals(ConsentStatus.FAILED, fresh.getStatus());
  }

  @Test
  void aReconsentThatDoesNotVerifyKeepsADegradedTenantDegradedAndWatched() {
    TenantConsent c = consented();
    c.driftFailed(problem(ProblemKind.APP_NOT_IN_TENANT), T0.plusMinutes(15));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
    c.startVerifying(T0.plusMinutes(20), Duration.ofMinutes(3));
    assertTrue(c.verificationFailed(problem(ProblemKind.APP_NOT_IN_TENANT), T0.plusMinutes(24)));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
    assertTrue(c.getStatus().isWatchedForDrift());
    assertTrue(c.getReason().contains("could not be verified"), c.getReason());
    c.driftChecked(GrantVerdict.compare(all()), T0.plusMinutes(30));
    assertEquals(ConsentStatus.CONSENTED, c.getStatus());
  }

  @Test
  void aReconsentThatDoesNotVerifyKeepsAConsentedTenantConsented() {
    TenantConsent c = consented();
    c.startVerifying(T0.plusMinutes(20), Duration.ofMinutes(3));
    assertTrue(c.verificationFailed(problem(ProblemKind.MSP_SIDE), T0.plusMinutes(20)));
    assertEquals(ConsentStatus.CONSENTED, c.getStatus());
  }

  @Test
  void aPartialReconsentOfADegradedTenantStaysDegraded() {
    TenantConsent c = consented();
    c.driftChecked(without(RequiredPermission.GROUP_READ_ALL), T0.plusMinutes(15));
    c.startVerifying(T0.plusMinutes(20), Duration.ofSeconds(10));
    assertTrue(c.verified(without(RequiredPermission.GROUP_READ_ALL), T0.plusMinutes(21)));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
  }

  private static VerificationProblem problem(ProblemKind kind) {
    return new VerificationProblem(kind, "reason", "advice", Duration.ZERO);
  }

  @Test
  void verificationRetriesWithBackoffWhileGrantsReplicateThenConcludesConsented() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofMinutes(3));
    assertFalse(c.verificationFailed(problem(ProblemKind.APP_NOT_IN_TENANT), T0));
    assertEquals(T0.plusSeconds(1), c.getNextAttemptAt());
    assertFalse(c.verified(GrantVerdict.compare(List.of()), T0.plusSeconds(1)));
    assertEquals(T0.plusSeconds(3), c.getNextAttemptAt(), "second wait doubles");
    assertTrue(c.verified(GrantVerdict.compare(all()), T0.plusSeconds(3)));
    assertEquals(ConsentStatus.CONSENTED, c.getStatus());
    assertEquals(List.of(), c.getMissing());
  }

  @Test
  void aPartialGrantIsConcludedOnlyWhenTheWindowCloses() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofSeconds(10));
    GrantVerdict partial = without(RequiredPermission.DEVICE_READ_ALL);
    assertFalse(c.verified(partial, T0.plusSeconds(5)));
    assertTrue(c.verified(partial, T0.plusSeconds(10)));
    assertEquals(ConsentStatus.PARTIAL, c.getStatus());
    assertEquals(List.of(RequiredPermission.DEVICE_READ_ALL), c.getMissing());
    assertTrue(c.getReason().contains("Device.Read.All"), c.getReason());
  }

  @Test
  void extraPermissionsAreNamed() {
    List<String> ids = new java.util.ArrayList<>(all());
    ids.add(DIRECTORY_READ_ALL);
    assertEquals(List.of("Directory.Read.All"), GrantVerdict.compare(ids).extra());
  }

  @Test
  void anMspSideProblemFailsAtOnceWithTheAdvice() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofMinutes(3));
    assertTrue(c.verificationFailed(problem(ProblemKind.MSP_SIDE), T0));
    assertEquals(ConsentStatus.FAILED, c.getStatus());
    assertEquals("advice", c.getAdvice());
  }

  @Test
  void driftDegradesOnceAndRecoversOnReconsent() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofMinutes(3));
    c.verified(GrantVerdict.compare(all()), T0);
    assertEquals(Optional.empty(), c.driftChecked(GrantVerdict.compare(all()), T0.plusMinutes(15)));
    assertEquals(
        Optional.of(IncidentKind.REVOKED),
        c.driftFailed(problem(ProblemKind.APP_NOT_IN_TENANT), T0.plusMinutes(30)));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
    assertEquals(
        Optional.empty(),
        c.driftFailed(problem(ProblemKind.APP_NOT_IN_TENANT), T0.plusMinutes(45)),
        "one incident, not one per check");
    c.driftChecked(GrantVerdict.compare(all()), T0.plusMinutes(60));
    assertEquals(ConsentStatus.CONSENTED, c.getStatus());
  }

  @Test
  void narrowingIsAnIncidentButATransientFailureIsNot() {
    TenantConsent c = new TenantConsent(1, T0);
    c.startVerifying(T0, Duration.ofMinutes(3));
    c.verified(GrantVerdict.compare(all()), T0);
    assertEquals(
        Optional.empty(), c.driftFailed(problem(ProblemKind.TRANSIENT), T0.plusMinutes(1)));
    assertEquals(ConsentStatus.CONSENTED, c.getStatus());
    assertEquals(
        Optional.of(IncidentKind.NARROWED),
        c.driftChecked(without(RequiredPermission.GROUP_READ_ALL), T0.plusMinutes(2)));
    assertEquals(ConsentStatus.DEGRADED, c.getStatus());
  }

  @Test
  void aTenantThatNeverConsentedIsNotDegraded() {
    TenantConsent c = new TenantConsent(1, T0);
    assertEquals(Optional.empty(), c.driftFailed(problem(ProblemKind.APP_NOT_IN_TENANT), T0));
    assertEquals(ConsentStatus.NOT_REQUESTED, c.getStatus());
  }
}
