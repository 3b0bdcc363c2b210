package org.teamward.web.absences;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.teamward.absence.AbsenceDraft;
import org.teamward.absence.AbsenceType;
import org.teamward.web.EmployeePick;

/**
 * The absence request form's state. View scoped: after a request the employee and type stay chosen
 * for the next one.
 */
@Named
@ViewScoped
public class AbsenceRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  private EmployeePick employee;
  private AbsenceType type = AbsenceType.ANNUAL_LEAVE;
  private LocalDate from;
  private LocalDate to;
  private boolean startHalfDay;
  private boolean endHalfDay;
  private String note;
  private boolean medicalCertificate;

  /** The request as entered; {@code forEmployee} is null when requesting for oneself. */
  AbsenceDraft draft(Long forEmployee) {
    return new AbsenceDraft(
        forEmployee, type, from, to, startHalfDay, endHalfDay, note, medicalCertificate);
  }

  /** Empties the period and its details once requested; whom and what stay for the next one. */
  void clearPeriod() {
    from = null;
    to = null;
    startHalfDay = false;
    endHalfDay = false;
    note = null;
    medicalCertificate = false;
  }

  public AbsenceType[] getTypes() {
    return AbsenceType.values();
  }

  public EmployeePick getEmployee() {
    return employee;
  }

  public void setEmployee(EmployeePick employee) {
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
}
