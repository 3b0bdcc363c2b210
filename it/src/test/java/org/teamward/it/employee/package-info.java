/** Employees: the catalogue's employee entries. */
package org.teamward.it.employee;
