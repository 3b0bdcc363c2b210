/**
 * Attendance: checking in and out, with breaks, from the web UI, the API or a time-clock terminal.
 * Instants are stored in UTC; which day a record belongs to depends on the employee's time zone.
 */
package org.teamward.attendance;
