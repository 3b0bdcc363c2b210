package org.teamward.web.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.teamward.access.rights.Caller;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.AttendanceSource;
import org.teamward.attendance.Breaks;
import org.teamward.attendance.Clockings;
import org.teamward.employee.Employee;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.Messages;
import org.teamward.web.UseCase;

/**
 * Checking another employee in and out, and their breaks, as an attendance manager does over the
 * API. The choices come from the clocking use case itself, so the panel needs no EMPLOYEE_VIEW and
 * appears exactly when the caller may clock someone other than themselves.
 */
@Named("clocking")
@ViewScoped
public class ClockingPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Clockings clockings;
  @Inject Breaks breaks;
  @Inject Caller caller;
  @Inject Failures failures;
  @Inject Messages messages;

  private EmployeePick employee;
  private transient Boolean shown;

  /**
   * Whom the caller may clock, themselves included, whose first name, last name or personnel number
   * holds {@code text}: at most {@link EmployeeChoices#LIMIT}.
   */
  public List<Employee> choices(String text) {
    List<Employee> found =
        UseCase.CLOCKINGS_CLOCKABLE_EMPLOYEES.allows(caller.grant())
            ? failures.attempt(() -> clockings.clockableEmployees(text, EmployeeChoices.LIMIT))
            : null;
    return found == null ? List.of() : found;
  }

  /** The panel's picker. */
  public List<EmployeePick> complete(String text) {
    return EmployeeChoices.picks(choices(text));
  }

  /**
   * Own clocking has its place on My day; this panel is for clocking others. The first two choices
   * tell whether there is anyone else. Read once per view.
   */
  public boolean isShown() {
    if (shown == null) {
      List<Employee> first =
          UseCase.CLOCKINGS_CLOCKABLE_EMPLOYEES.allows(caller.grant())
              ? failures.attempt(() -> clockings.clockableEmployees(null, 2))
              : null;
      shown = first != null && first.stream().anyMatch(e -> !caller.grant().isOwn(e.getId()));
    }
    return shown;
  }

  public void checkIn() {
    act(
        () -> clockings.checkIn(employeeId(), null, null, AttendanceSource.WEB),
        "attendance.clock.checkedIn");
  }

  public void checkOut() {
    act(() -> clockings.checkOut(employeeId(), null), "attendance.clock.checkedOut");
  }

  public void startBreak() {
    act(() -> breaks.startBreak(employeeId(), null), "attendance.clock.breakStarted");
  }

  public void endBreak() {
    act(() -> breaks.endBreak(employeeId(), null), "attendance.clock.breakEnded");
  }

  /**
   * No choice is refused here, not passed on: the use case reads a missing employee as "the caller
   * themselves", which is not what someone clocking another person means.
   */
  private void act(Supplier<AttendanceRecord> action, String done) {
    if (employee == null) {
      messages.error("attendance.clock.choose");
      return;
    }
    AttendanceRecord record = failures.attempt(action);
    if (record != null) {
      messages.info(done, record.getEmployee().getFullName());
    }
  }

  private Long employeeId() {
    return EmployeePick.idOf(employee);
  }

  public EmployeePick getEmployee() {
    return employee;
  }

  public void setEmployee(EmployeePick employee) {
    this.employee = employee;
  }
}
