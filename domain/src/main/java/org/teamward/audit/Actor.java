package org.teamward.audit;

import org.teamward.access.rights.Grant;

/**
 * Who an audit event is attributed to, and through which credential: a person with their web
 * session or one of their device passwords, an access authorisation, an e-mail address attempted at
 * a sign-in, or the server itself.
 *
 * @param id the user account or interface id; null when nobody is known
 * @param name the display name, or the e-mail address attempted
 * @param credential the kind of credential used, e.g. {@code WEB_SESSION}, {@code DEVICE_PASSWORD},
 *     {@code PERSONAL_PASSWORD}; never the credential itself
 * @param credentialId the device password or access authorisation used; null for a session
 */
public record Actor(ActorKind kind, Long id, String name, String credential, Long credentialId) {

  /** The longest name the log keeps, as the column allows. */
  static final int MAX_NAME = 254;

  public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, null, "system", "NONE", null);

  public Actor {
    name = name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
  }

  /** The caller a grant describes; anonymous for a request that presented no credential. */
  public static Actor of(Grant grant) {
    return switch (grant.kind()) {
      case USER ->
          new Actor(
              ActorKind.USER,
              grant.id(),
              grant.name(),
              grant.credential().name(),
              grant.credentialId());
      case INTERFACE ->
          new Actor(
              ActorKind.INTERFACE,
              grant.id(),
              grant.name(),
              grant.credential().name(),
              grant.credentialId());
      case ANONYMOUS -> new Actor(ActorKind.ANONYMOUS, null, null, "NONE", null);
    };
  }

  /**
   * Someone not (yet) signed in, named by the identifier they sent: the e-mail address of a sign-in
   * attempt, or the id of a Basic credential. Never the password.
   */
  public static Actor attempt(String identifier, String credential) {
    String trimmed = identifier == null || identifier.isBlank() ? null : identifier.strip();
    return new Actor(ActorKind.ANONYMOUS, null, trimmed, credential, null);
  }
}
