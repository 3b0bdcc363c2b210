/**
 * The absences page: requests, a calendar of who is away, and managers' decisions. Reasons, notes
 * and certificates show only where the domain's view of an absence carries them.
 */
package org.teamward.web.absences;
