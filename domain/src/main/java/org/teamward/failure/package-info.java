/**
 * The ways a use case can refuse, one class per outcome. Both channels translate them the same way,
 * which is part of how the web UI and the API stay at parity.
 */
package org.teamward.failure;
