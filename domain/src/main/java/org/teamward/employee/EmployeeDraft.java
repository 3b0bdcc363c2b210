package org.teamward.employee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.teamward.failure.TimeZoneId;
import org.teamward.failure.Violations;

/**
 * What a caller sends to create or change a person's record.
 *
 * @param timeZone an IANA zone id such as "Europe/Berlin"; it decides what "today" means
 * @param active null means active
 */
public record EmployeeDraft(
    @NotBlank @Size(max = 32) String personnelNumber,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Email @Size(max = 254) String email,
    @Size(max = 100) String department,
    Long lineManagerId,
    @NotBlank @Size(max = 64) @TimeZoneId String timeZone,
    Boolean active) {

  void validate() {
    Violations.of(this).throwIfAny();
  }
}
