package org.teamward.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.teamward.persistence.Identified;

/** Something time is booked on. */
@Entity
@Table(name = "project")
public class Project extends Identified {

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private ProjectStatus status = ProjectStatus.ACTIVE;

  @Column(name = "budget_hours")
  private BigDecimal budgetHours;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public BigDecimal getBudgetHours() {
    return budgetHours;
  }

  public void setBudgetHours(BigDecimal budgetHours) {
    this.budgetHours = budgetHours;
  }
}
