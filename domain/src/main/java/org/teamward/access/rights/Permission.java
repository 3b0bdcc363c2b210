package org.teamward.access.rights;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one vocabulary of rights. User groups bundle these; API access authorisations pick from the
 * subset that fits a non-person ({@link #forInterfaces()}).
 */
public enum Permission {
  PROJECT_VIEW(Area.PROJECTS),
  PROJECT_CREATE(Area.PROJECTS),
  PROJECT_EDIT(Area.PROJECTS),
  PROJECT_DELETE(Area.PROJECTS),

  TIME_BOOK_OWN(Area.TIME),
  TIME_VIEW_ALL(Area.TIME),
  TIME_BOOK_OTHERS(Area.TIME),

  ATTENDANCE_CHECK_IN_OUT(Area.ATTENDANCE),
  ATTENDANCE_VIEW_ALL(Area.ATTENDANCE),
  ATTENDANCE_MANAGE(Area.ATTENDANCE),

  ABSENCE_REQUEST(Area.ABSENCES),
  ABSENCE_VIEW(Area.ABSENCES),
  ABSENCE_VIEW_DETAILS(Area.ABSENCES),
  ABSENCE_MANAGE(Area.ABSENCES),

  EMPLOYEE_VIEW(Area.PEOPLE),
  EMPLOYEE_MANAGE(Area.PEOPLE),

  USER_MANAGE(Area.ADMINISTRATION),
  USER_GROUP_MANAGE(Area.ADMINISTRATION),
  API_ACCESS_MANAGE(Area.ADMINISTRATION),
  AUDIT_VIEW(Area.ADMINISTRATION),

  SYNCHRONISATION(Area.API);

  /** Groups the permissions for display, in the permission matrix and in the docs. */
  public enum Area {
    PROJECTS,
    TIME,
    ATTENDANCE,
    ABSENCES,
    PEOPLE,
    ADMINISTRATION,
    API
  }

  private final Area area;

  Permission(Area area) {
    this.area = area;
  }

  public Area area() {
    return area;
  }

  /**
   * Rights that make sense for a terminal or service. Administration rights and the API entry
   * ticket stay with people, so an interface can never widen its own access.
   */
  public static Set<Permission> forInterfaces() {
    Set<Permission> set = EnumSet.allOf(Permission.class);
    set.removeIf(p -> p.area == Area.ADMINISTRATION || p.area == Area.API);
    return set;
  }

  /**
   * The rights of {@link #forInterfaces()} that act for an interface: booking one's own time and
   * requesting one's own absence need a person, which an interface is not. (They stay allowed, so
   * that an authorisation saved with them keeps working, but no form offers them.)
   */
  public static Set<Permission> actingForInterfaces() {
    Set<Permission> set = forInterfaces();
    set.removeAll(EnumSet.of(TIME_BOOK_OWN, ABSENCE_REQUEST));
    return set;
  }
}
