package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.provisioning.entity.FieldChange;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.PlanPurpose;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.StepKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes plans (pure: no I/O). Provisioning: per chosen platform the app, its configuration and
 * the compliance policy, each followed by its assignment set, then the MTD connector; every line
 * create, update (with the changed fields), unchanged or blocked (with the reason). Offboarding:
 * one delete line per object carrying our marker, and our connector.
 */
public final class Planner {

  /** The Graph permission each collection's writes need. */
  static final Map<IntuneObjectKind, String> WRITE_PERMISSION =
      Map.of(
          IntuneObjectKind.MOBILE_APP, "DeviceManagementApps.ReadWrite.All",
          IntuneObjectKind.APP_CONFIGURATION, "DeviceManagementApps.ReadWrite.All",
          IntuneObjectKind.COMPLIANCE_POLICY, "DeviceManagementConfiguration.ReadWrite.All");

  static final String CONNECTOR_PERMISSION = "DeviceManagementServiceConfig.ReadWrite.All";

  private Planner() {}

  public static ProvisioningPlan provision(
      long tenantId,
      DesiredState desired,
      IntuneSnapshot now,
      Set<String> formerlyOurs,
      LocalDateTime at) {
    List<PlanLine> lines = new ArrayList<>();
    for (Platform platform : Platform.values()) {
      if (!desired.intent().platforms().contains(platform)) {
        continue;
      }
      Optional<IntuneObject> app =
          now.ours(
              IntuneObjectKind.MOBILE_APP,
              DesiredState.objectKey(platform, IntuneObjectKind.MOBILE_APP));
      PlanLine appLine = null;
      for (IntuneObjectKind kind : IntuneObjectKind.values()) {
        IntuneObjectSpec spec = desired.spec(platform, kind, app.map(IntuneObject::id).orElse(""));
        Optional<IntuneObject> existing = now.ours(kind, spec.objectKey());
        PlanLine objectLine = objectLine(platform, kind, spec, existing, now, appLine);
        lines.add(objectLine);
        if (kind == IntuneObjectKind.MOBILE_APP) {
          appLine = objectLine;
        }
        lines.add(
            assignmentLine(platform, kind, spec, existing, objectLine, desired, now, formerlyOurs));
      }
    }
    lines.add(connectorLine(desired.connector(), now));
    return new ProvisioningPlan(tenantId, PlanPurpose.PROVISION, lines, at);
  }

  public static ProvisioningPlan offboard(
      long tenantId, IntuneSnapshot now, String partnerId, LocalDateTime at) {
    List<PlanLine> lines = new ArrayList<>();
    for (IntuneObject o : now.allOurs()) {
      Platform platform =
          o.markerKey().orElse("").startsWith("ios.")
              ? Platform.IOS
              : o.markerKey().orElse("").startsWith("android.") ? Platform.ANDROID : null;
      Optional<String> missing = missingPermission(now, WRITE_PERMISSION.get(o.kind()));
      lines.add(
          new PlanLine(
              "remove:" + o.id(),
              StepKind.REMOVE_OBJECT,
              o.kind(),
              platform,
              capitalised(o.kind().label()) + " '" + o.displayName() + "'",
              missing.isPresent() ? PlanAction.BLOCKED : PlanAction.DELETE,
              List.of(),
              missing.orElse("Carries our marker; its assignments go with it."),
              o.id()));
    }
    now.connectors().stream()
        .filter(c -> c.id().equals(partnerId))
        .findFirst()
        .ifPresent(
            c -> {
              Optional<String> missing = missingPermission(now, CONNECTOR_PERMISSION);
              lines.add(
                  new PlanLine(
                      "remove:connector",
                      StepKind.REMOVE_CONNECTOR,
                      null,
                      null,
                      "MTD connector (ours)",
                      missing.isPresent() ? PlanAction.BLOCKED : PlanAction.DELETE,
                      List.of(),
                      missing.orElse("Turns our threat defense off for iOS and Android."),
                      c.id()));
            });
    return new ProvisioningPlan(tenantId, PlanPurpose.OFFBOARD, lines, at);
  }

