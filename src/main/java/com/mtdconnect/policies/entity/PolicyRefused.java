package com.mtdconnect.policies.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** A policy change that cannot be made as asked; the message says why and what to do instead. */
public class PolicyRefused extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public PolicyRefused(String message) {
    super(message);
  }
}
