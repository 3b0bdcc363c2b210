package org.teamward.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;
import org.teamward.access.management.Users;
import org.teamward.access.management.WebSessions;
import org.teamward.security.WebSignIn;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * Changing one's own password. The change offers what whoever knew the old password may have left
 * behind ({@code /WEB-INF/templates/credentialChangeOffer.xhtml}): to end the other web sessions,
 * chosen by default, since a session signed in with the old password lives on otherwise; and to
 * revoke the device passwords, not chosen by default, since apps and scripts keep working with them
 * and the person decides whether one of them could be a stranger's.
 */
@Named
@RequestScoped
public class PasswordPage {

  @Inject Users users;
  @Inject WebSessions sessions;
  @Inject Failures failures;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject WebSignIn signIn;

  private String current;
  private String next;
  private String repeat;
  private boolean revokeDevices = false;
  private boolean endOtherSessions = true;

  public boolean isForced() {
    return users.mustChangePassword();
  }

  public void change() throws IOException {
    if (!Objects.equals(next, repeat)) {
      messages.error("password.mismatch");
      return;
    }
    Integer revoked = failures.attempt(() -> users.changeOwnPassword(current, next, revokeDevices));
    current = next = repeat = null;
    if (revoked == null) {
      return;
    }
    if (revokeDevices) {
      messages.info("password.changedRevoked", revoked);
    } else {
      messages.info("password.changed");
    }
    var external = faces.getExternalContext();
    if (endOtherSessions) {
      String current = signIn.sessionRecord().orElse(null);
      Integer ended = failures.attempt(() -> sessions.endMyOthers(current));
      if (ended != null && ended > 0) {
        messages.info("password.sessionsEnded", ended);
      }
    }
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }

  public boolean isEndOtherSessions() {
    return endOtherSessions;
  }

  public void setEndOtherSessions(boolean endOtherSessions) {
    this.endOtherSessions = endOtherSessions;
  }

  public boolean isRevokeDevices() {
    return revokeDevices;
  }

  public void setRevokeDevices(boolean revokeDevices) {
    this.revokeDevices = revokeDevices;
  }
}
