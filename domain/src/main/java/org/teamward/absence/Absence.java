package org.teamward.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.teamward.access.accounts.UserAccount;
import org.teamward.audit.Area;
import org.teamward.audit.PersonalRecord;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;

/** Time away from work, from one date to another, each end optionally a half day. */
@Entity
@Table(name = "absence")
public class Absence extends Identified implements PersonalRecord {

  @ManyToOne(optional = false)
  private Employee employee;

  @Enumerated(EnumType.STRING)
  @Column(name = "absence_type")
  private AbsenceType type;

  @Column(name = "start_date")
  private LocalDate from;

  @Column(name = "end_date")
  private LocalDate to;

  @Column(name = "start_half_day")
  private boolean startHalfDay;

  @Column(name = "end_half_day")
  private boolean endHalfDay;

  @Enumerated(EnumType.STRING)
  private AbsenceStatus status = AbsenceStatus.REQUESTED;

  private String note;

  @Column(name = "medical_certificate")
  private boolean medicalCertificate;

  @ManyToOne
  @JoinColumn(name = "approver_id")
  private UserAccount approver;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at")
  private Instant createdAt = Instant.now();

  @Override
  public long personalEmployeeId() {
    return employee.getId();
  }

  @Override
  public Area personalArea() {
    return Area.ABSENCE;
  }

  public Employee getEmployee() {
    return employee;
  }

  public void setEmployee(Employee employee) {
    this.employee = employee;
  }

  public AbsenceType getType() {
    return type;
  }

  public void setType(AbsenceType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isStartHalfDay() {
    return startHalfDay;
  }

  public void setStartHalfDay(boolean startHalfDay) {
    this.startHalfDay = startHalfDay;
  }

  public boolean isEndHalfDay() {
    return endHalfDay;
  }

  public void setEndHalfDay(boolean endHalfDay) {
    this.endHalfDay = endHalfDay;
  }

  public AbsenceStatus getStatus() {
    return status;
  }

  public void setStatus(AbsenceStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isMedicalCertificate() {
    return medicalCertificate;
  }

  public void setMedicalCertificate(boolean medicalCertificate) {
    this.medicalCertificate = medicalCertificate;
  }

  public UserAccount getApprover() {
    return approver;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Records the decision of {@code approver}; the policy has already checked the state. */
  public void decide(AbsenceStatus outcome, UserAccount approver, Instant at) {
    this.status = outcome;
    this.approver = approver;
    this.decidedAt = at;
  }
}
