/**
 * Absences: leave, sickness and other time away, requested by employees and decided by managers.
 * The kind of absence is health data, so reads go through {@link org.teamward.absence.AbsenceView},
 * which withholds it unless {@link org.teamward.absence.AbsencePolicy#detailsVisible} allows.
 */
package org.teamward.absence;
