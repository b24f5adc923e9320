package com.mtdconnect.tenancy.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The tenant is archived: nothing is started for it (no consent link, no onboarding). */
public class TenantArchived extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public TenantArchived(String displayName) {
    super(
        "\""
            + displayName
            + "\" is archived: nothing can be started for it. Restore the tenant first.");
  }
}
