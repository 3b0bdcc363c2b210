package org.teamward.access;

import java.time.Instant;

/**
 * One signed-in web session as its owner sees it under "My sessions".
 *
 * @param id the random id the HTTP session keeps; it identifies, it does not authenticate (the
 *     session cookie does)
 * @param userAgent as the browser sent it at sign-in, shortened
 */
public record WebSession(
    String id, Instant createdAt, Instant lastSeenAt, String ip, String userAgent) {}
