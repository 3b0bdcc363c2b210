package org.teamward.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.teamward.access.management.WebSessions;
import org.teamward.access.signin.WebSession;
import org.teamward.security.WebSignIn;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * Account menu → My sessions: where one is signed in, and ending any of those sessions or all
 * others. Ending takes effect at once on every node, since each request checks the session's
 * record.
 */
@Named
@RequestScoped
public class SessionsPage {

  @Inject WebSessions sessions;
  @Inject Failures failures;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject WebSignIn signIn;

  private List<WebSession> mine;

  public List<WebSession> getSessions() {
    if (mine == null) {
      mine = sessions.mine();
    }
    return mine;
  }

  /** Whether this row is the session of this very request. */
  public boolean isCurrent(WebSession session) {
    return session.id().equals(current());
  }

  /** "Firefox on Linux", from the user agent the browser sent at sign-in. */
  public String device(WebSession session) {
    UserAgents.Device device = UserAgents.device(session.userAgent());
    return device == null
        ? messages.text("sessions.unknownDevice")
        : messages.text("sessions.device", device.browser(), device.system());
  }

  public void end(String id) throws IOException {
    boolean self = id != null && id.equals(current());
    if (!failures.attempt(() -> sessions.endMine(id))) {
      return;
    }
    if (self) {
      // Ending this very session is signing out.
      ExternalContext external = faces.getExternalContext();
      external.invalidateSession();
      external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
      faces.responseComplete();
      return;
    }
    messages.info("sessions.ended");
    mine = null;
  }

  public void endOthers() {
    Integer ended = failures.attempt(() -> sessions.endMyOthers(current()));
    if (ended != null) {
      messages.info(ended > 0 ? "sessions.othersEnded" : "sessions.noOthers", ended);
    }
    mine = null;
  }

  private String current() {
    return signIn.sessionRecord().orElse(null);
  }
}
