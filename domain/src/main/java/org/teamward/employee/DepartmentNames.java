package org.teamward.employee;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.TreeSet;
import org.teamward.failure.Invalid;

/**
 * Departments are the names employees carry, not records of their own. A scope that names one no
 * employee carries reaches nobody, and is almost always a typo ("Sales " or "sales").
 */
public final class DepartmentNames {

  private DepartmentNames() {}

  /**
   * Refuses, naming {@code field}, any of {@code named} that no employee carries; names kept from
   * {@code before} stay allowed, so a change to something else never fails on a department that has
   * emptied since.
   */
  public static void requireKnown(
      EntityManager em, String field, Set<String> named, Set<String> before) {
    Set<String> added = new TreeSet<>(named);
    added.removeAll(before);
    if (added.isEmpty()) {
      return;
    }
    added.removeAll(
        em.createQuery(
                "select distinct e.department from Employee e where e.department in :names",
                String.class)
            .setParameter("names", added)
            .getResultList());
    if (!added.isEmpty()) {
      throw new Invalid(
          field,
          (added.size() == 1 ? "no employee is in the department " : "no employee is in ")
              + String.join(", ", added));
    }
  }
}
