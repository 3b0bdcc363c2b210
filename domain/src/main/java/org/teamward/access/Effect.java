package org.teamward.access;

/**
 * Whether a use case only reads or also writes. Every use case declares it, so that the list of
 * reads (for the parity catalogue) and of writes (for the audit log) follows from the code instead
 * of a hand-kept list.
 */
public enum Effect {
  READ,
  WRITE
}
