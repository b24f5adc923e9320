package com.mtdconnect.health.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** An alert rule field holds something that cannot be saved; the message is for that field. */
public class AlertRuleInvalid extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  private final String field;

  public AlertRuleInvalid(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The draft property the message belongs to ({@code webhookUrl}). */
  public String field() {
    return field;
  }
}
