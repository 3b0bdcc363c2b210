package org.teamward.web.time;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.teamward.time.TimeBookingDraft;
import org.teamward.time.TimeBookingRow;
import org.teamward.web.EmployeePick;
import org.teamward.web.ProjectPick;

/**
 * The booking dialog's state. View scoped because it keeps the edited booking's id and version
 * until it is saved.
 */
@Named
@ViewScoped
public class BookingDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long editId;
  private Long editVersion;
  private EmployeePick employee;
  private ProjectPick project;
  private LocalDate date;
  private LocalTime start;
  private LocalTime end;
  private Integer durationMinutes;
  private String description;
  private boolean billable = true;

  /** Empties the dialog for a new booking on {@code today}. */
  void create(LocalDate today) {
    editId = null;
    editVersion = null;
    employee = null;
    project = null;
    date = today;
    start = null;
    end = null;
    durationMinutes = null;
    description = null;
    billable = true;
  }

  void edit(TimeBookingRow booking) {
    editId = booking.id();
    editVersion = booking.version();
    employee =
        EmployeePick.of(booking.employeeId(), booking.employeeName(), booking.personnelNumber());
    project = ProjectPick.of(booking.projectId(), booking.projectCode(), booking.projectName());
    date = booking.date();
    start = booking.start();
    end = booking.end();
    durationMinutes = start == null ? booking.durationMinutes() : null;
    description = booking.description();
    billable = booking.billable();
  }

  /** The booking as entered; {@code forEmployee} is null when booking for oneself. */
  TimeBookingDraft draft(Long forEmployee) {
    return new TimeBookingDraft(
        forEmployee,
        ProjectPick.idOf(project),
        date,
        start,
        end,
        durationMinutes,
        description,
        billable);
  }

  /** The id of the booking being edited, or null for a new one. */
  Long editId() {
    return editId;
  }

  Long editVersion() {
    return editVersion;
  }

  public boolean isEditing() {
    return editId != null;
  }

  public EmployeePick getEmployee() {
    return employee;
  }

  public void setEmployee(EmployeePick employee) {
    this.employee = employee;
  }

  public ProjectPick getProject() {
    return project;
  }

  public void setProject(ProjectPick project) {
    this.project = project;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isBillable() {
    return billable;
  }

  public void setBillable(boolean billable) {
    this.billable = billable;
  }
}
