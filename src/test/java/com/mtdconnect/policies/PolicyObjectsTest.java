package com.mtdconnect.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.policies.control.PolicyObjects;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a policy's values become the compliance policy we publish, and the plan against Intune. */
class PolicyObjectsTest {

  @Test
  void theIosCompliancePolicyCarriesEveryEnforcedSettingUnderIntunesNames() {
    IntuneObjectSpec spec =
        PolicyObjects.compliance(
            Platform.IOS, PolicyPreset.STANDARD.values(Platform.IOS), "Shield (iOS)");

    Map<String, String> fields = spec.managedFields();
    assertEquals("medium", fields.get("deviceThreatProtectionRequiredSecurityLevel"));
    assertEquals("17.0", fields.get("osMinimumVersion"));
    assertEquals("true", fields.get("securityBlockJailbrokenDevices"));
    assertEquals("true", fields.get("passcodeRequired"));
    assertEquals("6", fields.get("passcodeMinimumLength"));
    assertEquals("Managed by MTD Connect [mtdc:policy.ios.compliance]", fields.get("description"));
    assertEquals("24", spec.settings().get(IntuneObjectSpec.GRACE_HOURS_KEY));
    assertFalse(fields.containsKey(IntuneObjectSpec.GRACE_HOURS_KEY), "write-on-create only");
  }

  @Test
  void androidUsesPasswordNamesAndLeavesOutWhatThePolicyDoesNotRequire() {
    PolicyValues baseline = PolicyPreset.BASELINE.values(Platform.ANDROID);

    Map<String, String> fields =
        PolicyObjects.compliance(Platform.ANDROID, baseline, "Shield (Android)").managedFields();

    assertEquals("false", fields.get("passwordRequired"));
    assertFalse(fields.containsKey("passwordMinimumLength"));
    assertFalse(fields.containsKey("osMinimumVersion"), "any OS: not managed");
  }

  @Test
  void thePlanCreatesUpdatesOnlyWhatDiffersOrLeavesItAlone() {
    PolicyValues values = PolicyPreset.STANDARD.values(Platform.IOS);
    IntuneObjectSpec spec = PolicyObjects.compliance(Platform.IOS, values, "Shield (iOS)");
    assertEquals(PlanAction.CREATE, PolicyObjects.step(spec, Optional.empty()).action());

    Map<String, String> held = new HashMap<>(spec.managedFields());
    IntuneObject same = object(held);
    assertEquals(PlanAction.UNCHANGED, PolicyObjects.step(spec, Optional.of(same)).action());
    assertEquals(Optional.of(same), PolicyObjects.ours(java.util.List.of(same), Platform.IOS));

    held.put("osMinimumVersion", "16.0");
    PolicyObjects.Step update = PolicyObjects.step(spec, Optional.of(object(held)));
    assertEquals(PlanAction.UPDATE, update.action());
    assertEquals("Update osMinimumVersion: 16.0 → 17.0", update.describe());
    IntuneObjectSpec overridden =
        PolicyObjects.compliance(
            Platform.IOS,
            values.overriddenBy(Map.of(PolicyField.THREAT_LEVEL.key(), "high")),
            "Shield (iOS)");
    assertEquals(
        "high", overridden.managedFields().get("deviceThreatProtectionRequiredSecurityLevel"));
  }

  private static IntuneObject object(Map<String, String> fields) {
    return new IntuneObject(
        IntuneObjectKind.COMPLIANCE_POLICY, "p-1", "iosCompliancePolicy", "Shield", fields, "");
  }
}
