package com.mtdconnect.consent.entity;

/** Why a consent link was made. */
public enum LinkPurpose {
  /** The first approval of every permission the integration needs. */
  CONSENT,
  /** Approval again after permissions went missing (partial grant, revocation, narrowing). */
  RECONSENT
}