  private static PlanLine objectLine(
      Platform platform,
      IntuneObjectKind kind,
      IntuneObjectSpec spec,
      Optional<IntuneObject> existing,
      IntuneSnapshot now,
      PlanLine appLine) {
    String label = platform.getLabel() + " " + kind.label() + " '" + spec.displayName() + "'";
    String id = existing.map(IntuneObject::id).orElse("");
    Optional<String> blocked =
        unreadable(now, kind).or(() -> missingPermission(now, WRITE_PERMISSION.get(kind)));
    if (blocked.isEmpty()
        && kind == IntuneObjectKind.APP_CONFIGURATION
        && appLine != null
        && appLine.action() == PlanAction.BLOCKED) {
      blocked = Optional.of("Needs the " + platform.getLabel() + " app, which is blocked.");
    }
    if (blocked.isPresent()) {
      return line(
          platform, kind, StepKind.OBJECT, label, PlanAction.BLOCKED, List.of(), blocked.get(), id);
    }
    if (existing.isEmpty()) {
      List<FieldChange> changes = new ArrayList<>();
      spec.managedFields().forEach((f, v) -> changes.add(new FieldChange(f, "", v)));
      return line(platform, kind, StepKind.OBJECT, label, PlanAction.CREATE, changes, "", "");
    }
    List<FieldChange> changes = changedFields(spec, existing.get());
    return line(
        platform,
        kind,
        StepKind.OBJECT,
        label,
        changes.isEmpty() ? PlanAction.UNCHANGED : PlanAction.UPDATE,
        changes,
        "",
        id);
  }

  /** The managed fields whose value in Intune differs from the spec's. */
  public static List<FieldChange> changedFields(IntuneObjectSpec spec, IntuneObject existing) {
    List<FieldChange> changes = new ArrayList<>();
    spec.managedFields()
        .forEach(
            (f, v) -> {
              String before = existing.fields().getOrDefault(f, "");
              if (!before.equals(v)) {
                changes.add(new FieldChange(f, before, v));
              }
            });
    return changes;
  }

  private static PlanLine assignmentLine(
      Platform platform,
      IntuneObjectKind kind,
      IntuneObjectSpec spec,
      Optional<IntuneObject> existing,
      PlanLine objectLine,
      DesiredState desired,
      IntuneSnapshot now,
      Set<String> formerlyOurs) {
    String label = "Assignments of the " + platform.getLabel() + " " + kind.label();
    String id = existing.map(IntuneObject::id).orElse("");
    if (objectLine.action() == PlanAction.BLOCKED) {
      return line(
          platform,
          kind,
          StepKind.ASSIGNMENTS,
          label,
          PlanAction.BLOCKED,
          List.of(),
          "Its " + kind.label() + " is blocked.",
          id);
    }
    if (kind == IntuneObjectKind.MOBILE_APP
        && existing.isPresent()
        && !existing.get().publishingState().isEmpty()
        && !existing.get().publishingState().equals("published")) {
      return line(
          platform,
          kind,
          StepKind.ASSIGNMENTS,
          label,
          PlanAction.BLOCKED,
          List.of(),
          "The app is not published in Intune yet (state: "
              + existing.get().publishingState()
              + "); Intune assigns only published apps. Plan again later.",
          id);
    }
    List<AssignmentTarget> before = existing.map(o -> now.assignmentsOf(o.id())).orElse(List.of());
    List<AssignmentTarget> after = AssignmentMerge.merged(before, desired.intent(), formerlyOurs);
    List<FieldChange> changes = AssignmentMerge.changes(before, after, desired.intent());
    PlanAction action =
        existing.isEmpty()
            ? PlanAction.CREATE
            : AssignmentMerge.same(before, after) ? PlanAction.UNCHANGED : PlanAction.UPDATE;
    long others = after.stream().filter(t -> !isOurs(t, desired)).count();
    String note = others == 0 ? "" : others + " assignment(s) made by others are kept.";
    return line(platform, kind, StepKind.ASSIGNMENTS, label, action, changes, note, id);
  }

