/** The attendance page: own records, others' when allowed, and managers' corrections. */
package org.teamward.web.attendance;
