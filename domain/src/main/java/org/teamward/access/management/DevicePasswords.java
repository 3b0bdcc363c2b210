package org.teamward.access.management;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.SYNCHRONISATION;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.access.accounts.SecuritySettings;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.credentials.CreatedDevicePassword;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.signin.Authentication;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotAuthenticated;
import org.teamward.failure.NotFound;
import org.teamward.failure.Rule;
import org.teamward.failure.SsoEnforced;
import org.teamward.failure.TooManyAttempts;
import org.teamward.failure.TwoFactorRequired;
import org.teamward.failure.TwoFactorSetupRequired;
import org.teamward.failure.Violations;

/**
 * Personal device passwords: one per application, acting with the owner's current rights. Creating
 * one needs {@link Permission#SYNCHRONISATION}; managing one's own needs only a sign-in. Records
 * are always the caller's own, so another person's id answers 404.
 *
 * <p>A device password may not mint credentials: it cannot create device passwords, nor regenerate
 * any but itself, so that one leaked token cannot be turned into others.
 */
@UseCases
public class DevicePasswords {

  static final int MAX_NAME_LENGTH = 100;
  static final int MAX_TYPE_LENGTH = 32;
  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9 ._-]{1," + MAX_TYPE_LENGTH + "}");

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SecretTokens tokens;
  @Inject Authentication authentication;
  @Inject SecuritySettings settings;
  @Inject CredentialPolicy credentials;

  @Inject
  @ConfigProperty(name = "teamward.device-passwords.max-per-user", defaultValue = "50")
  int maxPerUser;

  Clock clock = Clock.systemUTC();

  /** Creates a device password for the signed-in person; the token is in the answer only. */
  @Requires(value = SYNCHRONISATION, effect = WRITE)
  public CreatedDevicePassword create(String name, String deviceType) {
    Grant grant = ownerGrant();
    credentials
        .canCreateDevicePassword(grant)
        .orThrow("create device passwords with a token; use the web interface");
    UserAccount user = em.find(UserAccount.class, grant.id());
    if (user == null) {
      throw new NotAuthenticated();
    }
    return issue(user, name, deviceType);
  }

  /**
   * Creates a device password with the personal e-mail and password, for setting up an app without
   * the web interface. Unknown account, wrong password and inactive account fail alike, and are
   * throttled alike (per account and client address).
   *
   * @param clientIp the resolved client address, which the throttle counts by
   */
  @Public(
      value = "POST /api/device signs in with the personal password in the body",
      effect = WRITE)
  public CreatedDevicePassword createWithPassword(DeviceSignIn request, String clientIp) {
    Violations.of(request).throwIfAny();
    checkedName(request.deviceName());
    checkedType(request.deviceType());
    Authentication.Outcome outcome =
        authentication.personalPassword(request.email(), request.password(), clientIp);
    if (outcome.isThrottled()) {
      throw new TooManyAttempts(outcome.retryAfter());
    }
    if (Authentication.PASSWORD_RETIRED.equals(outcome.refusal())) {
      throw new SsoEnforced();
    }
    if (!outcome.isAccepted()) {
      throw new NotAuthenticated();
    }
    // With 2FA on, the personal password alone must not yield a long-lived credential; nor for an
    // account that must set it up first. Such accounts create device passwords in the web.
    if (outcome.needsSecondFactor()) {
      throw new TwoFactorRequired();
    }
    UserAccount user = em.find(UserAccount.class, outcome.key().id());
    if (settings.mustEnrol(user)) {
      throw new TwoFactorSetupRequired();
    }
    // An initial password was printed in a log or handed over; it must not outlive itself in a
    // device password created before the forced change.
    if (user.isMustChangePassword()) {
      throw new Forbidden("Change your initial password in the web interface first.");
    }
    if (!outcome.grant().has(SYNCHRONISATION)) {
      throw new Forbidden(
          "Your account lacks the Synchronisation permission needed to create device passwords.");
    }
    return issue(user, request.deviceName(), request.deviceType());
  }

  /** The caller's own device passwords, newest first, revoked ones included and flagged. */
  @Authenticated(effect = READ)
  public List<DevicePassword> listOwn() {
    Grant grant = caller.grant();
    if (grant.kind() != Grant.Kind.USER) {
      return List.of();
    }
    return em.createQuery(
            "select d from DevicePassword d where d.user.id = :user"
                + " order by d.createdAt desc, d.id desc",
            DevicePassword.class)
        .setParameter("user", grant.id())
        .getResultList();
  }

  /** "Change password": a new token; the old one stops working at once. */
  @Authenticated(effect = WRITE)
  public CreatedDevicePassword regenerate(long id) {
    Grant grant = ownerGrant();
    DevicePassword device = own(grant, id);
    credentials
        .canRenewDevicePassword(grant, device.getId())
        .orThrow("renew another device password with a token; use the web interface");
    if (device.isRevoked()) {
      throw new Conflict("This device password was revoked. Create a new one instead.");
    }
    String token = tokens.newToken(SecretTokens.Type.DEVICE_PASSWORD);
    device.setTokenDigest(tokens.digest(token));
    return new CreatedDevicePassword(device, token);
  }

  /** Revokes one of the caller's device passwords; revoking it again changes nothing. */
  @Authenticated(effect = WRITE)
  public void revoke(long id) {
    DevicePassword device = own(ownerGrant(), id);
    if (!device.isRevoked()) {
      device.revoke(clock.instant());
    }
  }

  @Authenticated(effect = WRITE)
  public DevicePassword rename(long id, String name) {
    String checked = checkedName(name);
    DevicePassword device = own(ownerGrant(), id);
    device.setName(checked);
    return device;
  }

  /** Revokes all the caller's device passwords, as after a password change; answers how many. */
  @Authenticated(effect = WRITE)
  public int revokeAllOwn() {
    return DevicePassword.revokeAll(em, ownerGrant().id(), clock.instant());
  }

  private CreatedDevicePassword issue(UserAccount user, String name, String deviceType) {
    String checkedName = checkedName(name);
    String checkedType = checkedType(deviceType);
    // Serialises concurrent creations for one user, so that the cap holds on a cluster too.
    em.lock(user, LockModeType.PESSIMISTIC_WRITE);
    long live =
        em.createQuery(
                "select count(d) from DevicePassword d"
                    + " where d.user.id = :user and d.revokedAt is null",
                Long.class)
            .setParameter("user", user.getId())
            .getSingleResult();
    if (live >= maxPerUser) {
      throw new Conflict(
          "You already have "
              + live
              + " device passwords, the most allowed. Revoke one you no longer use first.");
    }
    String token = tokens.newToken(SecretTokens.Type.DEVICE_PASSWORD);
    DevicePassword device = new DevicePassword();
    device.setUser(user);
    device.setName(checkedName);
    device.setDeviceType(checkedType);
    device.setTokenDigest(tokens.digest(token));
    em.persist(device);
    return new CreatedDevicePassword(device, token);
  }

  /** Only people own device passwords; an API access authorisation has none. */
  private Grant ownerGrant() {
    Grant grant = caller.grant();
    if (grant.kind() != Grant.Kind.USER) {
      throw new Forbidden("Only a person can have device passwords.");
    }
    return grant;
  }

  private DevicePassword own(Grant grant, long id) {
    DevicePassword device = em.find(DevicePassword.class, id);
    if (device == null || device.getUser().getId() != grant.id()) {
      throw new NotFound("No such device password.");
    }
    return device;
  }

  static String checkedName(String raw) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      throw new Invalid("deviceName", Rule.REQUIRED, "Give the device password a name.");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new Invalid(
          "deviceName",
          Rule.TOO_LONG,
          "The name may have at most " + MAX_NAME_LENGTH + " characters.",
          MAX_NAME_LENGTH);
    }
    if (name.codePoints().anyMatch(DevicePasswords::hidden)) {
      throw new Invalid("deviceName", "The name may not contain control characters.");
    }
    return name;
  }

  static String checkedType(String raw) {
    String type = raw == null ? "" : raw.strip();
    if (!TYPE.matcher(type).matches()) {
      throw new Invalid(
          "deviceType",
          "The device type needs 1 to "
              + MAX_TYPE_LENGTH
              + " letters, digits, spaces, dots, underscores or hyphens.");
    }
    return type;
  }

  /**
   * Control and format characters (such as right-to-left overrides) and line breaks: a name with
   * them could render misleadingly in the device list.
   */
  private static boolean hidden(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }
}
