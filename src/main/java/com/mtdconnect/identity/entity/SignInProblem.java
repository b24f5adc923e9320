package com.mtdconnect.identity.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a sign-in through the identity provider did not end with a signed-in staff member, in words
 * for the sign-in page; the audit log records the {@link #code()}.
 */
public enum SignInProblem {
  CANCELLED(
      "Sign-in was cancelled",
      "Nobody was signed in: the sign-in was cancelled at Microsoft's page, or Microsoft did not"
          + " let this account into the portal. Sign in again when you are ready; if Microsoft"
          + " keeps refusing, ask your MSP administrator to give you access to MTD Connect."),
  EXPIRED(
      "This sign-in has expired",
      "The answer from Microsoft arrived for a sign-in this browser no longer has: it took too long,"
          + " the session ended, or the sign-in was started in another browser or tab. Start again"
          + " from here."),
  REJECTED(
      "The sign-in answer could not be trusted",
      "The answer from Microsoft did not match the sign-in this browser started (it was altered or"
          + " already used), so nobody was signed in. Start again from here."),
  UNAVAILABLE(
      "Microsoft's sign-in cannot be reached",
      "The portal could not reach the identity provider to sign you in. Try again in a few"
          + " minutes; if it persists, tell your MSP administrator."),
  DISABLED(
      "Your portal access is disabled",
      "Microsoft signed you in, but your access to MTD Connect is disabled. Ask your MSP"
          + " administrator."),
  ACCOUNT_REASSIGNED(
      "This account name belongs to someone else in the portal",
      "Microsoft signed you in, but the portal knows this sign-in name as a different Entra user"
          + " (the name was renamed or given to a new person). For safety you do not get that"
          + " person's roles: ask a role administrator to remove the old staff account and assign"
          + " your roles again.");

  private final String title;
  private final String explanation;

  SignInProblem(String title, String explanation) {
    this.title = title;
    this.explanation = explanation;
  }

  /** How the problem appears in the sign-in page's address and in the audit log. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SignInProblem> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
  }

  public String getTitle() {
    return title;
  }

  public String getExplanation() {
    return explanation;
  }
}
