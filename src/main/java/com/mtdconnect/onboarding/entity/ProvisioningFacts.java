package com.mtdconnect.onboarding.entity;

import java.io.Serializable;

/**
 * What provisioning reports about a tenant, in the wizard's words: whether a plan was computed,
 * whether it was computed from the choices saved now, and how the latest apply went.
 *
 * @param planned provisioning holds an intent for the tenant
 * @param matchesChoices that intent is what steps 2 to 4 hold now
 * @param apply the latest provisioning run's state
 * @param applyDetail steps finished, or why the run stopped
 */
public record ProvisioningFacts(
    boolean planned, boolean matchesChoices, ApplyState apply, String applyDetail)
    implements Serializable {

  /** Where the latest provisioning run stands. */
  public enum ApplyState {
    NONE,
    RUNNING,
    STOPPED,
    DONE
  }

  /** Nothing planned, nothing applied. */
  public static final ProvisioningFacts NONE =
      new ProvisioningFacts(false, false, ApplyState.NONE, "");
}
