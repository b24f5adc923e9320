package com.mtdconnect.platform.entity;

/**
 * A use case could not be done for a reason the user can act on. Its message is written for the
 * user; pages show it as an error message on the same page, with everything the user typed still in
 * place.
 */
public abstract class ProblemForUser extends RuntimeException implements ExplainedFailure {
  private static final long serialVersionUID = 1L;

  protected ProblemForUser(String message) {
    super(message);
  }
}
