package com.mtdconnect.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The users and their devices the targeted groups put in scope (included minus excluded), as last
 * counted through Microsoft Graph, when, and why when the count failed. Part of the onboarding row;
 * every column is null until the scope is counted and again once the groups change. A value:
 * counting again gives a new one.
 */
@Embeddable
public class ScopeCount implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "scope_users")
  private Integer users;

  @Column(name = "scope_devices")
  private Integer devices;

  @Column(name = "scope_counted_at")
  private LocalDateTime countedAt;

  @Column(name = "scope_problem")
  private String problem;

  /** Not counted (yet, or since the groups last changed). */
  protected ScopeCount() {}

  private ScopeCount(Integer users, Integer devices, LocalDateTime countedAt, String problem) {
    this.users = users;
    this.devices = devices;
    this.countedAt = countedAt;
    this.problem = problem;
  }

  /** Not counted (yet, or since the groups last changed). */
  static ScopeCount none() {
    return new ScopeCount();
  }

  static ScopeCount counted(int users, int devices, LocalDateTime now) {
    return new ScopeCount(users, devices, now, null);
  }

  /** Counting failed: no numbers, only why. */
  static ScopeCount failed(String problem, LocalDateTime now) {
    return new ScopeCount(null, null, now, problem);
  }

  /** Users in scope; null while not counted or when counting failed. */
  public Integer getUsers() {
    return users;
  }

  /** Devices those users own; null while not counted or when counting failed. */
  public Integer getDevices() {
    return devices;
  }

  /** When the scope was last counted, successfully or not; null while not counted. */
  public LocalDateTime getCountedAt() {
    return countedAt;
  }

  /** Why the last count failed; null otherwise. */
  public String getProblem() {
    return problem;
  }
}
