package org.teamward.access.signin;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.credentials.LastUse;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.access.secrets.Networks;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.audit.Actor;
import org.teamward.audit.AuditTrail;

/**
 * The API secrets of {@link Authentication}: device passwords and access authorisations, each
 * verified by its digest in one read, throttled per address when invalid, and noted in the audit
 * log when refused. One job of the seam, apart from the web sign-in.
 */
@Dependent
class ApiSecrets {

  @PersistenceContext EntityManager em;
  @Inject SecretTokens tokens;
  @Inject CredentialPolicy policy;
  @Inject Throttling throttling;
  @Inject LastUse lastUse;
  @Inject AuditTrail trail;

  Authentication.Outcome verify(Long id, String secret, String clientIp, Instant now) {
    SecretTokens.Type type = SecretTokens.Type.of(secret).orElse(null);
    Authentication.Outcome outcome = verifyApiSecret(id, type, secret, clientIp, now);
    if (outcome.isAccepted()
        || outcome.fromForbiddenAddress()
        || Authentication.SUSPENDED.equals(outcome.refusal())) {
      if (!outcome.isAccepted()) {
        recordRefusal(id, type, outcome);
      }
      return outcome;
    }
    Optional<Duration> wait = throttling.blocked(Throttling.Kind.API_SECRET, null, clientIp);
    if (wait.isPresent()) {
      Authentication.Outcome throttled = Authentication.Outcome.throttled(wait.get());
      recordRefusal(id, type, throttled);
      return throttled;
    }
    throttling.failed(Throttling.Kind.API_SECRET, null, clientIp);
    recordRefusal(id, type, outcome);
    return outcome;
  }

  private Authentication.Outcome verifyApiSecret(
      Long id, SecretTokens.Type type, String secret, String clientIp, Instant now) {
    if (type == SecretTokens.Type.DEVICE_PASSWORD) {
      return devicePassword(id, secret, clientIp, now);
    }
    if (type == SecretTokens.Type.ACCESS_AUTHORISATION) {
      return accessAuthorisation(id, secret, clientIp, now);
    }
    return Authentication.Outcome.refused(Authentication.REFUSED);
  }

  /**
   * A refused API credential, named by the id the client sent and the kind its prefix claims; a
   * valid access authorisation from a forbidden address by itself. Never the secret.
   */
  private void recordRefusal(Long id, SecretTokens.Type type, Authentication.Outcome outcome) {
    String kind =
        type == SecretTokens.Type.DEVICE_PASSWORD
            ? Grant.Credential.DEVICE_PASSWORD.name()
            : type == SecretTokens.Type.ACCESS_AUTHORISATION
                ? Grant.Credential.ACCESS_AUTHORISATION.name()
                : "UNKNOWN";
    String reason =
        outcome.isThrottled()
            ? Authentication.THROTTLED_DETAIL
            : outcome.fromForbiddenAddress()
                ? "ip-not-allowed"
                : Authentication.SUSPENDED.equals(outcome.refusal()) ? "suspended" : "refused";
    trail.record(
        Authentication.API_SECRET,
        org.teamward.audit.Outcome.FAILED,
        id == null || type == null
            ? null
            : type == SecretTokens.Type.DEVICE_PASSWORD ? "DevicePassword" : "AccessAuthorisation",
        id,
        Actor.attempt(id == null ? null : String.valueOf(id), kind),
        reason);
  }

  private Authentication.Outcome devicePassword(
      Long id, String token, String clientIp, Instant now) {
    if (!tokens.wellFormed(token, SecretTokens.Type.DEVICE_PASSWORD)) {
      return Authentication.Outcome.refused(Authentication.REFUSED);
    }
    Grants.VerifiedDevice device =
        Grants.deviceByDigest(em, tokens.digest(token), LastUse.dueBefore(now)).orElse(null);
    // The database compared the digest already; this repeats it in constant time so that the
    // decision itself never depends on a short-circuiting string comparison.
    if (device == null
        || !tokens.matches(token, device.tokenDigest())
        || device.revoked()
        || !device.ownerActive()
        || (id != null && id != device.id())) {
      return Authentication.Outcome.refused(Authentication.REFUSED);
    }
    if (!policy.admitsDevicePassword(device.grant().permissions())) {
      return Authentication.Outcome.refused(Authentication.SUSPENDED);
    }
    if (device.lastUseDue()) {
      lastUse.record("device_password", device.id(), clientIp, now);
    }
    return Authentication.Outcome.accepted(
        new CallerKey(CallerKey.Type.DEVICE, device.id()), device.grant());
  }

  /**
   * An access authorisation's password. The address check comes after the password check, so that
   * only a holder of the password learns that the address was the reason; both refusals change
   * nothing.
   */
  private Authentication.Outcome accessAuthorisation(
      Long id, String token, String clientIp, Instant now) {
    if (!tokens.wellFormed(token, SecretTokens.Type.ACCESS_AUTHORISATION)) {
      return Authentication.Outcome.refused(Authentication.REFUSED);
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Grants.VerifiedInterface authorisation =
        Grants.interfaceByDigest(em, tokens.digest(token), today, LastUse.dueBefore(now))
            .orElse(null);
    if (authorisation == null
        || !tokens.matches(token, authorisation.tokenDigest())
        || !authorisation.grant().authenticated()
        || (id != null && id != authorisation.id())) {
      return Authentication.Outcome.refused(Authentication.REFUSED);
    }
    if (!Networks.allows(authorisation.allowedNetworks(), clientIp)) {
      return Authentication.Outcome.forbiddenAddress();
    }
    if (authorisation.lastUseDue()) {
      lastUse.record("access_authorisation", authorisation.id(), clientIp, now);
    }
    return Authentication.Outcome.accepted(
        new CallerKey(CallerKey.Type.INTERFACE, authorisation.id()), authorisation.grant());
  }
}
