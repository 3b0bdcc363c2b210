package org.teamward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.AUDIT_VIEW;

import jakarta.persistence.EntityManager;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.Invalid;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestDatabase;

/** Reading, exporting and purging the log on the real schema. */
class AuditLogTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final AuditLog log = TestAudit.log(db, caller);

  @BeforeEach
  void setUp() {
    log.clock = Clock.fixed(T0, ZoneOffset.UTC);
    caller.actAs(TestCaller.person(null, AUDIT_VIEW));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theListFiltersByActorTypeTimeAndOutcomeNewestFirst() {
    event(T0.minusSeconds(30), "Anna Admin", "Projects.create", Outcome.SUCCESS);
    event(T0.minusSeconds(20), "Anna Admin", "Projects.delete", Outcome.REFUSED);
    event(T0.minusSeconds(10), "Tim Terminal", "Attendance.checkIn", Outcome.SUCCESS);
    event(T0.minusSeconds(5), "Anna Admin", "ProjectsExtra.create", Outcome.SUCCESS);

    assertThat(actions(AuditFilter.ALL))
        .containsExactly(
            "ProjectsExtra.create", "Attendance.checkIn", "Projects.delete", "Projects.create");
    assertThat(actions(new AuditFilter("anna", "Projects", null, null, null)))
        .as("a feature matches its actions, not another feature sharing its prefix")
        .containsExactly("Projects.delete", "Projects.create");
    assertThat(actions(new AuditFilter(null, "Projects.create", null, null, null)))
        .containsExactly("Projects.create");
    assertThat(actions(new AuditFilter(null, null, T0.minusSeconds(20), T0.minusSeconds(5), null)))
        .containsExactly("Attendance.checkIn", "Projects.delete");
    assertThat(actions(new AuditFilter(null, null, null, null, Outcome.REFUSED)))
        .containsExactly("Projects.delete");
    assertThatThrownBy(() -> log.list(new AuditFilter(null, null, T0, T0, null), first()))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
  }

  @Test
  void targetsAreNamedAsPeopleKnowThemAndDeletedOnesKeepTheirId() {
    var ann = org.teamward.persistence.TestData.employee(db, "Ann");
    var project = org.teamward.persistence.TestData.project(db, "HALL");
    List<AuditRow> events =
        List.of(
            target("Employee", ann.getId()),
            target("Project", project.getId()),
            target("Employee", 999_999L),
            target("Unknown", 1L),
            target(null, null));

    assertThat(log.targetNames(events))
        .containsOnlyKeys("Employee#" + ann.getId(), "Project#" + project.getId())
        .containsEntry("Employee#" + ann.getId(), "Ann Test")
        .containsEntry("Project#" + project.getId(), "HALL · " + project.getName());
  }

  private static AuditRow target(String type, Long id) {
    return new AuditRow(
        1L,
        T0,
        ActorKind.SYSTEM,
        null,
        null,
        "NONE",
        null,
        null,
        "Employees.update",
        Outcome.SUCCESS,
        type,
        id,
        null,
        1);
  }

  @Test
  void theExportReadsEveryEventOnceInChunksInTheListOrder() {
    int count = AuditLog.EXPORT_CHUNK * 2 + 7;
    db.run(
        em -> {
          for (int i = 0; i < count; i++) {
            // pairs share an instant, so that the keyset must break ties by id
            em.persist(
                new AuditEvent(
                    T0.minusSeconds(i / 2),
                    Actor.SYSTEM,
                    null,
                    "Bulk.write",
                    Outcome.SUCCESS,
                    null,
                    (long) i,
                    null));
          }
        });
    List<Long> exported = new ArrayList<>();

    log.export(AuditFilter.ALL).forEach(e -> exported.add(e.id()));

    List<Long> listed =
        db.em()
            .createQuery(
                "select e.id from AuditEvent e order by e.occurredAt desc, e.id desc", Long.class)
            .getResultList();
    assertThat(exported).hasSize(count).isEqualTo(listed);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreDefused() {
    StringWriter out = new StringWriter();
    db.run(
        em ->
            em.persist(
                new AuditEvent(
                    T0,
                    Actor.attempt("=HYPERLINK(\"http://evil\",\"x\")", "PERSONAL_PASSWORD"),
                    "::1",
                    "Authentication.personalPassword",
                    Outcome.FAILED,
                    null,
                    null,
                    "-2+3, @sum")));
    AuditRow attempt = log.list(AuditFilter.ALL, first()).items().get(0);

    new AuditCsv(out).header().row(attempt);

    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).startsWith("occurredAt,actorKind,actorId,actorName,");
    assertThat(lines[1])
        .isEqualTo(
            "2026-03-02T08:00:00Z,ANONYMOUS,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                + "PERSONAL_PASSWORD,,::1,Authentication.personalPassword,FAILED,,,\"'-2+3, @sum\",1");
  }

  @Test
  void thePurgeDeletesWhatIsPastTheRetentionOnOneNodeAtATime() {
    log.retention = Duration.ofDays(400);
    event(T0.minus(Duration.ofDays(401)), "old", "Projects.create", Outcome.SUCCESS);
    event(T0.minus(Duration.ofDays(399)), "recent", "Projects.create", Outcome.SUCCESS);

    assertThat(db.inTransaction(log::purgeExpired)).hasValue(1);
    event(T0.minus(Duration.ofDays(402)), "older", "Projects.create", Outcome.SUCCESS);
    assertThat(db.inTransaction(log::purgeExpired))
        .as("the lease is held, so a second node (or run) within it does nothing")
        .isEmpty();
    assertThat(actions(AuditFilter.ALL)).hasSize(2);

    log.clock = Clock.fixed(T0.plus(log.leaseTime()).plusSeconds(1), ZoneOffset.UTC);
    assertThat(db.inTransaction(log::purgeExpired)).as("the lease has expired").hasValue(1);
    assertThat(log.list(AuditFilter.ALL, first()).items())
        .extracting(AuditRow::actorName)
        .containsExactly("recent");
  }

  @Test
  void anAccessAuthorisationsExpiryIsRecordedOnceAfterItsLastDay() {
    long expired = authorisation(T0.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1));
    authorisation(T0.atOffset(ZoneOffset.UTC).toLocalDate());

    db.inTransaction(log::purgeExpired);
    log.clock = Clock.fixed(T0.plus(log.leaseTime()).plusSeconds(1), ZoneOffset.UTC);
    db.inTransaction(log::purgeExpired);

    assertThat(log.list(AuditFilter.ALL, first()).items())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("AccessAuthorisations.expired");
              assertThat(e.targetId()).isEqualTo(expired);
              assertThat(e.actorKind()).isEqualTo(ActorKind.SYSTEM);
            });
  }

  private long authorisation(java.time.LocalDate lastDay) {
    return db.inTransaction(
        () -> {
          org.teamward.access.credentials.AccessAuthorisation a =
              new org.teamward.access.credentials.AccessAuthorisation();
          a.setName("terminal " + lastDay);
          a.setPermissions(java.util.Set.of(org.teamward.access.rights.Permission.PROJECT_VIEW));
          a.setScopeKind(org.teamward.access.credentials.AccessAuthorisation.ScopeKind.ALL);
          a.setTokenDigest(java.util.UUID.randomUUID().toString());
          a.setExpiresOn(lastDay);
          db.em().persist(a);
          return a.getId();
        });
  }

  @Test
  void whoSawMineShowsOnlyTheCallersOwnEmployeesTraces() {
    long ann = org.teamward.persistence.TestData.employee(db, "Ann").getId();
    long bob = org.teamward.persistence.TestData.employee(db, "Bob").getId();
    Actor manager = new Actor(ActorKind.USER, 99L, "Mia Manager", "WEB_SESSION", null);
    db.run(
        em -> {
          AuditWriter.traceIn(
              em, Area.ABSENCE, AccessTrace.Access.READ, manager, java.util.Set.of(ann, bob), T0);
        });

    caller.actAs(TestCaller.person(ann));
    assertThat(log.whoSawMine(first()).items())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.getEmployeeId()).isEqualTo(ann);
              assertThat(t.getActorName()).isEqualTo("Mia Manager");
              assertThat(t.getArea()).isEqualTo(Area.ABSENCE);
            });
    caller.actAs(TestCaller.person(null));
    assertThat(log.whoSawMine(first()).items()).as("no employee, no records").isEmpty();
  }

  private List<String> actions(AuditFilter filter) {
    return log.list(filter, first()).items().stream().map(AuditRow::action).toList();
  }

  private static PageRequest first() {
    return PageRequest.first(50);
  }

  private void event(Instant at, String actor, String action, Outcome outcome) {
    EntityManager em = db.em();
    db.run(
        e ->
            em.persist(
                new AuditEvent(
                    at,
                    new Actor(ActorKind.USER, 1L, actor, "WEB_SESSION", null),
                    "10.0.0.1",
                    action,
                    outcome,
                    null,
                    null,
                    null)));
  }
}
