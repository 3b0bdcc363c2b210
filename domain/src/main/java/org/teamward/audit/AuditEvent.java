package org.teamward.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the security audit log. Append-only: it has no setters and no version, and nothing
 * but the retention purge ever deletes one. A counted refusal ({@link #counted}) is the one
 * exception to "one row per event": its count goes up while its minute lasts.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  static final int MAX_ACTION = 120;
  static final int MAX_DETAIL = 300;
  static final int MAX_IP = 45;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind")
  private ActorKind actorKind;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name")
  private String actorName;

  private String credential;

  @Column(name = "credential_id")
  private Long credentialId;

  @Column(name = "client_ip")
  private String clientIp;

  private String action;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private Long targetId;

  private String detail;

  /** How often this happened: above 1 only for a counted refusal ({@link #counted}). */
  private int attempts = 1;

  /**
   * For a counted refusal, the digest of what it counts (kind of refusal, identifier, address,
   * minute), unique in the table; null for every other event.
   */
  @Column(name = "tally_key")
  private String tallyKey;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      Actor actor,
      String clientIp,
      String action,
      Outcome outcome,
      String targetType,
      Long targetId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.credential = actor.credential();
    this.credentialId = actor.credentialId();
    this.clientIp = clientIp == null || clientIp.length() > MAX_IP ? null : clientIp;
    this.action = cut(action, MAX_ACTION);
    this.outcome = outcome;
    this.targetType = cut(targetType, 60);
    this.targetId = targetId;
    this.detail = cut(detail, MAX_DETAIL);
  }

  /**
   * A refused credential or throttled attempt, counted: every such attempt of the same kind, with
   * the same identifier, from the same address, in the same minute is this one event, whose {@link
   * #getAttempts()} the writer increments.
   */
  static AuditEvent counted(
      Instant occurredAt,
      Actor actor,
      String clientIp,
      String action,
      Outcome outcome,
      String targetType,
      Long targetId,
      String detail) {
    AuditEvent event =
        new AuditEvent(occurredAt, actor, clientIp, action, outcome, targetType, targetId, detail);
    event.tallyKey =
        tallyKey(
            occurredAt.truncatedTo(ChronoUnit.MINUTES),
            event.actorKind,
            event.actorName,
            event.credential,
            event.credentialId,
            event.clientIp,
            event.action,
            event.outcome,
            event.targetType,
            event.targetId,
            event.detail);
    return event;
  }

  /** SHA-256 of the parts, each length-prefixed so that no two different lists give one text. */
  static String tallyKey(Object... parts) {
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      String value = part == null ? "" : part.toString();
      text.append(part == null ? -1 : value.length()).append(':').append(value).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException absent) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", absent);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getCredential() {
    return credential;
  }

  public Long getCredentialId() {
    return credentialId;
  }

  public String getClientIp() {
    return clientIp;
  }

  public String getAction() {
    return action;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getTargetType() {
    return targetType;
  }

  /** The key of a target in {@link AuditLog#targetNames}, such as "Employee#17". */
  public static String targetKey(String type, Long id) {
    return type + "#" + id;
  }

  public Long getTargetId() {
    return targetId;
  }

  public String getDetail() {
    return detail;
  }

  /** How often this happened in its minute; 1 for everything but refused credentials. */
  public int getAttempts() {
    return attempts;
  }

  String getTallyKey() {
    return tallyKey;
  }
}
