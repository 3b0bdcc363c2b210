package org.teamward.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.ABSENCE_MANAGE;
import static org.teamward.access.rights.Permission.ABSENCE_REQUEST;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW_DETAILS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

class AbsencesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Absences absences = new Absences();
  private Employee ann;
  private Employee bob;

  @BeforeEach
  void setUp() {
    absences.em = db.em();
    absences.caller = caller;
    absences.policy = new AbsencePolicy();
    absences.clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    ann = TestData.employee(db, "Ann");
    bob = TestData.employee(db, "Bob");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void detailsReachOnlyTheOwnerAndDetailViewers() {
    long id = sickNote();
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST));
    assertThat(absences.get(id).type()).isEqualTo(AbsenceType.SICKNESS);

    caller.actAs(TestCaller.person(bob.getId(), ABSENCE_VIEW, ABSENCE_MANAGE));
    AbsenceView seenByManager =
        absences.list(AbsenceFilter.ALL, PageRequest.first(10)).items().get(0);
    assertThat(seenByManager.detailsVisible()).isFalse();
    assertThat(seenByManager.type()).isNull();
    assertThat(seenByManager.note()).isNull();
    assertThat(seenByManager.medicalCertificate()).isNull();
    assertThat(seenByManager.from()).isEqualTo(TODAY.plusDays(1));

    caller.actAs(TestCaller.person(bob.getId(), ABSENCE_VIEW_DETAILS));
    assertThat(absences.get(id).note()).isEqualTo("flu");

    caller.actAs(TestCaller.person(bob.getId(), ABSENCE_REQUEST));
    assertThatThrownBy(() -> absences.get(id)).isInstanceOf(NotFound.class);
    assertThat(absences.absentBetween(TODAY, TODAY.plusDays(7), PageRequest.first(10)).total())
        .isZero();
  }

  @Test
  void approvingIsForOthersAndOnlyOnce() {
    long id = sickNote();
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST, ABSENCE_MANAGE));
    assertThatThrownBy(() -> absences.approve(id, null)).isInstanceOf(Forbidden.class);

    caller.actAs(TestCaller.person(bob.getId(), ABSENCE_MANAGE));
    AbsenceView approved = db.inTransaction(() -> absences.approve(id, null));
    assertThat(approved.status()).isEqualTo(AbsenceStatus.APPROVED);
    assertThatThrownBy(() -> absences.reject(id, null)).isInstanceOf(Conflict.class);
  }

  @Test
  void cancellingFollowsStateAndRight() {
    long id = sickNote();
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST));
    assertThat(db.inTransaction(() -> absences.cancel(id, null)).status())
        .isEqualTo(AbsenceStatus.CANCELLED);
    assertThatThrownBy(() -> absences.cancel(id, null)).isInstanceOf(Conflict.class);
  }

  @Test
  void aManagerRecordsForOthersAndOverlapsConflict() {
    caller.actAs(TestCaller.person(bob.getId(), ABSENCE_MANAGE));
    AbsenceView recorded = db.inTransaction(() -> absences.request(draft(ann.getId())));
    assertThat(recorded.status()).isEqualTo(AbsenceStatus.APPROVED);
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST));
    assertThatThrownBy(() -> absences.request(draft(null))).isInstanceOf(Conflict.class);
  }

  @Test
  void anAbsenceLiesWithinTheYearsOfWorkingLife() {
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST));
    AbsenceDraft typo =
        new AbsenceDraft(
            null,
            AbsenceType.ANNUAL_LEAVE,
            LocalDate.of(999, 1, 1),
            LocalDate.of(2226, 1, 2),
            false,
            false,
            null,
            false);
    assertThatThrownBy(() -> absences.request(typo))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(Invalid.Violation::field)
                    .containsExactly("from", "to"));
  }

  /**
   * A rejected or cancelled request is a decision about a colleague: in a list and by id, only the
   * colleague and those who manage their absences see it, while everyone who sees absences still
   * learns who is away.
   */
  @Test
  void othersRejectedAndCancelledRequestsAreSeenOnlyByTheirManagers() {
    long cancelled = sickNote();
    db.inTransaction(() -> absences.cancel(cancelled, null));
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST));
    long rejected =
        db.inTransaction(
                () ->
                    absences.request(
                        new AbsenceDraft(
                            null,
                            AbsenceType.ANNUAL_LEAVE,
                            TODAY.plusDays(10),
                            TODAY.plusDays(11),
                            false,
                            false,
                            null,
                            false)))
            .id();
    caller.actAs(TestCaller.person(bob.getId(), ABSENCE_MANAGE));
    db.inTransaction(() -> absences.reject(rejected, null));
    long away = sickNote();

    for (var colleague :
        java.util.List.of(
            TestCaller.person(bob.getId(), ABSENCE_VIEW),
            TestCaller.person(bob.getId(), ABSENCE_VIEW, ABSENCE_VIEW_DETAILS))) {
      caller.actAs(colleague);
      assertThat(absences.list(AbsenceFilter.ALL, PageRequest.first(10)).items())
          .extracting(AbsenceView::id)
          .containsExactly(away);
      assertThatThrownBy(() -> absences.get(rejected)).isInstanceOf(NotFound.class);
      assertThatThrownBy(() -> absences.get(cancelled)).isInstanceOf(NotFound.class);
    }
    for (var entitled :
        java.util.List.of(
            TestCaller.person(bob.getId(), ABSENCE_MANAGE),
            TestCaller.person(ann.getId(), ABSENCE_REQUEST))) {
      caller.actAs(entitled);
      assertThat(absences.list(AbsenceFilter.ALL, PageRequest.first(10)).items())
          .extracting(AbsenceView::id)
          .containsExactlyInAnyOrder(away, rejected, cancelled);
      assertThat(absences.get(rejected).status()).isEqualTo(AbsenceStatus.REJECTED);
    }
  }

  private long sickNote() {
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST));
    return db.inTransaction(() -> absences.request(draft(null))).id();
  }

  private static AbsenceDraft draft(Long employeeId) {
    return new AbsenceDraft(
        employeeId,
        AbsenceType.SICKNESS,
        TODAY.plusDays(1),
        TODAY.plusDays(2),
        false,
        false,
        "flu",
        true);
  }

  @Test
  void theRequestFormOffersOneselfAndWithAbsenceManageEveryActiveEmployeeInScope() {
    Employee gone = TestData.employee(db, "Gone");
    db.inTransaction(() -> db.em().find(Employee.class, gone.getId()).setActive(false));

    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST, ABSENCE_VIEW));
    assertThat(absences.requestableEmployees(null, 500))
        .extracting(Employee::getId)
        .containsExactly(ann.getId());

    caller.actAs(TestCaller.person(null, ABSENCE_MANAGE));
    assertThat(absences.requestableEmployees(null, 500))
        .extracting(Employee::getId)
        .containsExactlyInAnyOrder(ann.getId(), bob.getId());

    caller.actAs(TestCaller.terminal(db, java.util.Set.of(bob.getId()), ABSENCE_MANAGE));
    assertThat(absences.requestableEmployees(null, 500))
        .extracting(Employee::getId)
        .containsExactly(bob.getId());
  }

  @Test
  void theRequestFormSearchesNameAndPersonnelNumberInTheQueryWithinTheSameRights() {
    Employee carla = TestData.employee(db, "Carla");
    caller.actAs(TestCaller.person(null, ABSENCE_MANAGE));
    assertThat(absences.requestableEmployees("p-bo", 20))
        .extracting(Employee::getId)
        .containsExactly(bob.getId());
    assertThat(absences.requestableEmployees("CARL", 20))
        .extracting(Employee::getId)
        .containsExactly(carla.getId());
    assertThat(absences.requestableEmployees("test", 20)).hasSize(3);
    assertThat(absences.requestableEmployees("test", 2)).hasSize(2);
    assertThat(absences.requestableEmployees("nobody", 20)).isEmpty();

    // a search offers no one beyond whom the form offered before: oneself only
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_REQUEST, ABSENCE_VIEW));
    assertThat(absences.requestableEmployees("bob", 20)).isEmpty();
    assertThat(absences.requestableEmployees("test", 20))
        .extracting(Employee::getId)
        .containsExactly(ann.getId());

    // the limit counts whom the policy allows: the own record it refuses takes no place
    caller.actAs(TestCaller.person(ann.getId(), ABSENCE_MANAGE));
    assertThat(absences.requestableEmployees("test", 2))
        .extracting(Employee::getId)
        .containsExactly(bob.getId(), carla.getId());
  }
}
