/** The audit trail, and the server log that must stay free of errors and secrets. */
package org.teamward.it.audit;
