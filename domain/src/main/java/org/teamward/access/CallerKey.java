package org.teamward.access;

import java.io.Serializable;

/**
 * What authentication establishes, kept as the principal's name: the kind of credential and its id.
 * The rights themselves are never stored with it; {@link Grants} reads them afresh from the
 * database for every request, so that revocation and removed rights take effect at once on every
 * node of a cluster.
 */
public record CallerKey(Type type, long id) implements Serializable {

  public enum Type {
    /** A person signed in to the web UI; id is the user account. */
    USER,
    /** A personal device password; id is the device password. */
    DEVICE,
    /** An API access authorisation; id is the interface. */
    INTERFACE
  }

  public String toPrincipalName() {
    return type.name().toLowerCase() + ":" + id;
  }

  /** Parses {@link #toPrincipalName()}; answers null for anything else. */
  public static CallerKey parse(String principalName) {
    if (principalName == null) {
      return null;
    }
    int colon = principalName.indexOf(':');
    if (colon < 0) {
      return null;
    }
    try {
      Type type = Type.valueOf(principalName.substring(0, colon).toUpperCase());
      return new CallerKey(type, Long.parseLong(principalName.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
