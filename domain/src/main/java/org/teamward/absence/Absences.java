package org.teamward.absence;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ABSENCE_MANAGE;
import static org.teamward.access.rights.Permission.ABSENCE_REQUEST;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Records;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.ScopedEmployee;
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

/**
 * The absence use cases. Reads answer {@link AbsenceView}s with the details withheld as the policy
 * says. An employee requests; a manager approves, rejects, or records an absence for somebody else,
 * which is then approved at once.
 */
@UseCases
public class Absences {

  private static final String ABSENCE = "absence";

  private static final List<AbsenceStatus> AWAY_STATUSES =
      List.of(AbsenceStatus.REQUESTED, AbsenceStatus.APPROVED);

  /** The same as the status column holds them, for the lists, which are read in SQL. */
  private static final List<String> AWAY = AWAY_STATUSES.stream().map(Enum::name).toList();

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AbsencePolicy policy;
  Clock clock = Clock.systemUTC();

  /**
   * Open to every signed-in caller because everyone may see their own absences; others' appear only
   * with a right to see them, and the query filters by that. Read in SQL as rows, each decided by
   * the policy as the record itself is ({@link #view}): the one list of the web and the API.
   */
  @Authenticated(effect = READ)
  public Page<AbsenceView> list(AbsenceFilter filter, PageRequest page) {
    return rows(
        visible(filter.from(), filter.to())
            .and("a.employee_id = :employeeId", "employeeId", filter.employeeId())
            .and(
                "a.status = :status",
                "status",
                filter.status() == null ? null : filter.status().name()),
        "a.start_date desc, a.id",
        page);
  }

  @Authenticated(effect = READ)
  public AbsenceView get(long id) {
    return view(
        Records.load(
            em,
            Absence.class,
            id,
            ABSENCE,
            a -> policy.canView(caller.grant(), a),
            "view this absence"));
  }

  @Requires(
      value = {ABSENCE_REQUEST, ABSENCE_MANAGE},
      effect = WRITE)
  public AbsenceView request(AbsenceDraft draft) {
    Grant grant = caller.grant();
    long employeeId = grant.employeeOrOwn(draft.employeeId());
    Employee employee =
        Invalid.ifNotFound(
            "employeeId",
            () -> {
              Employee found = NotFound.ifNull(em.find(Employee.class, employeeId), "employee");
              policy
                  .canRequestFor(grant, found)
                  .orThrow("record absences for this employee", "employee");
              return found;
            });
    draft.validate();
    requireNoOverlap(employee, draft.from(), draft.to());
    Absence absence = new Absence();
    absence.setEmployee(employee);
    absence.setType(draft.type());
    absence.setFrom(draft.from());
    absence.setTo(draft.to());
    absence.setStartHalfDay(draft.startHalfDay());
    absence.setEndHalfDay(draft.endHalfDay());
    absence.setNote(draft.note());
    absence.setMedicalCertificate(draft.medicalCertificate());
    if (!grant.isOwn(employeeId)) {
      // recorded by a manager (for example a sick note): nobody needs to approve it again
      absence.decide(AbsenceStatus.APPROVED, actingUser(grant), clock.instant());
    }
    em.persist(absence);
    return committed(absence);
  }

  /**
   * Whom the caller may request or record an absence for, for the request form: themselves, and
   * with ABSENCE_MANAGE every active employee in scope. Needs no EMPLOYEE_VIEW, exactly as
   * recording over the API.
   *
   * @param text part of a name or personnel number; everyone for null or blank
   * @param limit how many at most
   */
  @Requires(
      value = {ABSENCE_REQUEST, ABSENCE_MANAGE},
      effect = READ)
  public List<Employee> requestableEmployees(String text, int limit) {
    Grant grant = caller.grant();
    return EmployeeChoices.offered(
        em, grant, grant.scopeOf(ABSENCE_MANAGE), e -> policy.canRequestFor(grant, e), text, limit);
  }

  @Requires(value = ABSENCE_MANAGE, effect = WRITE)
  public AbsenceView approve(long id, Long expectedVersion) {
    return decide(id, expectedVersion, AbsenceStatus.APPROVED);
  }

  @Requires(value = ABSENCE_MANAGE, effect = WRITE)
  public AbsenceView reject(long id, Long expectedVersion) {
    return decide(id, expectedVersion, AbsenceStatus.REJECTED);
  }

