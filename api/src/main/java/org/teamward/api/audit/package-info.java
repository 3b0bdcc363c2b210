/**
 * The audit log over the API: the list with its filters, a streaming CSV export, and each caller's
 * own "who saw my records".
 */
package org.teamward.api.audit;
