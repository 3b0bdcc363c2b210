package org.teamward.access.accounts;

/**
 * A new account, with its generated initial password. The password is shown this once and stored
 * only as a hash; it is null when the administrator chose one.
 */
public record CreatedUser(UserAccount user, String initialPassword) {}
