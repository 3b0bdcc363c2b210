package org.teamward.access.rights;

/**
 * Whether a use case only reads or also changes something, declared beside its permission. It is
 * declared rather than guessed from the method's name because two things depend on it: the audit
 * trail records every write, so an undeclared write would escape it; and the parity catalogue takes
 * the reads from this declaration instead of a hand-kept list, so a new write cannot be left out of
 * the matrix by being listed as a read.
 */
public enum Effect {
  /** Changes nothing; answers what the caller may see. */
  READ,
  /** Creates, changes or deletes a record, or changes a right: audited. */
  WRITE
}
