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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link the MSP gives a customer so that their administrator can approve our app. The URL carries
 * a signed token naming this record and its expiry; the record decides whether the link still works
 * (a newer link supersedes it; approving or declining concludes it). Times are UTC.
 */
@Entity
@Table(name = "consent_link")
@NamedQuery(
    name = ConsentLink.OF_TENANT,
    query = "select l from ConsentLink l where l.tenantId = :tenantId order by l.createdAt desc")
@NamedQuery(
    name = ConsentLink.USABLE_OF_TENANT,
    query =
        "select l from ConsentLink l where l.tenantId = :tenantId and l.status in"
            + " (com.mtdconnect.consent.entity.LinkStatus.CREATED,"
            + " com.mtdconnect.consent.entity.LinkStatus.SENT,"
            + " com.mtdconnect.consent.entity.LinkStatus.OPENED,"
            + " com.mtdconnect.consent.entity.LinkStatus.DECLINED,"
            + " com.mtdconnect.consent.entity.LinkStatus.FAILED)")
public class ConsentLink {
  public static final String OF_TENANT = "ConsentLink.ofTenant";
  public static final String USABLE_OF_TENANT = "ConsentLink.usableOfTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LinkPurpose purpose;

  /** For re-consent links: the names of the permissions that were missing, comma-separated. */
  @Column(nullable = false)
  private String requested = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LinkStatus status;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "sent_to")
  private String sentTo;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @Column(name = "concluded_at")
  private LocalDateTime concludedAt;

  @Column(name = "outcome_detail")
  private String outcomeDetail;

  @Version private long version;

  protected ConsentLink() {}

  public ConsentLink(
      long tenantId,
      LinkPurpose purpose,
      List<String> requested,
      LocalDateTime now,
      LocalDateTime expiresAt,
      String createdBy) {
    this.tenantId = tenantId;
    this.purpose = purpose;
    this.requested = String.join(",", requested);
    this.status = LinkStatus.CREATED;
    this.createdAt = now;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
  }

  /** What the operator sees: the stored status, or expired once a usable link is past its date. */
  public LinkStatus statusAt(LocalDateTime now) {
    return status.isUsable() && !now.isBefore(expiresAt) ? LinkStatus.EXPIRED : status;
  }

  public boolean isUsableAt(LocalDateTime now) {
    return statusAt(now).isUsable();
  }

  public void sent(String recipient, String by, LocalDateTime now) {
    sentTo = recipient;
    sentBy = by;
    sentAt = now;
    if (status == LinkStatus.CREATED) {
      status = LinkStatus.SENT;
    }
  }

  /** The customer opened the page; returns whether this is the first time. */
  public boolean opened(LocalDateTime now) {
    boolean first = openedAt == null;
    if (first) {
      openedAt = now;
    }
    if (status == LinkStatus.CREATED || status == LinkStatus.SENT) {
      status = LinkStatus.OPENED;
    }
    return first;
  }

  public void supersede(LocalDateTime now) {
    conclude(LinkStatus.SUPERSEDED, "Replaced by a newer link.", now);
  }

  public void conclude(LinkStatus outcome, String detail, LocalDateTime now) {
    status = outcome;
    outcomeDetail = detail;
    concludedAt = now;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("purpose", purpose.name());
    state.put("status", status.name());
    state.put("expiresAt", expiresAt.toString());
    if (!requested.isEmpty()) {
      state.put("requested", requested);
    }
    if (sentTo != null) {
      state.put("sentTo", sentTo);
    }
    if (outcomeDetail != null) {
      state.put("outcome", outcomeDetail);
    }
    return state;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public LinkPurpose getPurpose() {
    return purpose;
  }

  /** The permissions a re-consent link asks for again (empty for a first consent link). */
  public List<RequiredPermission> getRequestedPermissions() {
    return RequiredPermission.parseNames(requested);
  }

  public LinkStatus getStatus() {
    return status;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public String getSentTo() {
    return sentTo;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public LocalDateTime getConcludedAt() {
    return concludedAt;
  }

  public String getOutcomeDetail() {
    return outcomeDetail;
  }
}
