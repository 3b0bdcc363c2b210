/** The dashboard: booked hours per project, who is away, and who is checked in. */
package org.teamward.web.dashboard;
