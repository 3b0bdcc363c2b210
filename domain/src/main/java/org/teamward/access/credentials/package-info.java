/**
 * API credentials as they are stored: personal device passwords and neutral access authorisations,
 * with the rules that say when one is usable, and the administration of access authorisations.
 */
package org.teamward.access.credentials;
