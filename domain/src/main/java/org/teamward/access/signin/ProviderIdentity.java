package org.teamward.access.signin;

/**
 * Who the company's identity provider says signed in, taken from an ID token whose signature,
 * issuer, audience, lifetime and nonce were checked already.
 *
 * @param issuer the provider ({@code iss})
 * @param subject the provider's stable id of the person ({@code sub}), unique per issuer
 * @param email the address the provider holds, which may change over time; may be null
 * @param emailVerified whether the provider vouches for the address ({@code email_verified})
 * @param multiFactor whether the token shows a multi-factor sign-in ({@code amr} or {@code acr})
 */
public record ProviderIdentity(
    String issuer, String subject, String email, boolean emailVerified, boolean multiFactor) {}
