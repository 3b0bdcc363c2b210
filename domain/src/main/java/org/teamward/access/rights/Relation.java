package org.teamward.access.rights;

/** How an employee's record relates to the caller: the second axis of every policy. */
public enum Relation {
  OWN,
  OTHER,
  OUT_OF_SCOPE
}
