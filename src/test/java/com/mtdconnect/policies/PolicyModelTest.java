package com.mtdconnect.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.policies.control.PolicyValidation;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.SettingRow;
import com.mtdconnect.policies.entity.SettingsCodec;
import com.mtdconnect.policies.entity.ValueChange;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates, tenant overrides, version differences and validation of mobile security policies. */
class PolicyModelTest {

  private static final PolicyValues STANDARD_IOS = PolicyPreset.STANDARD.values(Platform.IOS);

  @Test
  void everyPresetIsValidOnEveryPlatformAndRecognisedAsItself() {
    for (PolicyPreset preset : PolicyPreset.values()) {
      for (Platform platform : Platform.values()) {
        PolicyValues values = preset.values(platform);
        assertEquals(
            Map.of(), PolicyValidation.problems(platform, values), preset + " " + platform);
        assertEquals(preset.getLabel(), PolicyPreset.labelOf(platform, values));
      }
    }
  }

  @Test
  void aTenantInheritsTheTemplateExceptWhereItOverrides() {
    PolicyValues effective =
        STANDARD_IOS.overriddenBy(Map.of(PolicyField.OS_MINIMUM_VERSION.key(), "16.0"));

    assertEquals("16.0", effective.get(PolicyField.OS_MINIMUM_VERSION));
    assertEquals("medium", effective.get(PolicyField.THREAT_LEVEL));
    assertEquals("Custom", PolicyPreset.labelOf(Platform.IOS, effective));
  }

  @Test
  void aTemplateChangeReachesInheritedFieldsButNotOverriddenOnes() {
    Map<String, String> overrides = Map.of(PolicyField.THREAT_LEVEL.key(), "high");
    PolicyValues changedTemplate =
        STANDARD_IOS.overriddenBy(
            Map.of(
                PolicyField.THREAT_LEVEL.key(), "low", PolicyField.GRACE_PERIOD_DAYS.key(), "2"));

    PolicyValues effective = changedTemplate.overriddenBy(overrides);

    assertEquals("high", effective.get(PolicyField.THREAT_LEVEL));
    assertEquals("2", effective.get(PolicyField.GRACE_PERIOD_DAYS));
  }

  @Test
  void theEditorRowsSayWhichValuesAreInheritedAndWhichOverridden() {
    List<SettingRow> rows =
        SettingRow.of(STANDARD_IOS, Map.of(PolicyField.PASSCODE_MINIMUM_LENGTH.key(), "8"));

    SettingRow length = row(rows, PolicyField.PASSCODE_MINIMUM_LENGTH.key());
    assertTrue(length.isOverridden());
    assertEquals("8", length.getValue());
    assertEquals("6", length.getInheritedText());
    SettingRow level = row(rows, PolicyField.THREAT_LEVEL.key());
    assertFalse(level.isOverridden());
    assertEquals("medium", level.getValue());
  }

  @Test
  void theDifferenceOfTwoVersionsListsOnlyChangedFieldsInWords() {
    PolicyValues later =
        STANDARD_IOS
            .overriddenBy(
                Map.of(PolicyField.BLOCK_JAILBROKEN.key(), "false", "app.vpnDetection", "on"))
            .overriddenBy(Map.of());

    List<ValueChange> changes = STANDARD_IOS.changesTo(later);

    assertEquals(2, changes.size());
    assertEquals("Block jailbroken or rooted devices: Yes → No", changes.get(0).describe());
    assertEquals("App setting vpnDetection: (not set) → on", changes.get(1).describe());
    assertEquals(List.of(), later.changesTo(later));
  }

  @Test
  void aMinimumOsAboveTheNewestReleaseIsRefusedOnItsField() {
    Map<String, String> problems =
        PolicyValidation.problems(
            Platform.IOS,
            STANDARD_IOS.overriddenBy(Map.of(PolicyField.OS_MINIMUM_VERSION.key(), "99.0")));

    assertEquals(List.of(PolicyField.OS_MINIMUM_VERSION.key()), List.copyOf(problems.keySet()));
    assertTrue(problems.values().iterator().next().contains("does not exist yet"));
  }

  @Test
  void aGracePeriodOutOfRangeOrRetiringAtOnceIsRefused() {
    String grace = PolicyField.GRACE_PERIOD_DAYS.key();
    assertTrue(
        PolicyValidation.problems(Platform.ANDROID, STANDARD_IOS.overriddenBy(Map.of(grace, "400")))
            .get(grace)
            .contains("0 to 365"));
    assertTrue(
        PolicyValidation.problems(Platform.IOS, STANDARD_IOS.overriddenBy(Map.of(grace, "soon")))
            .containsKey(grace));
    Map<String, String> retireAtOnce =
        PolicyValidation.problems(
            Platform.IOS,
            STANDARD_IOS.overriddenBy(
                Map.of(grace, "0", PolicyField.NON_COMPLIANCE_ACTION.key(), "retire")));
    assertTrue(retireAtOnce.get(grace).contains("at least 1 day"));
  }

  @Test
  void badVersionsPasscodesAndAppKeysAreRefused() {
    Map<String, String> problems =
        PolicyValidation.problems(
            Platform.IOS,
            STANDARD_IOS.overriddenBy(
                Map.of(
                    PolicyField.OS_MINIMUM_VERSION.key(),
                    "seventeen",
                    PolicyField.PASSCODE_MINIMUM_LENGTH.key(),
                    "2",
                    "app.9lives",
                    "x",
                    "app.empty",
                    " ")));

    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.containsKey("app.9lives"));
    assertTrue(problems.containsKey("app.empty"));
  }

  @Test
  void settingsSurviveTheirStoredFormWhateverTheyContain() {
    Map<String, String> odd = Map.of("app.a", "tab\there\nnewline \\ backslash", "x", "");

    assertEquals(odd, SettingsCodec.decode(SettingsCodec.encode(odd)));
  }

  private static SettingRow row(List<SettingRow> rows, String key) {
    return rows.stream().filter(r -> r.getKey().equals(key)).findFirst().orElseThrow();
  }
}
