package com.mtdconnect.onboarding.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
public class ProfileRun {
  public static final String LATEST = "ProfileRun.latest";

  /** A running run whose heartbeat is older than this lost its workers. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(5);

  /** Where a run stands. */
  public enum State {
    RUNNING,
    FINISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "profile_id", nullable = false)
  private long profileId;

  @Column(name = "profile_name", nullable = false)
  private String profileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "started_by_name", nullable = false)
  private String startedByName;

  @Column(name = "started_by_groups", nullable = false)
  private String startedByGroups = "";

  @Column(name = "client_address", nullable = false)
  private String clientAddress = "";

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "heartbeat_at", nullable = false)
  private LocalDateTime heartbeatAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Version private long version;

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
    this.profileId = profileId;
    this.profileName = profileName;
    this.state = State.RUNNING;
    this.startedAt = now;
    this.heartbeatAt = now;
    actFor(actor);
    int position = 0;
    for (Target t : targets) {
      tenants.add(new ProfileRunTenant(this, position++, t.tenantId(), t.tenantName()));
    }
  }

  /** A tenant to run the profile on. */
  public record Target(long tenantId, String tenantName) {}

  /** Who the run's background work acts for: checked per tenant, named in the audit log. */
  public record RunActor(
      String username, String displayName, Set<String> entraGroups, String clientAddress) {}

  public RunActor actor() {
    return new RunActor(
        startedBy,
        startedByName,
        startedByGroups.isBlank()
            ? Set.of()
            : Arrays.stream(startedByGroups.split(",")).collect(Collectors.toSet()),
        clientAddress);
  }

  private void actFor(RunActor actor) {
    this.startedBy = actor.username();
    this.startedByName = actor.displayName();
    this.startedByGroups = String.join(",", actor.entraGroups());
    this.clientAddress = actor.clientAddress() == null ? "" : actor.clientAddress();
  }

  /** Whether workers hold the run now (running, heartbeat fresh). */
  public boolean isActive(LocalDateTime now) {
    return state == State.RUNNING && !isStale(now);
  }

  /** Running, but no worker moved its heartbeat for {@link #STALE_AFTER}: the node stopped. */
  public boolean isStale(LocalDateTime now) {
    return state == State.RUNNING && heartbeatAt.plus(STALE_AFTER).isBefore(now);
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
      actFor(actor);
      state = State.RUNNING;
      heartbeatAt = now;
      finishedAt = null;
    }
    return again.size();
  }

  /** The next waiting tenant, taken by a worker (it is then running). */
  public Optional<ProfileRunTenant> take(LocalDateTime now) {
    heartbeatAt = now;
    Optional<ProfileRunTenant> next =
        tenants.stream().filter(t -> t.getState() == ProfileRunTenant.State.WAITING).findFirst();
    next.ifPresent(t -> t.start(now));
    if (next.isEmpty()
        && state == State.RUNNING
        && tenants.stream().allMatch(t -> t.getState().finished())) {
      state = State.FINISHED;
      finishedAt = now;
    }
    return next;
  }

  public void heartbeat(LocalDateTime now) {
    heartbeatAt = now;
  }

  public ProfileRunTenant tenant(long rowId) {
    return tenants.stream()
        .filter(t -> t.getId() == rowId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + rowId + " in run " + id));
  }

  public long count(ProfileRunTenant.State s) {
    return tenants.stream().filter(t -> t.getState() == s).count();
  }

  public Long getId() {
    return id;
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

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getHeartbeatAt() {
    return heartbeatAt;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public List<ProfileRunTenant> getTenants() {
    return tenants;
  }
}
