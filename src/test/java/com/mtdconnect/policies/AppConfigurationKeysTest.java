package com.mtdconnect.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.policies.control.PolicyDrift;
import com.mtdconnect.policies.control.PolicyObjects;
import com.mtdconnect.policies.entity.DriftedField;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The policy's app configuration keys in the app configuration provisioning created: the plan per
 * key (blocked before provisioning, unchanged, update keeping every other key), and drift for the
 * keys we manage only.
 */
class AppConfigurationKeysTest {
  private static final PolicyValues STANDARD = PolicyPreset.STANDARD.values(Platform.IOS);

  /** Our app configuration as Intune gives it back, with its settings key by key. */
  private static IntuneObject config(Map<String, String> settings) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("description", IntuneObject.markerText("ios.config"));
    settings.forEach((k, v) -> fields.put(IntuneObject.SETTING_PREFIX + k, v));
    return new IntuneObject(
        IntuneObjectKind.APP_CONFIGURATION,
        "cfg-1",
        "iosMobileAppConfiguration",
        "Shield configuration (iOS)",
        fields,
        "");
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(base);
    if (value == null) {
      m.remove(key);
    } else {
      m.put(key, value);
    }
    return m;
  }

  private static final Map<String, String> PUBLISHED_KEYS =
      with(STANDARD.appSettings(), "tenantToken", "abc");

  @Test
  void ourConfigurationIsFoundByProvisioningsMarker() {
    IntuneObject ours = config(Map.of());
    assertEquals("ios.config", PolicyObjects.configurationKey(Platform.IOS));
    assertEquals(Optional.of(ours), PolicyObjects.ourConfiguration(List.of(ours), Platform.IOS));
    assertEquals(Optional.empty(), PolicyObjects.ourConfiguration(List.of(ours), Platform.ANDROID));
  }

  @Test
  void withoutTheProvisionedConfigurationTheKeysAreBlockedWithTheReason() {
    PolicyObjects.ConfigStep step =
        PolicyObjects.configStep(Platform.IOS, STANDARD.appSettings(), Optional.empty())
            .orElseThrow();
    assertEquals(PlanAction.BLOCKED, step.action());
    assertTrue(step.describe().contains("apply provisioning"), step.describe());
    assertTrue(
        PolicyObjects.configStep(Platform.IOS, Map.of(), Optional.empty()).isEmpty(),
        "a policy without keys writes no configuration");
  }

  @Test
  void theUpdateNamesEachChangedKeyAndKeepsTheKeysThePolicyDoesNotDefine() {
    IntuneObject held =
        config(Map.of("tenantToken", "abc", "maliciousAppScan", "off", "webProtection", "on"));
    PolicyObjects.ConfigStep step =
        PolicyObjects.configStep(Platform.IOS, STANDARD.appSettings(), Optional.of(held))
            .orElseThrow();
    assertEquals(PlanAction.UPDATE, step.action());
    assertEquals("cfg-1", step.objectId());
    assertTrue(step.describe().contains("maliciousAppScan: off → on"), step.describe());
    assertTrue(step.describe().contains("onThreat: (none) → notify"), step.describe());
    assertFalse(step.describe().contains("webProtection"), "unchanged keys are not listed");
    assertEquals("abc", step.spec().settings().get("tenantToken"), "the catalogue's key is kept");
    assertEquals("on", step.spec().settings().get("maliciousAppScan"));
    assertEquals("Shield configuration (iOS)", step.spec().displayName());

    PolicyObjects.ConfigStep again =
        PolicyObjects.configStep(
                Platform.IOS, STANDARD.appSettings(), Optional.of(config(PUBLISHED_KEYS)))
            .orElseThrow();
    assertEquals(PlanAction.UNCHANGED, again.action());
  }

  @Test
  void onlyTheKeysWePublishedDriftAndAMissingConfigurationIsOneDrift() {
    assertEquals(
        List.of(),
        PolicyDrift.compareConfiguration(
            STANDARD, Optional.of(config(with(PUBLISHED_KEYS, "tenantToken", "changed")))),
        "a key we do not manage never drifts");
    assertEquals(
        List.of(),
        PolicyDrift.compareConfiguration(
            STANDARD, Optional.of(config(with(PUBLISHED_KEYS, "customerKey", "x")))));

    List<DriftedField> changed =
        PolicyDrift.compareConfiguration(
            STANDARD, Optional.of(config(with(PUBLISHED_KEYS, "webProtection", "off"))));
    assertEquals(List.of(new DriftedField("app.webProtection", "on", "off")), changed);
    assertTrue(changed.get(0).acceptable());
    assertEquals("App setting webProtection", changed.get(0).label());

    List<DriftedField> removed =
        PolicyDrift.compareConfiguration(
            STANDARD, Optional.of(config(with(PUBLISHED_KEYS, "onThreat", null))));
    assertEquals(List.of(new DriftedField("app.onThreat", "notify", "")), removed);
    assertFalse(removed.get(0).acceptable(), "a removed key can only be reverted");

    List<DriftedField> gone = PolicyDrift.compareConfiguration(STANDARD, Optional.empty());
    assertEquals(DriftedField.CONFIGURATION, gone.get(0).key());
    assertFalse(gone.get(0).acceptable());
    assertEquals(
        List.of(),
        PolicyDrift.compareConfiguration(
            PolicyValues.of(Map.of("threatLevel", "low")), Optional.empty()),
        "no published key, nothing to compare");
  }
}
