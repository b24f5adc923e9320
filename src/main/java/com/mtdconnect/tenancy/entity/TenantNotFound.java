package com.mtdconnect.tenancy.entity;

/** No tenant has this id. */
public class TenantNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TenantNotFound(long id) {
    super("There is no tenant with id " + id + ".");
  }
}
