package com.mtdconnect.tenancy.entity;

import com.mtdconnect.platform.entity.ExplainedFailure;

/** No tenant has this id. */
public class TenantNotFound extends RuntimeException implements ExplainedFailure {
  private static final long serialVersionUID = 1L;

  public TenantNotFound(long id) {
    super("There is no tenant with id " + id + ".");
  }
}
