package com.mtdconnect.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every run over many tenants in the background records besides its own state: who it acts
 * for, when it started and finished, and a heartbeat that its workers move with every tenant they
 * take or finish. A run its workers hold whose heartbeat is older than {@link #STALE_AFTER} lost
 * them (the node stopped) and may be resumed. Each kind of run keeps its own table (these columns
 * are the same in each) and its own rows of tenants ({@link BackgroundRunTenant}).
 */
@MappedSuperclass
public abstract class BackgroundRun<T extends BackgroundRunTenant> {

  /** A run its workers hold whose heartbeat is older than this lost its workers. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(5);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  protected BackgroundRun() {}

  /** A run started now, acting for {@code actor}. */
  protected BackgroundRun(RunActor actor, LocalDateTime now) {
    this.startedAt = now;
    this.heartbeatAt = now;
    actFor(actor);
  }

  /** Whether the run's state is one that workers work on (they take its tenants). */
  protected abstract boolean working();

  /** The run's tenants, in the operator's order. */
  public abstract List<T> getTenants();

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

  /** Whether workers hold the run now (working, heartbeat fresh). */
  public boolean isActive(LocalDateTime now) {
    return working() && !isStale(now);
  }

  /** Working, but no worker moved its heartbeat for {@link #STALE_AFTER}: the node stopped. */
  public boolean isStale(LocalDateTime now) {
    return working() && heartbeatAt.plus(STALE_AFTER).isBefore(now);
  }

  public void heartbeat(LocalDateTime now) {
    heartbeatAt = now;
  }

  /** Workers take the run's tenants again from now on, acting for {@code actor}. */
  protected void workAgain(RunActor actor, LocalDateTime now) {
    actFor(actor);
    heartbeatAt = now;
    finishedAt = null;
  }

  /** No tenant is left to work on. */
  protected void finish(LocalDateTime now) {
    finishedAt = now;
  }

  public T tenant(long rowId) {
    return getTenants().stream()
        .filter(t -> t.getId() == rowId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + rowId + " in run " + id));
  }

  public Long getId() {
    return id;
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
}
