package org.teamward.attendance;

/** Where the work was done. */
public enum AttendanceCategory {
  OFFICE,
  HOME_OFFICE,
  EXTERNAL_WORK
}
