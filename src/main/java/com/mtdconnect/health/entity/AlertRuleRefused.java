package com.mtdconnect.health.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * An alert rule cannot be saved, deleted or tested as asked; the message says why and what to do.
 */
public class AlertRuleRefused extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public AlertRuleRefused(String message) {
    super(message);
  }
}
