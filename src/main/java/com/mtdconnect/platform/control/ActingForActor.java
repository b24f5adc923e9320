package com.mtdconnect.platform.control;

import com.mtdconnect.platform.entity.RunActor;
import java.util.function.Supplier;

/**
 * Runs background work as the staff member it acts for, as if they had asked for it: the use cases
 * it calls check that member's permissions and audit under their name. The identity component
 * implements it (the platform depends on no other component).
 */
public interface ActingForActor {

  <V> V actingFor(RunActor actor, Supplier<V> work);
}
