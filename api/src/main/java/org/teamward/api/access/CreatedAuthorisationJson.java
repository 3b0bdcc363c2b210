package org.teamward.api.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamward.access.credentials.CreatedAccessAuthorisation;

/** An authorisation with its new password: the only answer that ever holds it. */
@Schema(name = "CreatedAuthorisationJson")
public record CreatedAuthorisationJson(AuthorisationJson authorisation, String password) {

  static CreatedAuthorisationJson of(CreatedAccessAuthorisation created) {
    return new CreatedAuthorisationJson(
        AuthorisationJson.of(created.authorisation()), created.password());
  }

  @Override
  public String toString() {
    return "CreatedAuthorisationJson[" + authorisation.id() + ", password=***]";
  }
}
