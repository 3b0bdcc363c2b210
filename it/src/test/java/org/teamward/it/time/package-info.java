/** Time bookings: the catalogue's booking entries. */
package org.teamward.it.time;
