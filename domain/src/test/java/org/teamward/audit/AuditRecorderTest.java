package org.teamward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.EMPLOYEE_MANAGE;
import static org.teamward.access.rights.Permission.EMPLOYEE_VIEW;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotAuthenticated;
import org.teamward.persistence.TestDatabase;

/**
 * The recorder around use cases on the real schema: one event per write in the write's own
 * transaction, one per refusal in a transaction of its own, one per outermost call.
 */
class AuditRecorderTest {

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller().from("203.0.113.9");
  private final Container container = new Container(db, caller);
  private final People people = new People();

  /** Use cases that write employees, the smallest records the schema has. */
  public class People {
    @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
    public Employee hire(String name) {
      Employee e = new Employee();
      e.setPersonnelNumber("P-" + name);
      e.setFirstName(name);
      e.setLastName("Test");
      db.em().persist(e);
      db.em().flush();
      return e;
    }

    /** Hires, and says how in its event. */
    @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
    public Employee hireByReferral(String name) {
      AuditRecorder.note("by referral");
      return hire(name);
    }

    /** Writes, then its policy refuses: the write must not survive. */
    @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
    public Employee hireThenRefuse(String name) {
      hire(name);
      throw new Forbidden("not this one");
    }

    @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
    public void fire(long id) {
      db.em().remove(db.em().find(Employee.class, id));
    }

    @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
    public void refuseInput() {
      throw new Invalid("name", "name is required");
    }

    /** Hires two people through the proxy: nested use cases. */
    @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
    public List<Employee> hireTeam(String a, String b) {
      return List.of(container.call(this, "hire", a), container.call(this, "hire", b));
    }

    /** Tries to hire through the proxy, which needs a right the caller may lack. */
    @Requires(value = EMPLOYEE_VIEW, effect = WRITE)
    public boolean tryToHire(String name, boolean catchRefusal) {
      try {
        container.call(this, "hire", name);
        return true;
      } catch (Forbidden refused) {
        if (!catchRefusal) {
          throw refused;
        }
        return false;
      }
    }

    @Requires(value = EMPLOYEE_VIEW, effect = READ)
    public long count() {
      return db.em().createQuery("select count(e) from Employee e", Long.class).getSingleResult();
    }

