package com.mtdconnect.health.control;

import com.mtdconnect.health.entity.AlertChannel;
import com.mtdconnect.health.entity.AlertDelivery;
import com.mtdconnect.health.entity.AlertRule;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.HealthTransition;
import com.mtdconnect.health.entity.TenantHealth;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes alerts to the alert outbox in the caller's transaction: one delivery per matching rule and
 * channel, so an alert exists exactly when the change that raised it does; the delivery worker
 * sends them.
 */
@ApplicationScoped
public class AlertOutbox {

  @PersistenceContext EntityManager em;
  @Inject HealthSettings settings;

  /** The rules for a tenant's tags that are enabled. */
  public List<AlertRule> rulesFor(Tenant tenant) {
    List<String> tags =
        tenant.getScopeTagList().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    if (tags.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(AlertRule.ENABLED_FOR_TAGS, AlertRule.class)
        .setParameter("tags", tags)
        .getResultList();
  }

  /** Raises the alert of a transition from {@code told} (what staff knew) to the health now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AlertDelivery> raise(
      Tenant tenant,
      HealthState told,
      HealthTransition transition,
      TenantHealth health,
      LocalDateTime now) {
    List<AlertDelivery> deliveries = new ArrayList<>();
    String subject = AlertMessages.subject(tenant, health.getState(), health.getScore());
    for (AlertRule rule : rulesFor(tenant)) {
      if (!rule.notifiesAbout(health.getState())) {
        continue;
      }
      if (!rule.recipientList().isEmpty()) {
        deliveries.add(
            new AlertDelivery(
                transition.getId(),
                tenant.getId(),
                rule.getId(),
                AlertChannel.EMAIL,
                String.join(", ", rule.recipientList()),
                subject,
                AlertMessages.mailBody(tenant, told, health, settings.baseUrl()),
                now));
      }
      if (!rule.getWebhookUrl().isBlank()) {
        deliveries.add(
            new AlertDelivery(
                transition.getId(),
                tenant.getId(),
                rule.getId(),
                AlertChannel.WEBHOOK,
                rule.getWebhookUrl(),
                subject,
                AlertMessages.webhookBody(tenant, told, health, settings.baseUrl()),
                now));
      }
    }
    deliveries.forEach(em::persist);
    return deliveries;
  }

  /** A test alert to every target of the rule. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AlertDelivery> raiseTest(AlertRule rule, String by, LocalDateTime now) {
    List<AlertDelivery> deliveries = new ArrayList<>();
    String subject = AlertMessages.testSubject(rule.getScopeTag());
    if (!rule.recipientList().isEmpty()) {
      deliveries.add(
          new AlertDelivery(
              null,
              null,
              rule.getId(),
              AlertChannel.EMAIL,
              String.join(", ", rule.recipientList()),
              subject,
              AlertMessages.testMailBody(rule.getScopeTag(), by),
              now));
    }
    if (!rule.getWebhookUrl().isBlank()) {
      deliveries.add(
          new AlertDelivery(
              null,
              null,
              rule.getId(),
              AlertChannel.WEBHOOK,
              rule.getWebhookUrl(),
              subject,
              AlertMessages.testWebhookBody(rule.getScopeTag(), by, now),
              now));
    }
    deliveries.forEach(em::persist);
    return deliveries;
  }
}
