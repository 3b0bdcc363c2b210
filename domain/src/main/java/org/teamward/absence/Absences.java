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

  private static final List<AbsenceStatus> AWAY =
      List.of(AbsenceStatus.REQUESTED, AbsenceStatus.APPROVED);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AbsencePolicy policy;
  Clock clock = Clock.systemUTC();

  /**
   * Open to every signed-in caller because everyone may see their own absences; others' appear only
   * with a right to see them, and the query filters by that.
   */
  @Authenticated(effect = READ)
  public Page<AbsenceView> list(AbsenceFilter filter, PageRequest page) {
    return visible(filter.from(), filter.to())
        .and("a.employee.id = :employeeId", "employeeId", filter.employeeId())
        .and("a.status = :status", "status", filter.status())
        .fetching("a.employee")
        .page(em, Absence.class, "a", "Absence a", "a.from desc, a.id", page)
        .map(this::view);
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
    LocalDate today = LocalDate.now(clock.withZone(zoneOf(absence.getEmployee())));
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
    return visible(from, to)
        .and("a.status in :away", "away", AWAY)
        .fetching("a.employee")
        .page(em, Absence.class, "a", "Absence a", "a.from, a.employee.lastName, a.id", page)
        .map(this::view);
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
        .visibleTo(grant, "a.employee", policy.othersVisible(grant))
        .visibleUnless(
            grant,
            "a.employee",
            "a.status in :away",
            "away",
            AWAY,
            policy.allStatusesVisible(grant))
        .and("a.to >= :from", "from", from)
        .and("a.from <= :to", "to", to);
  }

  private void requireNoOverlap(Employee employee, LocalDate from, LocalDate to) {
    long overlapping =
        em.createQuery(
                "select count(a) from Absence a where a.employee = :e and a.status in :away"
                    + " and a.to >= :from and a.from <= :to",
                Long.class)
            .setParameter("e", employee)
            .setParameter("away", AWAY)
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
    Grant grant = caller.grant();
    LocalDate today = LocalDate.now(clock.withZone(zoneOf(absence.getEmployee())));
    return AbsenceView.of(
        absence,
        policy.detailsVisible(grant, absence),
        policy.isUndecided(absence) && policy.canDecide(grant, absence).allowed(),
        policy.isCancellable(absence) && policy.canCancel(grant, absence, today).allowed());
  }

  /** The approving person; an interface is nobody, so its decisions have no approver. */
  private UserAccount actingUser(Grant grant) {
    return grant.kind() == Grant.Kind.USER ? em.find(UserAccount.class, grant.id()) : null;
  }

  private static ZoneId zoneOf(Employee employee) {
    try {
      return ZoneId.of(employee.getTimeZone());
    } catch (RuntimeException e) {
      return ZoneId.of("UTC");
    }
  }

  private Absence find(long id) {
    return NotFound.ifNull(em.find(Absence.class, id), ABSENCE);
  }
}
