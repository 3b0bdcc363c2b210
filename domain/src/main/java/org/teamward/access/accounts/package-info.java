/**
 * People's accounts and user groups, the policies that decide who may manage them, and the groups'
 * administration. Rights come from the groups an account belongs to.
 */
package org.teamward.access.accounts;
