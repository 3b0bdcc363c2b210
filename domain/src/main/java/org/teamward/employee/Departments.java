package org.teamward.employee;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Permission.API_ACCESS_MANAGE;
import static org.teamward.access.rights.Permission.EMPLOYEE_MANAGE;
import static org.teamward.access.rights.Permission.EMPLOYEE_VIEW;
import static org.teamward.access.rights.Permission.USER_GROUP_MANAGE;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;

/**
 * The departments with active employees, as named on employee records, and how many each has: the
 * choices of a department scope, for those who define scopes (groups, access authorisations) or see
 * employees anyway.
 */
@UseCases
public class Departments {

  @PersistenceContext EntityManager em;

  /** A department and its active employees. */
  public record Department(String name, long activeEmployees) {}

  @Requires(
      value = {EMPLOYEE_VIEW, EMPLOYEE_MANAGE, USER_GROUP_MANAGE, API_ACCESS_MANAGE},
      effect = READ)
  public List<Department> list() {
    return em.createQuery(
            "select e.department, count(e) from Employee e"
                + " where e.department is not null and e.active = :active"
                + " group by e.department order by e.department",
            Object[].class)
        .setParameter("active", true)
        .getResultStream()
        .map(row -> new Department((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }
}
