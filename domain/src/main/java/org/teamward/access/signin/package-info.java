/**
 * The one seam from a credential to a Grant: personal passwords, the second step, API secrets and
 * the company's identity provider, with throttling and web sessions. Every grant is read from the
 * database's rows in one shape, so a right taken away is gone at the next request.
 */
package org.teamward.access.signin;
