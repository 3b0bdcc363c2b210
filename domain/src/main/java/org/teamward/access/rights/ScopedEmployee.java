package org.teamward.access.rights;

/**
 * What a scope needs to know of an employee to say whether a right reaches their records: who they
 * are and their department. The rights answer from these values, so they depend on no feature.
 */
public interface ScopedEmployee {

  Long getId();

  String getDepartment();
}
