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
 * That someone read or changed one employee's records of one area within one hour: the rows behind
 * "Who saw my records". Written by {@link AuditWriter}, one row per hour however many requests.
 */
@Entity
@Table(name = "access_trace")
public class AccessTrace {

  /** Whether the records were only read or also changed. */
  public enum Access {
    READ,
    WRITE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "employee_id")
  private long employeeId;

  @Enumerated(EnumType.STRING)
  private Area area;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_kind")
  private Access access;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind")
  private ActorKind actorKind;

  @Column(name = "actor_id")
  private long actorId;

  @Column(name = "actor_name")
  private String actorName;

  private String credential;

  /** 0 for a web session. */
  @Column(name = "credential_id")
  private long credentialId;

  @Column(name = "hour_start")
  private Instant hourStart;

  @Column(name = "first_at")
  private Instant firstAt;

  @Column(name = "last_at")
  private Instant lastAt;

  protected AccessTrace() {}

  AccessTrace(
      long employeeId, Area area, Access access, Actor actor, Instant hourStart, Instant at) {
    this.employeeId = employeeId;
    this.area = area;
    this.access = access;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.credential = actor.credential();
    this.credentialId = actor.credentialId() == null ? 0 : actor.credentialId();
    this.hourStart = hourStart;
    this.firstAt = at;
    this.lastAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public Area getArea() {
    return area;
  }

  public Access getAccess() {
    return access;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getCredential() {
    return credential;
  }

  /** The device password or access authorisation used; null for a web session. */
  public Long getCredentialId() {
    return credentialId == 0 ? null : credentialId;
  }

  public Instant getFirstAt() {
    return firstAt;
  }

  public Instant getLastAt() {
    return lastAt;
  }
}
