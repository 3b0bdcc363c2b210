/**
 * What people do with their own credentials (device passwords, two-factor, sessions) and what an
 * administrator does with accounts: use cases that need sign-in and credentials together, so they
 * sit above both.
 */
package org.teamward.access.management;
