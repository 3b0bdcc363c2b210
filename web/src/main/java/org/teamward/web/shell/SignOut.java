package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.teamward.security.WebSignIn;

/** Ends the web session: the container forgets the caller and the session is destroyed. */
@Named
@RequestScoped
public class SignOut {

  @Inject FacesContext faces;
  @Inject WebSignIn signIn;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    // Read before the session goes: a provider sign-in is offered the provider's sign-out next.
    boolean viaProvider = signIn.viaProvider();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath()
            + "/login.xhtml?signedOut=true"
            + (viaProvider ? "&provider=true" : ""));
    faces.responseComplete();
  }
}
