package com.mtdconnect.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who hears about which health transitions of the tenants carrying one scope tag: by mail to some
 * recipients and/or by a signed webhook. The webhook secret is stored sealed (AES-GCM under {@code
 * portal.secrets.key}) and never read back to a page. Times are UTC.
 */
@Entity
@Table(name = "alert_rule")
@NamedQuery(name = AlertRule.ALL, query = "select r from AlertRule r order by r.scopeTag")
@NamedQuery(
    name = AlertRule.ENABLED_FOR_TAGS,
    query = "select r from AlertRule r where r.enabled = true and r.scopeTag in :tags")
@NamedQuery(name = AlertRule.BY_TAG, query = "select r from AlertRule r where r.scopeTag = :tag")
public class AlertRule {
  public static final String ALL = "AlertRule.all";
  public static final String ENABLED_FOR_TAGS = "AlertRule.enabledForTags";
  public static final String BY_TAG = "AlertRule.byTag";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Lower case, as tenants' tags are compared. */
  @Column(name = "scope_tag", nullable = false)
  private String scopeTag;

  @Column(name = "notify_degraded", nullable = false)
  private boolean notifyDegraded;

  @Column(name = "notify_failing", nullable = false)
  private boolean notifyFailing;

  @Column(name = "notify_resolved", nullable = false)
  private boolean notifyResolved;

  @Column(name = "email_recipients", nullable = false)
  private String emailRecipients = "";

  @Column(name = "webhook_url", nullable = false)
  private String webhookUrl = "";

  @Column(name = "webhook_secret")
  private String sealedWebhookSecret;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected AlertRule() {}

  public AlertRule(String scopeTag, LocalDateTime now, String by) {
    this.scopeTag = scopeTag.trim().toLowerCase(Locale.ROOT);
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /**
   * Takes the draft's settings; the sealed secret replaces the stored one only when a new secret
   * was typed ({@code null}: keep it; a webhook removed drops it).
   */
  public void change(AlertRuleDraft draft, String sealedSecret, LocalDateTime now, String by) {
    notifyDegraded = draft.isNotifyDegraded();
    notifyFailing = draft.isNotifyFailing();
    notifyResolved = draft.isNotifyResolved();
    emailRecipients = String.join(", ", draft.recipientList());
    webhookUrl = draft.getWebhookUrl() == null ? "" : draft.getWebhookUrl().trim();
    if (sealedSecret != null) {
      sealedWebhookSecret = sealedSecret;
    }
    if (webhookUrl.isEmpty()) {
      sealedWebhookSecret = null;
    }
    enabled = draft.isEnabled();
    updatedAt = now;
    updatedBy = by;
  }

  /** Whether this rule wants to hear about a tenant moving into {@code to}. */
  public boolean notifiesAbout(HealthState to) {
    return switch (to) {
      case DEGRADED -> notifyDegraded;
      case FAILING -> notifyFailing;
      case HEALTHY -> notifyResolved;
      case NOT_POLLED -> false;
    };
  }

  /** What the audit log keeps: never the secret, only whether one is set. */
  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("scopeTag", scopeTag);
    s.put("notifyDegraded", notifyDegraded);
    s.put("notifyFailing", notifyFailing);
    s.put("notifyResolved", notifyResolved);
    s.put("emailRecipients", emailRecipients);
    s.put("webhookUrl", webhookUrl);
    s.put("webhookSecret", isWebhookSecretSet() ? "set" : "not set");
    s.put("enabled", enabled);
    return s;
  }

  public List<String> recipientList() {
    return emailRecipients.isBlank()
        ? List.of()
        : Arrays.stream(emailRecipients.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public Long getId() {
    return id;
  }

  public String getScopeTag() {
    return scopeTag;
  }

  public boolean isNotifyDegraded() {
    return notifyDegraded;
  }

  public boolean isNotifyFailing() {
    return notifyFailing;
  }

  public boolean isNotifyResolved() {
    return notifyResolved;
  }

  public String getEmailRecipients() {
    return emailRecipients;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  /** The sealed secret, for the delivery worker only (pages show {@link #isWebhookSecretSet}). */
  public String sealedWebhookSecret() {
    return sealedWebhookSecret;
  }

  public boolean isWebhookSecretSet() {
    return sealedWebhookSecret != null;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
