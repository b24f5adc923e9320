package com.mtdconnect.tenancy.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The uploaded file is no tenant CSV the import can read; the message says what is wrong. */
public class CsvNotReadable extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public CsvNotReadable(String message) {
    super(message);
  }
}
