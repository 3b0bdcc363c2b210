/** Attendance: the catalogue's attendance entries and the terminal's check-ins and check-outs. */
package org.teamward.it.attendance;
