package com.mtdconnect.polling.control;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.DeltaExpired;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.ManagedDeviceState;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Enrollment: the targeted groups' membership through {@code groups/delta} (direct members, {@code
 * members@delta} with {@code @removed}), the users in scope, and their Intune-managed iOS/Android
 * devices: which should have the app, which left scope, which users have app protection only. The
 * group delta and the managed devices are steps of the round's first batch; the delta's next pages
 * are followed in the round. An expired delta link (410) or changed targeting means a full resync,
 * recorded with its reason.
 */
@ApplicationScoped
public class EnrollmentKind implements PollingKind, FirstReadsContributor {

  public static final String NAME = "enrollment";
  private static final Logger LOG = Logger.getLogger(EnrollmentKind.class.getName());

  @Inject GraphGateway gateway;
  @Inject RoundFirstReads firstReads;
  @Inject TenantInventoryFacts facts;
  @Inject InventoryStore store;

  @Override
  public String name() {
    return NAME;
  }

  /** The groups' memberships (members@delta) and Intune's managed devices. */
  @Override
  public Set<RequiredPermission> needs() {
    return Set.of(
        RequiredPermission.GROUP_MEMBER_READ_ALL,
        RequiredPermission.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL);
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean isDue(RoundContext round) {
    return true;
  }

  @Override
  public RoundReads contribute(RoundContext round, RoundReads reads) {
    String targeting = facts.targeting(round.tenantId()).signature();
    Optional<String> link = facts.sync(round.tenantId()).flatMap(s -> s.deltaLinkFor(targeting));
    return reads.withGroupDelta(link).withManagedDevices();
  }

  @Override
  public KindResult run(RoundContext round) {
    Targeting targeting = facts.targeting(round.tenantId());
    Optional<String> resync =
        facts
            .sync(round.tenantId())
            .map(s -> s.resyncReason(targeting.signature()))
            .orElse(Optional.of("first sync"));
    RoundAnswers answers = firstReads.take(round, NAME);
    GroupDelta delta;
    try {
      delta = answers.groupDelta().orElseThrow().get();
    } catch (DeltaExpired expired) {
      LOG.info(
          () ->
              "Tenant "
                  + round.tenantId()
                  + ": group delta link expired, full resync ("
                  + expired.getMessage()
                  + ")");
      resync = Optional.of("delta link expired (Graph answered 410 syncStateNotFound)");
      delta =
          gateway
              .roundReads(round.directoryId(), RoundReads.none().withGroupDelta(Optional.empty()))
              .groupDelta()
              .orElseThrow()
              .get();
    }
    List<ManagedDeviceState> devices = answers.managedDevices().orElseThrow().get();
    InventoryStore.EnrollmentChanges changes =
        store.enrollment(round, targeting, delta, resync, devices);
    String summary =
        (resync.isPresent() ? "Full resync (" + resync.get() + "): " : "")
            + changes.users()
            + " users in scope; members +"
            + changes.membersAdded()
            + " -"
            + changes.membersRemoved()
            + "; devices into scope "
            + changes.devicesIn()
            + ", out of scope "
            + changes.devicesOut()
            + " ("
            + delta.changes().size()
            + " group change(s) in "
            + delta.pages()
            + " delta page(s))";
    return new KindResult(changes.total(), summary);
  }
}
