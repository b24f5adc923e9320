package com.mtdconnect.health.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The alert rule form: what the operator typed, validated before it is saved. */
public class AlertRuleDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Addresses separated by commas, semicolons or spaces. */
  public static final String RECIPIENTS =
      "^\\s*([^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+)(\\s*[,;\\s]\\s*[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+)*\\s*$|^\\s*$";

  @NotBlank(message = "Pick the scope tag whose tenants this rule covers.")
  @Size(max = 100)
  private String scopeTag;

  private boolean notifyDegraded = true;
  private boolean notifyFailing = true;
  private boolean notifyResolved = true;

  @Size(max = 1000, message = "At most 1000 characters of recipients.")
  @Pattern(
      regexp = RECIPIENTS,
      message =
          "Enter mail addresses separated by commas, e.g. noc@msp.example, oncall@msp.example.")
  private String emailRecipients = "";

  @Size(max = 1000, message = "At most 1000 characters.")
  private String webhookUrl = "";

  /** A new secret, write-only: empty keeps the stored one. */
  @Size(max = 200, message = "At most 200 characters.")
  private String newWebhookSecret;

  private boolean enabled = true;

  public static AlertRuleDraft of(AlertRule rule) {
    AlertRuleDraft d = new AlertRuleDraft();
    d.scopeTag = rule.getScopeTag();
    d.notifyDegraded = rule.isNotifyDegraded();
    d.notifyFailing = rule.isNotifyFailing();
    d.notifyResolved = rule.isNotifyResolved();
    d.emailRecipients = rule.getEmailRecipients();
    d.webhookUrl = rule.getWebhookUrl();
    d.enabled = rule.isEnabled();
    return d;
  }

  public List<String> recipientList() {
    return emailRecipients == null || emailRecipients.isBlank()
        ? List.of()
        : Arrays.stream(emailRecipients.trim().split("[,;\\s]+"))
            .filter(s -> !s.isBlank())
            .toList();
  }

  public String getScopeTag() {
    return scopeTag;
  }

  public void setScopeTag(String scopeTag) {
    this.scopeTag = scopeTag;
  }

  public boolean isNotifyDegraded() {
    return notifyDegraded;
  }

  public void setNotifyDegraded(boolean notifyDegraded) {
    this.notifyDegraded = notifyDegraded;
  }

  public boolean isNotifyFailing() {
    return notifyFailing;
  }

  public void setNotifyFailing(boolean notifyFailing) {
    this.notifyFailing = notifyFailing;
  }

  public boolean isNotifyResolved() {
    return notifyResolved;
  }

  public void setNotifyResolved(boolean notifyResolved) {
    this.notifyResolved = notifyResolved;
  }

  public String getEmailRecipients() {
    return emailRecipients;
  }

  public void setEmailRecipients(String emailRecipients) {
    this.emailRecipients = emailRecipients == null ? "" : emailRecipients;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl == null ? "" : webhookUrl;
  }

  public String getNewWebhookSecret() {
    return newWebhookSecret;
  }

  public void setNewWebhookSecret(String newWebhookSecret) {
    this.newWebhookSecret = newWebhookSecret;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
