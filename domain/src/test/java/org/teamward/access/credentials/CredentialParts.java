package org.teamward.access.credentials;

import jakarta.persistence.EntityManager;

/** The credential beans as the container wires them, on a test database. */
public final class CredentialParts {

  private CredentialParts() {}

  public static LastUse lastUse(EntityManager em) {
    LastUse lastUse = new LastUse();
    lastUse.em = em;
    return lastUse;
  }
}
