package com.mtdconnect.tenancy.entity;

import java.io.Serializable;

/** The result of one CSV row: what it named, what became of it and why. A JavaBean for pages. */
public final class ImportedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String displayName;
  private final String directoryName;
  private final ImportOutcome outcome;
  private final String detail;
  private final Long tenantId;

  public ImportedRow(
      int line,
      String displayName,
      String directoryName,
      ImportOutcome outcome,
      String detail,
      Long tenantId) {
    this.line = line;
    this.displayName = displayName;
    this.directoryName = directoryName;
    this.outcome = outcome;
    this.detail = detail;
    this.tenantId = tenantId;
  }

  /** The line of the file (1 is the first line). */
  public int getLine() {
    return line;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getDirectoryName() {
    return directoryName;
  }

  public ImportOutcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }

  /** The registered tenant's record id, or null when the row was not registered. */
  public Long getTenantId() {
    return tenantId;
  }

  public boolean isRegistered() {
    return outcome == ImportOutcome.REGISTERED;
  }
}
