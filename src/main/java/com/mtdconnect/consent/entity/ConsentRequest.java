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
import java.time.LocalDateTime;

/**
 * One trip of a customer's browser to Microsoft's admin-consent endpoint. Only hashes of the {@code
 * state} value and of the browser binding are stored; {@code usedAt} makes the state single-use.
 * The outcome key lets the customer's browser read the result page afterwards without the state
 * staying in its address bar.
 */
@Entity
@Table(name = "consent_request")
@NamedQuery(
    name = ConsentRequest.BY_STATE,
    query = "select r from ConsentRequest r where r.stateHash = :stateHash")
@NamedQuery(
    name = ConsentRequest.BY_OUTCOME_KEY,
    query = "select r from ConsentRequest r where r.outcomeKey = :outcomeKey")
public class ConsentRequest {
  public static final String BY_STATE = "ConsentRequest.byState";
  public static final String BY_OUTCOME_KEY = "ConsentRequest.byOutcomeKey";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "state_hash", nullable = false, unique = true)
  private String stateHash;

  @Column(name = "binding_hash", nullable = false)
  private String bindingHash;

  @Column(name = "outcome_key", nullable = false, unique = true)
  private String outcomeKey;

  @Column(name = "link_id", nullable = false)
  private long linkId;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "result")
  private CallbackResult result;

  @Column(name = "aadsts_code")
  private Integer aadstsCode;

  @Column(name = "result_detail")
  private String resultDetail;

  /** The {@code tenant} parameter Microsoft's redirect carried; recorded, never trusted. */
  @Column(name = "reported_tenant")
  private String reportedTenant;

  protected ConsentRequest() {}

  public ConsentRequest(
      String stateHash,
      String bindingHash,
      String outcomeKey,
      long linkId,
      long tenantId,
      LocalDateTime now,
      LocalDateTime expiresAt) {
    this.stateHash = stateHash;
    this.bindingHash = bindingHash;
    this.outcomeKey = outcomeKey;
    this.linkId = linkId;
    this.tenantId = tenantId;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public void record(CallbackResult result, int aadstsCode, String detail, String reportedTenant) {
    this.result = result;
    this.aadstsCode = aadstsCode == 0 ? null : aadstsCode;
    this.resultDetail = detail;
    this.reportedTenant = reportedTenant;
  }

  public Long getId() {
    return id;
  }

  public String getBindingHash() {
    return bindingHash;
  }

  public String getOutcomeKey() {
    return outcomeKey;
  }

  public long getLinkId() {
    return linkId;
  }

  public long getTenantId() {
    return tenantId;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public LocalDateTime getUsedAt() {
    return usedAt;
  }

  public CallbackResult getResult() {
    return result;
  }

  public int getAadstsCode() {
    return aadstsCode == null ? 0 : aadstsCode;
  }

  public String getResultDetail() {
    return resultDetail;
  }

  public String getReportedTenant() {
    return reportedTenant;
  }
}
