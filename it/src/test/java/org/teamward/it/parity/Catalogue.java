package org.teamward.it.parity;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Effect;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.it.absence.AbsenceOperations;
import org.teamward.it.access.AdministrationOperations;
import org.teamward.it.attendance.AttendanceOperations;
import org.teamward.it.employee.EmployeeOperations;
import org.teamward.it.project.ProjectOperations;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.Operation.Relation;
import org.teamward.it.time.BookingOperations;

/**
 * The operation catalogue: every domain use case that changes something, described once per record
 * relation, in one small file per feature. The parity suite runs each entry for a person with and
 * without the permission, through the API and through the web UI, and expects the same outcome in
 * both. Entries name a use case as the audit log does ({@code AuditTrail.action}), since the audit
 * suite expects each entry's write under that name.
 */
public final class Catalogue {

  private Catalogue() {}

  public static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    all.addAll(ProjectOperations.all());
    all.addAll(BookingOperations.all());
    all.addAll(AttendanceOperations.all());
    all.addAll(AbsenceOperations.all());
    all.addAll(EmployeeOperations.all());
    all.addAll(AdministrationOperations.all());
    return all;
  }

  /**
   * What the parity matrix runs: every entry, and every entry on another's record once more for a
   * record out of the person's scope.
   */
  public static List<Operation> matrix() {
    List<Operation> all = new ArrayList<>(operations());
    all.addAll(
        operations().stream()
            .filter(o -> o.relation() == Relation.OTHER && o.denied() == Outcome.REFUSED)
            .map(Operation::outOfScope)
            .toList());
    return all;
  }

  /**
   * Whether a use case only reads, as the domain declares it ({@code effect} on {@code @Requires},
   * {@code @Authenticated} and {@code @Public}). Reads change nothing, so the matrix has no state
   * to compare; their rights decide which pages, rows and choices show, which the entries depend
   * on, and the API and web suites exercise them.
   */
  static boolean isRead(Method useCase) {
    Effect effect =
        useCase.isAnnotationPresent(Requires.class)
            ? useCase.getAnnotation(Requires.class).effect()
            : useCase.isAnnotationPresent(Authenticated.class)
                ? useCase.getAnnotation(Authenticated.class).effect()
                : useCase.isAnnotationPresent(Public.class)
                    ? useCase.getAnnotation(Public.class).effect()
                    : Effect.WRITE;
    return effect == Effect.READ;
  }

  /** Writes that are deliberately not in the catalogue, each with the reason. */
  static final Map<String, String> NOT_IN_CATALOGUE =
      Map.ofEntries(
          // The caller's own account: no permission, and no other person's record involved.
          Map.entry("Users.changeOwnPassword", "@Authenticated: own account, web only"),
          Map.entry("DevicePasswords.create", "SYNCHRONISATION: covered by the device suites"),
          Map.entry("DevicePasswords.createWithPassword", "@Public: POST /api/device"),
          Map.entry("DevicePasswords.regenerate", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.revoke", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.rename", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.revokeAllOwn", "@Authenticated: own devices only"),
          // One's own web sessions (My sessions): web only, no other person's record involved;
          // the session suite covers them.
          Map.entry("WebSessions.endMine", "@Authenticated: own web sessions, session suite"),
          Map.entry("WebSessions.endMyOthers", "@Authenticated: own web sessions, session suite"),
          // For administrators' resets (2FA and the like); no page or endpoint of its own yet.
          Map.entry("WebSessions.endAllSessions", "USER_MANAGE: for resets, domain tests"),
          // Credentials for interfaces and the inventory: no employee's record is involved; the
          // access-authorisation suite covers them in both channels, escalation included.
          Map.entry("AccessAuthorisations.create", "API_ACCESS_MANAGE: access-authorisation suite"),
          Map.entry("AccessAuthorisations.update", "API_ACCESS_MANAGE: access-authorisation suite"),
          Map.entry(
              "AccessAuthorisations.regeneratePassword",
              "API_ACCESS_MANAGE: access-authorisation suite"),
          Map.entry("AccessAuthorisations.revoke", "API_ACCESS_MANAGE: access-authorisation suite"),
          Map.entry("CredentialInventory.revoke", "API_ACCESS_MANAGE: access-authorisation suite"),
          Map.entry(
              "CredentialInventory.revokeAllOf", "API_ACCESS_MANAGE: access-authorisation suite"),
          // The API's and terminals' check-in and check-out: the Attendance.checkIn and checkOut
          // rows reach it through /api/attendance/check-in and /check-out; the terminal suite
          // covers badges, idempotency keys and the kiosk page.
          Map.entry("Attendance.clock", "API form of checkIn/checkOut: their rows, terminal suite"),
          Map.entry("BufferedPunches.deliver", "a terminal's offline buffer: terminal suite"),
          Map.entry("Attendance.forgetExpiredKeys", "@Public: the scheduler's housekeeping"),
          Map.entry("AuditLog.purgeExpired", "@Public: the scheduler's housekeeping"),
          // Two-factor authentication: one's own factors in the web only; the administrators'
          // reset and requirement in both channels. The two-factor suite covers them.
          Map.entry("TwoFactor.enrol", "@Authenticated: own account, two-factor suite"),
          Map.entry("TwoFactor.confirm", "@Authenticated: own account, two-factor suite"),
          Map.entry("TwoFactor.disable", "@Authenticated: own account, two-factor suite"),
          Map.entry("TwoFactor.reset", "USER_MANAGE: two-factor suite, both channels"),
          Map.entry("TwoFactor.require", "USER_MANAGE: two-factor suite, both channels"));
}
