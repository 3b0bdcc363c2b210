/** The employees page: a searchable list of people and the dialog for people managers. */
package org.teamward.web.employees;
