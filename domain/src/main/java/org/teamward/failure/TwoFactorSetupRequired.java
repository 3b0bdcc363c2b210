package org.teamward.failure;

/**
 * The organisation requires two-factor authentication for the account, which has not set it up yet:
 * its personal password alone may not create a device password over the API (403, problem type
 * {@code /two-factor-required}). A subclass of {@link Forbidden} so that any channel not knowing it
 * still answers 403.
 */
public class TwoFactorSetupRequired extends Forbidden {
  public TwoFactorSetupRequired() {
    super(
        "Your organisation requires two-factor authentication for your account. Set it up in the"
            + " web interface under your account menu (your name, top right) → Two-factor"
            + " authentication, then create the device password there under your account menu →"
            + " Devices.");
  }

  @Override
  public String problemType() {
    return "two-factor-required";
  }
}
