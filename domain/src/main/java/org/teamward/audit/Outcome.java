package org.teamward.audit;

/** What became of an audited action. */
public enum Outcome {
  /** It was done (a write committed, a sign-in accepted). */
  SUCCESS,
  /** The caller was not allowed: not signed in, or lacking the right for this record. */
  REFUSED,
  /** A credential was wrong, unknown, revoked or not allowed from the address. */
  FAILED
}
