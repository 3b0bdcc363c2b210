/** The time bookings page: a paged, filtered list, the booking dialog and a week view. */
package org.teamward.web.time;
