package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;
import org.teamward.access.ProviderIdentity;
import org.teamward.access.ProviderSignIns;

/**
 * The two steps of a sign-in with the company's identity provider (OpenID Connect's authorisation
 * code flow), for {@link WebAuthenticationMechanism}: {@code /sso/start} sends the person to the
 * provider with a fresh {@code state} and {@code nonce} kept in the session, and {@code
 * /sso/callback} takes the provider's answer. The answer counts only once, only in the session that
 * started it, and only with the state it was sent; the code is exchanged with the client's secret
 * and the ID token checked ({@link ProviderClient}); then the domain decides whose account it is
 * ({@link ProviderSignIns}). Whatever fails ends on the sign-in page with the reason, never on an
 * error.
 */
@ApplicationScoped
public class ProviderSignIn {

  public static final String START = "/sso/start";
  public static final String CALLBACK = "/sso/callback";

  /** Sends the browser on to the provider's own sign-out (RP-initiated logout). */
  public static final String SIGN_OUT = "/sso/sign-out";

  /**
   * Session attribute marking a session signed in with the provider, so that signing out can offer
   * the provider's sign-out too.
   */
  public static final String SIGNED_IN_VIA_PROVIDER = "teamward.viaProvider";

  /** Where the provider ends a person's sessions (OpenID Connect Back-Channel Logout). */
  public static final String BACK_CHANNEL_LOGOUT = "/sso/back-channel-logout";

  /** The sign-in page's query parameter that names why a provider sign-in was refused. */
  public static final String REFUSAL_PARAMETER = "sso";

  /** The refusal when the provider cannot be reached or describes itself wrongly. */
  public static final String UNAVAILABLE = "unavailable";

  private static final Logger LOG = Logger.getLogger(ProviderSignIn.class.getName());

  /** How long the provider's sign-in may take before the answer no longer counts. */
  static final Duration VALIDITY = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the session keeps while the person is at the provider: one-time values for one answer. */
  record Pending(String state, String nonce, String redirectUri, Instant since)
      implements Serializable {
    static final String SESSION_ATTRIBUTE = "teamward.providerSignIn";
  }

  @Inject ProviderSettings settings;
  @Inject ProviderClient client;
  @Inject ProviderSignIns signIns;

  boolean active() {
    return settings.active();
  }

  /**
   * Where to send the person: the provider's authorisation endpoint, or back to the sign-in page
   * saying the provider is unavailable.
   */
  String start(HttpServletRequest request) {
    String state = random();
    String nonce = random();
    String redirectUri = redirectUri(request);
    try {
      URI target = client.authorizationRequest(state, nonce, redirectUri);
      request
          .getSession(true)
          .setAttribute(
              Pending.SESSION_ATTRIBUTE, new Pending(state, nonce, redirectUri, Instant.now()));
      return target.toString();
    } catch (ProviderClient.Failed e) {
      LOG.warning("Sign-in with the identity provider is unavailable: " + e.getMessage());
      return refusalPage(request, UNAVAILABLE);
    }
  }

  /** The provider's answer, judged; the pending sign-in is used up whatever the outcome. */
  ProviderSignIns.Result callback(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Pending pending =
        session == null ? null : (Pending) session.getAttribute(Pending.SESSION_ATTRIBUTE);
    if (session != null) {
      session.removeAttribute(Pending.SESSION_ATTRIBUTE);
    }
    if (pending == null || pending.since().plus(VALIDITY).isBefore(Instant.now())) {
      return signIns.refusedAnswer("no sign-in under way in this session (used or expired)");
    }
    if (!same(pending.state(), request.getParameter("state"))) {
      return signIns.refusedAnswer("state does not match this sign-in");
    }
    String error = request.getParameter("error");
    if (error != null) {
      return signIns.refusedAnswer("provider answered error " + plain(error));
    }
    String code = request.getParameter("code");
    if (code == null || code.isEmpty() || code.length() > 4096) {
      return signIns.refusedAnswer("answer holds no code");
    }
    try {
      ProviderIdentity identity = client.identity(code, pending.redirectUri(), pending.nonce());
      return signIns.signIn(identity, settings.trustProviderMfa());
    } catch (ProviderClient.Failed e) {
      return signIns.refusedAnswer(e.getMessage());
    }
  }

  /**
   * The provider's back-channel logout: a POSTed {@code logout_token} that passes its checks ends
   * every Teamward session of the person it names, on every node (their records go). Answers the
   * status for the provider: 200 when done (also when the person has no account here), 400 for a
   * token that fails a check, 405 for anything but POST.
   */
  int backChannelLogout(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return 405;
    }
    String token = request.getParameter("logout_token");
    if (token == null || token.length() > 16_384) {
      signIns.refusedLogout("no logout token");
      return 400;
    }
    try {
      signIns.logout(settings.issuer(), client.logoutSubject(token));
      return 200;
    } catch (ProviderClient.Failed e) {
      signIns.refusedLogout(e.getMessage());
      return 400;
    }
  }

  /**
   * The provider's sign-out page (OpenID Connect RP-Initiated Logout), which sends the browser back
   * to Teamward's sign-in page; the sign-in page itself when the provider has none or cannot be
   * reached. Teamward's own session is ended before this is offered.
   */
  String signOut(HttpServletRequest request) {
    String back = base(request) + WebAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true";
    try {
      URI endSession = client.endSession();
      if (endSession == null) {
        return back;
      }
      String separator = endSession.getRawQuery() == null ? "?" : "&";
      return endSession
          + separator
          + "client_id="
          + java.net.URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
          + "&post_logout_redirect_uri="
          + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8);
    } catch (ProviderClient.Failed e) {
      LOG.warning("The identity provider's sign-out is unavailable: " + e.getMessage());
      return back;
    }
  }

  /** The sign-in page with the refusal's reason, for the page to word. */
  static String refusalPage(HttpServletRequest request, String reason) {
    return request.getContextPath()
        + WebAuthenticationMechanism.LOGIN_PAGE
        + "?"
        + REFUSAL_PARAMETER
        + "="
        + reason;
  }

  /** The refusal's name on the sign-in page: {@code MFA_REQUIRED} is {@code mfa-required}. */
  static String reason(ProviderSignIns.Refusal refusal) {
    return refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The callback's address as the provider must send the person back: from {@code
   * TEAMWARD_PUBLIC_URL} when set, since behind a reverse proxy that ends TLS the request says
   * {@code http} and the proxy's inner address; else from the request itself.
   */
  private String redirectUri(HttpServletRequest request) {
    return base(request) + CALLBACK;
  }

  private String base(HttpServletRequest request) {
    return settings
        .publicUrl()
        .orElseGet(
            () ->
                request.getScheme()
                    + "://"
                    + request.getServerName()
                    + ":"
                    + request.getServerPort()
                    + request.getContextPath());
  }

  private static boolean same(String expected, String received) {
    return received != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }

  private static String plain(String value) {
    String plain = value.replaceAll("[^A-Za-z0-9_.-]", "?");
    return plain.length() > 40 ? plain.substring(0, 40) : plain;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
