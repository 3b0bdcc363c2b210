/**
 * Signing in: the company identity provider, hostile providers and forged tokens, the provider's
 * second factor, and the throttling of failed sign-ins.
 */
package org.teamward.it.signin;
