package com.mtdconnect.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One mail the portal sent or kept, with its delivery outcome. Times are UTC. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
    name = OutboxMail.NEWEST,
    query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = OutboxMail.NEWEST_IN,
    query =
        "select m from OutboxMail m where m.tenantId in :tenantIds order by m.createdAt desc,"
            + " m.id desc")
public class OutboxMail {
  public static final String NEWEST = "OutboxMail.newest";
  public static final String NEWEST_IN = "OutboxMail.newestIn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  @Column(name = "delivery_error")
  private String deliveryError;

  protected OutboxMail() {}

  public OutboxMail(
      Long tenantId,
      String recipient,
      String subject,
      String body,
      String createdBy,
      LocalDateTime now) {
    this.tenantId = tenantId;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.delivery = Delivery.KEPT_IN_OUTBOX;
  }

  public void delivered(Delivery outcome, String error, LocalDateTime now) {
    delivery = outcome;
    deliveryError = error;
    deliveredAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public LocalDateTime getDeliveredAt() {
    return deliveredAt;
  }

  public String getDeliveryError() {
    return deliveryError;
  }
}
