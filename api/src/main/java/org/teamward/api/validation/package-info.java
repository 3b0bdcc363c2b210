/**
 * Bounds of query parameters, which describe a request rather than a record. What a record may hold
 * is declared once, on the domain's drafts and commands, so that the web UI and the API refuse the
 * same input with the same field and rule.
 */
package org.teamward.api.validation;
