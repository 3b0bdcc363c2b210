/** Absences: the catalogue's absence entries. */
package org.teamward.it.absence;
