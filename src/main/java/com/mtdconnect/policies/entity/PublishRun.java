package com.mtdconnect.policies.entity;

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
 * A template's tenant policies published to many tenants in the background. PLANNING while workers
 * plan its waiting tenants against their Intune; AWAITING_APPROVAL once every tenant is planned;
 * APPLYING once approved, while workers apply its queued tenants; FINISHED when none is queued or
 * applying. The heartbeat moves with every tenant a worker takes or finishes: a planning or
 * applying run whose heartbeat is older than {@link #STALE_AFTER} lost its workers (the node
 * stopped) and may be resumed. "Retry failed tenants" queues the failed tenants again.
 */
@Entity
@Table(name = "policy_publish_run")
@NamedQuery(
    name = PublishRun.LATEST_OF_TEMPLATE,
    query =
        "SELECT r FROM PublishRun r WHERE r.templateId = :template"
            + " ORDER BY r.startedAt DESC, r.id DESC")
public class PublishRun extends BackgroundRun<PublishRunTenant> {
  public static final String LATEST_OF_TEMPLATE = "PublishRun.latestOfTemplate";

  /** Where a run stands. */
  public enum Phase {
    PLANNING,
    AWAITING_APPROVAL,
    APPLYING,
    FINISHED;

    boolean working() {
      return this == PLANNING || this == APPLYING;
    }
  }

  @Column(name = "template_id", nullable = false)
  private long templateId;

  @Column(name = "template_name", nullable = false)
  private String templateName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Phase phase;

  @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PublishRunTenant> tenants = new ArrayList<>();

  protected PublishRun() {}

  /** A run planning the template's policies of the tenants (id and name, in the given order). */
  public PublishRun(
      long templateId,
      String templateName,
      List<Target> targets,
      RunActor actor,
      LocalDateTime now) {
    super(actor, now);
    this.templateId = templateId;
    this.templateName = templateName;
    this.phase = Phase.PLANNING;
    int position = 0;
    for (Target t : targets) {
      tenants.add(new PublishRunTenant(this, position++, t.tenantId(), t.tenantName()));
    }
  }

  /** A tenant to publish to. */
  public record Target(long tenantId, String tenantName) {}

  @Override
  protected boolean working() {
    return phase.working();
  }

  /**
   * The next tenant to plan or apply, taken by a worker; empty when none is left, and the phase
   * then moves on (planned: awaiting approval; applied: finished).
   */
  public Optional<PublishRunTenant> take(LocalDateTime now) {
    heartbeat(now);
    PublishRunTenant.State waiting =
        phase == Phase.PLANNING ? PublishRunTenant.State.WAITING : PublishRunTenant.State.QUEUED;
    if (!phase.working()) {
      return Optional.empty();
    }
    Optional<PublishRunTenant> next =
        tenants.stream().filter(t -> t.getState() == waiting).findFirst();
    if (next.isPresent()) {
      next.get().start(phase, now);
      return next;
    }
    if (tenants.stream().noneMatch(t -> t.getState().inProgress())) {
      if (phase == Phase.PLANNING) {
        phase = Phase.AWAITING_APPROVAL;
      } else {
        phase = Phase.FINISHED;
        finish(now);
      }
    }
    return Optional.empty();
  }

  /**
   * Approves the plan: every planned or unchanged tenant is queued to be applied, acting from now
   * on for {@code actor}; returns how many (blocked tenants stay blocked, with their reason).
   */
  public int approve(RunActor actor, LocalDateTime now) {
    if (phase != Phase.AWAITING_APPROVAL) {
      throw new PolicyRefused(
          phase == Phase.PLANNING
              ? "The plan is still being computed; approve it once every tenant is planned."
              : "This plan was already approved.");
    }
    List<PublishRunTenant> approved =
        tenants.stream()
            .filter(
                t ->
                    t.getState() == PublishRunTenant.State.PLANNED
                        || t.getState() == PublishRunTenant.State.UNCHANGED)
            .toList();
    if (approved.isEmpty()) {
      throw new PolicyRefused(
          "Nothing to publish: every tenant is blocked. Fix the causes, then plan again.");
    }
    approved.forEach(PublishRunTenant::queue);
    work(actor, Phase.APPLYING, now);
    return approved.size();
  }

  /** The tenants "Retry failed tenants" (or "Resume", for an interrupted run) would run again. */
  public List<PublishRunTenant> toRunAgain(LocalDateTime now) {
    if (isStale(now)) {
      return tenants.stream().filter(t -> t.getState().inProgress() || t.isWaiting()).toList();
    }
    if (phase != Phase.FINISHED) {
      return List.of();
    }
    return tenants.stream().filter(t -> t.getState() == PublishRunTenant.State.FAILED).toList();
  }

  /**
   * Queues the failed tenants again (for an interrupted run: puts the tenants it left half done
   * back), acting from now on for {@code actor}; returns how many.
   */
  public int runAgain(RunActor actor, LocalDateTime now) {
    List<PublishRunTenant> again = toRunAgain(now);
    if (again.isEmpty()) {
      return 0;
    }
    Phase resumed = isStale(now) ? phase : Phase.APPLYING;
    again.forEach(t -> t.again(resumed));
    work(actor, resumed, now);
    return again.size();
  }

  private void work(RunActor actor, Phase next, LocalDateTime now) {
    phase = next;
    workAgain(actor, now);
  }

  public long getTemplateId() {
    return templateId;
  }

  public String getTemplateName() {
    return templateName;
  }

  public Phase getPhase() {
    return phase;
  }

  @Override
  public List<PublishRunTenant> getTenants() {
    return tenants;
  }
}
