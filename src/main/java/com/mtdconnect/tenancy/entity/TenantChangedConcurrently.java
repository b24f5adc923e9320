package com.mtdconnect.tenancy.entity;

import com.mtdconnect.platform.entity.ProblemForUser;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Someone else saved the tenant after this editor loaded it; this editor's changes were not saved.
 */
public class TenantChangedConcurrently extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  private static final String WHAT_NOW =
      " Your changes were not saved: they are still in the form."
          + " Choose \"Discard my changes and load the saved version\" to see theirs, then apply yours again.";

  /** When the other change is only known to have happened. */
  public TenantChangedConcurrently() {
    super("Someone else changed this tenant while you were editing." + WHAT_NOW);
  }

  public TenantChangedConcurrently(String changedBy, LocalDateTime changedAt) {
    super(
        changedBy
            + " changed this tenant at "
            + changedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
            + " UTC while you were editing."
            + WHAT_NOW);
  }
}