  private static boolean isOurs(AssignmentTarget t, DesiredState desired) {
    return t.kind() == AssignmentTarget.Kind.GROUP
        && (desired.intent().included().stream().anyMatch(g -> g.groupId().equals(t.groupId()))
            || desired.intent().excluded().stream().anyMatch(g -> g.groupId().equals(t.groupId())));
  }

  private static PlanLine connectorLine(MtdConnectorSpec spec, IntuneSnapshot now) {
    String label = "MTD connector";
    Optional<MtdConnectorState> ours =
        now.connectors().stream().filter(c -> c.id().equals(spec.partnerId())).findFirst();
    Optional<String> blocked = missingPermission(now, CONNECTOR_PERMISSION);
    if (blocked.isEmpty()) {
      for (MtdConnectorState other : now.connectors()) {
        if (other.id().equals(spec.partnerId())) {
          continue;
        }
        List<String> clash = new ArrayList<>();
        if (spec.iosEnabled() && other.iosEnabled()) {
          clash.add("iOS");
        }
        if (spec.androidEnabled() && other.androidEnabled()) {
          clash.add("Android");
        }
        if (!clash.isEmpty()) {
          blocked =
              Optional.of(
                  "Another vendor's MTD connector ("
                      + other.id()
                      + ") is already enabled for "
                      + String.join(" and ", clash)
                      + "; the customer turns it off in Intune first (one threat defense partner"
                      + " per platform).");
          break;
        }
      }
    }
    String id = ours.map(MtdConnectorState::id).orElse("");
    if (blocked.isPresent()) {
      return new PlanLine(
          "connector",
          StepKind.CONNECTOR,
          null,
          null,
          label,
          PlanAction.BLOCKED,
          List.of(),
          blocked.get(),
          id);
    }
    List<FieldChange> changes = new ArrayList<>();
    String iosBefore = ours.map(c -> String.valueOf(c.iosEnabled())).orElse("");
    String androidBefore = ours.map(c -> String.valueOf(c.androidEnabled())).orElse("");
    String daysBefore = ours.map(c -> String.valueOf(c.unresponsivenessThresholdDays())).orElse("");
    compare(changes, "iosEnabled", iosBefore, String.valueOf(spec.iosEnabled()));
    compare(changes, "androidEnabled", androidBefore, String.valueOf(spec.androidEnabled()));
    compare(
        changes,
        "partnerUnresponsivenessThresholdInDays",
        daysBefore,
        String.valueOf(spec.unresponsivenessThresholdDays()));
    PlanAction action =
        ours.isEmpty()
            ? PlanAction.CREATE
            : changes.isEmpty() ? PlanAction.UNCHANGED : PlanAction.UPDATE;
    return new PlanLine(
        "connector", StepKind.CONNECTOR, null, null, label, action, changes, "", id);
  }

  private static void compare(
      List<FieldChange> changes, String field, String before, String after) {
    if (!before.equals(after)) {
      changes.add(new FieldChange(field, before, after));
    }
  }

  private static Optional<String> unreadable(IntuneSnapshot now, IntuneObjectKind kind) {
    return Optional.ofNullable(now.unreadable().get(kind));
  }

  private static Optional<String> missingPermission(IntuneSnapshot now, String permission) {
    if (now.grantedPermissions().isPresent()
        && !now.grantedPermissions().get().contains(permission)) {
      return Optional.of(
          "The tenant has not granted "
              + permission
              + "; send the customer a re-consent link from the tenant page.");
    }
    return Optional.empty();
  }

  private static PlanLine line(
      Platform platform,
      IntuneObjectKind kind,
      StepKind step,
      String label,
      PlanAction action,
      List<FieldChange> changes,
      String reason,
      String id) {
    String key =
        DesiredState.objectKey(platform, kind)
            + (step == StepKind.ASSIGNMENTS ? ".assignments" : "");
    return new PlanLine(key, step, kind, platform, label, action, changes, reason, id);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
