package org.teamward.security;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition.OpenIdAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.teamward.access.signin.ProviderIdentity;
import org.teamward.access.signin.ProviderSignIns;

/**
 * Sign-in with the company's identity provider. The protocol (OpenID Connect's authorisation code
 * flow: {@code state}, {@code nonce}, the exchange of the code with the client's secret, the ID
 * token's signature, issuer, audience and lifetime) is Jakarta Security's own mechanism, declared
 * here and configured from {@link ProviderSettings}. Teamward keeps what the platform cannot know:
 * whose account the provider's person is ({@link ProviderSignIns}) and its own session with its
 * code step. The provider's back-channel logout and the sign-out at the provider after Teamward's
 * own are {@link ProviderSignOut}.
 *
 * <p>The platform's mechanism is called by {@link WebAuthenticationMechanism} for {@code
 * /sso/start} and {@code /sso/callback} only, and never for {@code /api}. Its verdict is taken from
 * it instead of being passed to the container, so that a provider sign-in ends in a Teamward
 * session like a password sign-in, and every failure ends on the sign-in page with a reason.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${teamwardProvider.issuer}",
    clientId = "${teamwardProvider.clientId}",
    clientSecret = "${teamwardProvider.clientSecret}",
    redirectURI = "${teamwardProvider.callbackUri}",
    redirectToOriginalResource = false,
    scope = {OpenIdConstant.OPENID_SCOPE, OpenIdConstant.EMAIL_SCOPE, OpenIdConstant.PROFILE_SCOPE},
    useNonce = true,
    useSession = true,
    tokenAutoRefresh = false,
    // The provider's keys are fetched while a person waits at the callback; the default half a
    // second is too short for a provider under load.
    jwksConnectTimeout = 5000,
    jwksReadTimeout = 5000)
public class ProviderSignIn {

  public static final String START = "/sso/start";
  public static final String CALLBACK = "/sso/callback";

  /**
   * Session attribute marking a session signed in with the provider, so that signing out can offer
   * the provider's sign-out too.
   */
  static final String SIGNED_IN_VIA_PROVIDER = "teamward.viaProvider";

  /** The sign-in page's query parameter that names why a provider sign-in was refused. */
  public static final String REFUSAL_PARAMETER = "sso";

  /** The refusal when the provider cannot be reached or describes itself wrongly. */
  public static final String UNAVAILABLE = "unavailable";

  /**
   * Session attribute set when a sign-in is sent to the provider: an answer counts only in the
   * session that started a sign-in, once, and within {@link #VALIDITY}.
   */
  static final String UNDER_WAY = "teamward.providerSignInSince";

  /** How long the provider's sign-in may take before the answer no longer counts. */
  static final Duration VALIDITY = Duration.ofMinutes(10);

  /** The {@code amr} values (RFC 8176) that mean more than a password. */
  static final Set<String> MULTI_FACTOR_AMR =
      Set.of("mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina", "vbm", "sms");

  private static final Logger LOG = Logger.getLogger(ProviderSignIn.class.getName());

  @Inject ProviderSettings settings;
  @Inject ProviderSignIns signIns;
  @Inject OpenIdContext openIdContext;
  @Inject @OpenIdAuthenticationMechanism HttpAuthenticationMechanism protocol;

  boolean active() {
    return settings.active();
  }

  /**
   * Sends the person to the provider: the platform's mechanism, asked as for a protected page,
   * keeps a fresh state and nonce in the session and redirects; the sign-in page saying the
   * provider is unavailable when it cannot be reached.
   */
  AuthenticationStatus start(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      AuthenticationStatus status =
          protocol.validateRequest(
              publicView(request), response, new Verdict(context, publicView(request), true));
      request.getSession().setAttribute(UNDER_WAY, Instant.now());
      return status;
    } catch (AuthenticationException | RuntimeException e) {
      LOG.warning("Sign-in with the identity provider is unavailable: " + describe(e));
      return context.redirect(refusalPage(request, UNAVAILABLE));
    }
  }

  /**
   * The provider's answer, judged by the platform's mechanism, then by the domain. A refused answer
   * ends the session's sign-in under way, so that it cannot be answered a second time.
   */
  ProviderSignIns.Result callback(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    ProviderSignIns.Result result = judge(request, response, context);
    if (result.refusal() != null) {
      forgetSignInUnderWay(request);
    }
    return result;
  }

  private ProviderSignIns.Result judge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    Instant since = session == null ? null : (Instant) session.getAttribute(UNDER_WAY);
    if (session != null) {
      session.removeAttribute(UNDER_WAY);
    }
    if (since == null || since.plus(VALIDITY).isBefore(Instant.now())) {
      return signIns.refusedAnswer("no sign-in under way in this session (used or expired)");
    }
    String error = request.getParameter(OpenIdConstant.ERROR_PARAM);
    if (error != null) {
      return signIns.refusedAnswer("provider answered error " + plain(error));
    }
    HttpServletRequest seen = publicView(request);
    Verdict verdict = new Verdict(context, seen, false);
    try {
      protocol.validateRequest(seen, response, verdict);
    } catch (AuthenticationException | RuntimeException e) {
      return signIns.refusedAnswer("answer refused: " + describe(e));
    }
    if (verdict.result == null) {
      return signIns.refusedAnswer("answer holds no code, or no sign-in is under way");
    }
    return switch (verdict.result.getStatus()) {
      // The platform's mechanism takes an unsigned ("alg": "none") ID token as valid; Teamward
      // does not.
      case VALID ->
          signedWithAKey(openIdContext.getIdentityToken().getToken())
              ? signIns.signIn(identity(), settings.trustProviderMfa())
              : signIns.refusedAnswer("ID token not signed with a public key");
      case NOT_VALIDATED -> signIns.refusedAnswer("no sign-in under way in this session");
      default -> signIns.refusedAnswer("state, code or token refused");
    };
  }

  /** Whether an ID token carries a signature of one of {@link LogoutTokens#SIGNATURES}. */
  static boolean signedWithAKey(String token) {
    try {
      return token != null
          && JWTParser.parse(token) instanceof SignedJWT signed
          && LogoutTokens.SIGNATURES.contains(signed.getHeader().getAlgorithm());
    } catch (java.text.ParseException e) {
      return false;
    }
  }

  /** Who the ID token names, which the platform's mechanism checked and left in the session. */
  private ProviderIdentity identity() {
    IdentityToken token = openIdContext.getIdentityToken();
    JwtClaims claims = token.getJwtClaims();
    return new ProviderIdentity(
        claims.getIssuer().orElse(settings.issuer()),
        claims.getSubject().orElse(null),
        claims.getStringClaim("email").orElse(null),
        Boolean.TRUE.equals(token.getClaims().get("email_verified")),
        multiFactor(
            claims.getArrayStringClaim("amr"),
            claims.getStringClaim("acr").orElse(null),
            settings.multiFactorAcr()));
  }

  /**
   * Whether the token shows a multi-factor sign-in: an {@code amr} value that means more than a
   * password, or an {@code acr} the operator named as multi-factor ({@code TEAMWARD_OIDC_MFA_ACR}).
   */
  static boolean multiFactor(List<String> amr, String acr, Set<String> multiFactorAcr) {
    return amr.stream().anyMatch(MULTI_FACTOR_AMR::contains)
        || (acr != null && multiFactorAcr.contains(acr));
  }

  /**
   * Drops the state, nonce and tokens the platform's mechanism keeps in the session, unless the
   * session is a signed-in one, which a stray answer must not end.
   */
  private static void forgetSignInUnderWay(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(WebAuthenticationMechanism.SESSION_RECORD) == null) {
      session.invalidate();
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
   * The request as the provider addresses it. Behind a reverse proxy that ends TLS, the server sees
   * {@code http} and the proxy's inner address, while the provider sends the person back to {@code
   * TEAMWARD_PUBLIC_URL}; the platform's mechanism compares the two (payara#6653).
   */
  private HttpServletRequest publicView(HttpServletRequest request) {
    if (settings.publicUrl().isEmpty()) {
      return request;
    }
    String url = settings.publicUrl().get() + TeamwardMechanisms.path(request);
    return new HttpServletRequestWrapper(request) {
      @Override
      public StringBuffer getRequestURL() {
        return new StringBuffer(url);
      }
    };
  }

  /** What failed, for the log and the audit trail: never a token, a code or a secret. */
  private static String describe(Exception e) {
    return e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + plain(e.getMessage()) + ")");
  }

  private static String plain(String value) {
    String plain = value.replaceAll("[^A-Za-z0-9 _.:-]", "?");
    return plain.length() > 80 ? plain.substring(0, 80) : plain;
  }

  /**
   * The context the platform's mechanism reports to. It keeps the mechanism's verdict instead of
   * signing the provider's person in to the container, and can present {@code /sso/start} as a
   * protected page, which is what makes the mechanism send the person to the provider.
   */
  private static final class Verdict extends HttpMessageContextWrapper {
    private final HttpServletRequest request;
    private final boolean asProtected;
    CredentialValidationResult result;

    Verdict(HttpMessageContext context, HttpServletRequest request, boolean asProtected) {
      super(context);
      this.request = request;
      this.asProtected = asProtected;
    }

    @Override
    public boolean isProtected() {
      return asProtected;
    }

    @Override
    public HttpServletRequest getRequest() {
      return request;
    }

    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
      // Teamward's own session, with its database record, is the only one.
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
      this.result = result;
      return AuthenticationStatus.SEND_CONTINUE;
    }
  }
}
