package com.mtdconnect.polling.control;

/**
 * A round tried to store polled data for a tenant whose generation moved on: another node started a
 * newer round (this one was paused or cut off past its lease). The transaction rolls back.
 */
public class FencedOut extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FencedOut(long tenantId, long generation) {
    super(
        "Round of generation "
            + generation
            + " for tenant "
            + tenantId
            + " no longer owns the tenant; its writes were rejected");
  }
}
