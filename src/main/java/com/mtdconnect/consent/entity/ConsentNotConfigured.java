package com.mtdconnect.consent.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The portal lacks a setting the consent flow needs; the message says which. */
public class ConsentNotConfigured extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ConsentNotConfigured(String message) {
    super(message);
  }
}
