package org.teamward.web.time;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.teamward.time.TimeBookingRow;
import org.teamward.time.TimeBookings;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;
import org.teamward.web.ProjectPick;
import org.teamward.web.UseCase;
import org.teamward.web.shell.Navigation;

/**
 * Time bookings: a paged list with filters and what may be done to its rows. The booking dialog's
 * state is {@link BookingDialog}, the caller's own week {@link BookingsWeek}. View scoped because
 * the filters and the choices read once stay while the caller pages through the list.
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
  @Inject BookingDialog dialog;
  @Inject BookingsWeek week;

  // filters
  private EmployeePick employeeFilter;
  private ProjectPick projectFilter;
  private LocalDate from;
  private LocalDate to;
  private transient PagedModel<TimeBookingRow> model;
  private transient List<Employee> bookableEmployees;

  public PagedModel<TimeBookingRow> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          timeBookings.rows(
                              new TimeBookingFilter(
                                  EmployeePick.idOf(employeeFilter),
                                  ProjectPick.idOf(projectFilter),
                                  from,
                                  to),
                              new PageRequest(offset, limit))),
              TimeBookingRow::id);
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
    return EmployeeChoices.pickRows(
        employeeChoices.visible(text).stream()
            .filter(e -> policy.canView(grant(), e.scoped()).allowed())
            .toList());
  }

  /** The booking form's project picker: active projects, by code or name typed so far. */
  public List<ProjectPick> completeBookableProjects(String text) {
    List<Project> found =
        mayBook()
            ? failures.attempt(() -> timeBookings.bookableProjects(text, EmployeeChoices.LIMIT))
            : null;
    return found == null ? List.of() : found.stream().map(BookingsPage::pick).toList();
  }

  private static ProjectPick pick(Project p) {
    return ProjectPick.of(p.getId(), p.getCode(), p.getName());
  }

  /**
   * The project filter's picker, by code or name typed so far: the projects the caller may book on,
   * and with PROJECT_VIEW every project (archived ones keep their bookings). Whoever only sees
   * bookings (TIME_VIEW_ALL) filters by whatever of these they may know of.
   */
  public List<ProjectPick> completeFilterProjects(String text) {
    Map<Long, ProjectPick> byId = new LinkedHashMap<>();
    if (mayBook()) {
      timeBookings
          .bookableProjects(text, EmployeeChoices.LIMIT)
          .forEach(p -> byId.put(p.getId(), pick(p)));
    }
    if (UseCase.PROJECTS_LIST.allows(grant())) {
      projects
          .list(new ProjectFilter(text, null), PageRequest.first(EmployeeChoices.LIMIT))
          .items()
          .forEach(p -> byId.putIfAbsent(p.id(), ProjectPick.of(p.id(), p.code(), p.name())));
    }
    return byId.values().stream()
        .sorted(Comparator.comparing(ProjectPick::label))
        .limit(EmployeeChoices.LIMIT)
        .toList();
  }

  /**
   * Whether the page of the list shown has a booking with start and end; bookings entered as a
   * duration only would leave the "Time" column empty.
   */
  public boolean isShowsTimes() {
    List<TimeBookingRow> shown = model == null ? null : model.getWrappedData();
    return shown == null || shown.stream().anyMatch(b -> b.start() != null);
  }

  /**
   * Whether the caller may change or delete any booking at all; without it (whoever only sees
   * bookings) the Actions column and the booking dialog are not rendered. Which rows offer which
   * action each row says itself ({@link TimeBookingRow#mayEdit}).
   */
  public boolean isHasRowActions() {
    return UseCase.TIME_BOOKINGS_UPDATE.allows(grant())
        || UseCase.TIME_BOOKINGS_DELETE.allows(grant());
  }

  public boolean isHasDialog() {
    return isCanCreate() || UseCase.TIME_BOOKINGS_UPDATE.allows(grant());
  }

  public void create() {
    dialog.create(LocalDate.now(nav.getZone()));
  }

  public void edit(TimeBookingRow booking) {
    dialog.edit(booking);
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
    Long forEmployee = isBooksForOthers() ? EmployeePick.idOf(dialog.getEmployee()) : null;
    TimeBookingDraft draft = dialog.draft(forEmployee);
    Long editId = dialog.editId();
    Long editVersion = dialog.editVersion();
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
      week.forget();
    }
  }

  /** The row action "edit", for the row the request names. */
  public void editRow() {
    getModel().requested(messages).ifPresent(this::edit);
  }

  /** The row action "delete", for the row the request names, at the version it shows. */
  public void deleteRow() {
    getModel().requested(messages).ifPresent(b -> delete(b.id(), b.version()));
  }

  public void delete(long id, long version) {
    if (failures.attempt(() -> timeBookings.delete(id, version))) {
      messages.info("bookings.deleted");
      week.forget();
    }
  }

  public String duration(int minutes) {
    return BookingsWeek.hours(minutes);
  }

  // --- accessors

  public EmployeePick getEmployeeFilter() {
    return employeeFilter;
  }

  public void setEmployeeFilter(EmployeePick employeeFilter) {
    this.employeeFilter = employeeFilter;
  }

  public ProjectPick getProjectFilter() {
    return projectFilter;
  }

  public void setProjectFilter(ProjectPick projectFilter) {
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
}
