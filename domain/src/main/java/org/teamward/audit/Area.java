package org.teamward.audit;

/** The kinds of an employee's records whose readers and writers the employee may see. */
public enum Area {
  ATTENDANCE,
  ABSENCE
}
