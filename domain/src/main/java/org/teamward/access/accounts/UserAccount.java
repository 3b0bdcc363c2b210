package org.teamward.access.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.teamward.access.rights.Permission;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;

/**
 * Someone who can sign in. Rights come only from the user groups; the account itself carries none.
 * An account may be a person's ({@link #getEmployee()}) or an administrative one without an
 * employee.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends Identified {

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  private boolean active = true;

  @OneToOne
  @JoinColumn(name = "employee_id")
  private Employee employee;

  private String locale;

  /** The TOTP secret, sealed by {@link TwoFactorKey}; never in plain text. */
  @Column(name = "totp_secret")
  private String totpSecret;

  /** A secret shown for enrolment and not yet confirmed with a code; sealed like the other. */
  @Column(name = "totp_pending_secret")
  private String totpPendingSecret;

  @Column(name = "totp_enabled")
  private boolean totpEnabled;

  @Column(name = "created_at")
  private Instant createdAt = Instant.now();

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  /**
   * The company's identity provider and its stable id of this person, stored at the first sign-in
   * with the provider ({@link ProviderSignIns}); both null until then.
   */
  @Column(name = "oidc_issuer")
  private String oidcIssuer;

  @Column(name = "oidc_subject")
  private String oidcSubject;

  @Enumerated(EnumType.STRING)
  @Column(name = "sso_mode")
  private SsoMode ssoMode = SsoMode.ALLOWED;

  @ManyToMany
  @JoinTable(
      name = "user_group_member",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  private Set<UserGroup> groups = new LinkedHashSet<>();

  /** The union of the permissions of all groups, whether the account is active or not. */
  public Set<Permission> groupPermissions() {
    Set<Permission> all = EnumSet.noneOf(Permission.class);
    groups.forEach(g -> all.addAll(g.getPermissions()));
    return all;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash, boolean mustChange) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChange;
    this.passwordChangedAt = Instant.now();
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Employee getEmployee() {
    return employee;
  }

  public void setEmployee(Employee employee) {
    this.employee = employee;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public boolean isTotpEnabled() {
    return totpEnabled;
  }

  /** Whether an enrolment was started and not yet confirmed. */
  public boolean isTotpEnrolling() {
    return totpPendingSecret != null;
  }

  public String totpSecret() {
    return totpSecret;
  }

  public String totpPendingSecret() {
    return totpPendingSecret;
  }

  public void startTotpEnrolment(String sealedSecret) {
    totpPendingSecret = sealedSecret;
  }

  /** The confirmed secret replaces any earlier one. */
  public void confirmTotpEnrolment() {
    totpSecret = totpPendingSecret;
    totpPendingSecret = null;
    totpEnabled = true;
  }

  public void clearTotp() {
    totpSecret = null;
    totpPendingSecret = null;
    totpEnabled = false;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  /** Whether a subject of the identity provider is linked to the account. */
  public boolean isLinkedToProvider() {
    return oidcSubject != null;
  }

  public SsoMode getSsoMode() {
    return ssoMode;
  }

  /**
   * Public for break-glass, which gives its account the password back. Every other change goes
   * through {@link Users#update}, which never leaves no account manager able to use a password.
   */
  public void setSsoMode(SsoMode ssoMode) {
    this.ssoMode = ssoMode;
  }

  public void linkProvider(String issuer, String subject) {
    oidcIssuer = issuer;
    oidcSubject = subject;
  }

  public Set<UserGroup> getGroups() {
    return groups;
  }
}