  @Requires(
      value = {ABSENCE_REQUEST, ABSENCE_MANAGE},
      effect = WRITE)
  public AbsenceView cancel(long id, Long expectedVersion) {
    Grant grant = caller.grant();
    Absence absence = find(id);
    LocalDate today = LocalDate.now(clock.withZone(zoneOf(absence.getEmployee().getTimeZone())));
    var decision = policy.canCancel(grant, absence, today).throwIfHidden(ABSENCE);
    if (!policy.isCancellable(absence)) {
      throw new Conflict(
          "The absence is already " + absence.getStatus().name().toLowerCase() + ".");
    }
    decision.orThrow("cancel this absence");
    absence.checkVersion(expectedVersion);
    absence.setStatus(AbsenceStatus.CANCELLED);
    return committed(absence);
  }

  /** Who is away (requested or approved) in a date range, for the dashboard. */
  @Authenticated(effect = READ)
  public Page<AbsenceView> absentBetween(LocalDate from, LocalDate to, PageRequest page) {
    return rows(
        visible(from, to).and("a.status in :away", "away", AWAY),
        "a.start_date, e.last_name, a.id",
        page);
  }

  private Page<AbsenceView> rows(QueryFilter filter, String orderBy, PageRequest page) {
    Grant grant = caller.grant();
    return filter.rows(
        em,
        AbsenceView.COLUMNS,
        "absence a",
        "join employee e on e.id = a.employee_id",
        "a.id",
        orderBy,
        page,
        columns ->
            AbsenceView.ofColumns(
                columns,
                (employee, timeZone, status, from) ->
                    decisions(grant, employee, timeZone, status, from)));
  }

  private AbsenceView decide(long id, Long expectedVersion, AbsenceStatus outcome) {
    Grant grant = caller.grant();
    Absence absence = find(id);
    var decision = policy.canDecide(grant, absence).throwIfHidden(ABSENCE);
    if (!policy.isUndecided(absence)) {
      throw new Conflict(
          "The absence is already " + absence.getStatus().name().toLowerCase() + ".");
    }
    decision.orThrow("decide on this absence");
    absence.checkVersion(expectedVersion);
    absence.decide(outcome, actingUser(grant), clock.instant());
    return committed(absence);
  }

  /** The absences the caller may see, overlapping two optional dates: the one scope rule. */
  private QueryFilter visible(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new Invalid("to", Rule.NOT_BEFORE_START, "to must not be before from");
    }
    Grant grant = caller.grant();
    return new QueryFilter()
        .visibleToRows(grant, policy.othersVisible(grant), "a.employee_id")
        .visibleUnlessRows(
            grant,
            "a.employee_id",
            "a.status in :away",
            "away",
            AWAY,
            policy.allStatusesVisible(grant))
        .and("a.end_date >= :from", "from", from)
        .and("a.start_date <= :to", "to", to);
  }

  private void requireNoOverlap(Employee employee, LocalDate from, LocalDate to) {
    long overlapping =
        em.createQuery(
                "select count(a) from Absence a where a.employee = :e and a.status in :away"
                    + " and a.to >= :from and a.from <= :to",
                Long.class)
            .setParameter("e", employee)
            .setParameter("away", AWAY_STATUSES)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    if (overlapping > 0) {
      throw new Conflict("The employee already has an absence in this period.");
    }
  }

  /**
   * The view of a written absence. The view is a snapshot, so the write is flushed first: only then
   * does the version (the API's ETag) count the write, and a client may send it back at once.
   */
  private AbsenceView committed(Absence absence) {
    em.flush();
    return view(absence);
  }

  private AbsenceView view(Absence absence) {
    Employee employee = absence.getEmployee();
    return AbsenceView.of(
        absence,
        decisions(
            caller.grant(),
            employee,
            employee.getTimeZone(),
            absence.getStatus(),
            absence.getFrom()));
  }

  /**
   * What the caller may learn of and do to an absence: one method for a record and for a list's
   * row, so that both withhold the same details and offer the same actions.
   */
  private AbsenceView.Decisions decisions(
      Grant grant, ScopedEmployee employee, String timeZone, AbsenceStatus status, LocalDate from) {
    LocalDate today = LocalDate.now(clock.withZone(zoneOf(timeZone)));
    return new AbsenceView.Decisions(
        policy.detailsVisible(grant, employee),
        policy.isUndecided(status) && policy.canDecide(grant, employee).allowed(),
        policy.isCancellable(status)
            && policy.canCancelAbsenceOf(grant, employee, status, from, today).allowed());
  }

  /** The approving person; an interface is nobody, so its decisions have no approver. */
  private UserAccount actingUser(Grant grant) {
    return grant.kind() == Grant.Kind.USER ? em.find(UserAccount.class, grant.id()) : null;
  }

  private static ZoneId zoneOf(String timeZone) {
    try {
      return ZoneId.of(timeZone);
    } catch (RuntimeException e) {
      return ZoneId.of("UTC");
    }
  }

  private Absence find(long id) {
    return NotFound.ifNull(em.find(Absence.class, id), ABSENCE);
  }
}
