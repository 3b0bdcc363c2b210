package org.teamward.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.persistence.Identified;

/** A person employed by the company; time, attendance and absences belong to an employee. */
@Entity
@Table(name = "employee")
public class Employee extends Identified implements ScopedEmployee {

  @Column(name = "personnel_number")
  private String personnelNumber;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  private String email;
  private String department;

  @ManyToOne
  @JoinColumn(name = "line_manager_id")
  private Employee lineManager;

  @Column(name = "time_zone")
  private String timeZone = "Europe/Berlin";

  private boolean active = true;

  public String getPersonnelNumber() {
    return personnelNumber;
  }

  public void setPersonnelNumber(String personnelNumber) {
    this.personnelNumber = personnelNumber;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFullName() {
    return fullName(firstName, lastName);
  }

  /** How a person's name reads, for lists that read the two names without the entity. */
  public static String fullName(String firstName, String lastName) {
    return firstName + " " + lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public Employee getLineManager() {
    return lineManager;
  }

  public void setLineManager(Employee lineManager) {
    this.lineManager = lineManager;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
