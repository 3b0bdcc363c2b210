/**
 * Employees: the people whose time, attendance and absences Teamward records. Their ids are what an
 * employee scope lists, and their time zone decides what "today" means for them.
 */
package org.teamward.employee;
