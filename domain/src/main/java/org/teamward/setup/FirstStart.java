package org.teamward.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.teamward.access.accounts.RightHolders;
import org.teamward.access.accounts.StandardGroup;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.PasswordRules;
import org.teamward.persistence.DataDirectory;

/**
 * Prepares an empty database: the standard user groups and the first administrator, who holds every
 * permission.
 *
 * <p>With {@code TEAMWARD_ADMIN_EMAIL} and {@code TEAMWARD_ADMIN_PASSWORD} the administrator is
 * ready to use at once (automated installs). Without them the administrator gets a random password,
 * printed once in the log and written to an owner-only file in the data directory, and must change
 * it at first sign-in. There is never a fixed default password.
 */
@ApplicationScoped
public class FirstStart {

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
  static final String DEFAULT_ADMIN_EMAIL = "admin@teamward.local";
  static final String PASSWORD_FILE = "initial-admin-password.txt";

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject Config config;
  @Inject Event<AdministratorCreated> created;

  /**
   * Prepares the database if it holds no account yet, and then hands the standard groups to {@code
   * alsoOnce} (the demo data, when asked for), all in one transaction that first locks the guard
   * row. Of several nodes starting on one empty database, exactly one prepares it; the others wait
   * for its commit and then find accounts. A failure half-way rolls everything back, so the next
   * start finds the database empty and tries again.
   *
   * @return whether this start prepared the database
   */
  @Transactional
  public boolean prepareEmptyDatabase(Consumer<Map<StandardGroup, UserGroup>> alsoOnce) {
    // Before the count: on PostgreSQL and H2 (read committed) the count after the wait sees what
    // the node that held the lock committed.
    RightHolders.lock(em);
    long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    if (users > 0) {
      return false;
    }
    Map<StandardGroup, UserGroup> groups = new EnumMap<>(StandardGroup.class);
    for (StandardGroup standard : StandardGroup.values()) {
      UserGroup group = new UserGroup();
      group.setName(standard.displayName());
      group.setDescription(standard.description());
      group.setPermissions(standard.permissions());
      group.setScope(standard.scope());
      em.persist(group);
      groups.put(standard, group);
    }
    createAdministrator(groups.get(StandardGroup.ADMINISTRATORS));
    alsoOnce.accept(groups);
    return true;
  }

  private void createAdministrator(UserGroup administrators) {
    Optional<String> email = config.getOptionalValue("teamward.admin.email", String.class);
    Optional<String> password = config.getOptionalValue("teamward.admin.password", String.class);
    UserAccount admin = new UserAccount();
    admin.setEmail(email.orElse(DEFAULT_ADMIN_EMAIL).trim().toLowerCase(Locale.ROOT));
    admin.setDisplayName("Administrator");
    admin.getGroups().add(administrators);
    administrators.getMembers().add(admin);

    String weakness =
        password.isPresent() ? PasswordRules.weakness(password.get(), false) : "not set";
    if (email.isPresent() && password.isPresent() && weakness == null) {
      admin.setPasswordHash(hashing.hash(password.get()), false);
      em.persist(admin);
      LOG.info(() -> "Created the administrator " + admin.getEmail() + " from TEAMWARD_ADMIN_*.");
      return;
    }
    if (password.isPresent()) {
      LOG.warning("TEAMWARD_ADMIN_PASSWORD is not usable (" + weakness + "); using a random one.");
    }
    String initial = PasswordHashing.randomPassword();
    admin.setPasswordHash(hashing.hash(initial), true);
    em.persist(admin);
    created.fire(new AdministratorCreated(admin.getEmail(), initial));
  }

  /** The random first password, announced only once the account is committed. */
  public record AdministratorCreated(String email, String password) {}

  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdministratorCreated admin) {
    String initial = admin.password();
    Path file =
        writeOwnerOnly(PASSWORD_FILE, "email: " + admin.email() + "\npassword: " + initial + "\n");
    // Printed exactly once, on the start that created the account, as the operator has no
    // other way in; the account must change it at first sign-in.
    LOG.warning(
        "\n======================================================================\n"
            + " Teamward created the first administrator.\n"
            + "   e-mail:   "
            + admin.email()
            + "\n   password: "
            + initial
            + "\n It must be changed at first sign-in."
            + (file == null ? "" : "\n Also written to " + file + " (readable by its owner only).")
            + "\n======================================================================");
  }

  /** Writes a credentials file readable by its owner only; answers null when it cannot. */
  Path writeOwnerOnly(String name, String content) {
    Path dir = DataDirectory.path(config);
    Path file = dir.resolve(name);
    try {
      DataDirectory.createOwnerOnly(dir);
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
      return file;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not write " + file + ": " + e.getMessage());
      return null;
    }
  }
}
