package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.teamward.failure.TooManyAttempts;
import org.teamward.security.ProviderSettings;
import org.teamward.security.ProviderSignIn;
import org.teamward.security.WebSignIn;
import org.teamward.web.Messages;

/** The sign-in form. The mechanism does the work; this bean only reports the outcome. */
@Named
@RequestScoped
public class LoginPage {

  static final int TOO_MANY_REQUESTS = 429;

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Messages messages;
  @Inject ProviderSettings provider;
  @Inject WebSignIn signIn;

  private String email;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email.trim(),
                        new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else if (signIn.passwordRetired()) {
      response.setStatus(HttpServletResponse.SC_OK);
      messages.error("login.passwordRetired");
    } else if (!reportedThrottled(signIn, response, messages)) {
      // One message for unknown account, wrong password and deactivated account alike.
      response.setStatus(HttpServletResponse.SC_OK);
      messages.error("login.failed");
    }
  }

  /**
   * Tells a throttled attempt by its wait, the same for every account, known or not: rounded up to
   * what a person reads (seconds, then minutes), and in the header a script reads. Answers whether
   * the attempt was throttled. The code page reports the same way.
   */
  static boolean reportedThrottled(
      WebSignIn signIn, HttpServletResponse response, Messages messages) {
    Optional<Duration> wait = signIn.retryAfter();
    if (wait.isEmpty()) {
      return false;
    }
    long seconds = TooManyAttempts.seconds(wait.get());
    response.setStatus(TOO_MANY_REQUESTS);
    response.setHeader("Retry-After", Long.toString(seconds));
    if (seconds < 120) {
      messages.error("login.throttled.seconds", seconds);
    } else {
      messages.error("login.throttled.minutes", (seconds + 59) / 60);
    }
    return true;
  }

  /** Whether the company's identity provider is offered beside the password form. */
  public boolean isProviderOffered() {
    return provider.active();
  }

  /** The provider button's words: the operator's, else the page's own. */
  public String getProviderLabel() {
    return provider.providerName().orElse(null);
  }

  /**
   * The message key for why a provider sign-in was refused ({@code ?sso=} from the mechanism), or
   * null; a value the mechanism never sends shows nothing.
   */
  public String getProviderRefusal() {
    String reason = faces.getExternalContext().getRequestParameterMap().get("sso");
    return reason != null && PROVIDER_REFUSALS.contains(reason) ? "login.sso." + reason : null;
  }

  private static final Set<String> PROVIDER_REFUSALS =
      Set.of(
          "unknown",
          "unverified",
          "inactive",
          "mfa-required",
          "linked-elsewhere",
          "failed",
          "disabled",
          ProviderSignIn.UNAVAILABLE);

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
