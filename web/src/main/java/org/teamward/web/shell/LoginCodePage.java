package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.teamward.security.SecondFactorCredential;
import org.teamward.security.WebSignIn;
import org.teamward.web.Messages;

/** The second sign-in step: the code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class LoginCodePage {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Messages messages;
  @Inject WebSignIn signIn;

  private String code;

  /** Without a password just checked, the page has nothing to complete: back to the start. */
  public void requirePendingSignIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (!faces.isPostback() && !signIn.awaitsSecondFactor()) {
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
      faces.responseComplete();
    }
  }

  public void verify() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    boolean pending = signIn.awaitsSecondFactor();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new SecondFactorCredential(code == null ? "" : code.trim())));
    code = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else if (!LoginPage.reportedThrottled(signIn, response, messages)) {
      response.setStatus(HttpServletResponse.SC_OK);
      messages.error(pending ? "loginCode.failed" : "loginCode.expired");
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
