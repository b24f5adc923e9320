package com.mtdconnect.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A polling round as the polling engine recorded it ({@code poll_round}), read by health only: the
 * engine writes it.
 */
@Entity
@Table(name = "poll_round")
@NamedQuery(
    name = RoundRecord.NEWEST_OF_TENANT,
    query =
        "select r from RoundRecord r where r.tenantId = :tenantId order by r.startedAt desc, r.id"
            + " desc")
@NamedQuery(
    name = RoundRecord.NEWEST_SUCCESS_OF_TENANT,
    query =
        "select r from RoundRecord r where r.tenantId = :tenantId and r.outcome = 'SUCCEEDED' order"
            + " by r.startedAt desc, r.id desc")
public class RoundRecord {
  public static final String NEWEST_OF_TENANT = "RoundRecord.newestOfTenant";
  public static final String NEWEST_SUCCESS_OF_TENANT = "RoundRecord.newestSuccessOfTenant";

  @Id private Long id;

  @Column(name = "tenant_id")
  private long tenantId;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "duration_ms")
  private long durationMs;

  private int requests;

  private int throttled;

  private String outcome;

  private String error;

  private String skipped;

  protected RoundRecord() {}

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getFinishedAt() {
    return startedAt.plusNanos(durationMs * 1_000_000);
  }

  public int getRequests() {
    return requests;
  }

  public int getThrottled() {
    return throttled;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getError() {
    return error == null ? "" : error;
  }

  /** The kinds the round skipped for a missing permission, with the permissions; or empty. */
  public String getSkipped() {
    return skipped == null ? "" : skipped;
  }
}
