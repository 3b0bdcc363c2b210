/**
 * Parity of the API and the web UI: every use case with its permission, attempted through both with
 * and without the right, must have the same outcome.
 */
package org.teamward.it.parity;
