package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.BackgroundRun;
import com.mtdconnect.platform.entity.RunActor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A profile applied to many tenants in the background: per tenant, fill the choices, plan and
 * apply. RUNNING while workers take its waiting tenants (its heartbeat moves with every tenant they
 * take or finish), FINISHED when none is waiting or running. A RUNNING run whose heartbeat is older
 * than {@link #STALE_AFTER} lost its workers (the node stopped) and may be resumed; "Retry failed
 * tenants" puts only the failed tenants back to waiting.
 */
@Entity
@Table(name = "profile_run")
@NamedQuery(
    name = ProfileRun.LATEST,
    query = "SELECT r FROM ProfileRun r ORDER BY r.startedAt DESC, r.id DESC")
public class ProfileRun extends BackgroundRun<ProfileRunTenant> {
  public static final String LATEST = "ProfileRun.latest";

  /** Where a run stands. */
  public enum State {
    RUNNING,
    FINISHED
  }

  @Column(name = "profile_id", nullable = false)
  private long profileId;

  @Column(name = "profile_name", nullable = false)
  private String profileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProfileRunTenant> tenants = new ArrayList<>();

  protected ProfileRun() {}

  /**
   * A run of the profile over the tenants (id and name, in the operator's order), acting for the
   * staff member who started it.
   */
  public ProfileRun(
      long profileId, String profileName, List<Target> targets, RunActor actor, LocalDateTime now) {
    super(actor, now);
    this.profileId = profileId;
    this.profileName = profileName;
    this.state = State.RUNNING;
    int position = 0;
    for (Target t : targets) {
      tenants.add(new ProfileRunTenant(this, position++, t.tenantId(), t.tenantName()));
    }
  }

  /** A tenant to run the profile on. */
  public record Target(long tenantId, String tenantName) {}

  @Override
  protected boolean working() {
    return state == State.RUNNING;
  }

  /** The tenants "Retry failed tenants" (or "Resume", for an interrupted run) would run again. */
  public List<ProfileRunTenant> toRunAgain(LocalDateTime now) {
    if (isActive(now)) {
      return List.of();
    }
    return tenants.stream()
        .filter(t -> t.getState() == ProfileRunTenant.State.FAILED || !t.getState().finished())
        .toList();
  }

  /**
   * Puts the failed tenants (and, for an interrupted run, the ones it left waiting or half done)
   * back to waiting, acting from now on for {@code actor}; returns how many.
   */
  public int runAgain(RunActor actor, LocalDateTime now) {
    List<ProfileRunTenant> again = toRunAgain(now);
    again.forEach(ProfileRunTenant::waitAgain);
    if (!again.isEmpty()) {
      state = State.RUNNING;
      workAgain(actor, now);
    }
    return again.size();
  }

  /** The next waiting tenant, taken by a worker (it is then running). */
  public Optional<ProfileRunTenant> take(LocalDateTime now) {
    heartbeat(now);
    Optional<ProfileRunTenant> next =
        tenants.stream().filter(t -> t.getState() == ProfileRunTenant.State.WAITING).findFirst();
    next.ifPresent(t -> t.start(now));
    if (next.isEmpty()
        && state == State.RUNNING
        && tenants.stream().allMatch(t -> t.getState().finished())) {
      state = State.FINISHED;
      finish(now);
    }
    return next;
  }

  public long count(ProfileRunTenant.State s) {
    return tenants.stream().filter(t -> t.getState() == s).count();
  }

  public long getProfileId() {
    return profileId;
  }

  public String getProfileName() {
    return profileName;
  }

  public State getState() {
    return state;
  }

  @Override
  public List<ProfileRunTenant> getTenants() {
    return tenants;
  }
}
