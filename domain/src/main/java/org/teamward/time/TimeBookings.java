package org.teamward.time;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.TIME_BOOK_OTHERS;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Records;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeChoices;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Rule;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;
import org.teamward.project.Project;
import org.teamward.project.ProjectPolicy;

/** The time booking use cases. */
@UseCases
public class TimeBookings {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject TimeBookingPolicy policy;
  @Inject ProjectPolicy projectPolicy;

  /**
   * The caller's own bookings, or everyone's in scope with TIME_VIEW_ALL, newest day first: the one
   * booking list of the web and the API. Read in SQL as rows, at a fraction of the entities' cost;
   * each row says what the caller may do to it.
   */
  @Requires(
      value = {TIME_BOOK_OWN, TIME_VIEW_ALL},
      effect = READ)
  public Page<TimeBookingRow> rows(TimeBookingFilter filter, PageRequest page) {
    checkDates(filter.from(), filter.to());
    Grant grant = caller.grant();
    return new QueryFilter()
        .visibleToRows(grant, policy.othersVisible(grant), "b.employee_id")
        .and("b.booking_date >= :from", "from", filter.from())
        .and("b.booking_date <= :to", "to", filter.to())
        .and("b.employee_id = :employeeId", "employeeId", filter.employeeId())
        .and("b.project_id = :projectId", "projectId", filter.projectId())
        .rows(
            em,
            TimeBookingRow.COLUMNS,
            "time_booking b",
            "join employee e on e.id = b.employee_id join project p on p.id = b.project_id",
            "b.id",
            "b.booking_date desc, b.start_time, b.id",
            page,
            columns -> TimeBookingRow.ofColumns(columns, grant, policy));
  }

  /**
   * Whom the caller may book time for, for a booking form: themselves, and with TIME_BOOK_OTHERS
   * every active employee in scope. Needs no EMPLOYEE_VIEW, exactly as booking over the API.
   *
   * @param text part of a name or personnel number; everyone for null or blank
   * @param limit how many at most
   */
  @Requires(
      value = {TIME_BOOK_OWN, TIME_BOOK_OTHERS},
      effect = READ)
  public List<Employee> bookableEmployees(String text, int limit) {
    Grant grant = caller.grant();
    return EmployeeChoices.offered(
        em,
        grant,
        grant.scopeOf(TIME_BOOK_OTHERS),
        e -> policy.canCreateFor(grant, e),
        text,
        limit);
  }

