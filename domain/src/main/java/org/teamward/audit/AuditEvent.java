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
import java.time.Instant;

/**
 * One entry of the security audit log. Append-only: it has no setters and no version, and nothing
 * but the retention purge ever deletes one.
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

  public Long getTargetId() {
    return targetId;
  }

  public String getDetail() {
    return detail;
  }
}
