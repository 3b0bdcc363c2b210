/**
 * Who may do what: user accounts, groups and permissions, the rule that no right is left without a
 * holder, device passwords, access authorisations, two-factor sign-in, sessions and races.
 */
package org.teamward.it.access;
