package org.teamward.failure;

/**
 * The account signs in with the company's identity provider only ("Enforced"): its Teamward
 * password is retired, so it cannot create a device password over the API (403, problem type {@code
 * /sso-enforced}). Device passwords made in the web interface work as before. A subclass of {@link
 * Forbidden} so that any channel not knowing it still answers 403.
 */
public class SsoEnforced extends Forbidden {
  public SsoEnforced() {
    super(
        "Your account signs in with your company account only; its Teamward password is retired."
            + " Create the device password in the web interface under your account menu (your"
            + " name, top right) → Devices.");
  }

  @Override
  public String problemType() {
    return "sso-enforced";
  }
}
