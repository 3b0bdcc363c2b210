package org.teamward.audit;

/** Who acted: a person, an API access authorisation, nobody known yet, or the server itself. */
public enum ActorKind {
  USER,
  INTERFACE,
  /** Not signed in: a failed sign-in names the e-mail address attempted, if any. */
  ANONYMOUS,
  /** The server's own scheduled housekeeping. */
  SYSTEM
}
