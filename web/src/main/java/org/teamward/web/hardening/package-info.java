/**
 * What every response carries regardless of the page or resource: the security headers, the cache
 * policy for private data, and no announcement of the server. Kept in one filter so that a new page
 * or resource cannot forget them.
 */
package org.teamward.web.hardening;
