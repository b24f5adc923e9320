package com.mtdconnect.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.policies.control.PolicyDrift;
import com.mtdconnect.policies.control.PolicyObjects;
import com.mtdconnect.policies.entity.DriftedField;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drift: Intune's compliance policy against the published values, for the fields we manage. */
class PolicyDriftTest {

  private static final PolicyValues STANDARD = PolicyPreset.STANDARD.values(Platform.IOS);

  /** Our policy as Intune holds it after publishing these values, with some fields changed. */
  private static IntuneObject held(
      Platform platform, PolicyValues values, Map<String, String> changed) {
    IntuneObjectSpec spec = PolicyObjects.compliance(platform, values, "Shield");
    Map<String, String> fields = new HashMap<>(spec.managedFields());
    changed.forEach(
        (k, v) -> {
          if (v == null) {
            fields.remove(k);
          } else {
            fields.put(k, v);
          }
        });
    return new IntuneObject(
        IntuneObjectKind.COMPLIANCE_POLICY, "cp-1", "iosCompliancePolicy", "Shield", fields, "");
  }

  @Test
  void intuneHoldingThePublishedValuesIsNoDrift() {
    assertEquals(
        List.of(),
        PolicyDrift.compare(
            Platform.IOS, STANDARD, Optional.of(held(Platform.IOS, STANDARD, Map.of()))));
  }

  @Test
  void aChangedManagedFieldIsDriftInThePolicysTerms() {
    List<DriftedField> drift =
        PolicyDrift.compare(
            Platform.IOS,
            STANDARD,
            Optional.of(
                held(
                    Platform.IOS,
                    STANDARD,
                    Map.of(
                        "deviceThreatProtectionRequiredSecurityLevel", "high",
                        "passcodeMinimumLength", "4"))));
    assertEquals(
        List.of(
            new DriftedField(PolicyField.THREAT_LEVEL.key(), "medium", "high"),
            new DriftedField(PolicyField.PASSCODE_MINIMUM_LENGTH.key(), "6", "4")),
        drift);
    assertTrue(drift.stream().allMatch(f -> f.policyField().isPresent()), "all adoptable");
  }

  @Test
  void fieldsWeDoNotManageAreNoDrift() {
    Map<String, String> changed = new HashMap<>();
    changed.put("displayName", "Renamed by the customer");
    changed.put("passcodeExpirationDays", "30");
    changed.put("osMaximumVersion", "18.0");
    assertEquals(
        List.of(),
        PolicyDrift.compare(
            Platform.IOS, STANDARD, Optional.of(held(Platform.IOS, STANDARD, changed))));
  }

  @Test
  void aPasscodeLengthIsNotManagedWhileNoPasscodeIsRequired() {
    PolicyValues noPasscode =
        STANDARD.overriddenBy(Map.of(PolicyField.PASSCODE_REQUIRED.key(), "false"));
    assertEquals(
        List.of(),
        PolicyDrift.compare(
            Platform.IOS,
            noPasscode,
            Optional.of(held(Platform.IOS, noPasscode, Map.of("passcodeMinimumLength", "4")))));
  }

  @Test
  void androidFieldsAreComparedUnderTheirPasswordNames() {
    PolicyValues android = PolicyPreset.STANDARD.values(Platform.ANDROID);
    List<DriftedField> drift =
        PolicyDrift.compare(
            Platform.ANDROID,
            android,
            Optional.of(held(Platform.ANDROID, android, Map.of("passwordRequired", "false"))));
    assertEquals(
        List.of(new DriftedField(PolicyField.PASSCODE_REQUIRED.key(), "true", "false")), drift);
  }

  @Test
  void aDeletedPolicyOrGatingTurnedOffCanOnlyBeReverted() {
    List<DriftedField> gone = PolicyDrift.compare(Platform.IOS, STANDARD, Optional.empty());
    assertEquals(DriftedField.OBJECT, gone.get(0).key());
    assertTrue(gone.get(0).policyField().isEmpty());
    List<DriftedField> off =
        PolicyDrift.compare(
            Platform.IOS,
            STANDARD,
            Optional.of(
                held(Platform.IOS, STANDARD, Map.of("deviceThreatProtectionEnabled", "false"))));
    assertEquals(List.of(new DriftedField(DriftedField.THREAT_PROTECTION, "on", "off")), off);
  }

  @Test
  void nothingPublishedIsNothingToCompare() {
    assertEquals(
        List.of(), PolicyDrift.compare(Platform.IOS, PolicyValues.empty(), Optional.empty()));
  }

  @Test
  void ourPolicyIsFoundByMarkerElseByThePublishedId() {
    IntuneObject marked = held(Platform.IOS, STANDARD, Map.of());
    IntuneObject unmarked = held(Platform.IOS, STANDARD, Map.of("description", "edited"));
    assertEquals(Optional.of(marked), PolicyDrift.ours(List.of(marked), Platform.IOS, "other-id"));
    assertEquals(Optional.of(unmarked), PolicyDrift.ours(List.of(unmarked), Platform.IOS, "cp-1"));
    assertEquals(Optional.empty(), PolicyDrift.ours(List.of(unmarked), Platform.IOS, ""));
  }
}
