/**
 * Project time bookings: who worked how long on which project on which day. The duration is always
 * stored, so that sums and reports never depend on start and end times being given.
 */
package org.teamward.time;
