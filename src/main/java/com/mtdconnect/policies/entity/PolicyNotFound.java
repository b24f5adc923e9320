package com.mtdconnect.policies.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The template or tenant policy was deleted (by someone else) or never existed. */
public class PolicyNotFound extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public PolicyNotFound(String what, long id) {
    super(what + " " + id + " no longer exists; someone may have deleted it.");
  }
}
