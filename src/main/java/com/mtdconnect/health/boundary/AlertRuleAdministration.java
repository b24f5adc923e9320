package com.mtdconnect.health.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.health.control.AlertDeliveryWorker;
import com.mtdconnect.health.control.AlertOutbox;
import com.mtdconnect.health.control.HealthSettings;
import com.mtdconnect.health.entity.AlertRule;
import com.mtdconnect.health.entity.AlertRuleDraft;
import com.mtdconnect.health.entity.AlertRuleInvalid;
import com.mtdconnect.health.entity.AlertRuleRefused;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.StoredSecrets;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.ScopeTags;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The alert rules per scope tag: who hears about which health transitions of the tenants carrying
 * the tag. Managed by holders of {@link Permission#ALERT_RULES_UPDATE}, each within the scope tags
 * of their assignment; every change and every test alert audited in its transaction.
 */
@ApplicationScoped
@Transactional
public class AlertRuleAdministration {
  static final int MIN_SECRET_LENGTH = 16;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject StoredSecrets secrets;
  @Inject HealthSettings settings;
  @Inject AlertOutbox outbox;
  @Inject Clock clock;

  /** The rules of the tags the caller may manage, by tag. */
  @Requires(Permission.ALERT_RULES_UPDATE)
  public List<AlertRule> rules() {
    TenantScope scope = scope();
    return em.createNamedQuery(AlertRule.ALL, AlertRule.class).getResultList().stream()
        .filter(r -> scope.contains(List.of(r.getScopeTag())))
        .toList();
  }

  /** The scope tags tenants carry that the caller may write rules for, sorted. */
  @Requires(Permission.ALERT_RULES_UPDATE)
  public List<String> tagsToPick() {
    TenantScope scope = scope();
    TreeSet<String> tags = new TreeSet<>();
    em.createQuery("select t.scopeTags from Tenant t where t.scopeTags is not null", String.class)
        .getResultList()
        .forEach(text -> ScopeTags.parse(text).forEach(t -> tags.add(t.toLowerCase(Locale.ROOT))));
    return tags.stream().filter(t -> scope.contains(List.of(t))).toList();
  }

  /**
   * Creates ({@code id} null) or changes a rule, if nobody changed it since the page loaded {@code
   * version}.
   *
   * @throws AlertRuleInvalid naming the field that cannot be saved
   */
  @Requires(Permission.ALERT_RULES_UPDATE)
  public AlertRule save(Long id, long version, @NotNull @Valid AlertRuleDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    LocalDateTime now = LocalDateTime.now(clock);
    String tag = draft.getScopeTag().trim().toLowerCase(Locale.ROOT);
    AlertRule rule;
    Map<String, Object> before = Map.of();
    if (id == null) {
      requireTagInScope(tag, staff);
      if (!tagsToPick().contains(tag)) {
        throw new AlertRuleInvalid(
            "scopeTag", "No tenant carries this tag: pick one from the list.");
      }
      if (!em.createNamedQuery(AlertRule.BY_TAG, AlertRule.class)
          .setParameter("tag", tag)
          .getResultList()
          .isEmpty()) {
        throw new AlertRuleInvalid(
            "scopeTag", "There is a rule for this tag already: edit that one.");
      }
      rule = new AlertRule(tag, now, staff.username());
    } else {
      rule = find(id);
      requireTagInScope(rule.getScopeTag(), staff);
      if (rule.getVersion() != version) {
        throw changedConcurrently();
      }
      before = rule.auditSnapshot();
    }
    String newSecret =
        draft.getNewWebhookSecret() == null ? "" : draft.getNewWebhookSecret().trim();
    validate(draft, rule, newSecret);
    rule.change(
        draft,
        newSecret.isEmpty() ? null : secrets.seal(newSecret, AlertDeliveryWorker.SECRET_PURPOSE),
        now,
        staff.username());
    if (id == null) {
      em.persist(rule);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw changedConcurrently();
    }
    record(
        staff,
        id == null ? "ALERT_RULE_CREATED" : "ALERT_RULE_UPDATED",
        rule,
        before,
        rule.auditSnapshot());
    return rule;
  }

  @Requires(Permission.ALERT_RULES_UPDATE)
  public void delete(long id) {
    SignedInStaff staff = access.requireSignedIn();
    AlertRule rule = find(id);
    requireTagInScope(rule.getScopeTag(), staff);
    Map<String, Object> before = rule.auditSnapshot();
    em.remove(rule);
    record(staff, "ALERT_RULE_DELETED", rule, before, Map.of());
  }

  /** Queues a test alert to every target of the rule; returns how many deliveries. */
  @Requires(Permission.ALERT_RULES_UPDATE)
  public int sendTest(long id) {
    SignedInStaff staff = access.requireSignedIn();
    AlertRule rule = find(id);
    requireTagInScope(rule.getScopeTag(), staff);
    int count = outbox.raiseTest(rule, staff.username(), LocalDateTime.now(clock)).size();
    if (count == 0) {
      throw new AlertRuleRefused("The rule has neither mail recipients nor a webhook to test.");
    }
    record(staff, "ALERT_TEST_SENT", rule, Map.of(), Map.of("deliveries", count));
    return count;
  }

  private void validate(AlertRuleDraft draft, AlertRule rule, String newSecret) {
    if (!draft.isNotifyDegraded() && !draft.isNotifyFailing() && !draft.isNotifyResolved()) {
      throw new AlertRuleInvalid(
          "notifyDegraded", "Pick at least one transition to be alerted about.");
    }
    String url = draft.getWebhookUrl() == null ? "" : draft.getWebhookUrl().trim();
    if (draft.recipientList().isEmpty() && url.isEmpty()) {
      throw new AlertRuleInvalid(
          "emailRecipients", "Give mail recipients or a webhook address, or both.");
    }
    settings
        .webhookUrls()
        .problemWith(url)
        .ifPresent(
            problem -> {
              throw new AlertRuleInvalid("webhookUrl", problem);
            });
    if (!newSecret.isEmpty() && newSecret.length() < MIN_SECRET_LENGTH) {
      throw new AlertRuleInvalid(
          "newWebhookSecret",
          "Use at least " + MIN_SECRET_LENGTH + " characters (e.g. openssl rand -hex 32).");
    }
    if (!url.isEmpty() && newSecret.isEmpty() && !rule.isWebhookSecretSet()) {
      throw new AlertRuleInvalid(
          "newWebhookSecret", "Set a secret: every webhook call is signed with it (HMAC-SHA256).");
    }
  }

  private AlertRule find(long id) {
    AlertRule rule = em.find(AlertRule.class, id);
    if (rule == null) {
      throw new AlertRuleRefused("This alert rule no longer exists: it was deleted.");
    }
    return rule;
  }

  private TenantScope scope() {
    return access.scopeOf(Permission.ALERT_RULES_UPDATE);
  }

  private void requireTagInScope(String tag, SignedInStaff staff) {
    if (!scope().contains(List.of(tag))) {
      access.refusedOutOfScope(Permission.ALERT_RULES_UPDATE, null);
      throw new AccessDenied(Permission.ALERT_RULES_UPDATE, staff.username());
    }
  }

  private void record(
      SignedInStaff staff,
      String action,
      AlertRule rule,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(action, null, "AlertRule", String.valueOf(rule.getId()), before, after));
  }

  private static AlertRuleRefused changedConcurrently() {
    return new AlertRuleRefused(
        "Someone saved this rule after you opened it: reload the page to see their version.");
  }
}
