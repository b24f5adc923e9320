package com.mtdconnect.provisioning.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * Provisioning cannot start as asked (nothing planned yet, a run already active, the partner id not
 * configured); the message says what to do.
 */
public class ProvisioningRefused extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ProvisioningRefused(String message) {
    super(message);
  }
}
