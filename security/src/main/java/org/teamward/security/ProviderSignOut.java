package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.teamward.access.signin.ProviderSignIns;

/**
 * Signing out of a provider sign-in, both ways: the provider ends a person's Teamward sessions
 * (back-channel logout), and Teamward sends the browser on to the provider's own sign-out after
 * ending its own session. The sign-in itself is {@link ProviderSignIn}.
 */
@ApplicationScoped
public class ProviderSignOut {

  /** Sends the browser on to the provider's own sign-out (RP-initiated logout). */
  public static final String SIGN_OUT = "/sso/sign-out";

  /** Where the provider ends a person's sessions (OpenID Connect Back-Channel Logout). */
  public static final String BACK_CHANNEL_LOGOUT = "/sso/back-channel-logout";

  private static final Logger LOG = Logger.getLogger(ProviderSignOut.class.getName());

  @Inject ProviderSettings settings;
  @Inject ProviderClient client;
  @Inject ProviderSignIns signIns;

  /**
   * The provider's back-channel logout: a POSTed {@code logout_token} that passes its checks ends
   * every Teamward session of the person it names, on every node (their records go). Answers the
   * status for the provider: 200 when done (also when the person has no account here), 400 for a
   * token that fails a check or was used before, 405 for anything but POST.
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
      LogoutTokens.Claims claims = client.logoutClaims(token);
      return signIns.logout(settings.issuer(), claims.subject(), claims.id()) ? 200 : 400;
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
          + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
          + "&post_logout_redirect_uri="
          + URLEncoder.encode(back, StandardCharsets.UTF_8);
    } catch (ProviderClient.Failed e) {
      LOG.warning("The identity provider's sign-out is unavailable: " + e.getMessage());
      return back;
    }
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
}
