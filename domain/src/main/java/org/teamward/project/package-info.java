/**
 * Projects: what time is booked on. A project with bookings is archived rather than deleted, so
 * that booked hours keep their project.
 */
package org.teamward.project;
