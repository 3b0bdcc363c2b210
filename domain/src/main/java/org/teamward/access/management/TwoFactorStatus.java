package org.teamward.access.management;

/**
 * A person's two-factor state, as their settings page shows it.
 *
 * @param enabled codes are asked for at sign-in
 * @param enrolling a secret was shown and awaits confirmation with a code
 * @param recoveryCodesLeft unused recovery codes
 * @param required the administrator requires it for this account
 */
public record TwoFactorStatus(
    boolean enabled, boolean enrolling, int recoveryCodesLeft, boolean required) {}
