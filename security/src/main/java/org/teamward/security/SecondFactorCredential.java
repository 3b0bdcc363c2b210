package org.teamward.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code of the second sign-in step: from the authenticator app, or a recovery code. It is only
 * the second half of a credential; the session says whose password was right a moment ago.
 */
public record SecondFactorCredential(String code) implements Credential {

  @Override
  public String toString() {
    return "SecondFactorCredential[code hidden]";
  }
}
