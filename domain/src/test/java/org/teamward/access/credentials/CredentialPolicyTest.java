package org.teamward.access.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestGrants;

/** Credential × action → decision: what a credential may do beyond its holder's rights. */
class CredentialPolicyTest {

  private final CredentialPolicy policy = new CredentialPolicy();

  private static Grant with(Grant.Credential credential, Long credentialId) {
    return new Grant(
        credential == Grant.Credential.ACCESS_AUTHORISATION
            ? Grant.Kind.INTERFACE
            : Grant.Kind.USER,
        7,
        "someone",
        EnumSet.allOf(Permission.class),
        null,
        EmployeeScope.ALL,
        credential,
        credentialId);
  }

  @ParameterizedTest(name = "{0} creates a device password -> {1}")
  @CsvSource({
    "WEB_SESSION, ALLOWED",
    "DEVICE_PASSWORD, FORBIDDEN",
    "ACCESS_AUTHORISATION, FORBIDDEN",
    "NONE, FORBIDDEN"
  })
  void onlyAWebSessionCreatesDevicePasswords(Grant.Credential credential, Decision expected) {
    assertThat(policy.canCreateDevicePassword(with(credential, 5L))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with credential {1} renews device password 5 -> {2}")
  @CsvSource({
    "WEB_SESSION, , ALLOWED",
    "DEVICE_PASSWORD, 5, ALLOWED",
    "DEVICE_PASSWORD, 6, FORBIDDEN",
    "DEVICE_PASSWORD, , FORBIDDEN",
    "ACCESS_AUTHORISATION, 5, FORBIDDEN",
    "NONE, , FORBIDDEN"
  })
  void aDevicePasswordRenewsOnlyItself(
      Grant.Credential credential, Long credentialId, Decision expected) {
    assertThat(policy.canRenewDevicePassword(with(credential, credentialId), 5))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} changes the personal password -> {1}")
  @CsvSource({
    "WEB_SESSION, ALLOWED",
    "DEVICE_PASSWORD, FORBIDDEN",
    "ACCESS_AUTHORISATION, FORBIDDEN",
    "NONE, FORBIDDEN"
  })
  void thePersonalPasswordChangesOnlyInTheWeb(Grant.Credential credential, Decision expected) {
    assertThat(policy.canChangePersonalPassword(with(credential, 5L))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "owner with {0} -> device password admitted {1}")
  @CsvSource({
    "SYNCHRONISATION, true",
    "SYNCHRONISATION|PROJECT_VIEW, true",
    "PROJECT_VIEW|USER_MANAGE, false",
    "-, false"
  })
  void synchronisationIsTheEntryTicket(String ownerRights, boolean admitted) {
    Set<Permission> rights = TestGrants.parse(ownerRights);
    assertThat(policy.admitsDevicePassword(rights)).isEqualTo(admitted);
  }
}
