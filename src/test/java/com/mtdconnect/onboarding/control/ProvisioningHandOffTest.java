package com.mtdconnect.onboarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.OnboardingIntent;
import com.mtdconnect.onboarding.entity.OnboardingIntent.IntentGroup;
import com.mtdconnect.onboarding.entity.ProvisioningFacts;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wizard's choices reach provisioning unchanged, and provisioning's state comes back. */
class ProvisioningHandOffTest {

  private static final OnboardingIntent CHOICES =
      new OnboardingIntent(
          EnumSet.of(DevicePlatform.IOS, DevicePlatform.ANDROID),
          List.of(new IntentGroup("g1", "MTD-Enroll")),
          List.of(new IntentGroup("g2", "Executives")),
          DeviceThreatLevel.LOW);

  @Test
  void theChoicesBecomeProvisioningsIntent() {
    ProvisioningIntent intent = ProvisioningHandOff.intentOf(CHOICES);
    assertEquals(Set.of(Platform.IOS, Platform.ANDROID), intent.platforms());
    assertEquals(List.of(new TargetGroup("g1", "MTD-Enroll")), intent.included());
    assertEquals(List.of(new TargetGroup("g2", "Executives")), intent.excluded());
    assertEquals(ThreatLevel.LOW, intent.threatLevel());
  }

  @Test
  void aPlanMatchesTheChoicesOnlyWhileTheyAreTheSame() {
    ProvisioningIntent planned = ProvisioningHandOff.intentOf(CHOICES);
    ProvisioningFacts same =
        ProvisioningHandOff.factsOf(
            Optional.of(CHOICES), Optional.of(planned), ProvisioningProgress.none());
    assertTrue(same.planned());
    assertTrue(same.matchesChoices());
    assertEquals(ProvisioningFacts.ApplyState.NONE, same.apply());

    OnboardingIntent changed =
        new OnboardingIntent(
            EnumSet.of(DevicePlatform.IOS),
            CHOICES.included(),
            CHOICES.excluded(),
            DeviceThreatLevel.LOW);
    ProvisioningFacts outdated =
        ProvisioningHandOff.factsOf(
            Optional.of(changed), Optional.of(planned), ProvisioningProgress.none());
    assertTrue(outdated.planned());
    assertFalse(outdated.matchesChoices());

    ProvisioningFacts nothing =
        ProvisioningHandOff.factsOf(
            Optional.of(CHOICES), Optional.empty(), ProvisioningProgress.none());
    assertFalse(nothing.planned());
  }
}
