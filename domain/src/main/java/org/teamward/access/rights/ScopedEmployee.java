package org.teamward.access.rights;

/**
 * What a scope needs to know of an employee to say whether a right reaches their records: who they
 * are and their department. The rights answer from these values, so they depend on no feature.
 */
public interface ScopedEmployee {

  Long getId();

  String getDepartment();

  /**
   * An employee known by these two values only, as a list read in SQL has them: its rows are judged
   * by the same policy as entities, without loading an entity per row.
   */
  static ScopedEmployee of(long id, String department) {
    return new ScopedEmployee() {
      @Override
      public Long getId() {
        return id;
      }

      @Override
      public String getDepartment() {
        return department;
      }
    };
  }
}
