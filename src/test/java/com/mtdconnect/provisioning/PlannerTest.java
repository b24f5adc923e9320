package com.mtdconnect.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.provisioning.control.AssignmentMerge;
import com.mtdconnect.provisioning.control.DesiredState;
import com.mtdconnect.provisioning.control.IntuneSnapshot;
import com.mtdconnect.provisioning.control.Planner;
import com.mtdconnect.provisioning.entity.IntentRejected;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Plan rules that need no Intune: unpublished apps, merging, the intent's own checks. */
class PlannerTest {

  private static final ProvisioningIntent IOS_ONLY =
      new ProvisioningIntent(
          EnumSet.of(Platform.IOS),
          List.of(new TargetGroup("g-sales", "Sales")),
          List.of(),
          ThreatLevel.LOW);

  @Test
  void anUnpublishedAppBlocksItsAssignmentsWithTheReason() {
    IntuneObject app =
        new IntuneObject(
            IntuneObjectKind.MOBILE_APP,
            "app-1",
            "iosStoreApp",
            "Shield Mobile",
            Map.of("notes", IntuneObject.markerText("ios.app")),
            "processing");
    IntuneSnapshot now =
        new IntuneSnapshot(
            Map.of(IntuneObjectKind.MOBILE_APP, List.of(app)),
            Map.of(),
            List.of(),
            Optional.empty(),
            Map.of());
    ProvisioningPlan plan =
        Planner.provision(
            1,
            new DesiredState(IOS_ONLY, ProvisioningApplyTest.catalogue("t"), "partner"),
            now,
            Set.of(),
            ProvisioningApplyTest.AT);
    PlanLine appLine = ProvisioningApplyTest.line(plan, "ios.app");
    assertEquals(PlanAction.UPDATE, appLine.action(), "fields differ from the catalogue's");
    PlanLine assignments = ProvisioningApplyTest.line(plan, "ios.app.assignments");
    assertEquals(PlanAction.BLOCKED, assignments.action());
    assertTrue(assignments.reason().contains("not published in Intune yet (state: processing)"));
    assertEquals(PlanAction.CREATE, ProvisioningApplyTest.line(plan, "ios.config").action());
    assertEquals(7, plan.lines().size(), "three objects, three assignment sets, one connector");
  }

  @Test
  void mergeKeepsOthersReplacesOursAndDropsGroupsWeNoLongerTarget() {
    List<AssignmentTarget> existing =
        List.of(
            new AssignmentTarget(AssignmentTarget.Kind.ALL_DEVICES, "", false, "available"),
            AssignmentTarget.include("g-customer"),
            AssignmentTarget.exclude("g-sales"),
            AssignmentTarget.include("g-old"));
    List<AssignmentTarget> merged = AssignmentMerge.merged(existing, IOS_ONLY, Set.of("g-old"));
    assertEquals(
        List.of(
            existing.get(0),
            AssignmentTarget.include("g-customer"),
            AssignmentTarget.include("g-sales")),
        merged);
    assertEquals(
        "assign: include Sales; unassign: exclude Sales, include g-old",
        AssignmentMerge.changes(existing, merged, IOS_ONLY).stream()
            .map(c -> c.field() + ": " + (c.after().isEmpty() ? c.before() : c.after()))
            .reduce((a, b) -> a + "; " + b)
            .orElse(""));
  }

  @Test
  void anIntentWithoutPlatformGroupOrWithAGroupOnBothSidesIsRejectedInWords() {
    TargetGroup g = new TargetGroup("g", "Sales");
    assertRejected(
        "Choose at least one platform",
        () -> new ProvisioningIntent(Set.of(), List.of(g), List.of(), ThreatLevel.LOW));
    assertRejected(
        "at least one group",
        () -> new ProvisioningIntent(Set.of(Platform.IOS), List.of(), List.of(), ThreatLevel.LOW));
    assertRejected(
        "both included and excluded",
        () ->
            new ProvisioningIntent(Set.of(Platform.IOS), List.of(g), List.of(g), ThreatLevel.LOW));
  }

  private static void assertRejected(String words, Executable e) {
    IntentRejected r = org.junit.jupiter.api.Assertions.assertThrows(IntentRejected.class, e);
    assertTrue(r.getMessage().contains(words), r.getMessage());
  }
}
