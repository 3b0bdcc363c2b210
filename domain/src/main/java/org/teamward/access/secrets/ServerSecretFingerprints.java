package org.teamward.access.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.logging.Logger;
import org.teamward.access.accounts.RightHolders;

/**
 * Makes sure every node runs with the server secrets the database was set up with. A node with
 * another token pepper or two-factor key would start fine and then refuse every device password, or
 * fail to open every two-factor secret, that the other nodes made; comparing a fingerprint at
 * start-up turns that into a refusal to start. The first start on a database (or the first after
 * the upgrade that brought this check) records the fingerprint.
 */
@ApplicationScoped
public class ServerSecretFingerprints {

  private static final Logger LOG = Logger.getLogger(ServerSecretFingerprints.class.getName());

  @PersistenceContext EntityManager em;

  /**
   * Records the fingerprint of {@code variable}'s value if the database has none yet, else refuses
   * to go on when it differs.
   *
   * @param fingerprint from {@link ServerSecret#fingerprint}
   * @param otherwise what a different value would break, for the message
   */
  @Transactional
  public void require(String variable, String fingerprint, String otherwise) {
    // Serialises nodes starting together on an empty database: the second waits, then finds the
    // first one's row, rather than both inserting and one failing on the primary key.
    RightHolders.lock(em);
    List<?> rows =
        em.createNativeQuery("select fingerprint from server_secret where name = ?1")
            .setParameter(1, variable)
            .getResultList();
    if (rows.isEmpty()) {
      em.createNativeQuery(
              "insert into server_secret (name, fingerprint, created_at)"
                  + " values (?1, ?2, CURRENT_TIMESTAMP)")
          .setParameter(1, variable)
          .setParameter(2, fingerprint)
          .executeUpdate();
      LOG.info(() -> "Recorded the fingerprint of " + variable + " in the database.");
      return;
    }
    if (!MessageDigest.isEqual(
        ((String) rows.get(0)).getBytes(StandardCharsets.US_ASCII),
        fingerprint.getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalStateException(
          variable
              + " differs from the one this database was set up with: every node of a cluster"
              + " must have the same value. "
              + otherwise
              + " Give this node the same "
              + variable
              + " as the others (or, to change it on purpose, see the README).");
    }
  }
}
