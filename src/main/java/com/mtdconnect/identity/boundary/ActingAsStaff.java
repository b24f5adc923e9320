package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.ActingForActor;
import com.mtdconnect.platform.entity.RunActor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Background work of a run acts as the staff member the run acts for ({@link
 * CurrentStaff#actingFor}): signed in as of now, with the groups and address the run recorded.
 */
@Dependent
public class ActingAsStaff implements ActingForActor {

  @Inject Clock clock;

  @Override
  public <V> V actingFor(RunActor actor, Supplier<V> work) {
    SignedInStaff staff =
        new SignedInStaff(
            actor.username(), actor.displayName(), actor.entraGroups(), clock.instant());
    return CurrentStaff.actingFor(staff, actor.clientAddress(), work);
  }
}
