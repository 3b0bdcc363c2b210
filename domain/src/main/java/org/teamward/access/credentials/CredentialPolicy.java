package org.teamward.access.credentials;

import static org.teamward.access.rights.Permission.SYNCHRONISATION;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Set;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;

/**
 * What each kind of credential may do beyond the rights of its holder: the one place for credential
 * limits, asked by the use cases instead of comparing {@link Grant#credential()} themselves. A
 * leaked device password must not be turnable into further credentials, and the personal password
 * stays a web-interface matter.
 */
@ApplicationScoped
public class CredentialPolicy {

  /** Creating a device password: only from a web session, never with another token. */
  public Decision canCreateDevicePassword(Grant grant) {
    return Decision.allowIf(grant.credential() == Grant.Credential.WEB_SESSION);
  }

  /** "Change password" of a device password: from the web, or by that device password itself. */
  public Decision canRenewDevicePassword(Grant grant, long deviceId) {
    return Decision.allowIf(
        grant.credential() == Grant.Credential.WEB_SESSION
            || (grant.credential() == Grant.Credential.DEVICE_PASSWORD
                && Objects.equals(grant.credentialId(), deviceId)));
  }

  /** The personal password is changed in the web interface only, knowing the current one. */
  public Decision canChangePersonalPassword(Grant grant) {
    return Decision.allowIf(grant.credential() == Grant.Credential.WEB_SESSION);
  }

  /**
   * Whether a live device password admits its owner at all. Synchronisation is the entry ticket to
   * the API: while the owner lacks it, their device passwords are suspended, not deleted, so the
   * owner can still see and revoke them in the web interface, and they work again once the right is
   * given back.
   */
  public boolean admitsDevicePassword(Set<Permission> ownerRights) {
    return ownerRights.contains(SYNCHRONISATION);
  }
}
