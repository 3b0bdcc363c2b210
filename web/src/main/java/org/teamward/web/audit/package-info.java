/**
 * The audit log in the web UI: the log page for holders of AUDIT_VIEW with its CSV download, and
 * each person's "Who saw my records".
 */
package org.teamward.web.audit;
