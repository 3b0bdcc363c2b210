package org.teamward.employee;

/**
 * Narrows the employee list; every field is optional.
 *
 * @param text part of the name or personnel number, case-insensitive
 */
public record EmployeeFilter(String text, String department, Boolean active) {

  public static final EmployeeFilter ALL = new EmployeeFilter(null, null, null);
}
