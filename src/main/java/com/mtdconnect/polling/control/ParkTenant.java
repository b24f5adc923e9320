package com.mtdconnect.polling.control;

/**
 * A kind found that the tenant cannot be polled until a person acts (consent revoked, the app
 * disabled, the tenant gone): the round parks the tenant, with this reason shown, instead of
 * retrying. Verified consent un-parks it.
 */
public class ParkTenant extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ParkTenant(String reason) {
    super(reason);
  }
}
