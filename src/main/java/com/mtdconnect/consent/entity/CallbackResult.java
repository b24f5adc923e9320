package com.mtdconnect.consent.entity;

/** What Microsoft's redirect back to us said, once the state was accepted. */
public enum CallbackResult {
  /** admin_consent=True without an error: now we verify what was really granted. */
  APPROVED,
  /** The administrator cancelled (AADSTS65004, access_denied). */
  DECLINED,
  /** Signed in with an account of another organization (AADSTS50020). */
  WRONG_ACCOUNT,
  /** Any other error Microsoft reported. */
  FAILED
}
