package com.mtdconnect.polling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Our MTD connector in a tenant as the last heartbeat round read it: Intune's {@code partnerState},
 * the partner's last heartbeat, and whether that is within the unresponsiveness threshold.
 */
@Entity
@Table(name = "inventory_connector")
public class InventoryConnector {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(nullable = false)
  private boolean present;

  @Column(name = "partner_state", nullable = false)
  private String partnerState = "";

  @Column(name = "last_heartbeat")
  private LocalDateTime lastHeartbeat;

  @Column(name = "threshold_days", nullable = false)
  private int thresholdDays;

  @Column(name = "ios_enabled", nullable = false)
  private boolean iosEnabled;

  @Column(name = "android_enabled", nullable = false)
  private boolean androidEnabled;

  @Column(nullable = false)
  private boolean responsive;

  @Column(nullable = false)
  private String reason = "";

  @Column(name = "read_at", nullable = false)
  private LocalDateTime readAt;

  protected InventoryConnector() {}

  public InventoryConnector(long tenantId) {
    this.tenantId = tenantId;
  }

  /** No connector with our partner id in the tenant; returns whether that is news. */
  public boolean missing(LocalDateTime now) {
    boolean changed = present || readAt == null;
    this.present = false;
    this.partnerState = "";
    this.lastHeartbeat = null;
    this.responsive = false;
    this.reason =
        "Our MTD connector is not in the tenant's Intune: provision the tenant (or it was removed).";
    this.readAt = now;
    return changed;
  }

  /**
   * Our connector as read now, judged: responsive when Intune does not call it unresponsive and its
   * last heartbeat is within the threshold (Intune's {@code
   * partnerUnresponsivenessThresholdInDays}, or {@code fallbackDays} when it has none). Returns
   * whether state or responsiveness changed.
   */
  public boolean read(
      String state,
      LocalDateTime heartbeat,
      int threshold,
      boolean ios,
      boolean android,
      int fallbackDays,
      LocalDateTime now) {
    int days = threshold > 0 ? threshold : fallbackDays;
    boolean fresh =
        heartbeat != null && Duration.between(heartbeat, now).compareTo(Duration.ofDays(days)) <= 0;
    boolean nowResponsive = fresh && !"unresponsive".equalsIgnoreCase(state);
    String why;
    if (heartbeat == null) {
      why = "The partner never sent a heartbeat: the MTD service has not connected to Intune yet.";
    } else if (!fresh) {
      why =
          "No heartbeat for more than "
              + days
              + " days (last "
              + heartbeat
              + " UTC): the MTD service stopped reporting; check the partner console.";
    } else if ("unresponsive".equalsIgnoreCase(state)) {
      why = "Intune reports the partner unresponsive; check the partner console.";
    } else {
      why = "Heartbeat within " + days + " days; partner state " + state + ".";
    }
    boolean changed =
        !present
            || !partnerState.equals(state)
            || responsive != nowResponsive
            || iosEnabled != ios
            || androidEnabled != android;
    this.present = true;
    this.partnerState = state;
    this.lastHeartbeat = heartbeat;
    this.thresholdDays = days;
    this.iosEnabled = ios;
    this.androidEnabled = android;
    this.responsive = nowResponsive;
    this.reason = why;
    this.readAt = now;
    return changed;
  }

  public boolean isPresent() {
    return present;
  }

  public String getPartnerState() {
    return partnerState;
  }

  /**
   * Intune's partner state in words ({@code notSetUp} reads "Not set up"); a value Microsoft adds
   * later is shown as it comes.
   */
  public String getPartnerStateLabel() {
    return switch (partnerState) {
      case "unavailable" -> "Unavailable";
      case "available" -> "Available";
      case "enabled" -> "Enabled";
      case "unresponsive" -> "Unresponsive";
      case "notSetUp" -> "Not set up";
      case "error" -> "Error";
      default -> partnerState;
    };
  }

  public LocalDateTime getLastHeartbeat() {
    return lastHeartbeat;
  }

  public int getThresholdDays() {
    return thresholdDays;
  }

  public boolean isIosEnabled() {
    return iosEnabled;
  }

  public boolean isAndroidEnabled() {
    return androidEnabled;
  }

  public boolean isResponsive() {
    return responsive;
  }

  public String getReason() {
    return reason;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }
}
