package org.teamward.security;

import jakarta.security.enterprise.credential.Credential;

/** An API credential together with the client address it came from (for IP rules and audit). */
public record ApiRequestCredential(ApiCredential credential, String clientIp)
    implements Credential {}
