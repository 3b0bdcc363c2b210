package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.teamward.access.CallerKey;
import org.teamward.access.PasswordHashing;
import org.teamward.access.UserAccount;
import org.teamward.access.Users;

/**
 * Checks a personal e-mail and password, for the web sign-in. Unknown, inactive and wrong all
 * answer INVALID after the same PBKDF2 work, so neither the answer nor its timing tells whether an
 * account exists.
 */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

  @Inject Users users;
  @Inject PasswordHashing hashing;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String password = login.getPasswordAsString();
    if (password == null || password.length() > PasswordHashing.MAX_LENGTH) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<UserAccount> user = users.findActiveByEmail(login.getCaller());
    boolean ok = hashing.verify(password, user.map(UserAccount::getPasswordHash).orElse(null));
    if (!ok || user.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    CallerKey key = new CallerKey(CallerKey.Type.USER, user.get().getId());
    return new CredentialValidationResult(new CallerPrincipal(key.toPrincipalName()), Set.of());
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE);
  }
}
