package com.mtdconnect.tenancy.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * Microsoft did not confirm the tenant the operator named: it knows no such tenant, or it could not
 * be asked just now. The message says which, in plain words; the editor shows it on the field.
 */
public class TenantNotConfirmed extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  private final boolean worthRetrying;

  public TenantNotConfirmed(String message, boolean worthRetrying) {
    super(message);
    this.worthRetrying = worthRetrying;
  }

  /** Whether asking again later can help (Microsoft unreachable or throttling). */
  public boolean isWorthRetrying() {
    return worthRetrying;
  }
}
