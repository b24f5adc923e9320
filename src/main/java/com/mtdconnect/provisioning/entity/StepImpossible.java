package com.mtdconnect.provisioning.entity;

/** An apply step cannot be carried out as things stand in Intune; the message says why. */
public class StepImpossible extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StepImpossible(String message) {
    super(message);
  }
}
