package org.teamward.access.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/**
 * What an administrator sends to create an account.
 *
 * @param employeeId the person the account belongs to; null for an administrative account
 * @param password null to generate one that must be changed at first sign-in
 */
public record NewUser(
    @NotBlank @Size(max = 254) @Email String email,
    @NotBlank @Size(max = 200) String name,
    Long employeeId,
    @NotNull Set<Long> groups,
    @Size(max = 200) String password) {

  /** The same account with its e-mail address as it is stored and compared: trimmed, lower case. */
  public NewUser normalised() {
    String normal = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    return new NewUser(normal, name, employeeId, groups, password);
  }
}
