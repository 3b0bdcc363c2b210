package org.teamward.attendance;

/** Through which channel a check-in arrived; a terminal is an API access authorisation. */
public enum AttendanceSource {
  WEB,
  API,
  TERMINAL
}
