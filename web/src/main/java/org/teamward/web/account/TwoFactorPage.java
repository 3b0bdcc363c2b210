package org.teamward.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.teamward.access.management.TwoFactor;
import org.teamward.access.management.TwoFactorEnrolment;
import org.teamward.access.management.TwoFactorStatus;
import org.teamward.access.management.WebSessions;
import org.teamward.security.WebSignIn;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * Setting up, renewing and turning off two-factor authentication. View scoped, because enrolment
 * spans three requests: the secret is shown, a code confirms it, and the recovery codes are shown
 * once. The secret lives in this view only until it is confirmed or the view is left.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TwoFactor twoFactor;
  @Inject transient WebSessions sessions;
  @Inject transient Failures failures;
  @Inject transient Messages messages;
  @Inject transient WebSignIn signIn;

  // Read on demand, and again after the session moved to another node.
  private transient TwoFactorStatus status;
  private String secret;
  private String qrSvg;
  private List<String> recoveryCodes;
  private String password;
  private String code;
  private boolean revokeDevices;
  private boolean endOtherSessions = true;

  public TwoFactorStatus getStatus() {
    if (status == null) {
      status = twoFactor.status();
    }
    return status;
  }

  /** Shows a new secret: straight away when off, with the password and a code when on. */
  public void enrol() {
    TwoFactorEnrolment enrolment = failures.attempt(() -> twoFactor.enrol(password, code));
    clearInputs();
    if (enrolment != null) {
      secret = enrolment.secret();
      qrSvg = QrCodes.svg(enrolment.uri(), messages.text("twoFactor.qr"));
      recoveryCodes = null;
    }
  }

  public void confirm() {
    List<String> codes = failures.attempt(() -> twoFactor.confirm(code, revokeDevices));
    code = null;
    if (codes != null) {
      recoveryCodes = codes;
      secret = qrSvg = null;
      status = null;
      endOtherSessionsIfChosen();
    }
  }

  public void cancel() {
    secret = qrSvg = null;
    clearInputs();
  }

  public void disable() {
    Integer revoked = failures.attempt(() -> twoFactor.disable(password, code, revokeDevices));
    clearInputs();
    if (revoked != null) {
      status = null;
      messages.info(revoked > 0 ? "twoFactor.disabledRevoked" : "twoFactor.disabled", revoked);
      endOtherSessionsIfChosen();
    }
  }

  /** As after a password change: a session signed in before the change lives on otherwise. */
  private void endOtherSessionsIfChosen() {
    if (endOtherSessions) {
      String current = signIn.sessionRecord().orElse(null);
      Integer ended = failures.attempt(() -> sessions.endMyOthers(current));
      if (ended != null && ended > 0) {
        messages.info("password.sessionsEnded", ended);
      }
    }
    endOtherSessions = true;
  }

  /** The recovery codes are shown once; this leaves the page in its plain state. */
  public void recoveryCodesSaved() {
    recoveryCodes = null;
  }

  private void clearInputs() {
    password = code = null;
  }

  public boolean isEnrolling() {
    return secret != null;
  }

  public String getSecret() {
    return secret;
  }

  public String getQrSvg() {
    return qrSvg;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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
