package org.teamward.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;
import org.teamward.access.Users;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * Changing one's own password. Revoking all device passwords as well is offered, and preselected,
 * on every change: whoever knew the old password may have created device passwords with it.
 */
@Named
@RequestScoped
public class PasswordPage {

  @Inject Users users;
  @Inject Failures failures;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private String current;
  private String next;
  private String repeat;
  private boolean revokeDevices = true;

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

  public boolean isRevokeDevices() {
    return revokeDevices;
  }

  public void setRevokeDevices(boolean revokeDevices) {
    this.revokeDevices = revokeDevices;
  }
}
