package org.teamward.employee;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * What a caller sends to create or change a person's record.
 *
 * @param timeZone an IANA zone id such as "Europe/Berlin"; it decides what "today" means
 * @param active null means active
 */
public record EmployeeDraft(
    String personnelNumber,
    String firstName,
    String lastName,
    String email,
    String department,
    Long lineManagerId,
    String timeZone,
    Boolean active) {

  void validate() {
    new Violations()
        .text("personnelNumber", personnelNumber, 32)
        .text("firstName", firstName, 100)
        .text("lastName", lastName, 100)
        .optionalText("email", email, 254)
        .check(
            email == null || email.isBlank() || email.matches("[^@\\s]+@[^@\\s]+"),
            "email",
            Rule.EMAIL,
            "email must be an e-mail address")
        .optionalText("department", department, 100)
        .text("timeZone", timeZone, 64)
        .check(
            timeZone == null || isZone(timeZone),
            "timeZone",
            Rule.TIME_ZONE,
            "timeZone is no known time zone")
        .throwIfAny();
  }

  private static boolean isZone(String id) {
    try {
      ZoneId.of(id);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
