package org.teamward.access.signin;

import java.time.Instant;

/**
 * One signed-in web session as its owner sees it under "My sessions".
 *
 * @param id the random id the HTTP session keeps; it identifies, it does not authenticate (the
 *     session cookie does)
 * @param userAgent as the browser sent it at sign-in, shortened
 * @param viaProvider signed in with the company's identity provider rather than the password
 */
public record WebSession(
    String id,
    Instant createdAt,
    Instant lastSeenAt,
    String ip,
    String userAgent,
    boolean viaProvider) {}
