package com.mtdconnect.platform.entity;

/**
 * An exception whose message explains the failure to an operator in plain words (a refused use
 * case, a call to Microsoft that failed, a missing permission or tenant). A background run records
 * that message as the tenant's reason; any other exception is a fault whose details belong in the
 * server log, not on the page.
 */
public interface ExplainedFailure {

  /** The explanation, written for the operator. */
  String getMessage();
}
