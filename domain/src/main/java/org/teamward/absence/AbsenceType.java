package org.teamward.absence;

/** Why someone is away. Sensitive: visible only with ABSENCE_VIEW_DETAILS (or to oneself). */
public enum AbsenceType {
  ANNUAL_LEAVE,
  SPECIAL_LEAVE,
  TIME_OFF_IN_LIEU,
  UNPAID_LEAVE,
  SICKNESS,
  CHILD_SICK
}
