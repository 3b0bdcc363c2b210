package org.teamward.web.time;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primefaces.PrimeFaces;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.employee.Employee;
import org.teamward.paging.PageRequest;
import org.teamward.project.Project;
import org.teamward.project.ProjectFilter;
import org.teamward.project.Projects;
import org.teamward.time.TimeBooking;
import org.teamward.time.TimeBookingDraft;
import org.teamward.time.TimeBookingFilter;
import org.teamward.time.TimeBookingPolicy;
import org.teamward.time.TimeBookings;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;
import org.teamward.web.UseCase;
import org.teamward.web.shell.Navigation;

/**
 * Time bookings: a paged list with filters, the booking dialog, and the caller's own week. View
 * scoped because the dialog keeps the edited booking's id and version until it is saved.
 */
@Named
@ViewScoped
public class BookingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TimeBookings timeBookings;
  @Inject TimeBookingPolicy policy;
  @Inject Projects projects;
  @Inject Caller caller;
  @Inject Navigation nav;
  @Inject EmployeeChoices employeeChoices;
  @Inject Failures failures;
  @Inject Messages messages;

  // filters
  private EmployeePick employeeFilter;
  private Long projectFilter;
  private LocalDate from;
  private LocalDate to;
  private transient PagedModel<TimeBooking> model;
  private transient List<Employee> bookableEmployees;
  private transient List<Project> bookableProjects;
  private transient List<Project> filterProjects;

  // the dialog
  private Long editId;
  private Long editVersion;
  private EmployeePick employee;
  private Long projectId;
  private LocalDate date;
  private LocalTime start;
  private LocalTime end;
  private Integer durationMinutes;
  private String description;
  private boolean billable = true;

  // the week view
  private LocalDate weekStart;
  private transient List<WeekRow> week;

  /** One project's hours on each day of the week, Monday first. */
  public record WeekRow(String project, List<String> days, String total) {}

  public PagedModel<TimeBooking> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          timeBookings.list(
                              new TimeBookingFilter(
                                  EmployeePick.idOf(employeeFilter), projectFilter, from, to),
                              new PageRequest(offset, limit))),
              TimeBooking::getId);
    }
    return model;
  }

  private Grant grant() {
    return caller.grant();
  }

  /** The employee filter appears only for those who see others' bookings. */
  public boolean isSeesOthers() {
    return policy.seesOthers(grant());
  }

  public boolean isCanCreate() {
    return UseCase.TIME_BOOKINGS_CREATE.allows(grant())
        && (grant().ownEmployeeId() != null || !bookableEmployees().isEmpty());
  }

  /** The selector appears when the policy lets the caller book for someone besides themselves. */
  public boolean isBooksForOthers() {
    return bookableEmployees().stream().anyMatch(e -> !grant().isOwn(e.getId()));
  }

  /**
   * The first two the booking form would offer, which tell whether it offers anyone besides the
   * caller; nobody for those who may not book. Read once per view.
   */
  private List<Employee> bookableEmployees() {
    if (bookableEmployees == null) {
      bookableEmployees = mayBook() ? timeBookings.bookableEmployees(null, 2) : List.of();
    }
    return bookableEmployees;
  }

  /** The booking form's picker: whom the caller may book for, by the text typed so far. */
  public List<EmployeePick> completeBookable(String text) {
    List<Employee> found =
        mayBook()
            ? failures.attempt(() -> timeBookings.bookableEmployees(text, EmployeeChoices.LIMIT))
            : null;
    return found == null ? List.of() : EmployeeChoices.picks(found);
  }

  private boolean mayBook() {
    return UseCase.TIME_BOOKINGS_CREATE.allows(grant());
  }

  /** The employee filter's picker: those whose bookings the caller sees, by the text typed. */
  public List<EmployeePick> completeVisible(String text) {
    return EmployeeChoices.picks(
        employeeChoices.visible(text).stream()
            .filter(e -> policy.canView(grant(), e).allowed())
            .toList());
  }

  /** Active projects, which take bookings: the form's choices, for those who may book. */
  public List<Project> getProjects() {
    if (bookableProjects == null) {
      bookableProjects = mayBook() ? timeBookings.bookableProjects() : List.of();
    }
    return bookableProjects;
  }

  /**
   * The project filter: the projects the caller may book on, and with PROJECT_VIEW every project
   * (archived ones keep their bookings). Whoever only sees bookings (TIME_VIEW_ALL) filters by
   * whatever of these they may know of.
   */
  public List<Project> getFilterProjects() {
    if (filterProjects == null) {
      Map<Long, Project> byId = new LinkedHashMap<>();
      getProjects().forEach(p -> byId.put(p.getId(), p));
      if (UseCase.PROJECTS_LIST.allows(grant())) {
        projects
            .list(ProjectFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT))
            .items()
            .forEach(p -> byId.putIfAbsent(p.getId(), p));
      }
      filterProjects =
          byId.values().stream().sorted(Comparator.comparing(Project::getCode)).toList();
    }
    return filterProjects;
  }

  /**
   * Whether the caller may change or delete any booking at all; without it (whoever only sees
   * bookings) the Actions column and the booking dialog are not rendered.
   */
  /**
   * Whether the page of the list shown has a booking with start and end; bookings entered as a
   * duration only would leave the "Time" column empty.
   */
  public boolean isShowsTimes() {
    List<TimeBooking> shown = model == null ? null : model.getWrappedData();
    return shown == null || shown.stream().anyMatch(b -> b.getStart() != null);
  }

  public boolean isHasRowActions() {
    return UseCase.TIME_BOOKINGS_UPDATE.allows(grant())
        || UseCase.TIME_BOOKINGS_DELETE.allows(grant());
  }

  public boolean isHasDialog() {
    return isCanCreate() || UseCase.TIME_BOOKINGS_UPDATE.allows(grant());
  }

  public boolean canEdit(TimeBooking booking) {
    return policy.canEdit(grant(), booking).allowed();
  }

  public boolean canDelete(TimeBooking booking) {
    return policy.canDelete(grant(), booking).allowed();
  }

  public void create() {
    editId = null;
    editVersion = null;
    employee = null;
    projectId = null;
    date = LocalDate.now(nav.getZone());
    start = null;
    end = null;
    durationMinutes = null;
    description = null;
    billable = true;
  }

  public void edit(TimeBooking booking) {
    editId = booking.getId();
    editVersion = booking.getVersion();
    employee = EmployeePick.of(booking.getEmployee());
    projectId = booking.getProject().getId();
    date = booking.getDate();
    start = booking.getStart();
    end = booking.getEnd();
    durationMinutes = start == null ? booking.getDurationMinutes() : null;
    description = booking.getDescription();
    billable = booking.isBillable();
  }

  /** The booking dialog's inputs, by the use case's field names. */
  static final FormFields FORM =
      FormFields.of("bookingForm")
          .field("employeeId", "bookings:employee", "col.employee")
          .field("projectId", "bookings:project", "col.project")
          .field("date", "bookings:date", "col.date")
          .field("start", "bookings:start", "bookings.start")
          .field("end", "bookings:end", "bookings.end")
          .field("durationMinutes", "bookings:minutes", "bookings.minutes")
          .field("description", "bookings:description", "col.description");

  public void save() {
    Long forEmployee = isBooksForOthers() ? EmployeePick.idOf(employee) : null;
    TimeBookingDraft draft =
        new TimeBookingDraft(
            forEmployee, projectId, date, start, end, durationMinutes, description, billable);
    TimeBooking saved =
        failures.attempt(
            () ->
                editId == null
                    ? timeBookings.create(draft)
                    : timeBookings.update(editId, editVersion, draft),
            FORM);
    if (saved != null) {
      messages.info(editId == null ? "bookings.created" : "bookings.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      week = null;
    }
  }

  public void delete(long id, long version) {
    if (failures.attempt(() -> timeBookings.delete(id, version))) {
      messages.info("bookings.deleted");
      week = null;
    }
  }

  // --- the week view

  public boolean isHasWeek() {
    return grant().ownEmployeeId() != null;
  }

  public LocalDate getWeekStart() {
    if (weekStart == null) {
      weekStart =
          LocalDate.now(nav.getZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    return weekStart;
  }

  public LocalDate getWeekEnd() {
    return getWeekStart().plusDays(6);
  }

  /** The seven dates of the shown week, for the column headers. */
  public List<LocalDate> getWeekDays() {
    return getWeekStart().datesUntil(getWeekStart().plusDays(7)).toList();
  }

  public void previousWeek() {
    weekStart = getWeekStart().minusWeeks(1);
    week = null;
  }

  public void nextWeek() {
    weekStart = getWeekStart().plusWeeks(1);
    week = null;
  }

  public void thisWeek() {
    weekStart = null;
    week = null;
  }

  /** Hours per project and day, from one list call over the week. */
  public List<WeekRow> getWeek() {
    if (week == null) {
      Long own = grant().ownEmployeeId();
      List<TimeBooking> bookings =
          own == null
              ? List.of()
              : failures.attempt(
                  () ->
                      timeBookings
                          .list(
                              new TimeBookingFilter(own, null, getWeekStart(), getWeekEnd()),
                              PageRequest.first(PageRequest.MAX_LIMIT))
                          .items());
      Map<String, int[]> minutes = new TreeMap<>();
      int[] totals = new int[7];
      for (TimeBooking b : bookings == null ? List.<TimeBooking>of() : bookings) {
        int day = b.getDate().getDayOfWeek().getValue() - 1;
        String project = b.getProject().getCode() + " · " + b.getProject().getName();
        minutes.computeIfAbsent(project, k -> new int[7])[day] += b.getDurationMinutes();
        totals[day] += b.getDurationMinutes();
      }
      List<WeekRow> rows = new ArrayList<>();
      minutes.forEach((project, days) -> rows.add(row(project, days)));
      if (!rows.isEmpty()) {
        rows.add(row(messages.text("bookings.week.total"), totals));
      }
      week = rows;
    }
    return week;
  }

  private static WeekRow row(String label, int[] days) {
    List<String> cells = new ArrayList<>();
    int sum = 0;
    for (int m : days) {
      cells.add(m == 0 ? "" : hours(m));
      sum += m;
    }
    return new WeekRow(label, cells, hours(sum));
  }

  static String hours(int minutes) {
    Duration d = Duration.ofMinutes(minutes);
    return String.format("%d:%02d", d.toHours(), d.toMinutesPart());
  }

  public String duration(int minutes) {
    return hours(minutes);
  }

  // --- accessors

  public boolean isEditing() {
    return editId != null;
  }

  public EmployeePick getEmployeeFilter() {
    return employeeFilter;
  }

  public void setEmployeeFilter(EmployeePick employeeFilter) {
    this.employeeFilter = employeeFilter;
  }

  public Long getProjectFilter() {
    return projectFilter;
  }

  public void setProjectFilter(Long projectFilter) {
    this.projectFilter = projectFilter;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public EmployeePick getEmployee() {
    return employee;
  }

  public void setEmployee(EmployeePick employee) {
    this.employee = employee;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isBillable() {
    return billable;
  }

  public void setBillable(boolean billable) {
    this.billable = billable;
  }
}
