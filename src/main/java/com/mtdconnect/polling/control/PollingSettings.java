package com.mtdconnect.polling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the polling engine: {@code portal.polling.threads} (8, rounds at once on this node),
 * {@code portal.node-name} (host and process id; unique per node), {@code
 * portal.polling.history-retention} (P30D), {@code portal.polling.poll-interval} (PT5S, how often
 * the node looks for due work), {@code portal.polling.heartbeat} (PT10S) and {@code
 * portal.polling.missed-heartbeats} (4, at least 4): a node whose heartbeat is that many intervals
 * old is dead and its rounds are taken over (the lease; about a minute with the defaults).
 */
@ApplicationScoped
public class PollingSettings {

  @Inject
  @ConfigProperty(name = "portal.polling.threads", defaultValue = "8")
  int threads;

  @Inject
  @ConfigProperty(name = "portal.node-name", defaultValue = " ")
  String nodeName;

  @Inject
  @ConfigProperty(name = "portal.polling.history-retention", defaultValue = "P30D")
  String historyRetention;

  @Inject
  @ConfigProperty(name = "portal.polling.poll-interval", defaultValue = "PT5S")
  String pollInterval;

  @Inject
  @ConfigProperty(name = "portal.polling.heartbeat", defaultValue = "PT10S")
  String heartbeat;

  @Inject
  @ConfigProperty(name = "portal.polling.missed-heartbeats", defaultValue = "4")
  int missedHeartbeats;

  public int threads() {
    if (threads < 1 || threads > 200) {
      throw new IllegalStateException(
          "portal.polling.threads must be between 1 and 200, was " + threads);
    }
    return threads;
  }

  /** This node's name in the scheduler and the job history (at most 50 characters). */
  public String nodeName() {
    String name = nodeName == null || nodeName.isBlank() ? hostAndPid() : nodeName.trim();
    return name.length() > 50 ? name.substring(0, 50) : name;
  }

  public Duration historyRetention() {
    return positive(historyRetention, "portal.polling.history-retention");
  }

  public Duration pollInterval() {
    return positive(pollInterval, "portal.polling.poll-interval");
  }

  /** How often a node tells the database it is alive, for each round it runs. */
  public Duration heartbeat() {
    return positive(heartbeat, "portal.polling.heartbeat");
  }

  /** Heartbeats a node may miss before its rounds count as dead (db-scheduler needs 4 or more). */
  public int missedHeartbeats() {
    if (missedHeartbeats < 4 || missedHeartbeats > 100) {
      throw new IllegalStateException(
          "portal.polling.missed-heartbeats must be between 4 and 100, was " + missedHeartbeats);
    }
    return missedHeartbeats;
  }

  /** Fails with the setting's name when a value is wrong, so the portal does not start. */
  public void requireValid() {
    threads();
    historyRetention();
    pollInterval();
    heartbeat();
    missedHeartbeats();
  }

  private static String hostAndPid() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
  }

  private static Duration positive(String value, String name) {
    try {
      Duration d = Duration.parse(value.trim());
      if (d.isNegative() || d.isZero()) {
        throw new IllegalStateException(name + " must be positive, was " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          name + " must be an ISO-8601 duration such as P30D or PT5S, was " + value, e);
    }
  }
}
