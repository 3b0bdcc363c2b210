/**
 * The rights kernel: permissions, the request's Grant and its employee scopes, decisions, the use
 * case annotations and the guard that applies them. It answers from values (an employee's id and
 * department), so it depends on no feature; the build enforces that.
 */
package org.teamward.access.rights;
