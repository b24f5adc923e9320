package com.mtdconnect.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A verified consent that the drift check found lost or narrowed, open until the customer consents
 * again; its duration is the time to re-consent.
 */
@Entity
@Table(name = "consent_incident")
@NamedQuery(
    name = ConsentIncident.OF_TENANT,
    query =
        "select i from ConsentIncident i where i.tenantId = :tenantId order by i.detectedAt desc")
public class ConsentIncident {
  public static final String OF_TENANT = "ConsentIncident.ofTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentKind kind;

  @Column(nullable = false)
  private String detail;

  @Column(name = "detected_at", nullable = false)
  private LocalDateTime detectedAt;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  /** The tenant's lifecycle state before the incident degraded it, restored on re-consent. */
  @Column(name = "lifecycle_before")
  private String lifecycleBefore;

  protected ConsentIncident() {}

  public ConsentIncident(
      long tenantId, IncidentKind kind, String detail, String lifecycleBefore, LocalDateTime now) {
    this.tenantId = tenantId;
    this.lifecycleBefore = lifecycleBefore;
    this.kind = kind;
    this.detail = detail;
    this.detectedAt = now;
  }

  public void resolve(LocalDateTime now) {
    if (resolvedAt == null) {
      resolvedAt = now;
    }
  }

  public boolean isOpen() {
    return resolvedAt == null;
  }

  /** How long the customer took to consent again, once they did. */
  public Duration getTimeToReconsent() {
    return resolvedAt == null ? null : Duration.between(detectedAt, resolvedAt);
  }

  /** The time to re-consent in words, e.g. "2 h 5 min". */
  public String getTimeToReconsentText() {
    Duration d = getTimeToReconsent();
    if (d == null) {
      return "still open";
    }
    long minutes = d.toMinutes();
    if (minutes < 1) {
      return d.toSeconds() + " s";
    }
    return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
  }

  public String getLifecycleBefore() {
    return lifecycleBefore;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public IncidentKind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }

  public LocalDateTime getDetectedAt() {
    return detectedAt;
  }

  public LocalDateTime getResolvedAt() {
    return resolvedAt;
  }
}
