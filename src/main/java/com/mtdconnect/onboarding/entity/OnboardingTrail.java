package com.mtdconnect.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Who started a tenant's onboarding and when, who changed it last and when, and, while it is
 * cancelled, who cancelled it and when. Part of the onboarding row. Times are UTC. A value: every
 * change gives a new one.
 */
@Embeddable
public class OnboardingTrail implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  protected OnboardingTrail() {}

  private OnboardingTrail(
      LocalDateTime startedAt,
      String startedBy,
      LocalDateTime updatedAt,
      String updatedBy,
      LocalDateTime cancelledAt,
      String cancelledBy) {
    this.startedAt = startedAt;
    this.startedBy = startedBy;
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
    this.cancelledAt = cancelledAt;
    this.cancelledBy = cancelledBy;
  }

  /** Started (and so last changed) by {@code by} at {@code now}. */
  static OnboardingTrail started(String by, LocalDateTime now) {
    return new OnboardingTrail(now, by, now, by, null, null);
  }

  /** Changed by {@code by} at {@code now}; cancelled or not, as before. */
  OnboardingTrail touched(String by, LocalDateTime now) {
    return new OnboardingTrail(startedAt, startedBy, now, by, cancelledAt, cancelledBy);
  }

  OnboardingTrail cancelled(String by, LocalDateTime now) {
    return new OnboardingTrail(startedAt, startedBy, now, by, now, by);
  }

  OnboardingTrail resumed(String by, LocalDateTime now) {
    return new OnboardingTrail(startedAt, startedBy, now, by, null, null);
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }
}
