/**
 * Who may do what: the permission catalogue, the per-request {@link
 * org.teamward.access.rights.Grant}, the guard that enforces each use case's declared permission,
 * and the accounts and user groups that rights come from. Administration here follows two rules of
 * its own: nobody grants rights they do not hold, and nobody removes the last holder of the rights
 * that manage rights.
 */
package org.teamward.access;
