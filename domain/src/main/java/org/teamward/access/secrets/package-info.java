/**
 * The secrets credentials are made of and checked against: password hashing, API tokens stored as
 * digests, one-time codes and the server's own secrets. Nothing here decides who may act.
 */
package org.teamward.access.secrets;