  /**
   * The projects that take bookings (active ones) whose code or name contains {@code text} (any
   * case), the first {@code limit} by code: what a booking form's picker suggests as one types,
   * however many projects the company has. Needs no PROJECT_VIEW, exactly as booking over the API.
   */
  @Requires(
      value = {TIME_BOOK_OWN, TIME_BOOK_OTHERS},
      effect = READ)
  public List<Project> bookableProjects(String text, int limit) {
    QueryFilter where =
        new QueryFilter()
            .and("p.status = :active", "active", org.teamward.project.ProjectStatus.ACTIVE)
            .matching(text, "p.code", "p.name");
    return where
        .bind(
            em.createQuery(
                "select p from Project p" + where.where() + " order by p.code, p.id",
                Project.class))
        .setMaxResults(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)))
        .getResultList();
  }

  @Requires(
      value = {TIME_BOOK_OWN, TIME_VIEW_ALL},
      effect = READ)
  public TimeBooking get(long id) {
    return find(id, b -> policy.canView(caller.grant(), b), "view this booking");
  }

  @Requires(
      value = {TIME_BOOK_OWN, TIME_BOOK_OTHERS},
      effect = WRITE)
  public TimeBooking create(TimeBookingDraft draft) {
    Grant grant = caller.grant();
    Employee employee = bookableFor(grant, grant.employeeOrOwn(draft.employeeId()));
    int minutes = draft.validatedMinutes();
    TimeBooking booking = new TimeBooking();
    booking.setEmployee(employee);
    booking.setProject(openProject(draft.projectId()));
    apply(booking, draft, minutes);
    em.persist(booking);
    return booking;
  }

  /** Changes a booking; it may move to another employee only if the caller may book for them. */
  @Requires(
      value = {TIME_BOOK_OWN, TIME_BOOK_OTHERS},
      effect = WRITE)
  public TimeBooking update(long id, Long expectedVersion, TimeBookingDraft draft) {
    Grant grant = caller.grant();
    TimeBooking booking = find(id, b -> policy.canEdit(grant, b), "change this booking");
    booking.checkVersion(expectedVersion);
    int minutes = draft.validatedMinutes();
    if (draft.employeeId() != null && !draft.employeeId().equals(booking.getEmployee().getId())) {
      booking.setEmployee(bookableFor(grant, draft.employeeId()));
    }
    if (!draft.projectId().equals(booking.getProject().getId())) {
      booking.setProject(openProject(draft.projectId()));
    }
    apply(booking, draft, minutes);
    return booking;
  }

  @Requires(
      value = {TIME_BOOK_OWN, TIME_BOOK_OTHERS},
      effect = WRITE)
  public void delete(long id, Long expectedVersion) {
    TimeBooking booking = find(id, b -> policy.canDelete(caller.grant(), b), "delete this booking");
    booking.checkVersion(expectedVersion);
    em.remove(booking);
  }

  /** Booked time per project between two dates, over the bookings the caller may see. */
  @Requires(
      value = {TIME_BOOK_OWN, TIME_VIEW_ALL},
      effect = READ)
  public List<ProjectHours> hoursPerProject(LocalDate from, LocalDate to) {
    QueryFilter filter = visible(from, to);
    return filter
        .bind(
            em.createQuery(
                "select new org.teamward.time.ProjectHours(p.id, p.code, p.name,"
                    + " sum(b.durationMinutes)) from TimeBooking b join b.project p"
                    + filter.where()
                    + " group by p.id, p.code, p.name order by p.code",
                ProjectHours.class))
        .getResultList();
  }

  /**
   * The bookings the caller may see between two optional dates, for the hours per project, which
   * sums in JPQL: the scope rule of {@link #rows}, rendered by the same {@link QueryFilter}.
   */
  private QueryFilter visible(LocalDate from, LocalDate to) {
    checkDates(from, to);
    Grant grant = caller.grant();
    return new QueryFilter()
        .visibleTo(grant, "b.employee", policy.othersVisible(grant))
        .and("b.date >= :from", "from", from)
        .and("b.date <= :to", "to", to);
  }

  private static void checkDates(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new Invalid("to", Rule.NOT_BEFORE_START, "to must not be before from");
    }
  }

  private TimeBooking find(long id, Function<TimeBooking, Decision> decide, String action) {
    return Records.load(em, TimeBooking.class, id, "time booking", decide, action);
  }

  private Employee bookableFor(Grant grant, long employeeId) {
    return Invalid.ifNotFound(
        "employeeId",
        () -> {
          Employee employee = NotFound.ifNull(em.find(Employee.class, employeeId), "employee");
          policy.canCreateFor(grant, employee).orThrow("book time for this employee", "employee");
          return employee;
        });
  }

  private Project openProject(long id) {
    Project project =
        Invalid.ifNotFound(
            "projectId", () -> NotFound.ifNull(em.find(Project.class, id), "project"));
    if (!projectPolicy.acceptsBookings(project)) {
      throw new Conflict(
          "The project " + project.getCode() + " is archived and takes no bookings.");
    }
    return project;
  }

  private static void apply(TimeBooking booking, TimeBookingDraft draft, int minutes) {
    booking.setDate(draft.date());
    booking.setStart(draft.start());
    booking.setEnd(draft.end());
    booking.setDurationMinutes(minutes);
    booking.setDescription(draft.description());
    booking.setBillable(draft.billable() == null || draft.billable());
  }
}
