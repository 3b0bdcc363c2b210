package org.teamward.access.credentials;

/**
 * An access authorisation just created or given a new password, with that password: the only moment
 * it exists outside the client. Callers show it once and drop it.
 */
public record CreatedAccessAuthorisation(AccessAuthorisation authorisation, String password) {

  /** Never print the password, not even in a debug log of this record. */
  @Override
  public String toString() {
    return "CreatedAccessAuthorisation[authorisation=" + authorisation.getId() + ", password=***]";
  }
}
