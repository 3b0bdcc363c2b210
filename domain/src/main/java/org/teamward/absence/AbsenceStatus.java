package org.teamward.absence;

/** The life of a request: requested, then approved or rejected; cancelled by its owner. */
public enum AbsenceStatus {
  REQUESTED,
  APPROVED,
  REJECTED,
  CANCELLED
}
