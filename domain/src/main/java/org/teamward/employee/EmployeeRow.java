package org.teamward.employee;

import org.teamward.access.rights.Grant;
import org.teamward.access.rights.ScopedEmployee;

/**
 * An employee as the people list shows it, read as one row with their line manager's name instead
 * of as two entities (see {@link Employees#list}). It carries the policy's decision on the one
 * action the list offers, editing, taken once for the caller when the rows are read, so that no
 * channel asks the policy per row.
 *
 * @param lineManagerName the line manager's full name, null without one
 * @param lineManagerPersonnelNumber the line manager's, which tells namesakes apart in a picker
 * @param mayEdit whether the caller may change the record
 */
public record EmployeeRow(
    long id,
    long version,
    String personnelNumber,
    String firstName,
    String lastName,
    String email,
    String department,
    Long lineManagerId,
    String lineManagerName,
    String lineManagerPersonnelNumber,
    String timeZone,
    boolean active,
    boolean mayEdit) {

  /** The columns {@link #ofColumns} reads, in its order; {@code m} is the line manager. */
  static final String COLUMNS =
      "e.id, e.version, e.personnel_number, e.first_name, e.last_name, e.email, e.department,"
          + " e.line_manager_id, m.first_name, m.last_name, m.personnel_number, e.time_zone,"
          + " e.active";

  /** The record as its entity holds it, with the decision the caller's policy made for it. */
  public static EmployeeRow of(Employee e, boolean mayEdit) {
    Employee manager = e.getLineManager();
    return new EmployeeRow(
        e.getId(),
        e.getVersion(),
        e.getPersonnelNumber(),
        e.getFirstName(),
        e.getLastName(),
        e.getEmail(),
        e.getDepartment(),
        manager == null ? null : manager.getId(),
        manager == null ? null : manager.getFullName(),
        manager == null ? null : manager.getPersonnelNumber(),
        e.getTimeZone(),
        e.isActive(),
        mayEdit);
  }

  /** One row of {@link #COLUMNS}, with the decision of {@code policy} for {@code grant}. */
  static EmployeeRow ofColumns(Object[] c, Grant grant, EmployeePolicy policy) {
    ScopedEmployee employee = ScopedEmployee.of(((Number) c[0]).longValue(), (String) c[6]);
    Long manager = c[7] == null ? null : ((Number) c[7]).longValue();
    return new EmployeeRow(
        employee.getId(),
        ((Number) c[1]).longValue(),
        (String) c[2],
        (String) c[3],
        (String) c[4],
        (String) c[5],
        employee.getDepartment(),
        manager,
        manager == null ? null : Employee.fullName((String) c[8], (String) c[9]),
        (String) c[10],
        (String) c[11],
        (Boolean) c[12],
        policy.canEdit(grant, employee).allowed());
  }

  /**
   * The person as the policies judge them, by the id and the department the row read: for a picker
   * that offers the list's people to another feature's policy.
   */
  public ScopedEmployee scoped() {
    return ScopedEmployee.of(id, department);
  }

  /** How the list names the person: the full name, as everywhere else. */
  public String fullName() {
    return Employee.fullName(firstName, lastName);
  }
}
