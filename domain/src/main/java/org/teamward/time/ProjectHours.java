package org.teamward.time;

/** Booked time per project, for the dashboard. */
public record ProjectHours(long projectId, String code, String name, long minutes) {

  public ProjectHours(Long projectId, String code, String name, Long minutes) {
    this(projectId.longValue(), code, name, minutes == null ? 0 : minutes.longValue());
  }

  public double hours() {
    return minutes / 60.0;
  }
}