    @Public(value = "housekeeping", effect = WRITE)
    public int tidy(int changed) {
      return changed;
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aWriteLeavesExactlyOneEventWithActorCredentialAddressAndTarget() {
    caller.actAs(device(EMPLOYEE_MANAGE));

    Employee ann = container.call(people, "hire", "Ann");

    List<AuditEvent> events = TestAudit.events(db);
    assertThat(events).hasSize(1);
    AuditEvent event = events.get(0);
    assertThat(event.getAction()).isEqualTo("People.hire");
    assertThat(event.getOutcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(event.getActorKind()).isEqualTo(ActorKind.USER);
    assertThat(event.getActorId()).isEqualTo(7L);
    assertThat(event.getActorName()).isEqualTo("Dana Device");
    assertThat(event.getCredential()).isEqualTo("DEVICE_PASSWORD");
    assertThat(event.getCredentialId()).isEqualTo(4711L);
    assertThat(event.getClientIp()).isEqualTo("203.0.113.9");
    assertThat(event.getTargetType()).isEqualTo("Employee");
    assertThat(event.getTargetId()).isEqualTo(ann.getId());
    assertThat(event.getOccurredAt()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void aNoteOfTheUseCaseIsTheDetailOfItsOwnEventOnly() {
    caller.actAs(device(EMPLOYEE_MANAGE));
    AuditRecorder.note("outside any use case, and so nowhere");

    container.call(people, "hireByReferral", "Ann");
    container.call(people, "hire", "Ben");

    assertThat(TestAudit.events(db))
        .extracting(AuditEvent::getAction, AuditEvent::getDetail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("People.hireByReferral", "by referral"),
            org.assertj.core.groups.Tuple.tuple("People.hire", null));
  }

  @Test
  void aWriteByIdNamesItsTargetFromTheIdArgument() {
    caller.actAs(device(EMPLOYEE_MANAGE));
    Employee ann = container.call(people, "hire", "Ann");

    container.call(people, "fire", ann.getId());

    AuditEvent fired = TestAudit.events(db).get(1);
    assertThat(fired.getAction()).isEqualTo("People.fire");
    assertThat(fired.getTargetType())
        .as("the use cases of People act on a \"People\"")
        .isEqualTo("People");
    assertThat(fired.getTargetId()).isEqualTo(ann.getId());
  }

  @Test
  void aRefusalByThePolicyLeavesOneRefusedEventAndRollsTheWriteBack() {
    caller.actAs(device(EMPLOYEE_MANAGE));

    assertThatThrownBy(() -> container.call(people, "hireThenRefuse", "Ben"))
        .isInstanceOf(Forbidden.class);

    assertThat(db.em().createQuery("select e from Employee e", Employee.class).getResultList())
        .as("the use case's own write is rolled back")
        .isEmpty();
    List<AuditEvent> events = TestAudit.events(db);
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo("People.hireThenRefuse");
              assertThat(e.getOutcome()).isEqualTo(Outcome.REFUSED);
              assertThat(e.getDetail()).isEqualTo("Forbidden");
              assertThat(e.getCredentialId()).isEqualTo(4711L);
            });
  }

  @Test
  void aRefusalByTheGuardIsRecordedForReadsAndWritesAlike() {
    caller.actAs(device(EMPLOYEE_VIEW));
    assertThatThrownBy(() -> container.call(people, "hire", "Cid")).isInstanceOf(Forbidden.class);
    caller.actAs(Grant.ANONYMOUS);
    assertThatThrownBy(() -> container.call(people, "count")).isInstanceOf(NotAuthenticated.class);

    assertThat(TestAudit.events(db))
        .extracting(
            AuditEvent::getAction,
            AuditEvent::getOutcome,
            AuditEvent::getDetail,
            AuditEvent::getActorKind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "People.hire", Outcome.REFUSED, "Forbidden", ActorKind.USER),
            org.assertj.core.groups.Tuple.tuple(
                "People.count", Outcome.REFUSED, "NotAuthenticated", ActorKind.ANONYMOUS));
    assertThat(db.em().createQuery("select e from Employee e", Employee.class).getResultList())
        .isEmpty();
  }

  @Test
  void nestedUseCasesRecordOnceAsTheirOutermostCall() {
    caller.actAs(device(EMPLOYEE_MANAGE));

    List<Employee> team = container.call(people, "hireTeam", "Dora", "Eli");

    assertThat(team).hasSize(2);
    assertThat(TestAudit.events(db))
        .singleElement()
        .satisfies(e -> assertThat(e.getAction()).isEqualTo("People.hireTeam"));
  }

  @Test
  void aNestedRefusalIsRecordedOnceWhetherItsCallerCatchesItOrNot() {
    caller.actAs(device(EMPLOYEE_VIEW));

    assertThatThrownBy(() -> container.call(people, "tryToHire", "Fay", false))
        .isInstanceOf(Forbidden.class);
    assertThat((Boolean) container.call(people, "tryToHire", "Gil", true)).isFalse();

    assertThat(TestAudit.events(db))
        .extracting(AuditEvent::getAction, AuditEvent::getOutcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("People.hire", Outcome.REFUSED),
            org.assertj.core.groups.Tuple.tuple("People.hire", Outcome.REFUSED),
            org.assertj.core.groups.Tuple.tuple("People.tryToHire", Outcome.SUCCESS));
  }

  @Test
  void readsAndFailedInputLeaveNoEvent() {
    caller.actAs(device(EMPLOYEE_MANAGE, EMPLOYEE_VIEW));

    assertThat((Long) container.call(people, "count")).isZero();
    assertThatThrownBy(() -> container.call(people, "refuseInput")).isInstanceOf(Invalid.class);

    assertThat(TestAudit.events(db)).isEmpty();
  }

  @Test
  void housekeepingIsTheSystemsAndLoggedOnlyWhenItChangedSomething() {
    caller.outsideRequests();

    container.call(people, "tidy", 0);
    container.call(people, "tidy", 3);

    assertThat(TestAudit.events(db))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActorKind()).isEqualTo(ActorKind.SYSTEM);
              assertThat(e.getAction()).isEqualTo("People.tidy");
              assertThat(e.getDetail()).isEqualTo("3 records");
            });
  }

  /** Dana, signed in with her device password 4711, with the given rights. */
  private static Grant device(Permission... permissions) {
    return new Grant(
        Grant.Kind.USER,
        7,
        "Dana Device",
        permissions.length == 0 ? Set.of() : EnumSet.of(permissions[0], permissions),
        null,
        EmployeeScope.ALL,
        Grant.Credential.DEVICE_PASSWORD,
        4711L);
  }
}
