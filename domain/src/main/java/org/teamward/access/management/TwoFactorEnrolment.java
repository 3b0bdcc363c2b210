package org.teamward.access.management;

/**
 * A secret being enrolled, shown once: as text to type into an authenticator app, and as the {@code
 * otpauth://} URI its QR code carries.
 */
public record TwoFactorEnrolment(String secret, String uri) {

  @Override
  public String toString() {
    return "TwoFactorEnrolment[secret hidden]";
  }
}
