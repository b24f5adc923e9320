package com.mtdconnect.provisioning.entity;

import java.util.List;
import java.util.Optional;

/**
 * Where a tenant's provisioning stands, for the page and the wizard: the latest run with its steps
 * (empty before the first apply), whether it is active (a worker holds it), whether it may be
 * resumed (it stopped, or its worker vanished: {@code stale}), and the earlier runs, newest first.
 */
public record ProvisioningProgress(
    Optional<ProvisioningRun> latest, boolean stale, List<ProvisioningRun> history) {

  public ProvisioningProgress {
    history = List.copyOf(history);
  }

  public static ProvisioningProgress none() {
    return new ProvisioningProgress(Optional.empty(), false, List.of());
  }

  /** A worker is applying right now (the page keeps polling). */
  public boolean isActive() {
    return latest.map(r -> r.getState() == RunState.RUNNING).orElse(false) && !stale;
  }

  /** "Resume" continues the latest run from its first unfinished step. */
  public boolean isResumable() {
    return latest.map(r -> r.getState() == RunState.STOPPED).orElse(false) || stale;
  }

  public boolean isStale() {
    return stale;
  }

  public ProvisioningRun getLatest() {
    return latest.orElse(null);
  }

  public List<ProvisioningRun> getHistory() {
    return history;
  }
}
