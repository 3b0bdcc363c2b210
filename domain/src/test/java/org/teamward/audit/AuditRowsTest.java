package org.teamward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teamward.access.rights.Permission.AUDIT_VIEW;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestDatabase;

/**
 * The audit log read as rows: what each row holds, each filter against the same filter applied to
 * the entities, the newest-first order with ties broken by id, the pages, the cursor and the
 * export.
 */
class AuditRowsTest {

  /** The newest event; event X happened X / 2 minutes before it, so that pairs share an instant. */
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final AuditLog log = TestAudit.log(db, caller);

  @BeforeEach
  void setUp() {
    caller.actAs(TestCaller.person(null, AUDIT_VIEW));
    db.inTransaction(
        () ->
            db.em()
                .createNativeQuery(
                    "INSERT INTO audit_event (id, occurred_at, actor_kind, actor_id, actor_name,"
                        + " credential, credential_id, client_ip, action, outcome, target_type,"
                        + " target_id, detail, attempts)"
                        + " SELECT X, DATEADD(MINUTE, -(X / 2),"
                        + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00'),"
                        + " CASE MOD(X, 3) WHEN 0 THEN 'USER' WHEN 1 THEN 'INTERFACE'"
                        + " ELSE 'ANONYMOUS' END, CASE WHEN MOD(X, 3) < 2 THEN X END,"
                        + " CASE MOD(X, 3) WHEN 0 THEN 'Anna Admin' WHEN 1 THEN 'Tim 100%'"
                        + " END, 'WEB_SESSION', CASE WHEN MOD(X, 7) = 0 THEN X END,"
                        + " '10.0.0.' || X, CASE MOD(X, 4) WHEN 0 THEN 'Projects.create'"
                        + " WHEN 1 THEN 'Projects.delete' WHEN 2 THEN 'ProjectsExtra.create'"
                        + " ELSE 'Attendance.checkIn' END,"
                        + " CASE WHEN MOD(X, 5) = 0 THEN 'REFUSED' ELSE 'SUCCESS' END,"
                        + " CASE WHEN MOD(X, 2) = 0 THEN 'Employee' END,"
                        + " CASE WHEN MOD(X, 2) = 0 THEN X END,"
                        + " CASE WHEN MOD(X, 5) = 0 THEN 'Forbidden' END,"
                        + " CASE WHEN X = 3 THEN 4 ELSE 1 END FROM SYSTEM_RANGE(1, 30)")
                .executeUpdate());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aRowHoldsWhatItsEventHolds() {
    List<AuditRow> rows = list(AuditFilter.ALL, PageRequest.first(50)).items();
    assertThat(rows).hasSize(30);
    for (AuditRow row : rows) {
      assertThat(row)
          .as("event " + row.id())
          .isEqualTo(of(db.em().find(AuditEvent.class, row.id())));
    }
    assertThat(rows.get(1).attempts()).as("event 3, second newest, counted").isEqualTo(4);
  }

  @Test
  void eachFilterSelectsWhatItSelectsAmongTheEntitiesNewestFirst() {
    Instant from = T0.minus(10, ChronoUnit.MINUTES);
    Instant to = T0.minus(3, ChronoUnit.MINUTES);
    assertMatches(AuditFilter.ALL, e -> true);
    assertMatches(
        new AuditFilter("ANNA", null, null, null, null),
        e ->
            e.getActorName() != null && e.getActorName().toLowerCase(Locale.ROOT).contains("anna"));
    assertMatches(
        new AuditFilter("100%", null, null, null, null), e -> "Tim 100%".equals(e.getActorName()));
    assertMatches(
        new AuditFilter(null, " Projects ", null, null, null),
        e -> e.getAction().startsWith("Projects."));
    assertMatches(
        new AuditFilter(null, "Projects.create", null, null, null),
        e -> e.getAction().equals("Projects.create"));
    assertMatches(
        new AuditFilter(null, null, from, to, null),
        e -> !e.getOccurredAt().isBefore(from) && e.getOccurredAt().isBefore(to));
    assertMatches(
        new AuditFilter(null, null, null, null, Outcome.REFUSED),
        e -> e.getOutcome() == Outcome.REFUSED);
    assertMatches(
        new AuditFilter("tim", "Projects", from, null, Outcome.SUCCESS),
        e ->
            "Tim 100%".equals(e.getActorName())
                && e.getAction().startsWith("Projects.")
                && !e.getOccurredAt().isBefore(from)
                && e.getOutcome() == Outcome.SUCCESS);
  }

  @Test
  void pagesFollowTheNewestFirstTheCursorWalksEveryEventOnceAndTheExportAgrees() {
    List<Long> newestFirst =
        list(AuditFilter.ALL, PageRequest.first(50)).items().stream().map(AuditRow::id).toList();
    assertThat(newestFirst).startsWith(1L, 3L, 2L, 5L, 4L).endsWith(29L, 28L, 30L);

    Page<AuditRow> second = list(AuditFilter.ALL, new PageRequest(10, 10));
    assertThat(second.items()).extracting(AuditRow::id).isEqualTo(newestFirst.subList(10, 20));
    assertThat(second.total()).isEqualTo(30);
    assertThat(second.totalExact()).isTrue();

    List<Long> walked = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      Page<AuditRow> page = list(AuditFilter.ALL, new PageRequest(0, 7, after));
      page.items().forEach(r -> walked.add(r.id()));
      after = page.next();
    }
    assertThat(walked)
        .as("in id order")
        .isSorted()
        .containsExactlyInAnyOrderElementsOf(newestFirst);

    List<AuditRow> exported = new ArrayList<>();
    db.inTransaction(() -> log.export(AuditFilter.ALL).forEach(exported::add));
    assertThat(exported).isEqualTo(list(AuditFilter.ALL, PageRequest.first(50)).items());
  }

  @Test
  void aPageCostsTwoStatements() {
    assertThat(db.statements(() -> list(AuditFilter.ALL, PageRequest.first(50))))
        .as("the count and the rows")
        .isEqualTo(2);
  }

  private void assertMatches(AuditFilter filter, Predicate<AuditEvent> expected) {
    List<AuditRow> wanted =
        db.em().createQuery("select e from AuditEvent e", AuditEvent.class).getResultList().stream()
            .filter(expected)
            .sorted(
                Comparator.comparing(AuditEvent::getOccurredAt)
                    .thenComparing(AuditEvent::getId)
                    .reversed())
            .map(AuditRowsTest::of)
            .toList();
    assertThat(list(filter, PageRequest.first(50)).items()).as(filter.toString()).isEqualTo(wanted);
    assertThat(wanted).as("the case selects some events, not none").isNotEmpty();
  }

  private Page<AuditRow> list(AuditFilter filter, PageRequest page) {
    return db.inTransaction(() -> log.list(filter, page));
  }

  private static AuditRow of(AuditEvent e) {
    return new AuditRow(
        e.getId(),
        e.getOccurredAt(),
        e.getActorKind(),
        e.getActorId(),
        e.getActorName(),
        e.getCredential(),
        e.getCredentialId(),
        e.getClientIp(),
        e.getAction(),
        e.getOutcome(),
        e.getTargetType(),
        e.getTargetId(),
        e.getDetail(),
        e.getAttempts());
  }
}
