package com.mtdconnect.health.control;

import com.mtdconnect.health.entity.HealthReason;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.TenantHealth;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The words and the JSON of an alert: the subject and plain-text body of the mail, and the webhook
 * body ({@code event} {@code health.degraded | health.failing | health.resolved | test}).
 */
public final class AlertMessages {

  /**
   * Made once: each {@code Json.createXxx} call looks the provider up again (a ServiceLoader scan).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private AlertMessages() {}

  /** {@code health.degraded}, {@code health.failing} or {@code health.resolved}. */
  public static String eventOf(HealthState to) {
    return to == HealthState.HEALTHY ? "health.resolved" : "health." + to.name().toLowerCase();
  }

  public static String subject(Tenant tenant, HealthState to, Integer score) {
    return to == HealthState.HEALTHY
        ? "[MTD Connect] Resolved: "
            + tenant.getDisplayName()
            + " is healthy again (score "
            + score
            + ")"
        : "[MTD Connect] "
            + tenant.getDisplayName()
            + " is "
            + to.getLabel().toLowerCase()
            + " (score "
            + score
            + ")";
  }

  public static String mailBody(
      Tenant tenant, HealthState from, TenantHealth health, String baseUrl) {
    StringBuilder b = new StringBuilder();
    b.append("Tenant: ")
        .append(tenant.getDisplayName())
        .append(" (")
        .append(tenant.getDomain() == null ? text(tenant.getDirectoryId()) : tenant.getDomain())
        .append(")\n");
    b.append("Health: ")
        .append(health.getState().getLabel())
        .append(", score ")
        .append(health.getScore())
        .append(" of 100 (was ")
        .append(from.getLabel().toLowerCase())
        .append(")\n");
    b.append("Computed: ").append(health.getComputedAt()).append(" UTC\n\n");
    if (health.getReasons().isEmpty()) {
      b.append("Nothing is wrong any more.\n");
    } else {
      b.append("Reasons:\n");
      for (HealthReason r : health.getReasons()) {
        b.append("- ")
            .append(r.getWords())
            .append(" (-")
            .append(r.getWeight())
            .append(") Next: ")
            .append(r.getNextAction().getLabel())
            .append(": ")
            .append(baseUrl)
            .append(r.getNextAction().pageFor(tenant.getId()))
            .append('\n');
      }
    }
    b.append("\nOpen the tenant: ")
        .append(baseUrl)
        .append("/tenancy/view.xhtml?tenant=")
        .append(tenant.getId())
        .append('\n');
    return b.toString();
  }

  public static String webhookBody(
      Tenant tenant, HealthState from, TenantHealth health, String baseUrl) {
    JsonArrayBuilder reasons = JSON.createArrayBuilder();
    for (HealthReason r : health.getReasons()) {
      reasons.add(
          JSON.createObjectBuilder()
              .add("code", r.getCode())
              .add("words", r.getWords())
              .add("weight", r.getWeight())
              .add("nextAction", r.getNextAction().name())
              .add("nextActionUrl", baseUrl + r.getNextAction().pageFor(tenant.getId())));
    }
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("event", eventOf(health.getState()))
            .add(
                "tenant",
                JSON.createObjectBuilder()
                    .add("id", tenant.getId())
                    .add("name", text(tenant.getDisplayName()))
                    .add("domain", text(tenant.getDomain()))
                    .add("directoryId", text(tenant.getDirectoryId())))
            .add("from", from.name())
            .add("to", health.getState().name())
            .add("reasons", reasons)
            .add("computedAt", iso(health.getComputedAt()))
            .add("url", baseUrl + "/tenancy/view.xhtml?tenant=" + tenant.getId());
    if (health.getScore() != null) {
      body.add("score", health.getScore());
    }
    return body.build().toString();
  }

  public static String testSubject(String tag) {
    return "[MTD Connect] Test alert for scope tag " + tag;
  }

  public static String testMailBody(String tag, String by) {
    return "This is a test alert of the rule for tenants tagged \""
        + tag
        + "\", sent by "
        + by
        + ". Real alerts name the tenant, its health score, the reasons and the next action.\n";
  }

  public static String testWebhookBody(String tag, String by, LocalDateTime now) {
    return JSON.createObjectBuilder()
        .add("event", "test")
        .add("scopeTag", tag)
        .add("sentBy", by)
        .add("sentAt", iso(now))
        .build()
        .toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String iso(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).toString();
  }
}
