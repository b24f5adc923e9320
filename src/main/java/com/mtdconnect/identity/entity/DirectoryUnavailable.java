package com.mtdconnect.identity.entity;

/**
 * The MSP's directory could not be read (Microsoft did not answer, refused, or staff sign-in is not
 * configured); the message says why in plain words.
 */
public class DirectoryUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DirectoryUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
