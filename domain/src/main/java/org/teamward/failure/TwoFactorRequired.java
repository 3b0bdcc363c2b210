package org.teamward.failure;

/**
 * The account has two-factor authentication, so its personal password alone may not create a device
 * password over the API (403, problem type {@code /two-factor-enabled}). A subclass of {@link
 * Forbidden} so that any channel not knowing it still answers 403.
 */
public class TwoFactorRequired extends Forbidden {
  public TwoFactorRequired() {
    super(
        "This account uses two-factor authentication. Create the device password in the web"
            + " interface under your account menu (your name, top right) → Devices.");
  }

  @Override
  public String problemType() {
    return "two-factor-enabled";
  }
}
