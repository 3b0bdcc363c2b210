package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.teamward.access.accounts.TwoFactorRule;
import org.teamward.access.management.TwoFactor;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * Who must sign in with a second factor, for every account at once; shown above the accounts list.
 * View scoped so that the rule chosen stays chosen until it is saved.
 */
@Named
@ViewScoped
public class TwoFactorRulePanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TwoFactor twoFactor;
  @Inject Failures failures;
  @Inject Messages messages;

  private TwoFactorRule rule;

  public TwoFactorRule getRule() {
    if (rule == null) {
      rule = twoFactor.rule();
    }
    return rule;
  }

  public void setRule(TwoFactorRule rule) {
    this.rule = rule;
  }

  public TwoFactorRule[] getRules() {
    return TwoFactorRule.values();
  }

  public void save() {
    TwoFactorRule chosen = rule;
    if (failures.attempt(() -> twoFactor.require(chosen)) != null) {
      messages.info("users.twoFactorRule.saved");
    }
  }
}
