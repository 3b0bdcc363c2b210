package org.teamward.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;
import org.teamward.project.Project;

/**
 * Time an employee spent on a project on one day: either a start and end time, or only a duration.
 * The duration is always stored, so sums never need the times.
 */
@Entity
@Table(name = "time_booking")
public class TimeBooking extends Identified {

  @ManyToOne(optional = false)
  private Employee employee;

  @ManyToOne(optional = false)
  private Project project;

  @Column(name = "booking_date")
  private LocalDate date;

  @Column(name = "start_time")
  private LocalTime start;

  @Column(name = "end_time")
  private LocalTime end;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  private String description;
  private boolean billable = true;

  public Employee getEmployee() {
    return employee;
  }

  public void setEmployee(Employee employee) {
    this.employee = employee;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
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

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(int durationMinutes) {
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
