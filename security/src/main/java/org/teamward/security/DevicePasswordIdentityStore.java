package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.teamward.access.CallerKey;
import org.teamward.access.DevicePasswords;
import org.teamward.access.DeviceTokens;

/**
 * Checks a device password token from the API's Basic or Bearer header: a keyed digest and an
 * indexed look-up, no slow hash, so the API stays fast.
 */
@ApplicationScoped
public class DevicePasswordIdentityStore implements IdentityStore {

  @Inject DevicePasswords devicePasswords;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiRequestCredential request)
        || !request.credential().secret().startsWith(DeviceTokens.PREFIX)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return devicePasswords
        .authenticate(request.credential().id(), request.credential().secret(), request.clientIp())
        .map(
            device ->
                new CredentialValidationResult(
                    new CallerPrincipal(
                        new CallerKey(CallerKey.Type.DEVICE, device.deviceId()).toPrincipalName()),
                    Set.<String>of()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE);
  }
}
