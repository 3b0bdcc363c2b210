/**
 * The security audit log: an append-only event for every sign-in, every failed API authentication,
 * every write and every refused authorisation, recorded by {@link org.teamward.audit.AuditRecorder}
 * off the use cases' declarations rather than by calls in each use case; and the per-hour access
 * traces that show each employee who read or changed their attendance and absence records. Nothing
 * here ever stores a secret: credentials are named by kind and id only, and targets are derived
 * from ids, never from serialised arguments.
 */
package org.teamward.audit;
