package org.teamward.attendance;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.NotFound;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * The idempotency keys of clockings: which keys are valid, whose they are, and what a key already
 * used answers. The clocking use case decides when to ask; this bean only remembers and compares.
 */
@Dependent
class IdempotencyKeys {

  @PersistenceContext EntityManager em;
  @Inject PunchWindow window;

  /** The caller's earlier use of {@code key}, or null for a new key. */
  IdempotencyKey seen(Grant grant, String key) {
    requireValid(key);
    return em.find(IdempotencyKey.class, new IdempotencyKey.Id(callerName(grant), key));
  }

  /**
   * Stores the key with the record it wrote, in the same transaction, so that either both exist or
   * neither.
   */
  void remember(Grant grant, String key, Punch punch, AttendanceRecord record) {
    em.persist(
        new IdempotencyKey(
            callerName(grant),
            key,
            punch.kind().operation(),
            record.getId(),
            window.now(),
            punch.fingerprint()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same key committed by a concurrent request in the meantime: this one writes nothing
      throw new Conflict(
          "idempotency-key-in-use",
          "A request with this Idempotency-Key is being processed. Retry it in a moment.");
    }
  }

  /**
   * The first outcome of a key, once the repeated request is the same as the first: the same
   * operation for the same employee with the same fields.
   */
  AttendanceRecord replay(IdempotencyKey seen, Punch punch, Employee employee) {
    if (!seen.getOperation().equals(punch.kind().operation())) {
      throw new Conflict(
          "idempotency-key-reused",
          "This Idempotency-Key was already used for a " + seen.getOperation() + ".");
    }
    // the caller may clock this employee (checked before), which is all a replay needs
    AttendanceRecord record =
        NotFound.ifNull(em.find(AttendanceRecord.class, seen.getRecordId()), "attendance record");
    if (!record.getEmployee().getId().equals(employee.getId())
        || seen.getRequestHash() != null && !seen.getRequestHash().equals(punch.fingerprint())) {
      throw new Conflict(
          "idempotency-key-reused",
          "This Idempotency-Key was already used for a different request.");
    }
    return record;
  }

  /** Deletes the keys older than {@link PunchWindow#keysKept()}. */
  int forgetExpired() {
    return em.createQuery("delete from IdempotencyKey k where k.createdAt < :expired")
        .setParameter("expired", window.now().minus(window.keysKept()))
        .executeUpdate();
  }

  private static void requireValid(String key) {
    int max = Clockings.MAX_IDEMPOTENCY_KEY;
    new Violations()
        .check(!key.isBlank(), "Idempotency-Key", "Idempotency-Key must not be blank")
        .check(
            key.length() <= max,
            "Idempotency-Key",
            Rule.TOO_LONG,
            "Idempotency-Key must have at most " + max + " characters",
            max)
        .check(
            key.chars().noneMatch(Character::isISOControl),
            "Idempotency-Key",
            "Idempotency-Key must not contain control characters")
        .throwIfAny();
  }

  /** Whose keys these are: the credential, as the principal name ("device:17"). */
  static String callerName(Grant grant) {
    return switch (grant.credential()) {
      case ACCESS_AUTHORISATION ->
          new CallerKey(CallerKey.Type.INTERFACE, grant.id()).toPrincipalName();
      case DEVICE_PASSWORD ->
          grant.credentialId() == null
              ? new CallerKey(CallerKey.Type.USER, grant.id()).toPrincipalName()
              : new CallerKey(CallerKey.Type.DEVICE, grant.credentialId()).toPrincipalName();
      default -> new CallerKey(CallerKey.Type.USER, grant.id()).toPrincipalName();
    };
  }
}
