package org.teamward.access.rights;

import java.io.Serializable;

/**
 * What authentication establishes: the kind of credential and its id, which names the principal and
 * which a web session keeps. The rights themselves are never stored with it; {@link Authentication}
 * reads them afresh from the database for every request, so that revocation and removed rights take
 * effect at once on every node of a cluster.
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
}
