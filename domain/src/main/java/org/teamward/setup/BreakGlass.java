package org.teamward.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.access.accounts.RightHolders;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.rights.Permission;

/**
 * Break-glass for operators. The administration rules keep every permission with an active holder,
 * but a database edit or a restored backup can still leave an installation in which nobody may
 * manage accounts or groups, and nobody can repair it from inside. Started with {@code
 * TEAMWARD_BREAK_GLASS_ACCOUNT=<e-mail>}, Teamward then activates that account and puts it into the
 * group {@value #GROUP}, which holds every permission. It does so only when some permission has no
 * active holder, or when no active holder of {@link Permission#USER_MANAGE} can sign in with a
 * password (all are {@link SsoMode#ENFORCED}, so an outage of the identity provider locks everyone
 * out); then the account's own mode is set from enforced to allowed as well, so that its password
 * works. On a healthy installation the setting does nothing but say so. Either way it is logged
 * loudly, and the setting should be removed again after use.
 */
@ApplicationScoped
public class BreakGlass {

  private static final Logger LOG = Logger.getLogger(BreakGlass.class.getName());

  static final String GROUP = "Break-glass administrators";

  /** What a start with the setting did. */
  public enum Outcome {
    NOT_CONFIGURED,
    HEALTHY,
    NO_SUCH_ACCOUNT,
    RESTORED
  }

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "teamward.break-glass.account")
  Optional<String> account;

  @Transactional
  public Outcome repairIfAsked() {
    if (account.isEmpty() || account.get().isBlank()) {
      return Outcome.NOT_CONFIGURED;
    }
    String email = account.get().strip().toLowerCase(Locale.ROOT);
    // the same lock as every administration change, so that none runs while this repairs
    RightHolders holders = RightHolders.lockAndLoad(em);
    Set<Permission> orphaned = holders.orphaned();
    boolean noPasswordAdministrator =
        holders.holdingWithPassword(Permission.USER_MANAGE, RightHolders.passwordRetired(em)) == 0;
    if (orphaned.isEmpty() && !noPasswordAdministrator) {
      LOG.warning(
          "BREAK-GLASS: TEAMWARD_BREAK_GLASS_ACCOUNT is set, but every permission has an active"
              + " holder and an active user with the permission USER_MANAGE can sign in with a"
              + " password, so nothing was changed. Remove the setting.");
      return Outcome.HEALTHY;
    }
    String reason = reason(orphaned, noPasswordAdministrator);
    UserAccount user =
        em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
            .setParameter("email", email)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      LOG.severe(
          "BREAK-GLASS: no account has the e-mail address "
              + email
              + " given in TEAMWARD_BREAK_GLASS_ACCOUNT; nothing was changed, and there is still "
              + reason
              + ".");
      return Outcome.NO_SUCH_ACCOUNT;
    }
    UserGroup group = breakGlassGroup();
    user.getGroups().add(group);
    group.getMembers().add(user);
    user.setActive(true);
    // DISABLED also signs in with the password; only ENFORCED retires it
    boolean passwordRestored = user.getSsoMode() == SsoMode.ENFORCED;
    if (passwordRestored) {
      user.setSsoMode(SsoMode.ALLOWED);
    }
    LOG.warning(
        "BREAK-GLASS: "
            + email
            + " was activated and given every permission through the group '"
            + GROUP
            + "'"
            + (passwordRestored
                ? ", and its sign-in mode was changed from enforced to allowed so that its"
                    + " password works,"
                : "")
            + " because there was "
            + reason
            + ". Sign in with it, repair the user groups and sign-in modes, then remove"
            + " TEAMWARD_BREAK_GLASS_ACCOUNT and take the account out of that group.");
    return Outcome.RESTORED;
  }

  /** Why break-glass acts, one or both of its conditions, worded for the log after "there is". */
  private static String reason(Set<Permission> orphaned, boolean noPasswordAdministrator) {
    List<String> reasons = new ArrayList<>();
    if (!orphaned.isEmpty()) {
      reasons.add("no active holder of these permissions: " + orphaned);
    }
    if (noPasswordAdministrator) {
      reasons.add(
          "no active user with the permission USER_MANAGE who can sign in with a password (an"
              + " outage of the identity provider would lock everyone out)");
    }
    return String.join("; and ", reasons);
  }

  /** The group holding every permission, made afresh or restored to full rights. */
  private UserGroup breakGlassGroup() {
    UserGroup group =
        em.createQuery("select g from UserGroup g where g.name = :name", UserGroup.class)
            .setParameter("name", GROUP)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  UserGroup created = new UserGroup();
                  created.setName(GROUP);
                  created.setDescription(
                      "Every permission, restored at start-up by TEAMWARD_BREAK_GLASS_ACCOUNT.");
                  em.persist(created);
                  return created;
                });
    group.setPermissions(EnumSet.allOf(Permission.class));
    return group;
  }
}
