package org.teamward.project;

/** Only active projects take new time bookings. */
public enum ProjectStatus {
  ACTIVE,
  ARCHIVED
}
