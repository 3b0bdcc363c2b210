package org.teamward.access.accounts;

/**
 * Narrows the account list; every field is optional.
 *
 * @param text part of the e-mail address or display name, case-insensitive
 */
public record UserFilter(String text, Boolean active) {

  public static final UserFilter ALL = new UserFilter(null, null);
}
