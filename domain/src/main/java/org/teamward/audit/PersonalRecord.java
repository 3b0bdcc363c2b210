package org.teamward.audit;

/**
 * A record about one employee that the employee may see the readers and writers of ("Who saw my
 * records"). The audit recorder finds these in a use case's result, so that no use case reports its
 * readers by hand.
 */
public interface PersonalRecord {

  /** The employee the record is about. */
  long personalEmployeeId();

  Area personalArea();
}
