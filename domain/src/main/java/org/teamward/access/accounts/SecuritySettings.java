package org.teamward.access.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Security settings an administrator changes at run time. Kept in the database rather than in
 * configuration, so that every node sees a change at the next request.
 */
@ApplicationScoped
@Transactional
public class SecuritySettings {

  static final String TWO_FACTOR_REQUIRED = "two-factor-required";

  @PersistenceContext EntityManager em;

  public TwoFactorRule twoFactorRule() {
    List<?> rows =
        em.createNativeQuery("select setting_value from security_setting where name = ?1")
            .setParameter(1, TWO_FACTOR_REQUIRED)
            .getResultList();
    return rows.isEmpty() ? TwoFactorRule.NOBODY : TwoFactorRule.valueOf((String) rows.get(0));
  }

  /** Whether this account must use two-factor authentication and has not set it up. */
  public boolean mustEnrol(UserAccount user) {
    return !user.isTotpEnabled() && twoFactorRule().appliesTo(user.groupPermissions());
  }

  public void setTwoFactorRule(TwoFactorRule rule) {
    em.createNativeQuery("update security_setting set setting_value = ?1 where name = ?2")
        .setParameter(1, rule.name())
        .setParameter(2, TWO_FACTOR_REQUIRED)
        .executeUpdate();
  }
}
