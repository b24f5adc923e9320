package com.mtdconnect.health.control;

import com.mtdconnect.health.control.AlertDeliveries.Job;
import com.mtdconnect.health.control.WebhookPost.DeliveryFailed;
import com.mtdconnect.health.entity.AlertChannel;
import com.mtdconnect.health.entity.AlertDelivery;
import com.mtdconnect.outbox.control.SmtpSender;
import com.mtdconnect.outbox.entity.MailMessage;
import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.platform.control.StoredSecrets;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.mail.MessagingException;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the alert outbox on the server's managed scheduler: every {@code
 * portal.alerts.worker-interval} it claims the due deliveries and sends each, mail through the
 * outbox component's SMTP sender ({@code mail.smtp.*}), webhooks signed with the rule's secret
 * (decrypted only for the call, never logged). A failed attempt is retried with exponential
 * backoff. Each tick first releases the alerts the flapping guard held back whose interval passed
 * ({@link HeldAlerts}).
 */
@ApplicationScoped
public class AlertDeliveryWorker {

  /**
   * Made once: each {@code Json.createReader} call looks the provider up again (a ServiceLoader
   * scan).
   */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private static final Logger LOG = Logger.getLogger(AlertDeliveryWorker.class.getName());

  /** The purpose the webhook secrets are sealed for (AES-GCM associated data). */
  public static final String SECRET_PURPOSE = "alert_rule.webhook_secret";

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject AlertDeliveries deliveries;
  @Inject HealthSettings settings;
  @Inject SmtpSender smtp;
  @Inject StoredSecrets secrets;
  @Inject Clock clock;
  @Inject HeldAlerts held;

  private ScheduledFuture<?> running;

  void start(@Observes @Priority(DatabaseMigration.PRIORITY + 40) Startup startup) {
    long every = Math.max(200, settings.workerInterval().toMillis());
    running = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    LOG.info(() -> "Alert delivery worker started: due deliveries every " + every + " ms");
  }

  void stop(@Observes Shutdown shutdown) {
    if (running != null) {
      running.cancel(false);
    }
  }

  private void tick() {
    try {
      held.releaseDue();
      deliverDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Alert delivery round failed; trying again at the next tick", e);
    }
  }

  /** Claims and sends the deliveries due now; returns how many were attempted. */
  public int deliverDue() {
    List<Job> jobs = deliveries.claimDue(20);
    for (Job job : jobs) {
      try {
        send(job);
        deliveries.delivered(job.id());
        LOG.info(() -> "Alert delivery " + job.id() + " (" + job.channel() + ") delivered");
      } catch (DeliveryFailed e) {
        AlertDelivery after = deliveries.attemptFailed(job.id(), e.getMessage());
        LOG.warning(
            () ->
                "Alert delivery "
                    + job.id()
                    + " ("
                    + job.channel()
                    + ") failed: "
                    + e.getMessage()
                    + (after == null
                        ? ""
                        : " (" + after.getStatus() + ", next " + after.getNextAttemptAt() + ")"));
      }
    }
    return jobs.size();
  }

  private void send(Job job) {
    if (job.channel() == AlertChannel.EMAIL) {
      try {
        smtp.send(
            new MailMessage(job.tenantId(), job.target(), job.subject(), job.body()),
            clock.instant());
      } catch (MessagingException e) {
        throw new DeliveryFailed(
            e.getMessage() == null ? "The mail server refused the mail." : e.getMessage());
      }
      return;
    }
    String problem = settings.webhookUrls().problemWith(job.target()).orElse(null);
    if (problem != null) {
      throw new DeliveryFailed(problem);
    }
    String secret;
    try {
      secret =
          secrets.open(
              job.sealedSecret()
                  .orElseThrow(() -> new DeliveryFailed("The rule has no webhook secret set.")),
              SECRET_PURPOSE);
    } catch (RuntimeException e) {
      if (e instanceof DeliveryFailed failed) {
        throw failed;
      }
      throw new DeliveryFailed("The webhook secret cannot be decrypted: set it again.");
    }
    String event = eventOf(job.body());
    WebhookPost.post(job.target(), secret, job.body(), job.id(), event);
  }

  private static String eventOf(String body) {
    try (JsonReader reader = READERS.createReader(new StringReader(body))) {
      return reader.readObject().getString("event", "alert");
    } catch (RuntimeException e) {
      return "alert";
    }
  }
}
